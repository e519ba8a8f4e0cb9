#!/usr/bin/env bash
# Installs Debian's tshark, the independent pcapng reader the packet tests compare `etw convert --format pcapng`
# with, when it is not installed already. Non-interactive: the package asks whether non-root users may capture
# (wireshark-common/install-setuid), and the default answer (no) is taken.
set -euo pipefail
if tshark --version >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "setup-tshark: tshark is missing and installing it needs root (apt-get install tshark)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends tshark >/dev/null
tshark --version 2>/dev/null | sed -n 1p
