// SPDX-License-Identifier: GPL-2.0
/*
 * A classified signal: record its evidence in the task's innermost context
 * and every enclosing one, run the correlation state machine of each, and
 * raise an alert where it says so. An enclosing context alerts only when
 * it reaches a severity the inner one did not (the combination spans
 * contexts), so one incident gives one alert.
 */
#include <linux/slab.h>
#include <linux/sched.h>
#include "bw.h"

static struct bw_evidence *bw_evidence_new(struct bw_tag *tag,
					   const struct bw_signal *s,
					   int cat, u64 now)
{
	struct bw_evidence *ev = kzalloc(sizeof(*ev), GFP_ATOMIC);

	if (!ev) {
		bw_count(BW_C_ALLOC_FAILURES);
		return NULL;
	}
	ev->category = cat;
	ev->cls = s->cls;
	ev->pid = task_tgid_nr(current);
	ev->time = now;
	strscpy(ev->comm, current->comm, sizeof(ev->comm));
	if (s->path)
		strscpy(ev->path, s->path, sizeof(ev->path));
	if (s->dest)
		strscpy(ev->dest, s->dest, sizeof(ev->dest));
	ev->pi = bw_procinfo_get(tag->pi);
	ev->attr = bw_attrib_get(tag->attr);
	return ev;
}

/*
 * The same exec of the same process touching the same thing again adds
 * nothing to show (the state machine still counts it). Under ctx->lock.
 */
static bool bw_evidence_known(struct bw_ctx *ctx, struct bw_tag *tag,
			      const struct bw_signal *s)
{
	struct bw_evidence *e;

	list_for_each_entry(e, &ctx->evidence, node)
		if (e->cls == s->cls && e->pi == tag->pi &&
		    e->pid == task_tgid_nr(current) &&
		    !strcmp(e->path, s->path ? s->path : "") &&
		    !strcmp(e->dest, s->dest ? s->dest : ""))
			return true;
	return false;
}

void bw_signal(struct bw_tag *tag, const struct bw_signal *s)
{
	int cat = bw_class_category(s->cls);
	u8 inner_sev = BW_SEV_NONE;
	struct bw_ctx *ctx;
	u64 now;

	if (cat < 0)
		return;
	bw_count(BW_C_SIGNALS);
	now = bw_now_real();

	for (ctx = tag->ctx; ctx; ctx = ctx->parent) {
		struct bw_corr_result r;
		struct bw_evidence *ev;

		spin_lock(&ctx->lock);
		r = bw_corr_signal(&ctx->corr, cat, now, bw_cfg.window_ns);
		if (!bw_evidence_known(ctx, tag, s)) {
			ev = ctx->n_evidence[cat] < bw_cfg.evidence_per_cat ?
			     bw_evidence_new(tag, s, cat, now) : NULL;
			if (ev) {
				list_add_tail(&ev->node, &ctx->evidence);
				ctx->n_evidence[cat]++;
			} else {
				bw_count(BW_C_EVIDENCE_DROPPED);
			}
		}
		spin_unlock(&ctx->lock);

		if (r.severity > inner_sev) {
			bw_alert_raise(ctx, r.severity, r.upgrade, current, tag->attr);
			inner_sev = r.severity;
		}
	}
}
