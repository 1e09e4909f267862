#!/usr/bin/env bash
# Creates stagecraft/busybox:latest, a tiny image made of Debian's static busybox, without a registry.
set -euo pipefail

NAME="${STAGECRAFT_BUSYBOX_IMAGE:-stagecraft/busybox:latest}"
DOCKER="${DOCKER:-docker}"
log() { printf 'busybox.sh: %s\n' "$*" >&2; }

# No ENV PATH in the official image, so containers get the engine's default PATH, /usr/local/bin included;
# an older stand-in set a shorter one and is made again (the tag moves; nothing is removed).
DEFAULT_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
if "$DOCKER" image inspect "$NAME" >/dev/null 2>&1; then
  if "$DOCKER" image inspect --format '{{json .Config.Env}}' "$NAME" | grep -q "PATH=$DEFAULT_PATH\""; then
    log "$NAME exists, skipping"
    exit 0
  fi
  log "$NAME has an older PATH; making it again"
fi
if [ ! -x /bin/busybox ]; then
  log "/bin/busybox is missing: install the busybox-static package"
  exit 1
fi
# The image runs on any machine only if busybox has no shared libraries to find there.
if ldd /bin/busybox >/dev/null 2>&1; then
  log "/bin/busybox is dynamically linked: install busybox-static, not busybox"
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,root,tmp,var/tmp}
chmod 1777 "$root/tmp" "$root/var/tmp"
cp /bin/busybox "$root/bin/busybox"

# --list-full gives each applet's usual directory (bin/sh, usr/bin/env, ...), so scripts that use
# absolute paths such as /usr/bin/env work as they would on a normal system.
while IFS= read -r applet; do
  [ "$applet" = "bin/busybox" ] && continue
  mkdir -p "$root/$(dirname "$applet")"
  ln -sf /bin/busybox "$root/$applet"
done < <("$root/bin/busybox" --list-full)

cat > "$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
PASSWD
cat > "$root/etc/group" <<'GROUP'
root:x:0:
nogroup:x:65534:
GROUP

tar -C "$root" --numeric-owner --owner=0 --group=0 -c . | "$DOCKER" import \
  --change "ENV PATH=$DEFAULT_PATH" \
  --change 'CMD ["sh"]' \
  --message 'stagecraft: busybox-static base image' \
  - "$NAME" >/dev/null
log "created $NAME ($("$DOCKER" image inspect --format '{{.Size}}' "$NAME") bytes)"
