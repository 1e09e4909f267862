#!/bin/sh
# Starts Stagecraft from its app image, in place of jpackage's native launcher, which asks rpm and
# dpkg at every start whether a package owns it: a third of a second of the cold start on a Debian
# machine (docs/adr/0014-java-jar-relaunch.md). C1 only, the serial collector and the class-data
# archive made where the app lives shorten the cold start (docs/adr/0013-startup.md); without the
# archive the JVM starts without it. Soft references go at every full collection, and the heap
# starts small, since the serial collector never gives back memory below it (TunedRelaunch).
app=$(readlink -f "$(dirname "$(readlink -f "$0")")/../lib/app")
exec "$app/../runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -XX:SoftRefLRUPolicyMSPerMB=0 -Xms64m -XX:SharedArchiveFile="$app/stagecraft.jsa" -jar "$app/stagecraft.jar" "$@"
