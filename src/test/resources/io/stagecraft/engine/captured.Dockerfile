FROM stagecraft/busybox:latest AS b
WORKDIR /x
RUN echo hello && echo err >&2
COPY a.txt .
RUN exit 3
