#!/bin/sh
# Builds Stagecraft's native packages with jpackage from the jar and its libraries in target/.
#
#   packaging/package.sh            # app image: target/dist/Stagecraft/bin/Stagecraft
#   packaging/package.sh deb        # also a .deb with icon and desktop entry (needs fakeroot)
#
# Run `mvn -B package -DskipTests` first (or any build that fills target/stagecraft.jar and target/lib).
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)[-A-Z]*</version>.*:\1:p' pom.xml | head -1)
input=target/jpackage-input
rm -rf "$input" target/dist
mkdir -p "$input" target/dist
cp target/stagecraft.jar "$input"/
cp -r target/lib "$input"/lib

# The --java-options shorten the cold start on few cores (docs/adr/0012-startup.md).
common="--input $input --main-jar stagecraft.jar --main-class io.stagecraft.app.Main --name Stagecraft
  --app-version $version --vendor Stagecraft --description Design-lean-multi-stage-Dockerfiles
  --icon packaging/stagecraft.png --dest target/dist
  --java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UseSerialGC"

jpackage --type app-image $common
echo "app image: target/dist/Stagecraft"

if [ "${1:-}" = deb ]; then
  jpackage --type deb $common --resource-dir packaging/linux --install-dir /opt \
    --linux-package-name stagecraft --linux-shortcut --linux-menu-group Development \
    --linux-app-category devel --linux-package-deps libgtk-3-0
  ls target/dist/*.deb
fi
