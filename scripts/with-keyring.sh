#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service),
# so keychain tests use the real store without touching the user's own keyring.
# This is the one place the project sets that up.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: with-keyring.sh <command> [args…]" >&2; exit 2; }
home=$(mktemp -d -t clerkqt-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/run"; mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- sh -c 'printf %s clerkqt-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
