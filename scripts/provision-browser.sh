#!/usr/bin/env bash
# Makes Debian's Chromium and its ChromeDriver ready for the dashboard's browser tests (DashboardBrowserIT):
# installs the packages chromium and chromium-driver with apt when either binary is missing, and a font with Chinese
# glyphs (fonts-noto-cjk) when none is installed, so that pages and screenshots show 汉字, not empty boxes. Safe to run again.
# The tests find them at PERF_CHROMIUM [/usr/bin/chromium] and PERF_CHROMEDRIVER [/usr/bin/chromedriver].
set -euo pipefail

chromium=${PERF_CHROMIUM:-/usr/bin/chromium}
chromedriver=${PERF_CHROMEDRIVER:-/usr/bin/chromedriver}

say() { echo "[provision-browser] $*"; }

packages=()
{ [ -x "$chromium" ] && [ -x "$chromedriver" ]; } || packages+=(chromium chromium-driver)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; } || packages+=(fonts-noto-cjk)

if [ ${#packages[@]} -gt 0 ]; then
  say "installing ${packages[*]} with apt"
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo -n apt-get"; fi
  DEBIAN_FRONTEND=noninteractive $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq "${packages[@]}" >/dev/null
fi
say "$("$chromium" --version 2>/dev/null | head -1); $("$chromedriver" --version 2>/dev/null | head -1)"
