# The traditional single-stage build: the Go toolchain and apt's lists ship with the program.
# The base is an ARG so that a local image can stand in for it (--build-arg BASE_IMAGE=...).
ARG BASE_IMAGE=debian:bookworm
FROM ${BASE_IMAGE} AS build
RUN apt-get update && apt-get install -y --no-install-recommends golang-go
WORKDIR /src
COPY go.mod main.go ./
ENV CGO_ENABLED=0
RUN go build -ldflags="-s -w" -o /usr/local/bin/primes .

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
WORKDIR /src
COPY --from=build /usr/local/bin/primes /usr/local/bin/primes
CMD ["primes"]
