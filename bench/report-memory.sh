#!/bin/sh
# Memory benchmark of `nudge report`: builds a progress file with EVENTS navigation events for one learner (plus a
# quiz and a hint, and a second learner) in one SQL statement, then runs the report on it from each JAR given, in a
# JVM with the heap HEAP, and prints whether it finished, its wall time and its peak resident memory.
# Usage: bench/report-memory.sh [JAR...]   (default: this project's jar; EVENTS=1000000 and HEAP=32m by default)
# The file is made by the first JAR, so that an older nudge can read it too: list the oldest first.
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
events=${EVENTS:-1000000}
heap=${HEAP:-32m}
"$here/nudge" --version >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

jars=${*:-"$here/target/nudge.jar"}
first=${jars%% *}
# A file made by nudge itself (at the first jar's schema), then filled by SQLite.
printf 'q\n' | java -Dnudge.home="$here" -cp "$first" dev.nudge.cli.Main --plain --lang en --user alan --data "$data" \
    >/dev/null 2>&1
java -cp "$first" "$here/bench/FillProgress.java" "$data/progress.db" "$events"
echo "progress file: $(du -h "$data/progress.db" | cut -f1), $events events, heap $heap"

for jar in $jars; do
    out="$data/report.out"
    if /usr/bin/time -f '%e s wall, %M KiB peak resident' -o "$data/time" \
        java -Xmx"$heap" -XX:+UseSerialGC -Dnudge.home="$here" -cp "$jar" dev.nudge.cli.Main report --format csv \
        --data "$data" >"$out" 2>"$data/err"; then
        verdict="finished, $(grep -c '^learner,' "$out") learner rows"
    else
        verdict="failed: $(grep -m1 -o 'java.lang.[A-Za-z]*Error[^"]*' "$data/err" || tail -n 1 "$data/err")"
    fi
    echo "$jar: $verdict; $(cat "$data/time" | tail -n 1)"
done
