#!/usr/bin/env bash
# Proves Stagecraft's installers on this machine, as root on Debian 12, after `mvn verify` has made
# target/stagecraft.jar and target/lib (docs/adr/0022-installers.md):
#   - builds the app image, the .deb, the portable .tar.gz and the .rpm (packaging/package.sh);
#   - runs the unpacked .tar.gz from a folder of its own, and inspects the .rpm's files and scripts;
#   - installs the .deb without a system menu directory (/etc/xdg/menus moved aside): it configures,
#     registers the desktop entry and file types, its app's window comes up under Xvfb, and the
#     desktop entry's Exec line opens a Dockerfile in it; then removes and purges it;
#   - installs it again with a menu directory, reinstalls it over itself (the upgrade's scripts),
#     removes and purges it;
#   - after each purge: every file `dpkg -L` listed and every file the scripts made is gone, and the
#     folders it touched list exactly as before the installation.
# It installs what it needs and purges again what it installed, restores /etc/xdg/menus, and stops
# the processes it started: the machine is left as it was found. Screenshots go to
# target/packaging-test/. It ends with "packaging: N passed, N failed" and fails if one check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

log() { printf 'packaging-test: %s\n' "$*" >&2; }
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null; then
  log "must run as root on Debian (it installs and removes a .deb)"
  exit 1
fi
if dpkg-query -W -f='${Status}' stagecraft 2>/dev/null | grep -q 'ok installed\|config-files'; then
  log "stagecraft is already installed here; remove it first (dpkg -P stagecraft)"
  exit 1
fi

work=$(mktemp -d /tmp/stagecraft-packaging.XXXXXX)
shots=$repo/target/packaging-test
mkdir -p "$shots"
passed=0
failed=0
xvfb_pid=
app_pid=
menus_moved=
menus_made=
added_packages=()

check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    log "ok: $what"
  else
    failed=$((failed + 1))
    log "FAILED: $what"
  fi
}

