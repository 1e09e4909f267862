#!/bin/sh
# Records which classes the app loads up to its usable window and the build panel that follows it
# (ADR 13, 28), into packaging/startup.classlist,
# from which the build makes the class-data archive that `java -jar` relaunches with and package.sh
# the packaged app's (docs/adr/0013-startup.md, 0014-java-jar-relaunch.md). Run it again when the
# startup path changes much; a stale list only makes the archive cover less.
# Needs a display (e.g. Xvfb) and a built jar (`mvn -B package -DskipTests`).
#
#   DISPLAY=:99 packaging/make-startup-classlist.sh
set -eu
cd "$(dirname "$0")/.."
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
java -Dstagecraft.relaunch=false -Dstagecraft.reportUsable=true -XX:DumpLoadedClassList="$raw" \
  -jar target/stagecraft.jar >/dev/null 2>&1
{
  echo "# Classes the app loads until its window is usable; made by packaging/make-startup-classlist.sh."
  # OpenJDK 17 skips the classes of signed jars (Bouncy Castle; the build makes unsigned copies of
  # ELK's and EMF's, packaging/StripJarSignatures.java) when it dumps an archive, and crashes on the
  # lambda proxies of the classes it skipped: those are left out.
  grep -v -e '^#' -e '^@lambda-proxy org/bouncycastle/' "$raw"
} >packaging/startup.classlist
echo "packaging/startup.classlist: $(grep -vc '^#' packaging/startup.classlist) entries"
