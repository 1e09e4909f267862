#!/bin/sh
# Builds Stagecraft's app image and installers with jpackage from the jar and its libraries in target/.
#
#   packaging/package.sh                 # app image: target/dist/Stagecraft/bin/Stagecraft
#   packaging/package.sh deb tar.gz rpm  # and any of: a .deb (needs fakeroot), a portable .tar.gz
#                                        # of the image, an .rpm (needs rpm's rpmbuild)
#
# Run `mvn -B package -DskipTests` first (or any build that fills target/stagecraft.jar and target/lib).
# docs/adr/0022-installers.md says what each format installs and how it is taken off again.
set -eu
cd "$(dirname "$0")/.."
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)[-A-Z]*</version>.*:\1:p' pom.xml | head -1)
for format in "$@"; do
  case "$format" in
    deb | rpm | tar.gz) ;;
    *) echo "usage: $0 [deb] [rpm] [tar.gz]" >&2 && exit 2 ;;
  esac
done
input=target/jpackage-input
image=target/dist/Stagecraft
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
jpackage --type app-image --input "$input" --main-jar stagecraft.jar \
  --main-class io.stagecraft.app.Main --name Stagecraft --app-version "$version" --vendor Stagecraft \
  --description "Design lean multi-stage Dockerfiles" --icon packaging/stagecraft.png --dest target/dist \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
cp packaging/linux/launcher.sh "$image"/bin/Stagecraft
cp packaging/linux/class-data-archive.sh "$image"/lib/
# What the packages' install scripts register with the desktop: the desktop entry, the file types
# it opens and the script that installs both with the icon (lib/Stagecraft.png).
mkdir -p "$image"/lib/desktop
cp packaging/linux/desktop-integration.sh packaging/linux/io.stagecraft.Stagecraft.desktop \
  packaging/linux/io.stagecraft.Stagecraft.xml "$image"/lib/desktop/

# The packages install the image, launcher and scripts included, in /opt/stagecraft, and their
# install scripts (packaging/linux: postinst, prerm, postrm and stagecraft.spec) make the archive
# and register the desktop entry there. No --linux-shortcut: jpackage's own menu commands fail the
# installation where there is no system menu directory.
installer() {
  jpackage --type "$1" --app-image "$image" --name Stagecraft --app-version "$version" \
    --vendor Stagecraft --description "Design lean multi-stage Dockerfiles" --dest target/dist \
    --resource-dir packaging/linux --install-dir /opt --license-file LICENSE \
    --linux-package-name stagecraft --linux-app-category "$2" --linux-package-deps "$3"
}
for format in "$@"; do
  case "$format" in
    deb) installer deb devel libgtk-3-0 ;;
    rpm) installer rpm Development/Tools gtk3 ;;
    tar.gz)
      # Unpacked anywhere, by a user without root; without the archive, which is made for this path.
      tar -C target/dist -czf "target/dist/stagecraft-$version-linux-x64.tar.gz" Stagecraft
      ;;
  esac
done

# The archive for the image in target/dist: the JVM writes it and exits, no display needed.
"$image"/lib/class-data-archive.sh make
echo "app image: $image (class-data archive $(du -h "$image"/lib/app/stagecraft.jsa | cut -f1))"
ls -l target/dist/*.* 2>/dev/null || true
