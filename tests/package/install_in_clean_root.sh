#!/usr/bin/env bash
# Installs the Debian package into a clean Debian 12 root, as a new user would
# (`apt-get install ./aftercare_*.deb`), then runs `aftercare-cli --version`, a CLI init/add/list
# and `aftercare --demo` on a virtual X server until its window shows.
#
# The root is made with debootstrap (minbase) from the Debian mirror this machine's apt uses,
# and kept as a tarball in build/cache/ so later runs only unpack it; downloaded packages are
# kept in build/cache/apt-archives/. Without root, network or mount rights debootstrap cannot
# run: then the script says why and runs what it can (the package's contents, unpacked, on this
# machine's libraries). Usage: tests/package/install_in_clean_root.sh build/package/aftercare_*.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
deb="$(realpath "${1:?usage: $0 PATH/TO/aftercare_VERSION_ARCH.deb}")"
cache="$(pwd)/build/cache"
tarball="${cache}/debian12-minbase.tar"
archives="${cache}/apt-archives"
passphrase="a long test passphrase, only for this check"

say() { echo "[clean-root] $*"; }
fail() { echo "[clean-root] FAILED: $*" >&2; exit 1; }

# The Debian archive this machine's apt uses (deb.debian.org unless configured otherwise).
mirror_of() { # $1: suffix of the archive, "debian" or "debian-security"
  local uri
  uri="$(grep -hoE "(URIs:|deb) +https?://[^ ]+/$1/?( |$)" /etc/apt/sources.list \
           /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
         head -n 1 | awk '{print $2}')"
  echo "${uri:-http://deb.debian.org/$1}"
}
mirror="$(mirror_of debian)"
security="$(mirror_of debian-security)"

entry_json='{"occurred_at":"2026-10-03T21:30:00+00:00","timing":"after","tears":"few",
"tension":"relieved","trauma_reliving":"no","response_kind":"emotional","thoughts":"happy",
"emotions":["joy"],"reasons":["joy"],"bother":1,"notes":"from the package test"}'

# Runs the CLI checks with `run` (a function that runs a command in the target system).
cli_checks() {
  local version
  version="$(run aftercare-cli --version)" || fail "aftercare-cli --version"
  say "aftercare-cli --version: ${version}"
  [[ "${version}" == aftercare-cli\ * ]] || fail "unexpected version text: ${version}"
  run sh -c "mkdir -p /tmp/pkgtest-home && printf '%s\n' '${passphrase}' > /tmp/pkgtest-home/pass"
  run env HOME=/tmp/pkgtest-home AFTERCARE_KDF_PROFILE=fast-for-tests \
    aftercare-cli --passphrase-file /tmp/pkgtest-home/pass init >/dev/null ||
    fail "aftercare-cli init"
  run test -f /tmp/pkgtest-home/.local/share/Aftercare/journal/journal.keys ||
    fail "init did not create ~/.local/share/Aftercare/journal"
  local id
  id="$(echo "${entry_json}" | run env HOME=/tmp/pkgtest-home AFTERCARE_KDF_PROFILE=fast-for-tests \
          aftercare-cli --passphrase-file /tmp/pkgtest-home/pass add -)" || fail "aftercare-cli add"
  say "added entry ${id}"
  local list
  list="$(run env HOME=/tmp/pkgtest-home AFTERCARE_KDF_PROFILE=fast-for-tests \
            aftercare-cli --passphrase-file /tmp/pkgtest-home/pass list)" || fail "aftercare-cli list"
  echo "${list}"
  [[ "${list}" == *"${id:0:8}"* ]] || fail "the added entry is not in the list"
}

# Starts `aftercare --demo` on a fresh Xvfb display and waits until its window is mapped.
gui_check() {
  local display=":$((90 + RANDOM % 100))"
  Xvfb "${display}" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  for _ in $(seq 50); do [[ -S "/tmp/.X11-unix/X${display#:}" ]] && break; sleep 0.2; done
  run_gui "${display}" &
  local app=$!
  local shown=""
  for _ in $(seq 150); do
    if DISPLAY="${display}" xwininfo -root -tree 2>/dev/null | grep -q '"Aftercare'; then
      shown=yes
      break
    fi
    kill -0 "${app}" 2>/dev/null || break
    sleep 0.2
  done
  DISPLAY="${display}" xwininfo -root -tree 2>/dev/null | grep '"Aftercare' | head -n 3 || true
  kill "${app}" 2>/dev/null || true
  wait "${app}" 2>/dev/null || true
  kill "${xvfb}" 2>/dev/null || true
  wait "${xvfb}" 2>/dev/null || true
  [[ -n "${shown}" ]] || fail "the aftercare --demo window did not show"
  say "aftercare --demo showed its window"
}

