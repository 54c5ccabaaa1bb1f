# tests/vm/kernel.sh — sourced by tests/vm/run and the Makefile helpers:
# find a guest kernel, build its initramfs, pick the accelerator.

# bw_vm_find_kernel WANT: WANT is a full release ("6.1.0-57-amd64") or a
# prefix ("6.1"); the newest installed match wins. Sets BW_KVER, BW_VMLINUZ,
# BW_KDIR (the matching headers' build directory, may not exist).
bw_vm_find_kernel() {
	local want=$1 best="" v
	for f in /boot/vmlinuz-*; do
		[ -e "$f" ] || continue
		v=${f#/boot/vmlinuz-}
		case "$v" in "$want"|"$want".*|"$want"-*) ;; *) continue ;; esac
		[ -d "/lib/modules/$v" ] || continue
		if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best" "$v" | sort -V | tail -1)" = "$v" ]; then
			best=$v
		fi
	done
	[ -n "$best" ] || return 1
	BW_KVER=$best
	BW_VMLINUZ=/boot/vmlinuz-$best
	BW_KDIR=/lib/modules/$best/build
	export BW_KVER BW_VMLINUZ BW_KDIR
}

# bw_vm_build_initramfs OUT: busybox plus the modules needed to mount the
# 9p root and the overlay, in dependency order computed by modprobe (never
# hard-coded: the list differs between kernels).
bw_vm_build_initramfs() {
	local out=$1 dir m base
	[ -x /bin/busybox ] || { echo "busybox-static missing (run: make deps)" >&2; return 1; }
	dir=$(mktemp -d) || return 1
	mkdir -p "$dir"/{bin,dev,proc,sys,lower,rw,newroot,modules}
	cp /bin/busybox "$dir/bin/busybox"
	: > "$dir/modules/order"
	modprobe -S "$BW_KVER" -a --show-depends virtio_pci 9pnet_virtio 9p overlay 2>/dev/null |
	awk '$1 == "insmod" { print $2 }' | while read -r m; do
		base=$(basename "$m")
		grep -qxF "$base" "$dir/modules/order" && continue
		case "$m" in
		*.ko) cp "$m" "$dir/modules/$base" ;;
		*.ko.xz) xz -dc "$m" > "$dir/modules/${base%.xz}"; base=${base%.xz} ;;
		*.ko.zst) zstd -qdc "$m" > "$dir/modules/${base%.zst}"; base=${base%.zst} ;;
		*.ko.gz) gzip -dc "$m" > "$dir/modules/${base%.gz}"; base=${base%.gz} ;;
		esac
		echo "$base" >> "$dir/modules/order"
	done
	cp "$(dirname "${BASH_SOURCE[0]}")/initramfs-init" "$dir/init"
	chmod 755 "$dir/init"
	(cd "$dir" && find . | cpio -o -H newc --quiet | gzip -1) > "$out.tmp" && mv "$out.tmp" "$out"
	local rc=$?
	rm -rf "$dir"
	return $rc
}

# bw_vm_accel CACHE: "kvm" only if a KVM guest really reaches the kernel
# (on some hosts /dev/kvm opens but the guest never runs); otherwise "tcg".
# The answer is cached per host kernel and QEMU version.
bw_vm_accel() {
	local cache=$1 key f out
	if [ -n "${BW_VM_ACCEL:-}" ]; then echo "$BW_VM_ACCEL"; return; fi
	if [ ! -r /dev/kvm ] || [ ! -w /dev/kvm ]; then echo tcg; return; fi
	key="$(uname -r)-$(qemu-system-x86_64 --version | head -1 | tr -cd '0-9.')"
	f="$cache/accel-$key"
	if [ -s "$f" ]; then cat "$f"; return; fi
	out=$(timeout --signal=KILL 15 qemu-system-x86_64 -accel kvm -cpu host -m 256 \
		-nographic -no-reboot -nic none -monitor none \
		-kernel "$BW_VMLINUZ" -append "console=ttyS0 earlyprintk=serial panic=-1" \
		-serial stdio </dev/null 2>/dev/null | head -c 200000)
	if grep -q "Linux version" <<<"$out"; then echo kvm > "$f"; else echo tcg > "$f"; fi
	cat "$f"
}
