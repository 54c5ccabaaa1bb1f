# tests/vm/lib.sh — helpers for VM test cases (sourced by tests/vm/suite).
# A case is a bash function body in tests/vm/cases/*.sh calling these.

BW_ROOT=${BW_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
BW_JSON=/run/buildward/alerts.json
BW_SYSLOG=/run/buildward/syslog.log
BW_SINK_PORT=18080
BW_SINK_LOG=/run/buildward/sink.log
PY=/usr/bin/python3

# wait_for TIMEOUT_S CMD...: poll CMD every 50 ms until it succeeds.
wait_for() {
	local t=$1 i
	shift
	for ((i = 0; i < t * 20; i++)); do
		"$@" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}

alert_count() {
	[ -f "$BW_JSON" ] || { echo 0; return; }
	grep -c . "$BW_JSON" || true
}

# counter NAME: one of the module's counters
counter() {
	buildward status --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["counters"][sys.argv[1]])' "$1"
}

# for wait_for: re-counted at every poll
alerts_more_than() {
	[ "$(alert_count)" -gt "$1" ]
}

# jq-like checks with python: json_check FILE LINE_NO 'python expr on a'
json_check() {
	"$PY" - "$@" <<'PYEOF'
import json, sys
path, line, expr = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(path) if l.strip()]
a = json.loads(lines[line - 1])
ok = eval(expr, {"a": a})
if not ok:
    # the expression last: the suite shows the tail of a failing test's log
    print("alert: %s\ncheck failed: %s" % (json.dumps(a, indent=1), expr), file=sys.stderr)
sys.exit(0 if ok else 1)
PYEOF
}

# start_sink: idempotent, so each case can run alone (tests/run-vm-tests PATTERN)
start_sink() {
	if [ -s /run/buildward/sink.pid ] && kill -0 "$(cat /run/buildward/sink.pid)" 2>/dev/null; then
		return 0
	fi
	rm -f /run/buildward/sink.out
	"$PY" "$BW_ROOT/tests/vm/sink.py" "$BW_SINK_PORT" "$BW_SINK_LOG" > /run/buildward/sink.out 2>&1 &
	echo $! > /run/buildward/sink.pid
	wait_for 20 grep -q ready /run/buildward/sink.out
}

# A fresh npm project that installs the fixture package DIR (as a tarball).
npm_install_fixture() {
	local fixture=$1 proj tgz
	proj=$(mktemp -d /tmp/proj.XXXXXX)
	tgz=$(cd "$proj" && npm pack --silent "$BW_ROOT/tests/fixtures/npm/$fixture" 2>/dev/null | tail -1)
	(cd "$proj" && echo '{"name":"app","version":"1.0.0","private":true}' > package.json &&
	 npm install --offline --no-audit --no-fund --loglevel=error "./$tgz")
}
