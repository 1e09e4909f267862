#!/bin/sh
# Copies into OUT every file of the Debian packages that hold the shared libraries the given
# programs and libraries load (ldd), plus the named packages: the run-time closure of a program,
# without shells or package managers.
#   runtime-files.sh OUT 'ELF FILES...' [PACKAGE...]
set -eu
out="$1"
elves="$2"
shift 2
packages="$*"
for lib in $(for f in $elves; do ldd "$f"; done | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | sort -u); do
  # dpkg knows a library by the path it installed, which a merged /usr may not show: ask by name.
  packages="$packages $(dpkg -S "*/${lib##*/}" | cut -d: -f1 | tr ',' '\n' | sort -u | tr '\n' ' ')"
done
for p in $(echo "$packages" | tr ' ' '\n' | sort -u); do
  dpkg -L "$p" | while read -r f; do
    if [ -f "$f" ]; then cp -a --parents "$f" "$out"; fi
  done
done
[ -e "$out/lib64" ] || cp -a /lib64 "$out/lib64"
