#!/bin/bash
# Measures the desktop app's memory as a user leaves it: the real window under X (e.g. Xvfb) with a
# file open, after typing into its code pane with xdotool. Reports the live heap after a full GC
# (jcmd GC.run, then GC.heap_info) and the resident set size (VmRSS of /proc/PID/status).
#
#   DISPLAY=:91 src/test/scripts/measure-memory.sh [lines] [stages] [keystrokes]
#
# lines=0 opens the built-in sample instead of a generated Dockerfile (SyntheticDockerfile).
# Needs `mvn -B test-compile` and the class path in target/classpath.txt
# (`mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt`).
set -euo pipefail
cd "$(dirname "$0")/../../.."
lines=${1:-10000}
stages=${2:-100}
keys=${3:-1000}
cp="target/classes:$(cat target/classpath.txt)"
args=()
if [ "$lines" -gt 0 ]; then
  file=$(mktemp --suffix=.Dockerfile)
  java -cp "target/test-classes:target/classes" io.stagecraft.bench.WriteSyntheticDockerfile \
    "$file" "$lines" "$stages"
  args=(open "$file")
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${JAVA_OPTIONS:-} -cp "$cp" io.stagecraft.app.Main "${args[@]}" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep "${SETTLE:-20}"
# The main window is the widest of the app's windows. Without a window manager the keyboard follows
# the pointer: click into the code pane (the right of the window), go to the end, type.
WIDTH=0
for w in $(xdotool search --sync --onlyvisible --pid "$pid" --name Stagecraft); do
  eval "$(xdotool getwindowgeometry --shell "$w" | sed 's/^/G_/')"
  if [ "$G_WIDTH" -gt "$WIDTH" ]; then
    X=$G_X Y=$G_Y WIDTH=$G_WIDTH HEIGHT=$G_HEIGHT
  fi
done
xdotool mousemove $((X + WIDTH * 4 / 5)) $((Y + HEIGHT / 3)) click 1
xdotool key ctrl+End
line="RUN echo typed"
typed=0
while [ "$typed" -lt "$keys" ]; do
  chunk=$((keys - typed < ${#line} ? keys - typed : ${#line}))
  xdotool type --delay 20 "${line:0:$chunk}"
  typed=$((typed + chunk))
  if [ "$typed" -lt "$keys" ]; then
    xdotool key Return
    typed=$((typed + 1))
  fi
done
sleep "${SETTLE:-20}"
jcmd "$pid" GC.run >/dev/null
sleep 2
heap=$(jcmd "$pid" GC.heap_info)
used_k=$(echo "$heap" | grep -E 'total [0-9]+K, used [0-9]+K' | grep -vE 'Metaspace|class space' |
  sed -E 's/.*used ([0-9]+)K.*/\1/' | awk '{s += $1} END {print s}')
rss_k=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "file: ${lines} lines, ${stages} stages; keystrokes: ${keys}"
echo "live heap after full GC: $((used_k / 1024)) MB"
echo "RSS: $((rss_k / 1024)) MB"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${SHOT:-}" ]; then import -window root "$SHOT"; fi
