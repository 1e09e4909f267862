#!/bin/sh
# The docker-library pattern: prepare, then hand the process over to the command.
set -eu
echo "entrypoint: running $1"
exec "$@"
