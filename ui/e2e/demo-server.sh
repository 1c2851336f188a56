# Sourced by ./family-context (e2e, bench-ui): starts the built jar on free ports with the demo council in a
# throw-away data folder, and stops it. Needs $JAVA_HOME, $jar, $java_options from the script, and node.

# A port the system has free now (node is needed by the browser tests anyway).
free_port() {
    node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Sets demo_base, demo_pid and demo_dir; returns once the server answers (the demo council loads first, ~1 min).
start_demo_server() {
    demo_dir="$(mktemp -d -t family-context-e2e.XXXXXX)"
    local port bolt_port
    port="$(free_port)"
    bolt_port="$(free_port)"
    demo_base="http://127.0.0.1:$port"
    echo "Starting a demo server on $demo_base (data in $demo_dir, log in $demo_dir/serve.log) ..." >&2
    # shellcheck disable=SC2086 # FAMILY_CONTEXT_JAVA_OPTS is a list of options
    "$JAVA_HOME/bin/java" "${java_options[@]}" ${FAMILY_CONTEXT_JAVA_OPTS:-} -jar "$jar" \
        serve --port "$port" --bolt-port "$bolt_port" --data-dir "$demo_dir/data" >"$demo_dir/serve.log" 2>&1 &
    demo_pid=$!
    # The sign-in page answers once the demo is loaded and the web server is up.
    if ! DEMO_PID="$demo_pid" node -e '
        const [url, pid] = [process.argv[1], Number(process.env.DEMO_PID)];
        const deadline = Date.now() + 10 * 60 * 1000;
        const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
        (async () => {
          while (Date.now() < deadline && alive()) {
            try { if ((await fetch(url)).ok) process.exit(0); } catch { /* not listening yet */ }
            await new Promise((r) => setTimeout(r, 1000));
          }
          process.exit(1);
        })();' "$demo_base/login.html"; then
        echo "The demo server did not start; the end of its log:" >&2
        tail -n 40 "$demo_dir/serve.log" >&2
        return 1
    fi
    echo "Demo server ready." >&2
}

stop_demo_server() {
    if [ -n "${demo_pid:-}" ] && kill -0 "$demo_pid" 2>/dev/null; then
        kill "$demo_pid"
        wait "$demo_pid" 2>/dev/null || true
    fi
    if [ -n "${demo_dir:-}" ]; then rm -rf "$demo_dir"; fi
}
