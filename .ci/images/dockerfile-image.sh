#!/usr/bin/env bash
# Creates a local image from one of the Dockerfiles beside this script, with pull disabled:
#   dockerfile-image.sh DOCKERFILE IMAGE
# The Dockerfile's `ARG BASE=...` names the local image it starts from, which must exist already
# (stagecraft/debian:bookworm is replaced by $STAGECRAFT_DEBIAN_IMAGE when that is set). An IMAGE
# that exists is kept, so a second run takes a moment. The build context is this folder, so a
# Dockerfile may COPY the helper scripts here.
set -euo pipefail
cd "$(dirname "$0")"

FILE="${1:?usage: dockerfile-image.sh DOCKERFILE IMAGE}"
NAME="${2:?usage: dockerfile-image.sh DOCKERFILE IMAGE}"
DOCKER="${DOCKER:-docker}"
log() { printf '%s: %s\n' "$FILE" "$*" >&2; }

if "$DOCKER" image inspect "$NAME" >/dev/null 2>&1; then
  log "$NAME exists, skipping"
  exit 0
fi
BASE="$(sed -n 's/^ARG BASE=//p' "$FILE" | head -n 1)"
if [ "$BASE" = stagecraft/debian:bookworm ]; then
  BASE="${STAGECRAFT_DEBIAN_IMAGE:-$BASE}"
fi
if ! "$DOCKER" image inspect "$BASE" >/dev/null 2>&1; then
  log "base image $BASE is missing: make it first (engine.sh makes them in order)"
  exit 1
fi

# The classic builder uses the local base image as it is; no registry is asked (--pull=false).
started=$SECONDS
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
DOCKER_BUILDKIT=0 "$DOCKER" build --pull=false --rm --force-rm \
  --build-arg "BASE=$BASE" -f "$FILE" -t "$NAME" . >"$out" 2>&1 || {
  log "build failed; last lines:"
  tail -n 40 "$out" >&2
  exit 1
}
# The classic builder keeps a builder stage as an untagged image; a stage that marks itself with
# this label is removed once the image is tagged.
"$DOCKER" image prune -f --filter "label=io.stagecraft.build=${FILE%.Dockerfile}-src" >/dev/null
log "created $NAME ($("$DOCKER" image inspect --format '{{.Size}}' "$NAME") bytes, $((SECONDS - started)) s)"
