# Unix and Windows line endings in one file, and no line break at the very end.
FROM stagecraft/busybox:latest AS mixed
RUN echo crlf \
    && echo continuation

# a comment ending in CRLF
RUN <<EOF
echo heredoc body with CRLF
EOF
COPY <<-EOF /greeting
	hello
	EOF
CMD ["sh", "-c", "cat /greeting"]