# A file with mistakes: every one of them is a diagnostic, none stops the parse.
FROM
FORM stagecraft/busybox:latest
FROM stagecraft/busybox:latest AS First
FROM stagecraft/busybox:latest AS first
COPY --from=nowhere /a /b
COPY --frm=first /a /b
RUN --mount=type=cache echo missing target
ENV
ENV KEY_WITHOUT_VALUE
ARG
LABEL
EXPOSE
HEALTHCHECK --interval=10s
HEALTHCHECK CMD
ONBUILD ONBUILD RUN true
ONBUILD FROM scratch
ONBUILD MAINTAINER nobody
MAINTAINER
STOPSIGNAL
USER
WORKDIR
SHELL echo not json
CMD ["unclosed"
RUN <<NEVER_ENDS
echo this heredoc has no terminator
