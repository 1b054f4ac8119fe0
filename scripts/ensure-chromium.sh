#!/usr/bin/env bash
# Browser tests drive Debian's chromium. Install it when missing and we may (root, or sudo without a
# password); otherwise say exactly what to run instead of failing later with a cryptic launch error.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo"
else
  echo "Browser tests need Debian's chromium at $CHROMIUM. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  echo "(or point CHROMIUM_PATH at another Chromium build)" >&2
  exit 1
fi

echo "Installing Debian's chromium for the browser tests…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
