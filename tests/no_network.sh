#!/usr/bin/env bash
# Proof that Aftercare opens no network socket: a full CLI session and the GUI's demo tour (every
# page, then quit) run under `strace -f -e trace=network`, and any socket() of a family other
# than AF_UNIX (X11 and D-Bus use AF_UNIX) fails the test.
# Usage: no_network.sh BUILD_APP_DIR
set -euo pipefail
app="$1"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
export HOME="${work}/home" XDG_DATA_HOME="${work}/data" XDG_CONFIG_HOME="${work}/config"
export XDG_RUNTIME_DIR="${work}/runtime"
mkdir -p "${HOME}" "${XDG_RUNTIME_DIR}"
chmod 700 "${XDG_RUNTIME_DIR}"
unset DBUS_SESSION_BUS_ADDRESS
export AFTERCARE_KDF_PROFILE=fast-for-tests
# LeakSanitizer cannot run under ptrace and aborts the program; in an asan build the leak check
# is the rest of the suite's job, this test is about sockets.
export ASAN_OPTIONS="${ASAN_OPTIONS:+${ASAN_OPTIONS}:}detect_leaks=0"
printf 'a passphrase for the strace test\n' > "${work}/pass"
printf 'a backup passphrase for it\n' > "${work}/backup-pass"
printf 'what I would like to talk about\n' > "${work}/talk"
journal="${work}/journal"
log="${work}/trace"

traced() { strace -f -qq -e trace=network -o "${log}.$1" "${@:2}"; }
cli=("${app}/aftercare-cli" --journal "${journal}" --passphrase-file "${work}/pass")

entry='{"occurred_at":"2026-10-03T21:30:00+01:00","timing":"after","tears":"few","tension":"relieved","trauma_reliving":"no","response_kind":"emotional","thoughts":"happy","emotions":["joy"],"reasons":["joy"],"bother":1,"notes":"a note"}'

traced init "${cli[@]}" init --recovery-code-file "${work}/code" >/dev/null
echo "${entry}" | traced add "${cli[@]}" add - >/dev/null
traced list "${cli[@]}" list >/dev/null
traced trends "${cli[@]}" trends >/dev/null
traced csv "${cli[@]}" export --format csv --output "${work}/out.csv"
traced json "${cli[@]}" export --format json --output "${work}/out.json"
traced pdf "${cli[@]}" export --format pdf --output "${work}/out.pdf" --talk-about-file "${work}/talk"
traced backup "${cli[@]}" backup --output "${work}/backup" --backup-passphrase-file "${work}/backup-pass"
traced restore "${app}/aftercare-cli" --passphrase-file "${work}/pass" restore "${work}/backup" \
  --journal "${work}/restored" --backup-passphrase-file "${work}/backup-pass" \
  --recovery-code-file "${work}/restored-code" >/dev/null
traced check "${cli[@]}" check >/dev/null

# The GUI: the demo journal, every page (the screenshot tour), then it quits by itself.
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" \
  strace -f -qq -e trace=network -o "${log}.gui" \
  "${app}/aftercare" --demo --screenshot-dir "${work}/shots" >/dev/null
ls "${work}/shots"/*.png >/dev/null

# The trace really saw the GUI talk to the X server: the check below is not vacuous.
grep -q 'socket(AF_UNIX' "${log}.gui" || { echo "FAIL: strace saw no socket at all" >&2; exit 1; }
sockets=$(cat "${log}".* | grep -E 'socket\(' || true)
echo "socket() calls seen:"
echo "${sockets:-  none}" | sed 's/^/  /' | sort | uniq -c | head -20
others=$(echo "${sockets}" | grep -E 'socket\(' | grep -v 'socket(AF_UNIX' || true)
if [[ -n "${others}" ]]; then
  echo "FAIL: a socket other than AF_UNIX was opened:" >&2
  echo "${others}" >&2
  exit 1
fi
calls=$(cat "${log}".* | wc -l)
echo "ok: ${calls} network-related system calls traced, every socket AF_UNIX"
