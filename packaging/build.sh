#!/usr/bin/env bash
# Build the frozen program on Linux from packaging/priorizar.spec (the same spec as the Windows
# build), run its self-test offscreen, start its window up to its first paint, and report its
# size on disk and the times taken.
#
#   bash packaging/build.sh
#
# Needs the project installed (python -m pip install -e .) and, on Linux, objdump and strip
# (Debian's binutils). Installs the pinned PyInstaller (packaging/requirements-build.txt). Writes
# build/pyinstaller/ (work files, and the log pyinstaller.log) and build/dist/Priorizar/ (the
# bundle). Exits non-zero if the build, the self-test or a start fails, or if the bundle takes
# MAX_MEGABYTES (10^6 bytes) or more on disk.
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_MEGABYTES=400
WORK=build/pyinstaller
DIST=build/dist
BUNDLE="$DIST/Priorizar"
started=$(date +%s.%N)

seconds_since() {
  python -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(date +%s.%N)"
}

echo "== packaging: install the pinned PyInstaller"
python -m pip install --quiet -r packaging/requirements-build.txt

echo "== packaging: build $BUNDLE (log: $WORK/pyinstaller.log)"
mkdir -p "$WORK"
if ! python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/priorizar.spec >"$WORK/pyinstaller.log" 2>&1; then
  tail -n 40 "$WORK/pyinstaller.log"
  echo "packaging: PyInstaller failed (the whole log is $WORK/pyinstaller.log)" >&2
  exit 1
fi

# The interpreter's own libraries (libpython, lib-dynload) keep their debug information when
# Python was built from source (pyenv: 25 MB of the bundle); a Linux distribution's Python ships
# them without it. Only the debug sections go (strip --strip-debug): the code is the same, and the
# self-test below runs the stripped program. Libraries from wheels stay as they are (auditwheel's
# patched libraries are not to be rewritten).
find "$BUNDLE/_internal" \( -name 'libpython3*.so*' -o -path '*/lib-dynload/*.so' \) -type f \
  -exec strip --strip-debug {} +

echo "== packaging: the bundle's self-test"
test_started=$(date +%s.%N)
status=0
QT_QPA_PLATFORM=offscreen "$BUNDLE/Priorizar" --self-test || status=$?
self_test_seconds=$(seconds_since "$test_started")

echo "== packaging: the bundle's window, up to its first paint"
if ! QT_QPA_PLATFORM=offscreen "$BUNDLE/Priorizar" --quit-after-first-paint; then
  echo "packaging: the bundle's window failed to start" >&2
  status=1
fi

bytes=$(du -s --block-size=1 "$BUNDLE" | cut -f1)
megabytes=$(python -c "import sys; print(f'{int(sys.argv[1]) / 1e6:.0f}')" "$bytes")
mebibytes=$(python -c "import sys; print(f'{int(sys.argv[1]) / 2**20:.0f}')" "$bytes")
echo "packaging: bundle $BUNDLE: $megabytes MB ($mebibytes MiB) on disk," \
  "limit $MAX_MEGABYTES MB; self-test ${self_test_seconds} s (exit $status);" \
  "build.sh $(seconds_since "$started") s"

if [ "$status" -ne 0 ]; then
  echo "packaging: the bundle's self-test failed (exit $status)" >&2
  exit 1
fi
if [ "$bytes" -ge $((MAX_MEGABYTES * 1000000)) ]; then
  echo "packaging: the bundle takes $megabytes MB, not under $MAX_MEGABYTES MB" >&2
  exit 1
fi
