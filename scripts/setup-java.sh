#!/usr/bin/env bash
# Java 17 or later for Spark (the Spark data source's tests): Debian's default-jre-headless when no such java is
# on the PATH. Needs root (apt-get) when it installs.
set -euo pipefail
version() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if command -v java >/dev/null && [ "$(version)" -ge 17 ] 2>/dev/null; then
    exit 0
fi
echo "== installing Java (default-jre-headless) for the Spark tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
[ "$(version)" -ge 17 ] || { echo "java $(version) is older than 17: Spark 4 needs 17 or later" >&2; exit 1; }
