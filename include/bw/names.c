// SPDX-License-Identifier: GPL-2.0 OR MIT
#include "names.h"

#define BW_X_NAME(e, n, p) n,
#define BW_X_PROV(e, n, p) p,
#define BW_X_CAT(e, n, c) c,
static const char *const kind_names[] = { BW_KINDS(BW_X_NAME) };
static const char *const kind_providers[] = { BW_KINDS(BW_X_PROV) };
static const char *const class_names[] = { BW_CLASSES(BW_X_NAME) };
static const unsigned char class_cats[] = { BW_CLASSES(BW_X_CAT) };

const char *bw_kind_name(int kind)
{
	if (kind < 0 || kind >= BW_KIND__COUNT)
		return "unknown";
	return kind_names[kind];
}

const char *bw_kind_provider(int kind)
{
	if (kind < 0 || kind >= BW_KIND__COUNT)
		return NULL;
	return kind_providers[kind];
}

int bw_kind_from_name(const char *name)
{
	int i;

	for (i = 1; i < BW_KIND__COUNT; i++)
		if (!strcmp(kind_names[i], name))
			return i;
	return -1;
}

const char *bw_class_name(int cls)
{
	if (cls < 0 || cls >= BW_CLASS__COUNT)
		return "unknown";
	return class_names[cls];
}

int bw_class_from_name(const char *name)
{
	int i;

	for (i = 1; i < BW_CLASS__COUNT; i++)
		if (!strcmp(class_names[i], name))
			return i;
	return -1;
}

int bw_class_category(int cls)
{
	if (cls <= 0 || cls >= BW_CLASS__COUNT)
		return -1;
	return class_cats[cls];
}

const char *bw_category_name(int cat)
{
	switch (cat) {
	case BW_CAT_CREDENTIAL:
		return "credential_access";
	case BW_CAT_EXFIL:
		return "exfiltration";
	case BW_CAT_PERSIST:
		return "persistence";
	}
	return "unknown";
}

const char *bw_severity_name(int sev)
{
	switch (sev) {
	case BW_SEV_HIGH:
		return "high";
	case BW_SEV_CRITICAL:
		return "critical";
	}
	return "none";
}
