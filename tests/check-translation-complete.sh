#!/bin/sh
# check-translation-complete.sh — a translation covers every message the
# sources have today
#
# Copyright 2026 The Runway authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds a template from po/POTFILES.in the way the build's runway-pot
# target does (the glib preset's keywords), merges po/LANG.po with it and
# fails on any message left untranslated or fuzzy, naming them: a string
# added to the code without a translation shows up here, not in front of
# a Dutch or German user.
#
# Usage: check-translation-complete.sh SOURCE_ROOT LANG
set -eu

root=$1
lang=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$root"
xgettext --package-name=runway --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from=po/POTFILES.in --output="$tmp/runway.pot" 2>/dev/null

msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/runway.pot" --output-file="$tmp/merged.po"
missing=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# each list starts with the header's empty msgid
missing=$((missing > 0 ? missing - 1 : 0))
fuzzy=$((fuzzy > 0 ? fuzzy - 1 : 0))
if [ "$missing" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
  echo "po/$lang.po: $missing untranslated and $fuzzy fuzzy messages:" >&2
  msgattrib --untranslated --no-obsolete --no-location "$tmp/merged.po" | grep '^msgid ' | tail -n +2 >&2
  exit 1
fi
echo "po/$lang.po translates all $(grep -c '^msgid ' "$tmp/runway.pot") messages"
