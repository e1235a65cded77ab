#!/usr/bin/env bash
# The launcher and the AppStream metadata pass their validators with no errors and no warnings
# (desktop-file-validate's hints count as warnings here), and both carry the reverse-DNS id.
# Usage: validate_desktop_files.sh SOURCE_DIR APP_ID
set -uo pipefail
resources="$1/resources"
id="$2"
status=0

desktop="${resources}/${id}.desktop"
metainfo="${resources}/${id}.metainfo.xml"
for f in "${desktop}" "${metainfo}"; do
  [[ -f "${f}" ]] || { echo "FAIL: ${f} is missing"; exit 1; }
done

out="$(desktop-file-validate "${desktop}" 2>&1)" || status=1
if [[ -n "${out}" ]]; then
  echo "${out}"
  status=1
fi
appstreamcli validate --no-net --explain "${metainfo}" || status=1

grep -qx "Icon=${id}" "${desktop}" || { echo "FAIL: the launcher's icon is not ${id}"; status=1; }
grep -q "<id>${id}</id>" "${metainfo}" || { echo "FAIL: the metainfo id is not ${id}"; status=1; }
grep -q "<launchable type=\"desktop-id\">${id}.desktop</launchable>" "${metainfo}" ||
  { echo "FAIL: the metainfo does not launch ${id}.desktop"; status=1; }
[[ ${status} -eq 0 ]] && echo "OK: ${id}.desktop and ${id}.metainfo.xml validate cleanly"
exit "${status}"
