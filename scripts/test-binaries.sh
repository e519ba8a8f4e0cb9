#!/usr/bin/env bash
# Fetches the third-party binaries the schema store tests read, into target/test-data/ (never committed), and
# skips what is already there:
#   clretwrc.dll  the .NET runtime's resource DLL (WEVT_TEMPLATE + MESSAGETABLE of its four providers), from the
#                 dotnetcore2 3.1.23 wheel for win_amd64 on the Python package registry (see
#                 ../shared/corpus/pe/README.md; its licence forbids redistribution, so it is downloaded here).
#   a venv (target/test-data/venv) with libfwevt-python, an independent parser of WEVT_TEMPLATE, and regipy,
#                 an independent registry hive reader, when `--libfwevt` is given.
# Under CI=true the tests that need these fail when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/test-data
mkdir -p "$out"

if [ ! -s "$out/clretwrc.dll" ]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    python3 -m pip download --quiet --no-deps --platform win_amd64 --only-binary=:all: \
        dotnetcore2==3.1.23 -d "$tmp"
    python3 - "$tmp" "$out/clretwrc.dll" <<'PY'
import glob, sys, zipfile, os
wheel = glob.glob(os.path.join(sys.argv[1], "dotnetcore2-3.1.23-*.whl"))[0]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith("/clretwrc.dll"))
    data = z.read(name)
tmp = sys.argv[2] + ".tmp"
with open(tmp, "wb") as f:
    f.write(data)
os.replace(tmp, sys.argv[2])
print(f"{sys.argv[2]}: {len(data)} bytes from {os.path.basename(wheel)}:{name}")
PY
fi

if [ "${1:-}" = "--libfwevt" ] && ! "$out/venv/bin/python" -c 'import pyfwevt, regipy' 2>/dev/null; then
    python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install --quiet libfwevt-python regipy
fi
