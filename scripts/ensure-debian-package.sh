#!/usr/bin/env bash
# Usage: ensure-debian-package.sh PACKAGE BINARY OVERRIDE_VAR PURPOSE
# Browser tests drive programs from Debian's packages (chromium, nginx, nginx's njs module). Install one
# when missing and we may (root, or sudo without a password); otherwise say exactly what to run instead
# of failing later with a cryptic launch error. OVERRIDE_VAR names the variable that may point at
# another build. BINARY may be a module (`*.so`, e.g. ngx_http_js_module.so): present when readable.
set -euo pipefail
package="$1" binary="$2" override="$3" purpose="$4"
is_module() { [[ "$binary" == *.so ]]; }
present() { if is_module; then [ -r "$binary" ]; else [ -x "$binary" ]; fi; }
present && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo"
else
  echo "$purpose needs Debian's $package at $binary. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y $package" >&2
  echo "(or point $override at another build)" >&2
  exit 1
fi

echo "Installing Debian's $package for $purpose…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
if is_module; then
  present || { echo "$package is installed but $binary is still missing" >&2; exit 1; }
  echo "$binary"
else
  "$binary" -v 2>/dev/null || "$binary" --version
fi
