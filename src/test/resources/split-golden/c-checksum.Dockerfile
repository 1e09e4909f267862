# The traditional single-stage build: the compiler, headers and apt's lists ship with the program.
# The base is an ARG so that a local image can stand in for it (--build-arg BASE_IMAGE=...).
ARG BASE_IMAGE=debian:bookworm
FROM ${BASE_IMAGE} AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev
WORKDIR /src
COPY checksum.c .
# Linked statically, so the program needs no C library at run time.
RUN gcc -s -O2 -static -o /usr/local/bin/checksum checksum.c

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
WORKDIR /src
COPY --from=build /usr/local/bin/checksum /usr/local/bin/checksum
CMD ["checksum"]
