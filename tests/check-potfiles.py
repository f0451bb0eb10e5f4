#!/usr/bin/env python3
# check-potfiles.py — po/POTFILES.in lists every file with translatable
# strings, and only files that exist
#
# Copyright 2026 The Runway authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A file missing from POTFILES.in never reaches the template, so its
# strings stay English in every language without anyone noticing.
#
# Usage: check-potfiles.py SOURCE_ROOT

import pathlib
import re
import sys

SCANNED = ("app", "ui", "data")

# The gettext calls the C code uses (glib/gi18n.h and plain gettext).
C_CALL = re.compile(r"(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2?"
                    r"|g_dgettext|dgettext|dngettext|gettext)\s*\(")
C_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
UI_TRANSLATABLE = re.compile(r"translatable=[\"'](?:yes|true|1)[\"']")
SCHEMA_TEXT = re.compile(r"<(?:summary|description)\b")


def is_translatable(path: pathlib.Path) -> bool:
    name = path.name
    if name.endswith((".desktop.in", ".metainfo.xml.in", ".appdata.xml.in")):
        return True  # every one is merged with the translations
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return False
    if name.endswith((".c", ".h")):
        return C_CALL.search(C_COMMENT.sub("", text)) is not None
    if name.endswith(".gschema.xml"):
        return SCHEMA_TEXT.search(text) is not None
    if name.endswith((".ui", ".blp", ".xml")):
        return UI_TRANSLATABLE.search(text) is not None
    return False


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check-potfiles.py SOURCE_ROOT", file=sys.stderr)
        return 2

    root = pathlib.Path(sys.argv[1])
    potfiles = root / "po" / "POTFILES.in"
    listed = [line.strip() for line in potfiles.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.lstrip().startswith("#")]

    found = sorted(path.relative_to(root).as_posix()
                   for top in SCANNED
                   for path in (root / top).rglob("*")
                   if path.is_file() and is_translatable(path))

    problems = []
    for name in found:
        if name not in listed:
            problems.append(f"{name} has translatable strings but is not in po/POTFILES.in")
    for name in listed:
        if not (root / name).is_file():
            problems.append(f"po/POTFILES.in lists {name}, which does not exist")
    seen = set()
    for name in listed:
        if name in seen:
            problems.append(f"po/POTFILES.in lists {name} twice")
        seen.add(name)

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"po/POTFILES.in lists all {len(found)} files with translatable strings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
