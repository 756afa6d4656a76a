#!/bin/sh
# Time from a key arriving to its frame being flushed, in process, over walks of the whole course (see
# src/test/java/dev/nudge/bench/KeystrokeTimer.java). Usage: bench/keystroke.sh [WALKS]   (default 5; the first is warm-up)
# NUDGE=/path/to/other/checkout times that checkout's jar and test classes as they are built, without building them.
set -eu
if [ -n "${NUDGE:-}" ]; then
    cd "$NUDGE"
else
    cd "$(dirname -- "$0")/.."
    mvn -q -DskipTests package test-compile >&2
fi
# The JVM options ./nudge gives the tutor (its tutor_opts), so collections and compilation are as a learner gets them.
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xms8m -Xmx48m -Xss512k \
    -XX:ReservedCodeCacheSize=16m -XX:MaxMetaspaceSize=48m -XX:-UsePerfData -Djava.awt.headless=true \
    -cp target/test-classes:target/nudge.jar dev.nudge.bench.KeystrokeTimer "$@"
