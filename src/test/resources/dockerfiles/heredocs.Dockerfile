# syntax=docker/dockerfile:1.7
# Here-documents: plain, tab-stripping, quoted (no expansion), several on one line, file descriptors.
FROM stagecraft/debian:bookworm AS build
ARG GREETING=hello
RUN <<EOF
set -e
echo "$GREETING from a heredoc"
mkdir -p /out
EOF
RUN <<-INDENTED
	echo "leading tabs are stripped"
		echo "every one of them"
	INDENTED
RUN <<'LITERAL'
echo "$GREETING stays literal"
LITERAL
RUN <<"QUOTED" bash
echo "double quotes also stop expansion: $HOME"
QUOTED
COPY <<config.ini <<banner.txt /out/
[app]
mode = release
config.ini
Welcome
banner.txt
RUN 3<<FD3 sh -c 'cat <&3 > /out/fd3.txt'
read through descriptor three
FD3
RUN python3 <<PY > /out/generated.txt
print("written by python")
PY
RUN <<SCRIPT
#!/usr/bin/env sh
echo "a script with its own interpreter line"
SCRIPT
COPY --chmod=755 <<-"RUNNER" /usr/local/bin/runner
	#!/bin/sh
	exec "$@"
	RUNNER
RUN cat <<A && cat <<B
first body
A
second body
B
RUN echo "not a heredoc: a <<shift and 1<<2" && echo $((1<<2))

FROM stagecraft/busybox:latest
ONBUILD RUN <<TRIGGER
echo "a heredoc in an ONBUILD trigger"
TRIGGER
COPY --from=build /out /out
