#!/usr/bin/env bash
# Creates a distroless-like runtime image from the local images, with pull disabled:
#   distroless.sh FLAVOUR [IMAGE]
# builds distroless-FLAVOUR.Dockerfile (python3, cc, nodejs, java17) as IMAGE,
# stagecraft/distroless-FLAVOUR:latest by default.
set -euo pipefail
cd "$(dirname "$0")"

FLAVOUR="${1:?usage: distroless.sh FLAVOUR [IMAGE]}"
exec bash dockerfile-image.sh "distroless-$FLAVOUR.Dockerfile" "${2:-stagecraft/distroless-$FLAVOUR:latest}"
