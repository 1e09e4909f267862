# Stages that refer to each other by name, by index, through build args and through mounts.
ARG RUNTIME=stagecraft/distroless-python3:latest
ARG BUILDER_IMAGE=stagecraft/debian
ARG BUILDER_TAG=bookworm

FROM ${BUILDER_IMAGE}:${BUILDER_TAG} AS base
RUN mkdir -p /out

FROM base AS compile
COPY src/ /src/
RUN cp -r /src /out/app

FROM base AS assets
RUN echo styles > /out/site.css

FROM compile AS test
RUN --mount=type=bind,from=assets,source=/out,target=/assets ls /assets

FROM scratch AS unused
COPY --from=stagecraft/busybox:latest /bin/busybox /busybox

FROM $RUNTIME AS runtime
ARG RUNTIME
LABEL base.image=$RUNTIME
COPY --from=compile /out/app /app
COPY --from=2 /out/site.css /app/static/
COPY --from=assets --chown=nonroot:nonroot /out /srv
WORKDIR /app
USER nonroot
ENTRYPOINT ["python3", "-m", "app"]
