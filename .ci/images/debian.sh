#!/usr/bin/env bash
# Creates stagecraft/debian:bookworm, a Debian 12 minbase image with python3, made by debootstrap.
set -euo pipefail

NAME="${STAGECRAFT_DEBIAN_IMAGE:-stagecraft/debian:bookworm}"
MIRROR="${STAGECRAFT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${STAGECRAFT_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
DOCKER="${DOCKER:-docker}"
log() { printf 'debian.sh: %s\n' "$*" >&2; }

if "$DOCKER" image inspect "$NAME" >/dev/null 2>&1; then
  log "$NAME exists, skipping"
  exit 0
fi
command -v debootstrap >/dev/null || { log "debootstrap is missing: install the debootstrap package"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"

log "debootstrap bookworm into $root (about a minute)"
if ! debootstrap --variant=minbase --include=python3 bookworm "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1; then
  log "debootstrap failed; last lines of its log:"
  tail -n 30 "$work/debootstrap.log" >&2
  [ -f "$root/debootstrap/debootstrap.log" ] && tail -n 30 "$root/debootstrap/debootstrap.log" >&2
  exit 1
fi

# The same apt sources as Debian's official image, so apt-get in a container sees updates and
# security fixes, not only the point release debootstrap used.
rm -f "$root/etc/apt/sources.list"
cat > "$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY_MIRROR
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES

# Package installs inside a build must not try to start services: there is no init in a container.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# Downloaded packages and lists are only caches; apt-get update brings the lists back when needed.
rm -rf "${root:?}"/var/cache/apt/archives/*.deb "${root:?}"/var/cache/apt/*.bin "${root:?}"/var/lib/apt/lists/*
mkdir -p "$root/var/lib/apt/lists/partial"
# Device nodes and kernel filesystems are provided by the container runtime, not by the image.
rm -rf "${root:?}"/dev/* "${root:?}"/proc/* "${root:?}"/sys/* "${root:?}"/run/* "${root:?}"/tmp/*

tar -C "$root" --numeric-owner -c . | "$DOCKER" import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["bash"]' \
  --message 'stagecraft: debootstrap --variant=minbase --include=python3 bookworm' \
  - "$NAME" >/dev/null
log "created $NAME ($("$DOCKER" image inspect --format '{{.Size}}' "$NAME") bytes)"
