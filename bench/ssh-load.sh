#!/bin/sh
# Load benchmark of `nudge serve` on loopback: for each session count, starts a fresh server the way ./nudge does,
# runs bench/SshLoad.java against it, and prints latency, server CPU, threads, heap per session and bytes per key.
# Usage: bench/ssh-load.sh [SESSIONS...]   (default: 50 200 500; SECONDS_PER_RUN=30 sets the measured time;
#        NUDGE=/path/to/checkout measures another build)
# NODES=2 runs a class on two nodes behind HAProxy instead (haproxy from Debian's package; both nodes with
#        --proxy-protocol, one host key, one data folder): the latency is the learners' through the balancer; the
#        server figures (CPU, threads, heap) are the first node's alone, and per_session divides its heap by every
#        session, so read it with the "sessions per node" line printed after each run.
set -eu
seconds=${SECONDS_PER_RUN:-30}
. "$(dirname -- "$0")/serve-lib.sh"

for sessions in ${*:-50 200 500}; do
    # Every session of the load logs in from 127.0.0.1 at once: the limits that stop a flood would stop the load.
    start_class "$scratch/serve-$sessions.log" "$scratch" --max-sessions 10000 --max-per-learner 10000 \
        --max-attempts 100000 --max-startups 100000 --max-startups-per-address 100000
    echo "== $sessions sessions"
    java -cp "$here/target/nudge.jar" "$here/bench/SshLoad.java" "$port" "$server" "$sessions" "$seconds"
    class_split "$scratch/serve-$sessions.log"
    stop_class
done
