#!/bin/sh
# Time from a key arriving to its frame being flushed, in process, over walks of the whole course (see
# src/test/java/dev/nudge/bench/KeystrokeTimer.java). Usage: bench/keystroke.sh [WALKS]   (default 5; the first is warm-up)
set -eu
cd "$(dirname -- "$0")/.."
mvn -q -DskipTests package test-compile >&2
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -cp target/test-classes:target/nudge.jar dev.nudge.bench.KeystrokeTimer "$@"
