# syntax=docker/dockerfile:1
# The flags RUN takes: every mount type, the network and the security mode.
FROM stagecraft/debian:bookworm AS deps
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,id=apt-lists,target=/var/lib/apt/lists \
    apt-get update && apt-get install -y --no-install-recommends make

FROM deps AS build
WORKDIR /src
RUN --mount=type=bind,source=.,target=/src,rw make all
RUN --mount=type=bind,from=deps,source=/usr/bin,target=/deps-bin ls /deps-bin
RUN --mount=type=tmpfs,target=/scratch,size=64m touch /scratch/probe
RUN --mount=type=secret,id=token,target=/run/secrets/token,required=true \
    cat /run/secrets/token > /dev/null
RUN --mount=type=secret,id=netrc,env=NETRC_CONTENT test -n "$NETRC_CONTENT"
RUN --mount=type=ssh,id=default ssh-add -l || true
RUN --network=none make check
RUN --network=host true
RUN --network=default true
RUN --security=insecure true
RUN --security=sandbox true
RUN --mount=from=stagecraft/busybox:latest,source=/bin/busybox,target=/bb /bb true

FROM stagecraft/distroless-python3:latest
COPY --from=build /src/out /app
COPY --from=0 /usr/bin/make /usr/bin/make
