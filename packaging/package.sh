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
# The list of classes the class-data archive is made from, beside the jars (see below).
cp packaging/startup.classlist "$input"/

# The image keeps the runtime's own commands (bin/java), which packaging/linux/launcher.sh, put in
# place of jpackage's launcher below, starts with the options that shorten the cold start and the
# class-data archive (docs/adr/0013-startup.md, 0014). The archive is made where the app is installed,
# because OpenJDK 17 only maps it for the class path it was made with.
common="--input $input --main-jar stagecraft.jar --main-class io.stagecraft.app.Main --name Stagecraft
  --app-version $version --vendor Stagecraft --description Design-lean-multi-stage-Dockerfiles
  --icon packaging/stagecraft.png --dest target/dist"

jpackage --type app-image $common --jlink-options "--strip-debug --no-man-pages --no-header-files"
cp packaging/linux/launcher.sh target/dist/Stagecraft/bin/Stagecraft

if [ "${1:-}" = deb ]; then
  # From the image, launcher included: the package's install script makes the archive in /opt.
  jpackage --type deb --app-image target/dist/Stagecraft --name Stagecraft --app-version "$version" \
    --vendor Stagecraft --description Design-lean-multi-stage-Dockerfiles --dest target/dist \
    --resource-dir packaging/linux --install-dir /opt \
    --linux-package-name stagecraft --linux-shortcut --linux-menu-group Development \
    --linux-app-category devel --linux-package-deps libgtk-3-0
  ls target/dist/*.deb
fi

# The archive for the image in target/dist: the JVM writes it and exits, no display needed.
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$PWD/target/dist/Stagecraft/lib/app/startup.classlist" \
  target/dist/Stagecraft/bin/Stagecraft >/dev/null 2>&1
echo "app image: target/dist/Stagecraft (class-data archive $(du -h target/dist/Stagecraft/lib/app/stagecraft.jsa | cut -f1))"
