#!/bin/sh
# test-install.sh — what `meson install` puts on a system, checked the way a
# desktop uses it
#
# Copyright 2026 The Runway authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the current build into a temporary DESTDIR and checks that a
# desktop would list the app with its icon, that the shared-mime-info
# package makes a plan file application/x-runway-plan (by name and by its
# SQLite header without the name), that the installed desktop file is the
# default handler for that type, and that the installed program opens a plan
# given on its command line. TAP output, one line per check.
#
# Usage: test-install.sh BUILDDIR SRCDIR PREFIX BINDIR DATADIR LOCALEDIR

set -u

build_dir=$1
src_dir=$2
prefix=$3
bindir=$4
datadir=$5
localedir=$6

app_id=org.runway.Runway
mime_type=application/x-runway-plan

n=0
failed=0

ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok ()
{
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
}

# check DESCRIPTION COMMAND… — one TAP line for whether COMMAND succeeds;
# its output is shown as a diagnostic when it does not.
check ()
{
  description=$1
  shift
  if output=$("$@" 2>&1); then
    ok "$description"
  else
    not_ok "$description"
    printf '%s\n' "$output" | sed 's/^/# /'
  fi
}

# Absolute directories under the destdir: meson's options may be relative to
# the prefix or absolute.
under_prefix ()
{
  case $1 in
    /*) echo "$dest$1" ;;
    *) echo "$dest$prefix/$1" ;;
  esac
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/runway-install-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
dest=$tmp/dest

if DESTDIR=$dest meson install -C "$build_dir" --no-rebuild --quiet > "$tmp/install.log" 2>&1; then
  ok "meson install into a temporary destdir"
else
  not_ok "meson install into a temporary destdir"
  sed 's/^/# /' "$tmp/install.log"
  echo "1..$n"
  exit 1
fi

bin=$(under_prefix "$bindir")
share=$(under_prefix "$datadir")
locale=$(under_prefix "$localedir")

# -- what a desktop lists ------------------------------------------------------

check "bin/runway is installed and executable" test -x "$bin/runway"
check "bin/runway-cli is installed and executable" test -x "$bin/runway-cli"

desktop=$share/applications/$app_id.desktop
check "the desktop file is installed" test -f "$desktop"
check "the desktop file passes desktop-file-validate" desktop-file-validate "$desktop"
check "the desktop file's Exec passes files (%U or %F)" \
  grep -Eq '^Exec=runway( .*)? %[UF]( |$)' "$desktop"
check "the desktop file names the plan type" \
  grep -qx "MimeType=$mime_type;" "$desktop"
check "the desktop file's icon is the app id" grep -qx "Icon=$app_id" "$desktop"

metainfo=$share/metainfo/$app_id.metainfo.xml
check "the metainfo is installed" test -f "$metainfo"
check "the metainfo passes appstreamcli validate" appstreamcli validate --no-net "$metainfo"
check "the metainfo launches the desktop file" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"
check "the metainfo provides the plan type" \
  grep -q "<mediatype>$mime_type</mediatype>" "$metainfo"
check "the metainfo has a description" grep -q "<description>" "$metainfo"
check "the metainfo has a release" grep -q "<release version=" "$metainfo"
check "the metainfo has an OARS content rating" grep -q '<content_rating type="oars-' "$metainfo"
check "the metainfo names its translation domain" \
  grep -q '<translation type="gettext">runway</translation>' "$metainfo"

check "the scalable icon is installed" test -s "$share/icons/hicolor/scalable/apps/$app_id.svg"
check "the symbolic icon is installed" \
  test -s "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
check "the scalable icon is well-formed SVG" \
  xmllint --noout "$share/icons/hicolor/scalable/apps/$app_id.svg"
check "the symbolic icon is well-formed SVG" \
  xmllint --noout "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"

schema=$share/glib-2.0/schemas/$app_id.gschema.xml
check "the settings schema is installed" test -f "$schema"
mkdir -p "$tmp/schemas"
check "the installed settings schema compiles with --strict" \
  glib-compile-schemas --strict --targetdir="$tmp/schemas" "$share/glib-2.0/schemas"

check "the shared-mime-info package is installed" \
  test -f "$share/mime/packages/$app_id.xml"
check "the plan XML schema is installed" test -f "$share/runway/schema/runway-plan.xsd"

# -- translations: one catalogue per language po/LINGUAS lists ---------------

languages=$(sed -e 's/#.*//' "$src_dir/po/LINGUAS" | tr -s ' \t' '\n\n' | grep -v '^$')
if [ -z "$languages" ]; then
  ok "po/LINGUAS lists no language yet # SKIP no translation to install"
fi
for language in $languages; do
  check "the $language translation is installed" test -s "$locale/$language/LC_MESSAGES/runway.mo"
done

# -- the MIME type, as the desktop's file manager sees it ---------------------

# Only the installed data and the system's: no user's own MIME types,
# associations or configuration.
mkdir -p "$tmp/home/data" "$tmp/home/config" "$tmp/config-dirs" "$tmp/plans"
XDG_DATA_DIRS=$share:/usr/share
XDG_DATA_HOME=$tmp/home/data
XDG_CONFIG_HOME=$tmp/home/config
XDG_CONFIG_DIRS=$tmp/config-dirs
HOME=$tmp/home
PATH=$bin:$PATH
export XDG_DATA_DIRS XDG_DATA_HOME XDG_CONFIG_HOME XDG_CONFIG_DIRS HOME PATH
unset XDG_CURRENT_DESKTOP

check "update-mime-database accepts the installed package" update-mime-database "$share/mime"
check "update-desktop-database accepts the installed desktop file" \
  update-desktop-database "$share/applications"

content_type ()
{
  gio info -a standard::content-type "$1" 2>&1 | sed -n 's/^ *standard::content-type: //p'
}

# check_type DESCRIPTION FILE EXPECTED — EXPECTED is a type, or !TYPE for
# "anything but TYPE".
check_type ()
{
  found=$(content_type "$2")
  case $3 in
    !*) [ -n "$found" ] && [ "$found" != "${3#!}" ] ;;
    *) [ "$found" = "$3" ] ;;
  esac
  if [ $? -eq 0 ]; then
    ok "$1 ($found)"
  else
    not_ok "$1: the content type is “$found”, expected $3"
  fi
}

