#!/bin/bash
# Measures cold start to the first painted window: Stagecraft on its sample project against a bare
# JavaFX window, both launched with plain `java` on the class path. Needs a display (e.g. Xvfb) and a
# built tree (`mvn -B package` fills target/stagecraft.jar, target/lib and target/test-classes).
#
#   DISPLAY=:99 packaging/measure-cold-start.sh [runs]
#
# JAVA_OPTIONS, if set, is passed to both, e.g. the launcher options that `mvn javafx:run` and the
# jpackage app use: JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC". The load average is
# printed before and after, since other work on the machine skews the times.
#
# APP_LAUNCHER, if set, measures that launcher instead of `java ... Main` for the app, such as the
# jpackage image (target/dist/Stagecraft/bin/Stagecraft) or the installed package
# (/opt/stagecraft/bin/Stagecraft); the bare window still runs on plain `java`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
read -r -a opts <<<"${JAVA_OPTIONS:-}"
cp="target/stagecraft.jar:target/test-classes:target/lib/*"

measure() {
  local start now paint
  start=$(date +%s%3N)
  paint=$("$@" 2>/dev/null | sed -n 's/^first-paint-epoch-ms=//p')
  echo $((paint - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load before: $(uptime | sed 's/.*load average: //')"
measure java "${opts[@]}" -cp "$cp" io.stagecraft.bench.BareWindow >/dev/null # warm the file cache
bare=(); app=()
for _ in $(seq "$runs"); do
  bare+=("$(measure java "${opts[@]}" -cp "$cp" io.stagecraft.bench.BareWindow)")
  if [ -n "${APP_LAUNCHER:-}" ]; then
    app+=("$(JAVA_TOOL_OPTIONS=-Dstagecraft.reportFirstPaint=true measure "$APP_LAUNCHER")")
  else
    app+=("$(measure java "${opts[@]}" -Dstagecraft.reportFirstPaint=true -cp "$cp" io.stagecraft.app.Main)")
  fi
done
b=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "bare JavaFX window: ${bare[*]} ms (median $b)"
echo "Stagecraft sample:  ${app[*]} ms (median $a)"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio: %.2f\n", a / b}'
echo "load after: $(uptime | sed 's/.*load average: //')"
