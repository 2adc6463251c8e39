#!/usr/bin/env bash
# Makes Debian's Chromium and its ChromeDriver ready for the dashboard's browser tests (DashboardBrowserIT):
# installs the packages chromium and chromium-driver with apt when either binary is missing. Safe to run again.
# The tests find them at PERF_CHROMIUM [/usr/bin/chromium] and PERF_CHROMEDRIVER [/usr/bin/chromedriver].
set -euo pipefail

chromium=${PERF_CHROMIUM:-/usr/bin/chromium}
chromedriver=${PERF_CHROMEDRIVER:-/usr/bin/chromedriver}

say() { echo "[provision-browser] $*"; }

if [ -x "$chromium" ] && [ -x "$chromedriver" ]; then
  say "$("$chromium" --version 2>/dev/null | head -1); $("$chromedriver" --version 2>/dev/null | head -1)"
  exit 0
fi

say "Chromium or ChromeDriver missing; installing chromium and chromium-driver with apt"
if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo -n apt-get"; fi
DEBIAN_FRONTEND=noninteractive $apt_get update -qq
DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium chromium-driver >/dev/null
say "$("$chromium" --version 2>/dev/null | head -1); $("$chromedriver" --version 2>/dev/null | head -1)"
