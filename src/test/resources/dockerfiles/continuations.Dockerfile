# Line continuations: trailing blanks after the escape, comments and blank lines inside,
# a line that is only the escape, an escaped escape at the end of a line.
FROM stagecraft/busybox:latest \
    AS joined
RUN echo one \
    && echo two \  
	&& echo three
RUN apk add --no-cache \
    # a comment line inside the instruction
    curl \
# an unindented comment also stays out of the command
    jq

ENV PATH_WITH_BACKSLASH=C:\\tools\\
ENV NEXT=starts-a-new-instruction
RUN echo "joined across a blank line" \

    && echo "after the blank line"
\
LABEL after.lone.escape=true
RUN echo quoted "across \
lines"
run echo lower-case keyword \
  --flag-looking-argument
    CMD ["indented", \
         "exec", "form"]
HEALTHCHECK --interval=1m \
  CMD true
RUN echo "the last line continues into the end of the file" \