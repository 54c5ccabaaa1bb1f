# Walking skeleton: module → netlink → relay → viewer with a real npm install.
# Tests run in order and share the loaded module.

t_cli_reports_module_not_loaded() {
	set +e
	out=$(buildward status 2>&1); rc=$?
	set -e
	echo "$out"
	[ "$rc" = 3 ]
	grep -q "module is not loaded" <<<"$out"
}

t_module_loads_and_relay_subscribes() {
	bw-start
	grep -q '^buildward ' /proc/modules
	grep -q 'security_file_open' /sys/kernel/debug/kprobes/list
	kill -0 "$(cat /run/buildward/buildwardd.pid)"
	buildward status | tee /dev/stderr | grep -q 'hook_exec'
}

t_status_json_is_valid() {
	buildward status --json > /tmp/status.json
	"$PY" -c 'import json,sys; s=json.load(open("/tmp/status.json")); assert s["version"] and "alerts" in s["counters"], s'
}

t_unprivileged_commands_refused() {
	set +e
	out=$(setpriv --reuid=65534 --regid=65534 --clear-groups buildward status 2>&1); rc=$?
	set -e
	echo "status as nobody: rc=$rc $out"
	[ "$rc" = 4 ] && grep -q "permission denied" <<<"$out"
}

# The join itself is refused (GENL_MCAST_CAP_NET_ADMIN), not merely the
# commands the CLI sends around it; root's join succeeding shows the probe
# can tell the difference.
t_unprivileged_subscription_refused() {
	"$PY" "$BW_ROOT/tests/vm/nl_join.py" buildward alerts
	set +e
	setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$PY" "$BW_ROOT/tests/vm/nl_join.py" buildward alerts; rc=$?
	out=$(setpriv --reuid=65534 --regid=65534 --clear-groups timeout 10 buildward watch --json 2>&1); wrc=$?
	set -e
	echo "join as nobody: rc=$rc; watch as nobody: rc=$wrc $out"
	[ "$rc" = 13 ] && [ "$wrc" = 4 ]
}

t_benign_npm_install_raises_no_alert() {
	start_sink
	before=$(alert_count)
	npm_install_fixture benign-build
	# the postinstall really ran and fetched from the sink
	grep -q '"path": "/download/prebuilt"' "$BW_SINK_LOG"
	# the install context existed and saw the exec of curl
	[ "$(counter contexts_created)" -ge 1 ]
	# hooks run synchronously: once the install has exited, alerts_raised
	# is final (no need to wait for the relay to see nothing)
	[ "$(counter alerts_raised)" = 0 ]
	[ "$(alert_count)" = "$before" ]
}

t_malicious_npm_install_raises_one_alert() {
	mkdir -p /root/.aws
	printf '[default]\naws_access_key_id = AKIAFAKEFAKEFAKE0000\naws_secret_access_key = fake/secret\n' > /root/.aws/credentials
	[ -f /root/.npmrc ] || echo '//registry.npmjs.org/:_authToken=npm_FAKEFAKEFAKE' > /root/.npmrc
	start_sink
	before=$(alert_count)
	raised=$(counter alerts_raised)
	npm_install_fixture evil-aws-upload
	grep -q '"method": "PUT", "path": "/upload/aws"' "$BW_SINK_LOG"
	# hooks run synchronously: the install raised exactly one alert
	[ "$(counter alerts_raised)" = $((raised + 1)) ]
	wait_for 20 alerts_more_than "$before"
	n=$((before + 1))
	json_check "$BW_JSON" $n 'a["schema"] == "buildward.alert/1" and a["seq"] >= 1 and a["severity"] == "high"'
	json_check "$BW_JSON" $n 'a["rule"] == "supply_chain_secret_exfiltration" and a["host"] == "bwguest" and len(a["boot_id"]) == 36'
	json_check "$BW_JSON" $n 'a["context"]["kind"] == "package_install_npm" and a["context"]["correlation_key"].startswith("package_install_npm:")'
	json_check "$BW_JSON" $n 'a["context"]["package"] == {"name": "evil-aws-upload", "version": "1.0.1", "script": "postinstall"}'
	json_check "$BW_JSON" $n 'any(e["class"] == "cloud_credentials_file" and e["path"] == "/root/.aws/credentials" and e["category"] == "credential_access" and e["comm"] == "node" for e in a["evidence"])'
	json_check "$BW_JSON" $n 'any(e["class"] == "network_upload_tool" and e["comm"] == "curl" and "-T" in e["argv"] for e in a["evidence"])'
	json_check "$BW_JSON" $n 'a["process_tree"][-1]["comm"] == "curl" and a["process_tree"][0]["pid"] == a["context"]["root"]["pid"] and "install" in a["context"]["root"]["cmdline"]'
	json_check "$BW_JSON" $n 'a["categories"] == ["credential_access", "exfiltration"] and a["time"].endswith("Z")'
	# npm's root reading its own ~/.npmrc is expected (default allow rule);
	# the lifecycle script reading it is not; the same read twice is one
	# piece of evidence
	json_check "$BW_JSON" $n 'not any(e.get("path", "").endswith("/.npmrc") and e["comm"] == "npm" for e in a["evidence"])'
	json_check "$BW_JSON" $n 'any(e.get("path") == "/root/.npmrc" and e["class"] == "registry_token" and e["comm"] == "node" for e in a["evidence"])'
	[ "$(counter signals_allowed)" -ge 1 ]
	json_check "$BW_JSON" $n 'len(a["evidence"]) == len({(e["class"], e["pid"], e.get("path")) for e in a["evidence"]})'
	# syslog got it too, with the alert priority
	wait_for 10 grep -q "alert seq=$(json_seq $n) severity=high kind=package_install_npm package=evil-aws-upload" "$BW_SYSLOG"
	# and the relay wrote it once
	wait_for 10 relay_caught_up
	[ "$(alert_count)" = "$n" ]
}

json_seq() { "$PY" -c "import json; print(json.loads([l for l in open('$BW_JSON') if l.strip()][$1 - 1])['seq'])"; }

# The relay has written the module's newest alert.
relay_caught_up() {
	local a
	a=$(buildward status --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["last_seq"])')
	[ "$a" = "$(json_seq "$(alert_count)")" ]
}

t_viewer_renders_backlog() {
	buildward alerts > /tmp/alerts.txt
	cat /tmp/alerts.txt
	grep -q 'HIGH' /tmp/alerts.txt
	grep -q 'package_install_npm' /tmp/alerts.txt
	grep -q 'evil-aws-upload@1.0.1 (postinstall)' /tmp/alerts.txt
	grep -q '/root/.aws/credentials' /tmp/alerts.txt
	buildward alerts --json | "$PY" -c 'import json,sys; [json.loads(l) for l in sys.stdin]'
}

t_watch_shows_live_alert() {
	start_sink
	buildward watch --json > /tmp/watch.out 2>/tmp/watch.err &
	w=$!
	wait_for 10 grep -q 'watching for alerts' /tmp/watch.err
	npm_install_fixture evil-aws-upload
	wait_for 20 grep -q '"package_install_npm"' /tmp/watch.out
	kill $w
	"$PY" -c 'import json; a=json.loads(open("/tmp/watch.out").readline()); assert a["severity"]=="high", a'
}

t_unload_is_clean() {
	bw-stop
	# (a "! cmd" never trips errexit: test explicitly)
	if grep -q '^buildward ' /proc/modules; then echo "still loaded"; exit 1; fi
	if dmesg | grep -E 'BUG:|WARNING:|Call Trace'; then exit 1; fi
	dmesg | grep -q 'buildward unloaded'
}
