# Every instruction of the Dockerfile reference, with the flags each one takes.
ARG BASE_TAG=3.20
ARG RELEASE

FROM --platform=$BUILDPLATFORM stagecraft/busybox:${BASE_TAG} AS tools
MAINTAINER Stagecraft Fixtures <fixtures@example.invalid>
LABEL org.opencontainers.image.title="fixture" \
      org.opencontainers.image.description="every instruction once" version=1
ENV MODE=release LEVEL=2
ENV LEGACY_FORM the value keeps its spaces
EXPOSE 8080 8443/tcp 5353/udp
ADD --chown=1000:1000 --chmod=0644 --link https://example.invalid/archive.tar.gz /opt/archive.tar.gz
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.invalid/tool /usr/local/bin/tool
ADD --keep-git-dir=true https://example.invalid/repo.git#main /src/repo
ADD --unpack=false https://example.invalid/bundle.tar.gz /opt/bundle.tar.gz
ADD --exclude=*.md --exclude=docs/ vendor/ /vendor/
ADD ["local file.txt", "/data/with space.txt"]
COPY --chown=app:app --chmod=755 bin/ /usr/local/bin/
COPY --link --parents ./services/*/config.yaml /etc/app/
COPY --exclude=*.tmp . /workspace/
COPY ["a.txt", "b.txt", "/dest/"]
RUN echo "shell form" && ls /opt
RUN ["/bin/sh", "-c", "echo exec form"]
WORKDIR /workspace
WORKDIR sub/dir
USER 1000:1000
VOLUME /var/cache/app
VOLUME ["/data", "/logs"]
STOPSIGNAL SIGTERM
SHELL ["/bin/sh", "-eu", "-c"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --start-interval=2s --retries=3 \
  CMD wget -q -O /dev/null http://localhost:8080/health || exit 1
ONBUILD COPY . /onbuild-src
ONBUILD RUN echo "runs in the child image"
ENTRYPOINT ["/usr/local/bin/tool"]
CMD ["--help"]

FROM tools AS quiet
HEALTHCHECK NONE
CMD echo "shell-form command"
ENTRYPOINT exec /usr/local/bin/tool --serve