can_debootstrap() {
  [[ $(id -u) -eq 0 ]] || { echo "not running as root (debootstrap and chroot need root)"; return 1; }
  command -v debootstrap >/dev/null || { echo "debootstrap is not installed"; return 1; }
  [[ -f "${tarball}" ]] && return 0
  local probe
  probe="$(mktemp -d)"
  if ! mount -t tmpfs none "${probe}" 2>/dev/null; then
    rmdir "${probe}"
    echo "this machine does not allow mounting (a container without CAP_SYS_ADMIN)"
    return 1
  fi
  umount "${probe}" && rmdir "${probe}"
  if ! getent hosts "$(echo "${mirror}" | sed -E 's#https?://([^/]+).*#\1#')" >/dev/null; then
    echo "the Debian mirror ${mirror} cannot be reached (no network or no DNS)"
    return 1
  fi
}

# ---- the clean root -------------------------------------------------------------------------
if ! reason="$(can_debootstrap)"; then
  say "Cannot make a clean Debian 12 root here: ${reason}."
  say "Instead: checking the package and running its programs unpacked, on this machine's libraries."
  dpkg-deb --info "${deb}" | sed -n '/Package:/,$p'
  unpacked="$(mktemp -d)"
  trap 'rm -rf "${unpacked}"' EXIT
  dpkg-deb -x "${deb}" "${unpacked}"
  run() { PATH="${unpacked}/usr/bin:${PATH}" "$@"; }
  run_gui() { DISPLAY="$1" QT_QPA_PLATFORM=xcb AFTERCARE_KDF_PROFILE=fast-for-tests \
                "${unpacked}/usr/bin/aftercare" --demo >/dev/null 2>&1; }
  cli_checks
  rm -rf /tmp/pkgtest-home
  gui_check
  say "PARTIAL: the package's programs run, but the install into a clean root was not tried."
  exit 0
fi

mkdir -p "${cache}" "${archives}"
if [[ ! -f "${tarball}" ]]; then
  say "Making a clean Debian 12 (bookworm) root from ${mirror} with debootstrap (once; cached)…"
  fresh="$(mktemp -d)"
  debootstrap --variant=minbase bookworm "${fresh}" "${mirror}" >"${cache}/debootstrap.log" 2>&1 ||
    { tail -n 20 "${cache}/debootstrap.log" >&2; rm -rf "${fresh}"; fail "debootstrap"; }
  rm -rf "${fresh}/var/cache/apt/archives/"*.deb
  tar -C "${fresh}" -cf "${tarball}.part" . && mv "${tarball}.part" "${tarball}"
  rm -rf "${fresh}"
fi

root="$(mktemp -d /tmp/aftercare-clean-root.XXXXXX)"
cleanup() {
  for m in tmp/.X11-unix var/cache/apt/archives dev/pts dev proc; do
    mountpoint -q "${root}/${m}" && umount -l "${root}/${m}"
  done
  rm -rf "${root}"
}
trap cleanup EXIT
say "Unpacking the clean root into ${root}"
tar -C "${root}" -xf "${tarball}"
cat >"${root}/etc/apt/sources.list" <<SOURCES
deb ${mirror} bookworm main
deb ${mirror} bookworm-updates main
deb ${security} bookworm-security main
SOURCES
mount -t proc proc "${root}/proc"
mount --bind /dev "${root}/dev"
mount --bind /dev/pts "${root}/dev/pts"
mount --bind "${archives}" "${root}/var/cache/apt/archives"
mkdir -p "${root}/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "${root}/tmp/.X11-unix"
cp /etc/resolv.conf "${root}/etc/resolv.conf" 2>/dev/null || true
cp "${deb}" "${root}/tmp/"

run() { chroot "${root}" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
run_gui() { chroot "${root}" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/tmp DISPLAY="$1" \
              AFTERCARE_KDF_PROFILE=fast-for-tests aftercare --demo >/dev/null 2>&1; }

say "apt-get install ./$(basename "${deb}")"
run apt-get update -q >/dev/null || fail "apt-get update in the clean root"
(cd "${root}/tmp" && run sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    ./$(basename "${deb}")") >"${cache}/apt-install.log" 2>&1 ||
  { tail -n 30 "${cache}/apt-install.log" >&2; fail "apt-get install of the package"; }
grep -E "^(Setting up|Unpacking) aftercare" "${cache}/apt-install.log" || true
run dpkg -s aftercare | grep -E '^(Version|Depends):'

cli_checks
gui_check
say "PASSED: the package installs into a clean Debian 12 root and its programs run there."
