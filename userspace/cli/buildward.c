// SPDX-License-Identifier: MIT
/*
 * buildward — view alerts and the module's state.
 *
 *   buildward watch [--json]            live alerts (after any in the backlog with --since)
 *   buildward alerts [--since SEQ] [--json]
 *   buildward status [--json]
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lib/client.h"
#include "../lib/jsonw.h"

static const char usage_text[] =
	"usage: buildward COMMAND [options]\n"
	"\n"
	"Commands:\n"
	"  watch [--json] [--since SEQ]   print alerts live (human-readable, or JSON lines)\n"
	"  alerts [--since SEQ] [--json]  print the alerts still in the module's backlog\n"
	"  status [--json]                module version and counters\n"
	"  help                           this text\n"
	"\n"
	"Exit status: 0 ok, 1 error, 2 usage, 3 module not loaded, 4 permission denied.\n";

enum { EX_OK_ = 0, EX_ERR = 1, EX_USAGE_ = 2, EX_NOTLOADED = 3, EX_PERM = 4 };

static struct bwc_host host;
static bool json, color;
static volatile sig_atomic_t stop;

static int fail(int err)
{
	fprintf(stderr, "buildward: %s\n", bwc_strerror(err));
	if (err == BWC_ERR_NOT_LOADED)
		return EX_NOTLOADED;
	if (err == BWC_ERR_PERM)
		return EX_PERM;
	return EX_ERR;
}

static int print_alert(const struct bwc_alert *a, void *arg)
{
	uint64_t *last = arg;

	if (last) {
		if (a->seq <= *last)
			return 0;
		*last = a->seq;
	}
	if (json) {
		char *s = bwc_alert_json(a, &host);

		if (!s)
			return -ENOMEM;
		printf("%s\n", s);
		free(s);
	} else {
		bwc_alert_print(stdout, a, color);
		putchar('\n');
	}
	fflush(stdout);
	return 0;
}

struct counters {
	struct jsonw *w;
};

static void print_counter(const char *name, uint64_t v, void *arg)
{
	struct counters *c = arg;

	if (c->w)
		jw_ku64(c->w, name, v);
	else
		printf("  %-26s %" PRIu64 "\n", name, v);
}

static int cmd_status(struct bwc *c)
{
	struct bwc_status st;
	struct counters cs = { NULL };
	struct jsonw w;
	int err;

	if (json) {
		jw_init(&w);
		jw_obj_open(&w);
		jw_key(&w, "counters");
		jw_obj_open(&w);
		cs.w = &w;
		err = bwc_status(c, &st, print_counter, &cs);
		jw_obj_close(&w);
		if (!err) {
			char id[24];

			snprintf(id, sizeof(id), "%016" PRIx64, st.load_id);
			jw_kstr(&w, "version", st.version);
			jw_kstr(&w, "load_id", id);
			jw_ku64(&w, "last_seq", st.last_seq);
			jw_obj_close(&w);
			printf("%s\n", jw_text(&w) ? jw_text(&w) : "{}");
		}
		jw_free(&w);
		return err;
	}
	/* counters print as they are parsed: fetch the header first */
	err = bwc_status(c, &st, NULL, NULL);
	if (err)
		return err;
	printf("buildward module %s (load %016" PRIx64 "), last alert seq %" PRIu64 "\ncounters:\n",
	       st.version, st.load_id, st.last_seq);
	return bwc_status(c, &st, print_counter, &cs);
}

static void on_stop(int sig)
{
	(void)sig;
	stop = 1;
}

static int cmd_watch(struct bwc *c, uint64_t since, bool have_since)
{
	struct sigaction sa = { .sa_handler = on_stop };
	struct bwc_status st;
	uint64_t last;
	int err;

	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	err = bwc_status(c, &st, NULL, NULL);
	if (err)
		return err;
	last = have_since ? since : st.last_seq;
	if (have_since) {
		err = bwc_dump_alerts(c, since, print_alert, &last);
		if (err)
			return err;
	}
	/* stderr, so --json output stays clean; tests wait for this line */
	fprintf(stderr, "buildward: watching for alerts (Ctrl-C to stop)\n");
	while (!stop) {
		struct pollfd pfd = { .fd = bwc_mc_fd(c), .events = POLLIN };
		int n = poll(&pfd, 1, 1000);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		if (n == 0)
			continue;
		err = bwc_mc_read(c, print_alert, &last);
		if (err == -ENOBUFS) {
			/* overrun: what was missed is still in the backlog */
			err = bwc_dump_alerts(c, last, print_alert, &last);
		}
		if (err)
			return err;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "since", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *cmd;
	uint64_t since = 0;
	bool have_since = false;
	struct bwc c;
	int o, err;

	if (argc < 2 || !strcmp(argv[1], "help") || !strcmp(argv[1], "--help") ||
	    !strcmp(argv[1], "-h")) {
		fputs(usage_text, argc < 2 ? stderr : stdout);
		return argc < 2 ? EX_USAGE_ : EX_OK_;
	}
	cmd = argv[1];
	optind = 2;
	while ((o = getopt_long(argc, argv, "js:h", longopts, NULL)) != -1) {
		char *end;

		switch (o) {
		case 'j':
			json = true;
			break;
		case 's':
			errno = 0;
			since = strtoull(optarg, &end, 10);
			if (errno || *end || optarg[0] == '-' || !optarg[0]) {
				fprintf(stderr, "buildward: --since needs a sequence number, not '%s'\n", optarg);
				return EX_USAGE_;
			}
			have_since = true;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return EX_OK_;
		default:
			fputs(usage_text, stderr);
			return EX_USAGE_;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "buildward: unexpected argument '%s'\n", argv[optind]);
		return EX_USAGE_;
	}
	if (strcmp(cmd, "watch") && strcmp(cmd, "alerts") && strcmp(cmd, "status")) {
		fprintf(stderr, "buildward: unknown command '%s'\n%s", cmd, usage_text);
		return EX_USAGE_;
	}
	color = !json && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	bwc_host_init(&host);

	err = bwc_open(&c, !strcmp(cmd, "watch"));
	if (err)
		return fail(err);
	if (!strcmp(cmd, "status"))
		err = cmd_status(&c);
	else if (!strcmp(cmd, "alerts"))
		err = bwc_dump_alerts(&c, since, print_alert, NULL);
	else
		err = cmd_watch(&c, since, have_since);
	bwc_close(&c);
	return err ? fail(err) : EX_OK_;
}
