#!/bin/sh
# The expensive-answer attack on `nudge serve` over loopback, measured: starts a fresh server, runs
# bench/ExpensiveAnswers.java against it (300 answers such as ((P_1+1)^100)^100 typed into an expression quiz, then a
# disconnect) and prints the server's processor time after the disconnect, how long until the seat was free and its
# peak memory. It ends by itself within about three minutes, also against a server that never frees the seat.
# Usage: [NUDGE=/path/to/nudge] bench/expensive-answers.sh [ANSWERS] [WATCH_SECONDS]
#   NUDGE chooses the checkout (or its launcher) whose server is measured; the client always comes from this one.
set -eu
answers=${1:-300}
watch=${2:-170}
. "$(dirname -- "$0")/serve-lib.sh"

start_server "$scratch/serve.log" "$scratch"
echo "== server: $nudge (pid $server, port $port)"
timeout $((watch + 60)) java -cp "$here/target/nudge.jar" "$here/bench/ExpensiveAnswers.java" \
    "$port" "$server" "$log" "$answers" "$watch"
stop_server
