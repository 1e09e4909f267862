#!/bin/bash
# Measures cold start to the first painted window: Stagecraft on its sample project against a bare
# JavaFX window (io.stagecraft.bench.BareWindow, an empty window of the same size), from process start
# to the first painted frame. Needs a display (e.g. Xvfb) and a built tree (`mvn -B package` fills
# target/stagecraft.jar, target/lib and target/test-classes).
#
#   DISPLAY=:99 packaging/measure-cold-start.sh [runs] [launch]
#
# launch is how both windows are started:
#   jar        (default) `java -jar target/stagecraft.jar`; the bare window from the same jar's class
#              path (its manifest's Class-Path), so both find JavaFX and the libraries the same way.
#   javafx-run the command line `mvn javafx:run` starts: JavaFX on the module path, the rest on the
#              class path from target/classes, and the plugin's JVM options (pom.xml) for the app,
#              with the class-data archive the build made for it.
#              The bare window is measured twice: plain, and with the same options.
#
# JAVA_OPTIONS, if set, is passed to every launch. APP_LAUNCHER, if set, measures that launcher for
# the app instead, such as the jpackage image (target/dist/Stagecraft/bin/Stagecraft) or the installed
# package (/opt/stagecraft/bin/Stagecraft). Runs alternate, and the load average is printed before and
# after, since other work on the machine skews the times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
launch=${2:-jar}
read -r -a opts <<<"${JAVA_OPTIONS:-}"
vm_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p')
read -r -a plugin_opts <<<"$(sed -n 's:.*<option>\(-XX[^<]*\)</option>.*:\1:p' pom.xml |
  sed -e 's:${project.build.directory}:target:' -e "s:\${java.vm.version}:$vm_version:" | tr '\n' ' ')"

case "$launch" in
  jar)
    app_cmd=(java "${opts[@]}" -Dstagecraft.reportFirstPaint=true -jar target/stagecraft.jar)
    bare_cmds=("java ${opts[*]} -cp target/stagecraft.jar:target/test-classes io.stagecraft.bench.BareWindow")
    bare_names=("bare window")
    ;;
  javafx-run)
    fx=$(cat target/javafx-module-path.txt) # as the build found it for javafx:run
    rest=$(ls target/lib/*.jar | grep -v '/javafx-' | paste -sd:)
    modules="--module-path $fx --add-modules javafx.base,javafx.controls,javafx.graphics,javafx.swing"
    app_cmd=(java "${opts[@]}" "${plugin_opts[@]}" --module-path "$fx"
      --add-modules javafx.base,javafx.controls,javafx.graphics,javafx.swing
      -Dstagecraft.reportFirstPaint=true -classpath "target/classes:$rest" io.stagecraft.app.Main)
    bare_cmds=("java ${opts[*]} $modules -classpath target/test-classes:target/classes io.stagecraft.bench.BareWindow"
      "java ${opts[*]} ${plugin_opts[*]} $modules -classpath target/test-classes:target/classes io.stagecraft.bench.BareWindow")
    bare_names=("bare window, plain" "bare window, same options")
    ;;
  *) echo "unknown launch: $launch (jar or javafx-run)" >&2; exit 2 ;;
esac
if [ -n "${APP_LAUNCHER:-}" ]; then
  app_cmd=(env JAVA_TOOL_OPTIONS=-Dstagecraft.reportFirstPaint=true "$APP_LAUNCHER")
fi

measure() {
  local start paint
  start=$(date +%s%3N)
  paint=$("$@" 2>/dev/null | sed -n 's/^first-paint-epoch-ms=//p')
  echo $((paint - start))
}

median() { tr ' ' '\n' | sort -n | awk 'NF {a[++n]=$1} END {print a[int((n+1)/2)]}'; }

echo "load before: $(uptime | sed 's/.*load average: //')"
measure "${app_cmd[@]}" >/dev/null # warm the file cache
declare -a bare_times
app_times=""
for _ in $(seq "$runs"); do
  for i in "${!bare_cmds[@]}"; do
    read -r -a cmd <<<"${bare_cmds[$i]}"
    bare_times[i]="${bare_times[i]:-} $(measure "${cmd[@]}")"
  done
  app_times="$app_times $(measure "${app_cmd[@]}")"
done
a=$(echo "$app_times" | median)
echo "Stagecraft sample:$app_times ms (median $a)"
for i in "${!bare_cmds[@]}"; do
  b=$(echo "${bare_times[$i]}" | median)
  echo "${bare_names[$i]}:${bare_times[$i]} ms (median $b)"
  awk -v a="$a" -v b="$b" -v n="${bare_names[$i]}" 'BEGIN {printf "ratio against the %s: %.2f\n", n, a / b}'
done
echo "load after: $(uptime | sed 's/.*load average: //')"
