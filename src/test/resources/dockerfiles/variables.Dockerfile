# Build arguments and environment variables in every form the shell-like expansion knows.
ARG REGISTRY=stagecraft
ARG IMAGE="busybox"
ARG TAG
ARG UNUSED_WITHOUT_DEFAULT

FROM ${REGISTRY}/${IMAGE}:${TAG:-latest} AS expanded
ARG TAG
ARG VERSION=1.0.0
ENV APP_HOME=/opt/app \
    APP_VERSION=${VERSION} \
    DISPLAY_NAME="app ${VERSION}"
ENV FALLBACK=${MISSING:-fallback} PRESENT=${APP_HOME:+set}
ENV REQUIRED=${APP_HOME:?required}
ENV PREFIX=${APP_HOME#/opt} SUFFIX=${APP_HOME%app} SWAPPED=${APP_HOME/opt/srv}
WORKDIR $APP_HOME
LABEL literal="\$APP_HOME" quoted='$APP_HOME' mixed="${APP_HOME}-'$TAG'"
RUN echo "$APP_HOME" '$APP_HOME' \$APP_HOME ${APP_VERSION}
COPY --chown=${UID:-1000} app-${VERSION}.tar.gz ${APP_HOME}/
USER ${UID:-1000}
EXPOSE ${PORT:-8080}
STOPSIGNAL ${SIGNAL:-SIGTERM}
