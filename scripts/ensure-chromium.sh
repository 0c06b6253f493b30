#!/usr/bin/env bash
# The browser tests use Debian's Chromium. Install it when it is missing (as root, from Debian's packages); nothing
# downloads a browser at run time.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' (Debian) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium (about 1.5 minutes)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium > /tmp/chromium-install.log 2>&1 || { tail -20 /tmp/chromium-install.log >&2; exit 1; }
