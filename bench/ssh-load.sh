#!/bin/sh
# Load benchmark of `nudge serve` on loopback: for each session count, starts a fresh server the way ./nudge does,
# runs bench/SshLoad.java against it, and prints latency, server CPU, threads, heap per session and bytes per key.
# Usage: bench/ssh-load.sh [SESSIONS...]   (default: 50 200 500)
#        bench/ssh-load.sh matrix          (both mixes at 500, 1000 and 2000 sessions, one after the other)
# MIX=walk (the default: learners walking the course) or MIX=start (every session on the start page) picks the keys;
# PACE=learner (the default: a person's reading, thinking and typing pauses, see LearnerPace) or PACE=fast (every key
# 100-500 ms after the last, as the start mix always is) sets the walk's pace;
# SECONDS_PER_RUN=30 sets the measured time; NUDGE=/path/to/checkout measures another build; LESSONS=DIR is the
# course the walk follows (default: the lessons beside the measured launcher).
# NODES=2 runs a class on two nodes behind HAProxy instead (haproxy from Debian's package; both nodes with
#        --proxy-protocol, one host key, one data folder): the latency is the learners' through the balancer; the
#        server figures (CPU, threads, heap) are the first node's alone, and per_session divides its heap by every
#        session, so read it with the "sessions per node" line printed after each run.
set -eu
seconds=${SECONDS_PER_RUN:-30}
. "$(dirname -- "$0")/serve-lib.sh"

# load_classes: the load generator's class path; the walk's learners are in the test classes, built if missing or
# older than their sources.
load_classes() {
    walk="$here/target/test-classes/dev/nudge/bench/LearnerWalk.class"
    [ -f "$walk" ] && [ -z "$(find "$here/src/test/java/dev/nudge/bench" -newer "$walk" -print -quit)" ] ||
        mvn -q -f "$here/pom.xml" test-compile >&2
    echo "$here/target/nudge.jar:$here/target/test-classes"
}

# load_run MIX SESSIONS: a fresh server, SESSIONS sessions of MIX against it for $seconds, then the server stopped.
load_run() {
    # Every session of the load logs in from 127.0.0.1 at once: the limits that stop a flood would stop the load.
    start_class "$scratch/serve-$1-$2.log" "$scratch/data-$1-$2" --max-sessions 10000 --max-per-learner 10000 \
        --max-attempts 100000 --max-startups 100000 --max-startups-per-address 100000
    echo "== $2 sessions, mix $1, pace ${PACE:-learner}"
    # The walk follows the course the measured server teaches: the lessons beside its launcher (or LESSONS).
    MIX=$1 LESSONS="${LESSONS:-$(dirname -- "$nudge")/lessons}" java -cp "$classes" "$here/bench/SshLoad.java" \
        "$port" "$server" "$2" "$seconds"
    class_split "$scratch/serve-$1-$2.log"
    stop_class
}

classes=$(load_classes)
if [ "${1:-}" = matrix ]; then
    for mix in start walk; do
        for sessions in 500 1000 2000; do
            load_run "$mix" "$sessions"
        done
    done
else
    for sessions in ${*:-50 200 500}; do
        load_run "${MIX:-walk}" "$sessions"
    done
fi
