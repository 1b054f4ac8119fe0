#!/usr/bin/env bash
# The nginx browser test (npm run test:nginx) serves the build with Debian's nginx, run as a child
# process on 127.0.0.1, not as the system service. Install it when missing and we may (root, or sudo
# without a password); otherwise say exactly what to run instead of failing later with a cryptic error.
set -euo pipefail
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
[ -x "$NGINX" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo"
else
  echo "The nginx test needs Debian's nginx at $NGINX. Install it with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y nginx" >&2
  echo "(or point NGINX_PATH at another nginx build)" >&2
  exit 1
fi

echo "Installing Debian's nginx for the nginx test…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
"$NGINX" -v
