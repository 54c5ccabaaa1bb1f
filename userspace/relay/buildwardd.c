// SPDX-License-Identifier: MIT
/*
 * buildwardd — the relay: receives alerts from the module and writes each
 * exactly once, in seq order, to a JSON-lines file and to syslog(3).
 *
 * No loss, no duplicates: the last written (load id, seq) is kept in a
 * state file; at start, on socket overrun and on any seq gap, the alerts
 * after it are fetched from the module's backlog.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "../lib/client.h"

static const char usage_text[] =
	"usage: buildwardd [options]\n"
	"Relay buildward alerts from the kernel module to syslog and a JSON-lines file.\n"
	"\n"
	"  -j, --json FILE       JSON-lines output (default /var/log/buildward/alerts.json)\n"
	"  -s, --state FILE      last written seq (default /var/lib/buildward/state)\n"
	"  -p, --pidfile FILE    written once subscribed (readiness)\n"
	"      --no-syslog       do not write alerts to syslog\n"
	"      --ident NAME      syslog ident (default buildward)\n"
	"  -h, --help            this text\n"
	"\n"
	"Signals: SIGHUP reopens the JSON file (log rotation); SIGTERM/SIGINT exit.\n";

static struct {
	const char *json_path, *state_path, *pidfile, *ident;
	bool syslog;
} opt = {
	.json_path = "/var/log/buildward/alerts.json",
	.state_path = "/var/lib/buildward/state",
	.ident = "buildward",
	.syslog = true,
};

static volatile sig_atomic_t got_term, got_hup;
static FILE *json_out;
static struct bwc_host host;
static uint64_t last_seq, last_load_id;

static void say(int prio, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	if (opt.syslog) {
		va_start(ap, fmt);
		vsyslog(prio, fmt, ap);
		va_end(ap);
	}
}

static void on_signal(int sig)
{
	if (sig == SIGHUP)
		got_hup = 1;
	else
		got_term = 1;
}

static void load_state(void)
{
	FILE *f = fopen(opt.state_path, "r");

	if (!f)
		return;
	if (fscanf(f, "%" SCNx64 " %" SCNu64, &last_load_id, &last_seq) != 2)
		last_load_id = last_seq = 0;
	fclose(f);
}

static int save_state(void)
{
	char tmp[4096];
	FILE *f;

	snprintf(tmp, sizeof(tmp), "%s.tmp", opt.state_path);
	f = fopen(tmp, "w");
	if (!f)
		return -errno;
	fprintf(f, "%016" PRIx64 " %" PRIu64 "\n", last_load_id, last_seq);
	if (fflush(f) || fsync(fileno(f))) {
		fclose(f);
		return -errno;
	}
	fclose(f);
	return rename(tmp, opt.state_path) ? -errno : 0;
}

static int open_json(void)
{
	FILE *f = fopen(opt.json_path, "a");

	if (!f) {
		say(LOG_ERR, "buildwardd: cannot open %s: %s", opt.json_path, strerror(errno));
		return -1;
	}
	if (json_out)
		fclose(json_out);
	json_out = f;
	return 0;
}

static int syslog_prio(const char *sev)
{
	return sev && !strcmp(sev, "critical") ? LOG_CRIT : LOG_ALERT;
}

/*
 * Write one alert. Alerts arrive in seq order; anything at or below the
 * last written seq of this module load is a duplicate and skipped.
 */
static void write_alert(const struct bwc_alert *a)
{
	char *json = bwc_alert_json(a, &host);

	if (!json) {
		say(LOG_ERR, "buildwardd: out of memory formatting alert %" PRIu64, a->seq);
		return;
	}
	fprintf(json_out, "%s\n", json);
	if (fflush(json_out) || fsync(fileno(json_out)))
		say(LOG_ERR, "buildwardd: writing %s: %s", opt.json_path, strerror(errno));
	if (opt.syslog)
		syslog(syslog_prio(a->severity),
		       "alert seq=%" PRIu64 " severity=%s kind=%s package=%s: %s",
		       a->seq, a->severity, a->ctx.kind ? a->ctx.kind : "?",
		       a->ctx.pkg_name ? a->ctx.pkg_name : "-", json);
	free(json);
	last_load_id = a->load_id;
	last_seq = a->seq;
	if (save_state())
		say(LOG_ERR, "buildwardd: cannot save state %s: %s", opt.state_path,
		    strerror(errno));
}

/* Backlog replay: everything after @since of the current load, in order. */
static int on_replayed(const struct bwc_alert *a, void *arg)
{
	uint64_t *expect = arg;

	if (a->load_id == last_load_id && a->seq <= last_seq)
		return 0;
	if (a->seq > *expect)
		say(LOG_ERR, "buildwardd: %" PRIu64 " alert(s) lost: seq %" PRIu64
		    "..%" PRIu64 " were evicted from the module's backlog before they could be relayed",
		    a->seq - *expect, *expect, a->seq - 1);
	write_alert(a);
	*expect = a->seq + 1;
	return 0;
}

