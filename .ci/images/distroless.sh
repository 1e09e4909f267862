#!/usr/bin/env bash
# Creates a distroless-like runtime image from stagecraft/debian:bookworm, with pull disabled:
#   distroless.sh FLAVOUR [IMAGE]
# builds distroless-FLAVOUR.Dockerfile (python3, cc) as IMAGE, stagecraft/distroless-FLAVOUR:latest
# by default.
set -euo pipefail
cd "$(dirname "$0")"

FLAVOUR="${1:?usage: distroless.sh FLAVOUR [IMAGE]}"
NAME="${2:-stagecraft/distroless-$FLAVOUR:latest}"
BASE="${STAGECRAFT_DEBIAN_IMAGE:-stagecraft/debian:bookworm}"
DOCKER="${DOCKER:-docker}"
log() { printf 'distroless.sh %s: %s\n' "$FLAVOUR" "$*" >&2; }

if "$DOCKER" image inspect "$NAME" >/dev/null 2>&1; then
  log "$NAME exists, skipping"
  exit 0
fi
if ! "$DOCKER" image inspect "$BASE" >/dev/null 2>&1; then
  log "base image $BASE is missing: run debian.sh first"
  exit 1
fi

# The classic builder uses the local base image as it is; no registry is asked (--pull=false).
# The build context is an empty directory: the Dockerfile copies nothing from the host.
ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
DOCKER_BUILDKIT=0 "$DOCKER" build --pull=false --rm --force-rm \
  --build-arg "BASE=$BASE" \
  -f "distroless-$FLAVOUR.Dockerfile" -t "$NAME" "$ctx" >"$ctx.log" 2>&1 || {
  log "build failed; last lines:"
  tail -n 40 "$ctx.log" >&2
  rm -f "$ctx.log"
  exit 1
}
rm -f "$ctx.log"
# The classic builder keeps the builder stage as an untagged image; nothing needs it afterwards.
"$DOCKER" image prune -f --filter "label=io.stagecraft.build=distroless-$FLAVOUR-src" >/dev/null
log "created $NAME ($("$DOCKER" image inspect --format '{{.Size}}' "$NAME") bytes)"
