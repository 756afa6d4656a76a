#!/bin/sh
# The expensive-answer attack on `nudge serve` over loopback, measured: starts a fresh server, runs
# bench/ExpensiveAnswers.java against it (300 answers such as ((P_1+1)^100)^100 typed into an expression quiz, then a
# disconnect) and prints the server's processor time after the disconnect, how long until the seat was free and its
# peak memory. It ends by itself within about three minutes, also against a server that never frees the seat.
# Usage: [NUDGE=/path/to/nudge] bench/expensive-answers.sh [ANSWERS] [WATCH_SECONDS]
#   NUDGE chooses the checkout whose server is measured (default: this one); the client always comes from this one.
set -eu
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
nudge=${NUDGE:-$here/nudge}
answers=${1:-300}
watch=${2:-170}
"$nudge" --version >/dev/null
"$here/nudge" --version >/dev/null
data=$(mktemp -d)
server=''
# Whatever happens, the server started here does not outlive the benchmark.
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$data"' EXIT

log="$data/serve.log"
"$nudge" serve --open --bind 127.0.0.1 --port 0 --data "$data" --idle-timeout 0 >"$log" 2>&1 &
server=$!
port=''
tries=0
while [ -z "$port" ]; do
    sleep 0.2
    tries=$((tries + 1))
    [ "$tries" -lt 150 ] || { echo "the server did not start:"; cat "$log"; exit 1; }
    port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
done
echo "== server: $nudge (pid $server, port $port)"
timeout $((watch + 60)) java -cp "$here/target/nudge.jar" "$here/bench/ExpensiveAnswers.java" \
    "$port" "$server" "$log" "$answers" "$watch"
kill "$server"
wait "$server" || true
server=''