static int replay(struct bwc *c)
{
	struct bwc_status st;
	uint64_t since, expect;
	int err;

	err = bwc_status(c, &st, NULL, NULL);
	if (err)
		return err;
	if (st.load_id != last_load_id) {
		if (last_load_id)
			say(LOG_NOTICE, "buildwardd: module was reloaded; relaying its alerts from the start");
		last_load_id = st.load_id;
		last_seq = 0;
	}
	since = last_seq;
	expect = since + 1;
	err = bwc_dump_alerts(c, since, on_replayed, &expect);
	if (!err && st.last_seq >= expect)
		say(LOG_ERR, "buildwardd: %" PRIu64 " alert(s) lost: seq %" PRIu64 "..%" PRIu64
		    " are no longer in the module's backlog", st.last_seq - expect + 1,
		    expect, st.last_seq);
	if (!err && st.last_seq > last_seq)
		last_seq = st.last_seq;
	return err;
}

/* Live alerts: in order → write; duplicate → skip; gap → replay after. */
static int on_live(const struct bwc_alert *a, void *arg)
{
	bool *gap = arg;

	if (*gap)
		return 0;
	if (a->load_id == last_load_id && a->seq <= last_seq)
		return 0;
	if (a->load_id != last_load_id || a->seq != last_seq + 1) {
		*gap = true;
		return 0;
	}
	write_alert(a);
	return 0;
}

static int write_pidfile(void)
{
	FILE *f;

	if (!opt.pidfile)
		return 0;
	f = fopen(opt.pidfile, "w");
	if (!f)
		return -errno;
	fprintf(f, "%d\n", (int)getpid());
	return fclose(f) ? -errno : 0;
}

/* Connect, subscribe, catch up, then relay until the module goes away. */
static int session(void)
{
	struct bwc c;
	int err;

	err = bwc_open(&c, true);
	if (err)
		return err;
	/* Subscribed first, then replay: nothing falls between the two. */
	err = replay(&c);
	if (err)
		goto out;
	say(LOG_INFO, "buildwardd: connected and subscribed; last seq %" PRIu64, last_seq);
	if (write_pidfile())
		say(LOG_ERR, "buildwardd: cannot write %s: %s", opt.pidfile, strerror(errno));

	while (!got_term) {
		struct pollfd pfd = { .fd = bwc_mc_fd(&c), .events = POLLIN };
		bool gap = false;
		int n;

		if (got_hup) {
			got_hup = 0;
			if (open_json() == 0)
				say(LOG_INFO, "buildwardd: reopened %s", opt.json_path);
		}
		n = poll(&pfd, 1, 2000);
		if (n < 0 && errno != EINTR) {
			err = -errno;
			break;
		}
		if (n > 0) {
			err = bwc_mc_read(&c, on_live, &gap);
			if (err == -ENOBUFS) {
				say(LOG_WARNING, "buildwardd: netlink overrun; replaying from the backlog");
				gap = true;
				err = 0;
			}
			if (err)
				break;
		}
		/* Also on every idle tick: notices a module reload (new load id). */
		if (gap || n == 0) {
			err = replay(&c);
			if (err)
				break;
		}
	}
out:
	bwc_close(&c);
	return err;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", required_argument, NULL, 'j' },
		{ "state", required_argument, NULL, 's' },
		{ "pidfile", required_argument, NULL, 'p' },
		{ "no-syslog", no_argument, NULL, 'S' },
		{ "ident", required_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct sigaction sa = { .sa_handler = on_signal };
	bool announced = false;
	int c, err = 0;

	while ((c = getopt_long(argc, argv, "j:s:p:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'j': opt.json_path = optarg; break;
		case 's': opt.state_path = optarg; break;
		case 'p': opt.pidfile = optarg; break;
		case 'S': opt.syslog = false; break;
		case 'i': opt.ident = optarg; break;
		case 'h': fputs(usage_text, stdout); return 0;
		default: fputs(usage_text, stderr); return 2;
		}
	}
	if (optind != argc) {
		fputs(usage_text, stderr);
		return 2;
	}
	if (opt.syslog)
		openlog(opt.ident, LOG_PID, LOG_DAEMON);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	bwc_host_init(&host);
	load_state();
	if (open_json())
		return 1;

	while (!got_term) {
		err = session();
		if (got_term)
			break;
		if (err == BWC_ERR_PERM) {
			say(LOG_ERR, "buildwardd: %s", bwc_strerror(err));
			return 1;
		}
		if (!announced || err != BWC_ERR_NOT_LOADED) {
			say(LOG_WARNING, "buildwardd: %s; retrying", bwc_strerror(err));
			announced = err == BWC_ERR_NOT_LOADED;
		}
		sleep(1);
	}
	say(LOG_INFO, "buildwardd: exiting; last seq %" PRIu64, last_seq);
	if (opt.pidfile)
		unlink(opt.pidfile);
	return 0;
}
