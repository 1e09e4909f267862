# syntax=docker/dockerfile:1
# check=skip=all;error=true
FROM stagecraft/busybox:latest
RUN echo "a file that starts with a byte order mark"
