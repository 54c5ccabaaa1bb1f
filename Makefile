# buildward — top-level build. `make` builds the module and the userspace
# programs; `make check` runs every test (unit + VM); `make demo` shows an
# attack being caught in a VM. See README.md.

KVER ?= $(shell uname -r)
KDIR ?= $(shell if [ -d /lib/modules/$(KVER)/build ]; then echo /lib/modules/$(KVER)/build; \
	else ls -d /lib/modules/*/build 2>/dev/null | sort -V | tail -1; fi)

BUILD  := build
CC     ?= cc
CFLAGS ?= -O2 -g
BW_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wformat=2 \
	-Wstrict-prototypes -Wmissing-prototypes $(CFLAGS)
NL_CFLAGS := $(shell pkg-config --cflags libnl-3.0 libnl-genl-3.0 2>/dev/null)
NL_LIBS   := $(shell pkg-config --libs libnl-3.0 libnl-genl-3.0 2>/dev/null)
SAN       := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

SHARED_SRC := $(wildcard include/bw/*.c)
LIB_SRC    := $(wildcard userspace/lib/*.c)
HDRS       := $(wildcard include/bw/*.h include/uapi/*.h userspace/lib/*.h)

.PHONY: all module userspace unit check check-unit check-vm demo deps clean help

all: module userspace

help:
	@echo "make            build kmod/buildward.ko (KDIR=$(KDIR)) and build/buildward{,d}"
	@echo "make check      unit tests + VM integration tests"
	@echo "make demo       boot a VM, load the module, catch an attack"
	@echo "make deps       install build and test dependencies (apt)"

module:
	@test -n "$(KDIR)" -a -d "$(KDIR)" || { echo "no kernel headers found (make deps, or KDIR=...)"; exit 1; }
	$(MAKE) -C $(KDIR) M=$(CURDIR) W=1 modules

userspace: $(BUILD)/buildwardd $(BUILD)/buildward

$(BUILD):
	mkdir -p $@

$(BUILD)/buildwardd: userspace/relay/buildwardd.c $(LIB_SRC) $(HDRS) | $(BUILD)
	@test -n "$(NL_LIBS)" || { echo "libnl-3/libnl-genl-3 not found via pkg-config (make deps)"; exit 1; }
	$(CC) $(BW_CFLAGS) $(NL_CFLAGS) -o $@ userspace/relay/buildwardd.c $(LIB_SRC) $(NL_LIBS)

$(BUILD)/buildward: userspace/cli/buildward.c $(LIB_SRC) $(HDRS) | $(BUILD)
	@test -n "$(NL_LIBS)" || { echo "libnl-3/libnl-genl-3 not found via pkg-config (make deps)"; exit 1; }
	$(CC) $(BW_CFLAGS) $(NL_CFLAGS) -o $@ userspace/cli/buildward.c $(LIB_SRC) $(NL_LIBS)

# Unit tests of the shared pure C, with ASan/UBSan.
$(BUILD)/unit-tests: $(wildcard tests/unit/*.c) $(SHARED_SRC) $(HDRS) userspace/lib/jsonw.c | $(BUILD)
	$(CC) $(BW_CFLAGS) -Wno-missing-prototypes $(SAN) -Iinclude -o $@ \
		$(wildcard tests/unit/*.c) $(SHARED_SRC) userspace/lib/jsonw.c

unit: $(BUILD)/unit-tests

check-unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

check-vm: all
	tests/run-vm-tests

check: all $(BUILD)/unit-tests
	tests/run-all

demo:
	tests/demo

deps:
	tests/deps.sh

clean:
	-$(MAKE) -C $(KDIR) M=$(CURDIR) clean 2>/dev/null
	rm -rf $(BUILD)
