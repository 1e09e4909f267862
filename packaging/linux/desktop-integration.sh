#!/bin/sh
# Puts Stagecraft on the desktop (install) or takes it off again (remove): its entry in the
# applications menu, which also offers it to open Dockerfiles, Containerfiles and *.stagecraft
# projects, its icon in the hicolor theme, and those file types in the shared MIME-info database.
#
#   lib/desktop/desktop-integration.sh install|remove [DATA_DIR]     # DATA_DIR: /usr/share
#
# The .deb's and the .rpm's install scripts call it from the installed app image. It writes the
# files itself instead of calling xdg-desktop-menu, which refuses to work where there is no system
# menu directory (/etc/xdg/menus, absent on a minimal Debian and on GNOME), and refreshes only the
# caches whose tools are installed. It is best effort (docs/adr/0022-installers.md): a step that
# fails is reported on stderr, the others still run, and the exit status is 1, which the callers
# turn into a warning: a menu entry is never worth a failed installation or removal.
set -u
action=${1:-}
data=${2:-/usr/share}
here=$(dirname "$(readlink -f "$0")")
app=$(dirname "$(dirname "$here")")
id=io.stagecraft.Stagecraft
entry=$data/applications/$id.desktop
types=$data/mime/packages/$id.xml
icon=$data/icons/hicolor/256x256/apps/$id.png
failed=0

step() {
  "$@" || {
    echo "stagecraft: desktop integration: '$*' failed" >&2
    failed=1
  }
}

# The entry names the launcher where this image is, which is /opt/stagecraft for the packages.
write_entry() {
  mkdir -p "$data/applications" &&
    sed "s|/opt/stagecraft|$app|g" "$here/$id.desktop" >"$entry.tmp" &&
    chmod 644 "$entry.tmp" && mv -f "$entry.tmp" "$entry"
}

# Directories this script made for its files go with them; those a package owns stay.
remove_empty_directories() {
  for dir in "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/256x256" \
    "$data/icons/hicolor" "$data/icons" "$data/mime/packages" "$data/mime" "$data/applications"; do
    [ -d "$dir" ] || continue
    dpkg-query -S "$dir" >/dev/null 2>&1 && continue
    rpm -qf "$dir" >/dev/null 2>&1 && continue
    rmdir "$dir" 2>/dev/null || true
  done
}

# Only the caches of tools that are installed, and the icon cache only where the theme has one:
# making a cache that no one asked for would leave a file behind on removal.
refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime/packages" ]; then
    step update-mime-database "$data/mime"
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
    step update-desktop-database -q "$data/applications"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/icon-theme.cache" ]; then
    step gtk-update-icon-cache -q -t -f "$data/icons/hicolor"
  fi
}

case "$action" in
  install)
    step install -D -m 644 "$app/lib/Stagecraft.png" "$icon"
    step install -D -m 644 "$here/$id.xml" "$types"
    step write_entry
    refresh_caches
    ;;
  remove)
    step rm -f "$entry" "$entry.tmp" "$types" "$icon"
    refresh_caches
    remove_empty_directories
    ;;
  *)
    echo "usage: $0 install|remove [DATA_DIR]" >&2
    exit 2
    ;;
esac
exit "$failed"
