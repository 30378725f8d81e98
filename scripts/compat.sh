#!/usr/bin/env bash
# The Debian 13 / Qt 6.8 / g++ 14 pass, on a Debian 12 host: makes (once, then reuses) a minimal Debian trixie
# root with debootstrap, installs the project's packages in it with scripts/deps.sh, copies in a clean clone of
# this checkout's HEAD — with no ../shared beside it, as a user's clone has none — and runs the README's test
# command there (./scripts/test.sh: build with warnings as errors, every test, a private keyring).
# Needs root (debootstrap, chroot, mount). Extra arguments go to ctest, e.g. `scripts/compat.sh -L emulator`;
# `scripts/compat.sh --prepare` only makes the root and installs the packages (CI does that during its first pass).
#   COMPAT_DIR         where the root is kept (default ${XDG_CACHE_HOME:-~/.cache}/clerk-qt/compat, outside the
#                      checkout, so that CI's fresh clones reuse it the way apt reuses its cache: making it is
#                      minutes of debootstrap and package downloads; `rm -rf` it to start over)
#   COMPAT_SUITE       the Debian release (default trixie)
#   COMPAT_BUILD_TYPE  CMake build type inside (default Debug: the g++ 14 / Qt 6.8 compile and the whole suite,
#                      in a third less compile time than -O2; the Debian 12 pass builds optimized)
# Committed state only: uncommitted changes are not in the clone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${COMPAT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/clerk-qt/compat}
suite=${COMPAT_SUITE:-trixie}
rootfs=$dir/$suite
[ "$(id -u)" -eq 0 ] || { echo "compat.sh: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

# The mirror apt already uses on this host (debootstrap reaches the same one).
mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)\/* *$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=$(awk '$1=="deb" && $2 ~ /^http/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}

if ! command -v debootstrap >/dev/null; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
fi

mounted=()
cleanup() {
    local m
    for m in "${mounted[@]}"; do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM

if [ ! -f "$rootfs/.clerkqt-root-ok" ]; then
    rm -rf "$rootfs"
    mkdir -p "$dir"
    echo "compat: debootstrap $suite from $mirror"
    debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$dir/debootstrap.log" 2>&1 \
        || { tail -n 20 "$dir/debootstrap.log" >&2; exit 1; }
    touch "$rootfs/.clerkqt-root-ok"
fi

mount -t proc proc "$rootfs/proc"; mounted=("$rootfs/proc" "${mounted[@]}")
mount -t tmpfs tmpfs "$rootfs/dev/shm" 2>/dev/null && mounted=("$rootfs/dev/shm" "${mounted[@]}")
cp -L /etc/resolv.conf "$rootfs/etc/resolv.conf"

in_root() {
    chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        CI="${CI:-}" BUILD_TYPE="${COMPAT_BUILD_TYPE:-Debug}" CLERKQT_LINE_TABLES_ONLY="${CLERKQT_LINE_TABLES_ONLY:-OFF}" "$@"
}

# The project's own deps script, as a user on Debian 13 would run it.
install -m 755 "$root/scripts/deps.sh" "$rootfs/root/clerkqt-deps.sh"
in_root bash /root/clerkqt-deps.sh
[ "${1:-}" != "--prepare" ] || exit 0

src=$rootfs/src/clerk-qt
rm -rf "$rootfs/src"
mkdir -p "$rootfs/src"
git clone -q --no-local "$root" "$src"
echo "compat: $(in_root sh -c '. /etc/os-release; echo "$PRETTY_NAME"'), Qt $(in_root qtpaths6 --qt-version 2>/dev/null \
    || in_root sh -c "dpkg-query -W -f='\${Version}' qt6-base-dev"), $(in_root g++ --version | head -n1)"
in_root bash -c 'cd /src/clerk-qt && exec ./scripts/test.sh "$@"' compat "$@"
