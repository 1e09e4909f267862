#!/usr/bin/env bash
# Makes a local Docker engine and the base images the engine tests use, on Debian 12, as root.
# Idempotent: every step checks first, so a second run on a ready machine takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf 'engine.sh: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs packages and starts dockerd)"
  exit 1
fi

# Packages: docker.io brings dockerd, containerd and runc; debootstrap builds the Debian base image;
# busybox-static gives the tiny image; openssl makes the certificates of the remote TLS test;
# iproute2 gives the private bridge of the test daemons.
packages=(docker.io debootstrap busybox-static openssl ca-certificates iproute2)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing: ${missing[*]}"
  # The package lists are refreshed only when a package is missing, which keeps warm runs fast.
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Prefer Debian's client when it is there; any client that reaches the engine will do.
DOCKER=docker
[ -x /usr/bin/docker ] && DOCKER=/usr/bin/docker
export DOCKER

# The default socket is used on purpose: the tests discover the engine the way a user's machine would.
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH || true

engine_up() { timeout 10 "$DOCKER" info >/dev/null 2>&1; }

if ! engine_up; then
  log "starting dockerd (log: /tmp/dockerd.log)"
  # setsid detaches dockerd from this script's process group, so it outlives the script.
  setsid dockerd >/tmp/dockerd.log 2>&1 < /dev/null &
  deadline=$((SECONDS + ${STAGECRAFT_DOCKERD_TIMEOUT:-60}))
  until engine_up; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "dockerd did not answer within ${STAGECRAFT_DOCKERD_TIMEOUT:-60}s; last lines of /tmp/dockerd.log:"
      tail -n 30 /tmp/dockerd.log >&2 || true
      exit 1
    fi
    sleep 1
  done
fi
log "engine: $("$DOCKER" version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"

# Order matters: each image is built FROM one made before it (the Dockerfile's ARG BASE). Each is
# skipped when it exists; from nothing, node takes about 4 minutes (npm is some 360 Debian
# packages), java17 about 2.5, the others under a minute each.
bash images/busybox.sh
bash images/debian.sh
bash images/distroless.sh python3
bash images/distroless.sh cc
bash images/dockerfile-image.sh node.Dockerfile stagecraft/node:bookworm
bash images/distroless.sh nodejs
bash images/distroless.sh java17
