#!/usr/bin/env bash
# The screen-reader-stack test: under a virtual X server and a private D-Bus session, with Qt's
# AT-SPI bridge forced on, starts `aftercare --demo` and then `aftercare` on a locked journal (the
# unlock screen), and lets check_names.py walk each accessibility tree the way Orca would.
# Usage: run.sh AFTERCARE_BINARY AFTERCARE_CLI_BINARY   (ctest runs it as atspi_controls_are_named)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$1"
cli="$2"

# Re-run inside a fresh D-Bus session and X server, so the test never talks to the desktop's.
if [[ -z "${AFTERCARE_ATSPI_INNER:-}" ]]; then
  for tool in dbus-run-session xvfb-run /usr/bin/python3; do
    command -v "${tool}" >/dev/null || { echo "FAIL: ${tool} is missing (scripts/install-deps --test)"; exit 1; }
  done
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null ||
    { echo "FAIL: python3-pyatspi is missing (scripts/install-deps --test)"; exit 1; }
  export AFTERCARE_ATSPI_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- "$0" "$@"
fi

tmp="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "${pid}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "${tmp}"
}
trap cleanup EXIT

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME="" LANG=C.UTF-8
export AFTERCARE_KDF_PROFILE=fast-for-tests HOME="${tmp}" XDG_CONFIG_HOME="${tmp}/config"
export XDG_DATA_HOME="${tmp}/data" XDG_RUNTIME_DIR="${tmp}/runtime"
mkdir -p "${XDG_RUNTIME_DIR}" && chmod 700 "${XDG_RUNTIME_DIR}"
# An asan build is stopped with SIGTERM below; a leak report at exit is not what this checks.
export ASAN_OPTIONS="${ASAN_OPTIONS:+${ASAN_OPTIONS}:}detect_leaks=0"

# The accessibility bus and its registry, as a desktop session starts them.
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
pids+=($!)
# Qt looks for the accessibility bus once, at start-up: an app started before the launcher
# answers never appears on it (seen on a loaded machine). Wait until the bus gives its address.
for _ in $(seq 1 300); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
    >/dev/null 2>&1 && break
  sleep 0.1
done

status=0
check() { # $1: label, $2: a control that proves the window is up; the app must be running
  echo "== ${1}"
  /usr/bin/python3 "${here}/check_names.py" Aftercare "${2}" 90 || status=1
}

"${app}" --demo >"${tmp}/demo.log" 2>&1 &
demo=$!
pids+=("${demo}")
check "aftercare --demo (the journal, every page)" "Lock the journal"
kill "${demo}" 2>/dev/null || true
wait "${demo}" 2>/dev/null || true

printf '%s\n' "a passphrase for the screen-reader test" >"${tmp}/pass"
"${cli}" --journal "${tmp}/journal" --passphrase-file "${tmp}/pass" init >/dev/null
"${app}" --journal "${tmp}/journal" >"${tmp}/unlock.log" 2>&1 &
unlock=$!
pids+=("${unlock}")
check "aftercare on a locked journal (the unlock screen)" "Unlock"
kill "${unlock}" 2>/dev/null || true
wait "${unlock}" 2>/dev/null || true

exit "${status}"
