/* test-i18n.c — runway-cli speaks the user's language
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real runway-cli with LANGUAGE=nl, as a Dutch user would, and
 * finds in its output what po/nl.po says. RUNWAY_LOCALEDIR (set by
 * tests/meson.build) points it at the build's catalogues.
 */

#include "config.h"

#include <string.h>

#include "runway-test-po.h"
#include "runway-test-util.h"

/* The Dutch of @msgid, which must differ from the English, or the test
 * could not tell a translated program from an untranslated one. */
static char *
dutch (const char *msgid)
{
  char *text = runway_test_po_lookup ("nl", NULL, msgid);

  g_assert_cmpstr (text, !=, msgid);
  return text;
}

static void
test_cli_usage (void)
{
  g_autofree char *usage = dutch ("Usage:");
  g_autofree char *commands = dutch ("Commands:");
  g_autofree char *new_summary = dutch ("Create a new, empty plan");
  g_autofree char *help_hint = dutch ("“runway-cli COMMAND --help” shows a command’s options.");
  g_autofree char *risks_help = dutch ("Output format: text (default), csv or json");
  g_auto(RunwayTestRun) help = { 0 };
  g_auto(RunwayTestRun) risks = { 0 };

  runway_test_run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  runway_test_assert_contains (help.out, usage);
  runway_test_assert_contains (help.out, commands);
  runway_test_assert_contains (help.out, new_summary);
  runway_test_assert_contains (help.out, help_hint);

  runway_test_run_cli (&risks, "risks", "--help", NULL);
  g_assert_cmpint (risks.status, ==, 0);
  runway_test_assert_contains (risks.out, risks_help);
}

static void
test_cli_error (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.runway", NULL);
  g_autofree char *format = dutch ("“%s” does not exist");
  g_autofree char *message = runway_test_po_fill (format, path, NULL);
  g_autofree char *missing = dutch ("missing argument");
  g_auto(RunwayTestRun) info = { 0 };
  g_auto(RunwayTestRun) usage = { 0 };

  runway_test_run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 1);
  runway_test_assert_contains (info.err, message);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  runway_test_run_cli (&usage, "check", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  runway_test_assert_contains (usage.err, missing);

  runway_test_remove_dir (dir);
}

static void
test_cli_demo (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_autofree char *wrote = dutch ("Wrote the demo plan to “%s”\n");
  g_autofree char *risks_of = dutch ("Risks of “%s” as of %s\n");
  g_autofree char *production = dutch ("production");
  g_autofree char *expect_wrote = runway_test_po_fill (wrote, path, NULL);
  g_autofree char *name = NULL;
  g_autofree char *expect_risks = NULL;
  g_auto(RunwayTestRun) demo = { 0 };
  g_auto(RunwayTestRun) info = { 0 };
  g_auto(RunwayTestRun) risks = { 0 };

  runway_test_run_cli (&demo, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  runway_test_assert_contains (demo.out, expect_wrote);

  /* info's keys are for scripts and stay English whatever the language */
  runway_test_run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_true (g_str_has_prefix (info.out, "name: "));
  runway_test_assert_contains (info.out, "\ncapabilities: 14\n");
  name = g_strndup (info.out + strlen ("name: "), strcspn (info.out, "\n") - strlen ("name: "));
  expect_risks = runway_test_po_fill (risks_of, name, "2027-01-01", NULL);

  /* the risks report in Dutch, its dates still ISO for scripts; the
   * messages name the environments in Dutch too */
  runway_test_run_cli (&risks, "risks", path, "--as-of", "2027-01-01", NULL);
  g_assert_cmpint (risks.status, ==, 0);
  runway_test_assert_contains (risks.out, expect_risks);
  runway_test_assert_contains (risks.out, production);

  runway_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* what a Dutch user's session says; runway-cli inherits it. glibc reads
   * LANGUAGE in any locale but plain "C", so the C.UTF-8 of the test
   * environment is enough for messages. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_assert_nonnull (g_getenv ("RUNWAY_LOCALEDIR"));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/i18n/cli/usage", test_cli_usage);
  g_test_add_func ("/i18n/cli/error", test_cli_error);
  g_test_add_func ("/i18n/cli/demo", test_cli_demo);

  return g_test_run ();
}