cleanup() {
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  if dpkg-query -W -f='${Status}' stagecraft 2>/dev/null | grep -q 'ok installed\|config-files\|half'; then
    dpkg_ -P stagecraft >/dev/null 2>&1
  fi
  [ -n "$menus_moved" ] && mv "$work/menus" /etc/xdg/menus
  [ -n "$menus_made" ] && rmdir $menus_made
  if [ "${#added_packages[@]}" -gt 0 ]; then
    log "purging what this test installed: ${added_packages[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 purge -y -qq \
      "${added_packages[@]}" >/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# dpkg, waiting while another apt or dpkg holds its lock instead of failing at once.
dpkg_() {
  local tries=0 out rc
  while true; do
    rc=0
    out=$(dpkg "$@" 2>&1) || rc=$?
    if [ "$rc" -ne 0 ] && grep -q 'lock' <<<"$out" && [ "$tries" -lt 120 ]; then
      tries=$((tries + 1))
      sleep 5
      continue
    fi
    printf '%s\n' "$out"
    return "$rc"
  done
}

# --- What the test needs, and only what is missing, purged again at the end --------------------
needs=(fakeroot rpm xvfb imagemagick libgtk-3-0 xdg-utils desktop-file-utils shared-mime-info
  libglib2.0-bin x11-utils)
missing=()
for p in "${needs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt_install() {
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@"
  }
  # Exactly the packages apt is about to add (dependencies included) are the ones to purge later.
  plan() { apt-get -s install --no-install-recommends "${missing[@]}" 2>/dev/null | sed -n 's/^Inst \([^ ]*\) .*/\1/p'; }
  mapfile -t added < <(plan)
  if [ "${#added[@]}" -eq 0 ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    mapfile -t added < <(plan)
  fi
  log "installing: ${added[*]}"
  added_packages=("${added[@]}")
  apt_install "${missing[@]}" >/dev/null
fi

# --- Build -------------------------------------------------------------------------------------
t0=$SECONDS
packaging/package.sh deb tar.gz rpm >"$work/package.log" 2>&1 || {
  cat "$work/package.log" >&2
  exit 1
}
log "built the app image, .deb, .tar.gz and .rpm in $((SECONDS - t0)) s"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)[-A-Z]*</version>.*:\1:p' pom.xml | head -1)
deb=$repo/target/dist/stagecraft_${version}-1_amd64.deb
tarball=$repo/target/dist/stagecraft-${version}-linux-x64.tar.gz
rpm=$repo/target/dist/stagecraft-${version}-1.x86_64.rpm
check "the app image has its class-data archive" test -s target/dist/Stagecraft/lib/app/stagecraft.jsa
check "the .deb, .tar.gz and .rpm were made" test -s "$deb" -a -s "$tarball" -a -s "$rpm"
ls -l target/dist/*.* >&2

sample=$repo/assets/samples/python-calculator/Dockerfile
graph_shows_stages() { "$1" graph "$sample" | grep -q 'runtime\|stage'; }

# --- The portable .tar.gz, unpacked where no image was made ----------------------------------
mkdir "$work/portable"
tar -C "$work/portable" -xzf "$tarball"
portable=$work/portable/Stagecraft
check "the .tar.gz holds bin/Stagecraft and its runtime" test -x "$portable/bin/Stagecraft" -a -x "$portable/lib/runtime/bin/java"
check "the .tar.gz holds no class-data archive made for another folder" test ! -e "$portable/lib/app/stagecraft.jsa"
check "the unpacked app runs its command line" graph_shows_stages "$portable/bin/Stagecraft"
check "the unpacked app makes its class-data archive where it is" "$portable/lib/class-data-archive.sh" make

# --- The .rpm, inspected: rpm cannot install it on Debian (no rpm database of the system) ------
# Whole outputs are captured before they are searched: under pipefail, a grep -q that stops reading
# early would fail the pipe through the writer's broken pipe.
rpm_has() { grep -qx "$1" <<<"$(rpm -qlp "$rpm" 2>/dev/null)"; }
rpm_scripts_are_ours() {
  local scripts
  scripts=$(rpm -qp --scripts "$rpm" 2>/dev/null)
  grep -q 'desktop-integration.sh install' <<<"$scripts" && grep -q 'if \[ "$1" = 0 \]' <<<"$scripts" &&
    ! grep -q 'xdg-desktop-menu' <<<"$scripts"
}
check "the .rpm installs the app in /opt/stagecraft" rpm_has /opt/stagecraft/bin/Stagecraft
check "the .rpm's scripts register the desktop entry best effort" rpm_scripts_are_ours

# --- The .deb ----------------------------------------------------------------------------------
id=io.stagecraft.Stagecraft
entry=/usr/share/applications/$id.desktop
roots=(/opt /usr/share/applications /usr/share/mime /usr/share/icons /usr/share/doc /etc/xdg
  /var/lib/dpkg/info)
listing() { find "${roots[@]}" -xdev 2>/dev/null | LC_ALL=C sort; }
status() { dpkg-query -W -f='${Status}' stagecraft 2>/dev/null || true; }
installed_cleanly() { [ "$(status)" = "install ok installed" ]; }
content_type() { gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }
is_dockerfile() { [ "$(content_type "$1")" = text/x-dockerfile ]; }
maps_the_archive() {
  JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load" /opt/stagecraft/bin/Stagecraft --version \
    >"$work/class-load.log" 2>&1
  grep -q 'io.stagecraft.app.Main source: shared objects file' "$work/class-load.log"
}
default_app_is_stagecraft() { grep -q "^Default application for .*$id.desktop" <<<"$(gio mime text/x-dockerfile)"; }
no_file_left() {
  local left=0 path
  while read -r path; do
    if [ -n "$path" ] && [ ! -d "$path" ] && [ -e "$path" ]; then
      log "left behind: $path"
      left=1
    fi
  done <"$work/dpkg-L"
  for path in /opt/stagecraft "$entry" /usr/share/mime/packages/$id.xml \
    /usr/share/icons/hicolor/256x256/apps/$id.png /var/lib/dpkg/info/stagecraft.list; do
    [ ! -e "$path" ] || { log "left behind: $path" && left=1; }
  done
  return "$left"
}
same_listing_as_before() {
  listing >"$work/after"
  diff "$work/before" "$work/after" >&2
}

# Starts the app in the desktop's way: runs the entry's Exec line with its %f filled in with the
# file, as a file manager does for "Open with Stagecraft", or dropped without one, as a menu does
# (the entry has no quoted arguments).
exec_line() {
  local word words=()
  for word in $(sed -n 's/^Exec=//p' "$entry"); do
    if [ "$word" = %f ]; then
      [ "$#" -eq 0 ] && continue
      word=$1
    fi
    words+=("$word")
  done
  "${words[@]}"
}

install_deb() {
  dpkg_ -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2 && return 1; }
}

remove_and_purge() {
  dpkg -L stagecraft >"$work/dpkg-L"
  check "dpkg -r completes" dpkg_ -r stagecraft
  check "after removal only the package's record is left" test "$(status)" = "deinstall ok config-files" -o -z "$(status)"
  check "dpkg -P completes" dpkg_ -P stagecraft
  check "after purging dpkg knows no stagecraft" test -z "$(status)"
  check "no file of the package or its scripts is left" no_file_left
  check "the desktop no longer knows Dockerfiles as Stagecraft's" test "$(content_type "$work/open/web.Dockerfile")" != text/x-dockerfile
  check "the folders it touched list as before the installation" same_listing_as_before
}

# A screenshot of Xvfb's screen with more than 64 colours: a painted window, not a blank screen.
window_is_up() {
  local shot=$1 title=$2 colours
  for _ in $(seq 1 120); do
    if grep -qF "$title" <<<"$(xwininfo -display ":$display" -root -tree 2>/dev/null)" &&
      import -display ":$display" -window root "$shot" 2>/dev/null &&
      colours=$(identify -format %k "$shot") && [ "$colours" -gt 64 ]; then
      log "window \"$title\" up: $colours colours in $shot"
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}
stop_app() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}

mkdir -p "$work/open"
cp "$sample" "$work/open/web.Dockerfile"
echo '{"format": "stagecraft"}' >"$work/open/design.stagecraft"

# Round 1: a minimal machine without a system menu directory.
if [ -d /etc/xdg/menus ]; then
  mv /etc/xdg/menus "$work/menus"
  menus_moved=1
fi
listing >"$work/before"
t0=$SECONDS
check "dpkg -i without /etc/xdg/menus completes" install_deb
check "the package is configured, not half-configured" installed_cleanly
check "postinst made the class-data archive" test -s /opt/stagecraft/lib/app/stagecraft.jsa
check "the desktop entry is installed and valid" desktop-file-validate "$entry"
check "the entry opens files: Exec has %f and MIME types" grep -q '^Exec=/opt/stagecraft/bin/Stagecraft open %f$' "$entry"
check "a Dockerfile is text/x-dockerfile" is_dockerfile "$work/open/web.Dockerfile"
check "a Containerfile is text/x-dockerfile" is_dockerfile "$(cp "$sample" "$work/open/Containerfile" && echo "$work/open/Containerfile")"
check "Stagecraft is the default app for Dockerfiles" default_app_is_stagecraft
check "a *.stagecraft project is application/x-stagecraft-project" test "$(content_type "$work/open/design.stagecraft")" = application/x-stagecraft-project
check "the installed app maps the class-data archive postinst made" maps_the_archive

exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done
display=$(head -1 "$work/display")
export DISPLAY=:$display

exec_line >"$work/app.log" 2>&1 &
app_pid=$!
check "the entry's Exec line with no file brings the sample's window up" window_is_up "$shots/installed-app.png" "python-calculator (sample)"
stop_app

exec_line "$work/open/web.Dockerfile" >"$work/open.log" 2>&1 &
app_pid=$!
check "the entry's Exec line opens the Dockerfile in a window" window_is_up "$shots/opened-dockerfile.png" "web.Dockerfile"
stop_app
remove_and_purge
log "round 1 (no menu directory) took $((SECONDS - t0)) s"

# Round 2: with a system menu directory, installed twice (the second runs the upgrade's scripts).
if [ -n "$menus_moved" ]; then
  mv "$work/menus" /etc/xdg/menus
  menus_moved=
elif [ ! -d /etc/xdg/menus ]; then
  [ -d /etc/xdg ] && menus_made=/etc/xdg/menus || menus_made="/etc/xdg/menus /etc/xdg"
  mkdir -p /etc/xdg/menus
fi
listing >"$work/before"
t0=$SECONDS
check "dpkg -i with /etc/xdg/menus completes" install_deb
check "dpkg -i over the installed package completes" install_deb
check "the package is configured after the upgrade" installed_cleanly
check "the upgrade's postinst made the class-data archive again" test -s /opt/stagecraft/lib/app/stagecraft.jsa
check "the desktop entry is there after the upgrade" desktop-file-validate "$entry"
remove_and_purge
log "round 2 (a menu directory, an upgrade) took $((SECONDS - t0)) s"
if [ -n "$menus_made" ]; then
  rmdir $menus_made
  menus_made=
fi

log "done in ${SECONDS} s"
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