plan=$tmp/plans/estate.runway
if "$bin/runway-cli" demo "$plan" > "$tmp/demo.log" 2>&1; then
  ok "the installed runway-cli writes the demo plan"
else
  not_ok "the installed runway-cli writes the demo plan"
  sed 's/^/# /' "$tmp/demo.log"
fi
cp "$plan" "$tmp/plans/estate-without-extension"
sqlite3 "$tmp/plans/plain-database" 'CREATE TABLE t (x); INSERT INTO t VALUES (1);'

check_type "a plan named *.runway is a Runway plan" "$plan" "$mime_type"
check_type "a plan without the extension is a Runway plan by its header" \
  "$tmp/plans/estate-without-extension" "$mime_type"
check_type "a plain SQLite database is not a Runway plan" \
  "$tmp/plans/plain-database" "!$mime_type"
check_type "a plain SQLite database is still an SQLite database" \
  "$tmp/plans/plain-database" "application/vnd.sqlite3"

handler=$(gio mime "$mime_type" 2>&1)
case $handler in
  *"Default application for “$mime_type”: $app_id.desktop"* | \
  *"Default application for '$mime_type': $app_id.desktop"*)
    ok "the installed desktop file is the default handler for $mime_type" ;;
  *)
    not_ok "the installed desktop file is the default handler for $mime_type"
    printf '%s\n' "$handler" | sed 's/^/# /' ;;
esac

# -- the installed program opens the plan it is given -------------------------

# As a file manager does: the desktop file's Exec line with the plan's URI,
# on a real (virtual) display; the window's title names the plan.
if command -v xvfb-run > /dev/null && command -v xwininfo > /dev/null; then
  cat > "$tmp/open.sh" << 'EOF'
#!/bin/sh
runway "$1" &
pid=$!
i=0
while [ $i -lt 200 ]; do
  if xwininfo -root -tree 2> /dev/null | grep -q "$2"; then
    kill $pid
    exit 0
  fi
  sleep 0.1
  i=$((i + 1))
done
xwininfo -root -tree | grep '"' | sed 's/^/# window: /'
kill $pid
exit 1
EOF
  check "the installed program opens a plan given as a URI and shows its name" \
    env GSETTINGS_SCHEMA_DIR="$tmp/schemas" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo \
    GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1 \
    xvfb-run -a -s '-screen 0 1280x800x24' sh "$tmp/open.sh" "file://$plan" \
    "Demo estate — estate.runway"
else
  ok "the installed program opens a plan # SKIP no xvfb-run or xwininfo"
fi

echo "1..$n"
[ $failed -eq 0 ]
