#!/usr/bin/env bash
# A throwaway Neo4j Community 5.26 server (embedded, Bolt) for mlkg's tests. See tests/neo4j/README.md.
#
#   bash tests/neo4j/server.sh start    build if needed, start in the background, wait until Bolt takes logins
#   bash tests/neo4j/server.sh stop     stop it (no-op when not running)
#   bash tests/neo4j/server.sh status   exit 0 when running and Bolt answers, 3 otherwise
#   bash tests/neo4j/server.sh restart  stop, then start
#   bash tests/neo4j/server.sh reset    stop and delete the data directory (alias: wipe)
#   bash tests/neo4j/server.sh build    (re)build target/ only
#   bash tests/neo4j/server.sh admin ARGS...   neo4j-admin on the same home, e.g.
#        admin database import full --overwrite-destination --nodes=... --relationships=... neo4j
#        (stop the server first: an import needs the database offline)
#
# Environment: NEO4J_URI (bolt://localhost:7687), NEO4J_USER (neo4j), NEO4J_PASSWORD (mlkg-test-password),
# NEO4J_DATA_DIR (tests/neo4j/target/data), NEO4J_START_TIMEOUT (seconds, 120), NEO4J_PAGECACHE (MiB, 512),
# NEO4J_JAVA_OPTS (JVM flags, default "-Xmx1g -XX:TieredStopAtLevel=1"), NEO4J_JAVA (java binary),
# NEO4J_PYTHON (a python with the `neo4j` driver, used for the readiness check).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/target"
LIB="$TARGET/lib"
JAR="$TARGET/neo4j-launcher.jar"
STAMP="$TARGET/.build-stamp"

export NEO4J_URI="${NEO4J_URI:-bolt://localhost:7687}"
export NEO4J_USER="${NEO4J_USER:-neo4j}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-mlkg-test-password}"
export NEO4J_DATA_DIR="${NEO4J_DATA_DIR:-$TARGET/data}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
READY_LINE="mlkg-neo4j: Started"

# host and port from the URI (bolt://host:port, neo4j://host, bolt+s://[::1]:7687 ...)
hostport="${NEO4J_URI#*://}"
hostport="${hostport%%/*}"
hostport="${hostport##*@}"
if [[ "$hostport" =~ ^\[(.*)\](:([0-9]+))?$ ]]; then
    HOST="${BASH_REMATCH[1]}"; PORT="${BASH_REMATCH[3]:-7687}"
elif [[ "$hostport" == *:* ]]; then
    HOST="${hostport%%:*}"; PORT="${hostport##*:}"
else
    HOST="$hostport"; PORT=7687
fi
[[ -z "$HOST" || "$HOST" == localhost ]] && HOST=127.0.0.1
# one pid file and log per port, so that servers on two ports (two data dirs) can run side by side
PIDFILE="$TARGET/neo4j-$PORT.pid"
LOG="$TARGET/neo4j-$PORT.log"

log() { echo "neo4j-server: $*" >&2; }

java_bin() {
    if [[ -n "${NEO4J_JAVA:-}" ]]; then echo "$NEO4J_JAVA"
    elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then echo "$JAVA_HOME/bin/java"
    else echo java
    fi
}

