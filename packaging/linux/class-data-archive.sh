#!/bin/sh
# Makes (make) or deletes (remove) the class-data archive of the classes Stagecraft loads up to its
# first window, lib/app/stagecraft.jsa, which bin/Stagecraft maps to start faster
# (docs/adr/0013-startup.md). OpenJDK 17 maps it only for the class path it was made with, so it is
# made where the app image lives: by package.sh, by the .deb's and the .rpm's install scripts, and
# by hand after unpacking the .tar.gz. No display is needed: the JVM writes the archive and exits.
# Without the archive the app starts all the same, only slower; `make` exits 1 when none was made.
set -u
app=$(dirname "$(dirname "$(readlink -f "$0")")")
archive=$app/lib/app/stagecraft.jsa
case "${1:-}" in
  make)
    rm -f "$archive"
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/lib/app/startup.classlist" \
      "$app/bin/Stagecraft" >/dev/null 2>&1
    [ -f "$archive" ]
    ;;
  remove)
    rm -f "$archive"
    ;;
  *)
    echo "usage: $0 make|remove" >&2
    exit 2
    ;;
esac
