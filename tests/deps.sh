#!/bin/bash
# tests/deps.sh (make deps): install everything buildward needs to build
# and test on Debian 12, with apt. Idempotent; quick when all is present.
set -euo pipefail
pkgs=(
	build-essential pkg-config kmod cpio busybox-static
	linux-image-amd64 linux-headers-amd64
	qemu-system-x86
	libnl-3-dev libnl-genl-3-dev
	clang libclang-rt-14-dev
	python3 util-linux iproute2 curl
)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The guest kernel and its headers must be the same version.
if ! ls /boot/vmlinuz-* >/dev/null 2>&1; then missing+=(linux-image-amd64); fi
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q
	apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
for v in /boot/vmlinuz-*; do
	k=${v#/boot/vmlinuz-}
	[ -d "/lib/modules/$k/build" ] || { echo "deps: headers for $k missing (apt-get install linux-headers-$k)" >&2; exit 1; }
done
echo "deps: ok"
