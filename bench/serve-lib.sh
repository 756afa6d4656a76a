# Sourced by the class server's benchmarks (sh): which build to measure, and a fresh `nudge serve --open` on
# 127.0.0.1 that never outlives the benchmark.
#   NUDGE      the product measured: a checkout or its `nudge` launcher (default: this checkout)
# After sourcing: $here (this checkout, whose target/nudge.jar runs the load tools) and $nudge (the launcher measured).
here=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd -P)
nudge=${NUDGE:-$here}
[ -d "$nudge" ] && nudge="$nudge/nudge"
"$nudge" --version >/dev/null
[ "$nudge" = "$here/nudge" ] || "$here/nudge" --version >/dev/null
server=''
# Whatever happens, the server started here does not outlive the benchmark.
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; [ -n "${scratch:-}" ] && rm -rf "$scratch"' EXIT
scratch=$(mktemp -d)

# start_server LOG DATA [OPTION...]: starts the server logging to LOG with its data in DATA, and waits until it
# listens; sets $server (its process) and $port. Gives up, showing the log, after 30 s.
start_server() {
    log=$1
    data=$2
    shift 2
    "$nudge" serve --open --bind 127.0.0.1 --port 0 --data "$data" --idle-timeout 0 "$@" >"$log" 2>&1 &
    server=$!
    port=''
    tries=0
    while [ -z "$port" ]; do
        sleep 0.2
        tries=$((tries + 1))
        [ "$tries" -lt 150 ] || { echo "the server did not start:"; cat "$log"; exit 1; }
        port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    done
}

# stop_server: SIGTERM, as a teacher's Ctrl-C, and waits for it to exit.
stop_server() {
    kill "$server"
    wait "$server" || true
    server=''
}
