#!/usr/bin/env bash
# A headless browser for the report's browser test (tests/python/test_report.py): Debian's chromium, installed
# with apt when /usr/bin/chromium is missing or does not run. Prints the browser's path on stdout.
set -euo pipefail
browser=/usr/bin/chromium
if ! "$browser" --version >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2 || true
    $sudo apt-get install -y -qq --no-install-recommends chromium >&2
    "$browser" --version >&2
fi
echo "$browser"
