# A stand-in for the official node image (node:20-bookworm): Debian's nodejs (18) and npm on the
# local Debian image, for builder stages that run npm. Built by dockerfile-image.sh node.Dockerfile.
ARG BASE=stagecraft/debian:bookworm
FROM ${BASE}
# Debian's mirror is the one network the build may use; npm itself never reaches a registry here.
# npm brings some 360 small packages: dpkg without fsync and without manual pages keeps that short.
RUN echo force-unsafe-io > /etc/dpkg/dpkg.cfg.d/unsafe-io \
 && printf 'path-exclude=/usr/share/man/*\npath-exclude=/usr/share/doc/*\n' > /etc/dpkg/dpkg.cfg.d/no-docs \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/* /etc/dpkg/dpkg.cfg.d/unsafe-io /etc/dpkg/dpkg.cfg.d/no-docs \
 && node --version && npm --version
# No registry can be reached, so npm must not ask one whether it is up to date.
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
CMD ["node"]
