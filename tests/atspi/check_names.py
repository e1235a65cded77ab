#!/usr/bin/python3
"""Walks the AT-SPI accessibility tree of a running Aftercare window, as Orca sees it, and fails
on any push button, check box, radio button, text field or combo box without a name.

Usage: check_names.py APP_NAME EXPECTED_CONTROL [TIMEOUT_SECONDS]
Waits until the application APP_NAME shows a control named EXPECTED_CONTROL (so the window is
really up), then walks every node of its tree. Exit code 0: all named; 1: unnamed controls;
2: the application never appeared."""
import sys
import time

import pyatspi

CHECKED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON: "push button",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_TEXT: "text field",
    pyatspi.ROLE_ENTRY: "text field",
    pyatspi.ROLE_PASSWORD_TEXT: "password field",
    pyatspi.ROLE_COMBO_BOX: "combo box",
    pyatspi.ROLE_SPIN_BUTTON: "spin box",
}
# Cells of big tables and lists are data, not controls; walking them over D-Bus takes minutes.
DATA_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE}


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and (app.name or "").lower() == name.lower():
            return app
    return None


def walk(node, path, found):
    try:
        role = node.getRole()
        name = (node.name or "").strip()
        count = node.childCount
    except Exception:  # a node that went away while walking
        return
    here = f"{path}/{node.getRoleName()}" + (f"[{name}]" if name else "")
    if role in CHECKED_ROLES:
        # A text node inside a combo box or spin box is part of that control.
        parent = node.parent
        inner = parent is not None and parent.getRole() in (pyatspi.ROLE_COMBO_BOX,
                                                             pyatspi.ROLE_SPIN_BUTTON)
        # Qt exposes read-only paragraphs (labels with selectable text) as text too; only an
        # editable one is a field a person types into.
        editable = role not in (pyatspi.ROLE_TEXT,) or node.getState().contains(
            pyatspi.STATE_EDITABLE)
        if not inner and editable:
            found.append((CHECKED_ROLES[role], name, here))
    if role in DATA_ROLES:
        return
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here, found)


def has_control(node, wanted, depth=0):
    try:
        if (node.name or "").strip() == wanted and node.getRole() in CHECKED_ROLES:
            return True
        if node.getRole() in DATA_ROLES or depth > 40:
            return False
        return any(has_control(node.getChildAtIndex(i), wanted, depth + 1)
                   for i in range(node.childCount) if node.getChildAtIndex(i) is not None)
    except Exception:
        return False


def main():
    app_name, expected = sys.argv[1], sys.argv[2]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    deadline = time.monotonic() + timeout
    app = None
    while time.monotonic() < deadline:
        app = find_app(app_name)
        if app is not None and has_control(app, expected):
            break
        time.sleep(0.5)
    else:
        print(f"FAIL: no application '{app_name}' with a control named '{expected}' "
              f"appeared on the accessibility bus within {timeout:.0f} s")
        return 2
    found = []
    walk(app, "", found)
    unnamed = [f for f in found if not f[1]]
    by_role = {}
    for role, _, _ in found:
        by_role[role] = by_role.get(role, 0) + 1
    print(f"{app_name}: {len(found)} controls ({', '.join(f'{n} {r}' for r, n in sorted(by_role.items()))})")
    for role, _, path in unnamed:
        print(f"UNNAMED {role}: {path}")
    if unnamed:
        print(f"FAIL: {len(unnamed)} of {len(found)} controls have no name")
        return 1
    print("OK: every control has a name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