build_hash() {
    cat "$HERE/pom.xml" "$HERE"/src/main/java/mlkg/*.java | sha256sum | cut -d' ' -f1
}

build() {
    local want
    want="$(build_hash)"
    if [[ -f "$JAR" && -d "$LIB" && -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
        return 0
    fi
    command -v mvn >/dev/null || { log "mvn not found: install Maven (apt-get install maven) and a JDK 17+"; exit 1; }
    log "building the launcher (mvn package; the first build downloads ~125 MB of Neo4j jars) ..."
    local t0=$SECONDS
    rm -rf "$LIB"
    mkdir -p "$TARGET"
    if ! (cd "$HERE" && mvn -B -q -Dstyle.color=never package) >"$TARGET/build.log" 2>&1; then
        tail -n 40 "$TARGET/build.log" >&2
        log "build failed (full output in $TARGET/build.log)"
        exit 1
    fi
    echo "$want" > "$STAMP"
    log "built in $((SECONDS - t0)) s"
}

pid_alive() {
    [[ -f "$PIDFILE" ]] || return 1
    local pid
    pid="$(cat "$PIDFILE" 2>/dev/null)"
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    # guard against a recycled pid (e.g. a stale pid file after a reboot)
    if [[ -r "/proc/$pid/cmdline" ]]; then
        tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'mlkg.Neo4jLauncher'
    fi
}

port_open() {
    (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null
}

# A python that can import the neo4j driver, or nothing.
find_python() {
    local candidates=()
    [[ -n "${NEO4J_PYTHON:-}" ]] && candidates+=("$NEO4J_PYTHON")
    [[ -n "${VIRTUAL_ENV:-}" ]] && candidates+=("$VIRTUAL_ENV/bin/python")
    candidates+=("$HERE/../../.venv/bin/python" python3 python)
    local py
    for py in "${candidates[@]}"; do
        if command -v "$py" >/dev/null 2>&1 && "$py" -c "import neo4j" >/dev/null 2>&1; then
            echo "$py"; return 0
        fi
    done
    return 1
}

# 0: Bolt accepts a login with NEO4J_USER/NEO4J_PASSWORD; 1: not (yet); 2: auth refused.
bolt_ready() {
    local py
    if py="$(find_python)"; then
        "$py" - <<'EOF' >/dev/null 2>&1
import os, sys
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError
try:
    with GraphDatabase.driver(os.environ["NEO4J_URI"],
                              auth=(os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"]),
                              connection_timeout=5) as driver:
        driver.verify_connectivity()
except AuthError:
    sys.exit(2)
except Exception:
    sys.exit(1)
EOF
    else
        port_open && grep -q "$READY_LINE" "$LOG" 2>/dev/null
    fi
}

fail_start() {
    log "$1"
    if [[ -f "$LOG" ]]; then
        log "last lines of $LOG:"
        tail -n 40 "$LOG" >&2
    fi
    exit 1
}

start() {
    if pid_alive; then
        log "already running (pid $(cat "$PIDFILE")) on $NEO4J_URI"
        return 0
    fi
    rm -f "$PIDFILE"
    if port_open; then
        fail_start "port $HOST:$PORT is already in use by another process (not started by this script)"
    fi
    build
    mkdir -p "$NEO4J_DATA_DIR"
    local java
    java="$(java_bin)"
    # shellcheck disable=SC2086  # NEO4J_JAVA_OPTS is a list of flags
    nohup "$java" ${NEO4J_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1} \
        -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -Djdk.nio.maxCachedBufferSize=1024 \
        -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
        --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
        -cp "$JAR:$LIB/*" mlkg.Neo4jLauncher server </dev/null >"$LOG" 2>&1 &
    local pid=$!
    echo "$pid" > "$PIDFILE"
    log "starting Neo4j (pid $pid, log $LOG, data $NEO4J_DATA_DIR) ..."
    local t0=$SECONDS rc
    while true; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PIDFILE"
            fail_start "the server exited during start-up"
        fi
        if grep -q "$READY_LINE" "$LOG" 2>/dev/null; then
            rc=0; bolt_ready || rc=$?
            if [[ $rc -eq 0 ]]; then
                log "ready on $NEO4J_URI as $NEO4J_USER after $((SECONDS - t0)) s"
                return 0
            elif [[ $rc -eq 2 ]]; then
                stop
                fail_start "Bolt is up but refused $NEO4J_USER's login (password mismatch?)"
            fi
        fi
        if (( SECONDS - t0 >= START_TIMEOUT )); then
            stop
            fail_start "Bolt did not accept connections within $START_TIMEOUT s"
        fi
        sleep 1
    done
}

stop() {
    if ! pid_alive; then
        rm -f "$PIDFILE"
        log "not running"
        return 0
    fi
    local pid i
    pid="$(cat "$PIDFILE")"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 120; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "pid $pid did not stop within 60 s: killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PIDFILE"
    log "stopped (pid $pid)"
}

status() {
    if pid_alive; then
        local rc=0
        bolt_ready || rc=$?
        if [[ $rc -eq 0 ]]; then
            echo "running (pid $(cat "$PIDFILE")) on $NEO4J_URI, log $LOG"
            grep "$READY_LINE" "$LOG" 2>/dev/null | tail -n 1 || true
            return 0
        fi
        echo "process running (pid $(cat "$PIDFILE")) but Bolt not ready on $NEO4J_URI (check $rc)"
        return 3
    fi
    echo "not running"
    return 3
}

admin() {
    if pid_alive; then
        log "note: a server is running on $NEO4J_URI; if it uses $NEO4J_DATA_DIR, 'database import' into a database it serves fails (stop it first)"
    fi
    build
    # shellcheck disable=SC2086
    "$(java_bin)" ${NEO4J_ADMIN_JAVA_OPTS:--Xmx1g} \
        --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
        -cp "$JAR:$LIB/*" mlkg.Neo4jLauncher admin "$@"
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    restart) stop; start ;;
    reset|wipe) stop; rm -rf "$NEO4J_DATA_DIR"; log "deleted $NEO4J_DATA_DIR" ;;
    build) build ;;
    admin) admin "$@" ;;
    *) echo "usage: $0 start|stop|status|restart|reset|wipe|build|admin ARGS..." >&2; exit 2 ;;
esac
