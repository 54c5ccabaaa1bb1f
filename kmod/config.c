// SPDX-License-Identifier: GPL-2.0
/* Tunables. Module parameters set the initial values (read-only at run time). */
#include <linux/module.h>
#include <linux/time64.h>
#include "bw.h"

static unsigned int window_s = 1800;
module_param(window_s, uint, 0444);
MODULE_PARM_DESC(window_s, "correlation window in seconds (default 1800)");

static unsigned int grace_s = 60;
module_param(grace_s, uint, 0444);
MODULE_PARM_DESC(grace_s, "context lifetime after its last task, seconds (default 60)");

static unsigned int max_tags = 65536;
module_param(max_tags, uint, 0444);
MODULE_PARM_DESC(max_tags, "maximum tagged tasks (default 65536)");

static unsigned int max_contexts = 4096;
module_param(max_contexts, uint, 0444);
MODULE_PARM_DESC(max_contexts, "maximum live contexts (default 4096)");

static unsigned int backlog = 1024;
module_param(backlog, uint, 0444);
MODULE_PARM_DESC(backlog, "alerts kept for replay (default 1024)");

struct bw_config bw_cfg;

int bw_config_init(void)
{
	if (!window_s || !max_tags || !max_contexts || backlog < 16 || backlog > 65536) {
		pr_err("buildward: invalid parameters (window_s>0, max_tags>0, max_contexts>0, 16<=backlog<=65536)\n");
		return -EINVAL;
	}
	bw_cfg.window_ns = (u64)window_s * NSEC_PER_SEC;
	bw_cfg.grace_ns = (u64)grace_s * NSEC_PER_SEC;
	bw_cfg.max_tags = max_tags;
	bw_cfg.max_contexts = max_contexts;
	bw_cfg.backlog = backlog;
	bw_cfg.evidence_per_cat = 4;
	return 0;
}
