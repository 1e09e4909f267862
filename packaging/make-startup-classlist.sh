#!/bin/sh
# Records which classes the packaged app loads up to its first painted frame, into
# packaging/startup.classlist, from which package.sh makes the app's class-data archive (ADR 13).
# Run it again when the startup path changes much; a stale list only makes the archive cover less.
# Needs a display (e.g. Xvfb) and an app image from packaging/package.sh.
#
#   DISPLAY=:99 packaging/make-startup-classlist.sh
set -eu
cd "$(dirname "$0")/.."
launcher=target/dist/Stagecraft/bin/Stagecraft
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
JAVA_TOOL_OPTIONS="-Dstagecraft.reportFirstPaint=true -XX:DumpLoadedClassList=$raw" "$launcher" >/dev/null 2>&1
{
  echo "# Classes the app loads before its first painted frame; made by packaging/make-startup-classlist.sh."
  # Lambda proxies are left out: OpenJDK 17 crashes dumping a static archive from a list with them.
  grep -v -e '^#' -e '^@lambda-proxy' "$raw"
} >packaging/startup.classlist
echo "packaging/startup.classlist: $(grep -vc '^#' packaging/startup.classlist) entries"
