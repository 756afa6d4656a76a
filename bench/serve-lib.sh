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
# Whatever happens, the server started here ($server), and the other processes of a two-node class ($others), do not
# outlive the benchmark.
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; [ -n "${others:-}" ] && kill -9 $others 2>/dev/null; [ -n "${scratch:-}" ] && rm -rf "$scratch"' EXIT
# sh runs the EXIT trap on a signal only when the signal has a trap of its own.
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
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

# start_two_nodes LOG DATA [OPTION...]: a class on two nodes behind HAProxy, all on 127.0.0.1, as a deployment
# runs one: both nodes with --proxy-protocol, one host key and the same DATA (logging to LOG.node1 and
# LOG.node2), and HAProxy (the tests' configuration, src/test/resources/dev/nudge/e2e/haproxy.cfg: leastconn,
# send-proxy-v2, fast checks) logging to LOG.haproxy. Sets $server (the first node, whose process the load tools
# measure), $others (the second node and HAProxy) and $port (HAProxy's, where learners connect).
start_two_nodes() {
    # start_server sets $log and $data: these are the class's own.
    class_log=$1
    class_data=$2
    shift 2
    haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
    [ -x "$haproxy" ] || { echo "NODES=2 needs HAProxy (apt-get install haproxy)"; exit 1; }
    key="$scratch/class_host_key"
    [ -f "$key" ] || ssh-keygen -q -t ed25519 -N '' -C 'nudge class' -f "$key"
    start_server "$class_log.node2" "$class_data" --proxy-protocol --host-key "$key" "$@"
    others=$server
    second=$port
    start_server "$class_log.node1" "$class_data" --proxy-protocol --host-key "$key" "$@"
    first=$port
    port=$(free_port)
    config="$scratch/haproxy.cfg"
    sed "s/@PORT@/$port/" "$here/src/test/resources/dev/nudge/e2e/haproxy.cfg" >"$config"
    printf '    server node1 127.0.0.1:%s\n    server node2 127.0.0.1:%s\n' "$first" "$second" >>"$config"
    "$haproxy" -db -f "$config" >"$class_log.haproxy" 2>&1 &
    others="$others $!"
    # Listening, as the kernel's socket table says: a test connection would reach a node and count as a learner's.
    listening=$(printf '0100007F:%04X 00000000:0000 0A' "$port")
    tries=0
    until grep -q "$listening" /proc/net/tcp; do
        sleep 0.2
        tries=$((tries + 1))
        [ "$tries" -lt 150 ] || { echo "HAProxy did not start:"; cat "$class_log.haproxy"; exit 1; }
    done
}

# stop_two_nodes: SIGTERM to both nodes and HAProxy, and waits for them to exit.
stop_two_nodes() {
    stop_server
    kill $others
    wait $others || true
    others=''
}

# free_port: prints a free TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_class LOG DATA [OPTION...] and stop_class: one server (start_server), or with NODES=2 a class on two nodes
# behind HAProxy (start_two_nodes); either way $port is where learners connect and $server the process measured.
start_class() {
    case ${NODES:-1} in
        1) start_server "$@" ;;
        2) start_two_nodes "$@" ;;
        *) echo "NODES=${NODES} is not supported: use NODES=1 (one server, the default) or NODES=2 (two behind HAProxy)"
           exit 2 ;;
    esac
}

stop_class() {
    if [ "${NODES:-1}" = 2 ]; then
        stop_two_nodes
    else
        stop_server
    fi
}

# class_split LOG: with NODES=2, how HAProxy split the sessions between the nodes (from their logs); else nothing.
class_split() {
    [ "${NODES:-1}" = 2 ] || return 0
    echo "sessions per node: node1=$(grep -c 'session [0-9]* started' "$1.node1") (measured)" \
        "node2=$(grep -c 'session [0-9]* started' "$1.node2")"
}
