#!/bin/sh
# The doors of `nudge serve` under attack, on loopback: (a) connections flooding `env` requests, (b) silent sockets
# that never finish the key exchange, from 16 loopback addresses, then a learner logging in. Starts a fresh server
# for each, runs bench/DoorAttacks.java against it, and prints the server's memory and descriptors.
# Usage: bench/door-attacks.sh   (NUDGE=/path/to/checkout chooses the product measured, default this one;
#        ENV_FLOOD="CONNECTIONS REQUESTS KB" default "4 1500 200"; HALF_OPEN="SOCKETS ADDRESSES" default "19900 16": the
#        generator itself needs a few descriptors below a hard limit of 20000)
set -eu
env_flood=${ENV_FLOOD:-4 1500 200}
half_open=${HALF_OPEN:-19900 16}
. "$(dirname -- "$0")/serve-lib.sh"

start_attacked() {
    start_server "$scratch/serve-$1.log" "$scratch"
    echo "== $1 against $nudge (server descriptor limit: $(sed -n 's/^Max open files *\([0-9]*\).*/\1/p' /proc/$server/limits))"
}

stop_attacked() {
    stop_server
    echo "server log: $(wc -l <"$log") lines, of which refusals: $(grep -c 'refused' "$log" || true)"
}

start_attacked env
# shellcheck disable=SC2086
timeout 300 java -cp "$here/target/nudge.jar" "$here/bench/DoorAttacks.java" env "$port" "$server" $env_flood
stop_attacked

start_attacked half-open
# The load generator holds every socket open, so it alone gets its soft descriptor limit raised to the hard one.
# shellcheck disable=SC2086
(ulimit -n "$(ulimit -Hn)" && timeout 300 java -cp "$here/target/nudge.jar" "$here/bench/DoorAttacks.java" half-open "$port" \
    "$server" $half_open)
stop_attacked
