#!/bin/bash
# Measures cold start: Stagecraft on its sample project against a bare JavaFX window
# (io.stagecraft.bench.BareWindow, an empty window of the same size), from process start to two
# moments of the app: its first painted frame, and the window usable (the sample's diagram drawn and
# painted, the code pane taking keys: io.stagecraft.app.UsableWindow). Both are against the bare
# window's first painted frame. The start is taken here, before the JVM is started; each moment is
# the wall-clock time the app prints when it is painted. Needs a display (e.g. Xvfb) and a built tree
# (`mvn -B package` fills target/stagecraft.jar, target/lib and target/test-classes).
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
    app_cmd=(java "${opts[@]}" -Dstagecraft.reportUsable=true -jar target/stagecraft.jar)
    bare_cmds=("java ${opts[*]} -cp target/stagecraft.jar:target/test-classes io.stagecraft.bench.BareWindow")
    bare_names=("bare window")
    ;;
  javafx-run)
    fx=$(cat target/javafx-module-path.txt) # as the build found it for javafx:run
    rest=$(ls target/lib/*.jar | grep -v '/javafx-' | paste -sd:)
    modules="--module-path $fx --add-modules javafx.base,javafx.controls,javafx.graphics,javafx.swing"
    app_cmd=(java "${opts[@]}" "${plugin_opts[@]}" --module-path "$fx"
      --add-modules javafx.base,javafx.controls,javafx.graphics,javafx.swing
      -Dstagecraft.reportUsable=true -classpath "target/classes:$rest" io.stagecraft.app.Main)
    bare_cmds=("java ${opts[*]} $modules -classpath target/test-classes:target/classes io.stagecraft.bench.BareWindow"
      "java ${opts[*]} ${plugin_opts[*]} $modules -classpath target/test-classes:target/classes io.stagecraft.bench.BareWindow")
    bare_names=("bare window, plain" "bare window, same options")
    ;;
  *) echo "unknown launch: $launch (jar or javafx-run)" >&2; exit 2 ;;
esac
if [ -n "${APP_LAUNCHER:-}" ]; then
  app_cmd=(env JAVA_TOOL_OPTIONS=-Dstagecraft.reportUsable=true "$APP_LAUNCHER")
fi

# Runs a command and prints four numbers: the first frame and the usable window, in wall-clock time
# from the start, then in processor time used by then ("-" for a moment it does not report).
measure() {
  local start out key at
  start=$(date +%s%3N)
  out=$("$@" 2>/dev/null)
  for key in first-paint usable; do
    at=$(sed -n "s/^$key-epoch-ms=//p" <<<"$out")
    if [ -n "$at" ]; then echo -n "$((at - start)) "; else echo -n "- "; fi
  done
  for key in first-paint usable; do
    at=$(sed -n "s/^$key-cpu-ms=//p" <<<"$out")
    echo -n "${at:--} "
  done
  echo
}

median() { tr ' ' '\n' | sort -n | awk 'NF {a[++n]=$1} END {print a[int((n+1)/2)]}'; }

echo "load before: $(uptime | sed 's/.*load average: //')"
measure "${app_cmd[@]}" >/dev/null # warm the file cache
declare -a bare_times bare_cpus
app_times="" usable_times="" app_cpus="" usable_cpus=""
for _ in $(seq "$runs"); do
  for i in "${!bare_cmds[@]}"; do
    read -r -a cmd <<<"${bare_cmds[$i]}"
    read -r paint _ cpu _ <<<"$(measure "${cmd[@]}")"
    bare_times[i]="${bare_times[i]:-} $paint"
    bare_cpus[i]="${bare_cpus[i]:-} $cpu"
  done
  read -r paint usable cpu usable_cpu <<<"$(measure "${app_cmd[@]}")"
  app_times="$app_times $paint"
  usable_times="$usable_times $usable"
  app_cpus="$app_cpus $cpu"
  usable_cpus="$usable_cpus $usable_cpu"
done
a=$(echo "$app_times" | median)
u=$(echo "$usable_times" | median)
echo "Stagecraft sample, first frame:$app_times ms (median $a); processor time:$app_cpus ms (median $(echo "$app_cpus" | median))"
echo "Stagecraft sample, usable:$usable_times ms (median $u); processor time:$usable_cpus ms (median $(echo "$usable_cpus" | median))"
for i in "${!bare_cmds[@]}"; do
  b=$(echo "${bare_times[$i]}" | median)
  echo "${bare_names[$i]}:${bare_times[$i]} ms (median $b); processor time:${bare_cpus[$i]} ms (median $(echo "${bare_cpus[$i]}" | median))"
  awk -v a="$a" -v u="$u" -v b="$b" -v n="${bare_names[$i]}" \
    'BEGIN {printf "ratio against the %s: first frame %.2f, usable %.2f\n", n, a / b, u / b}'
done
echo "load after: $(uptime | sed 's/.*load average: //')"
