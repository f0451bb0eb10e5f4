/* test-cli.c — runway-cli as a user or a CI job runs it: exit codes,
 * output, and that failing commands write nothing
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "runway-test-util.h"


static void
test_usage (void)
{
  static const char *commands[] = { "new", "demo", "info", "check" };
  g_auto(RunwayTestRun) none = { 0 };
  g_auto(RunwayTestRun) unknown = { 0 };
  g_auto(RunwayTestRun) help = { 0 };

  runway_test_run_cli (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
  runway_test_assert_contains (none.err, "Usage:");

  runway_test_run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  runway_test_assert_contains (unknown.err, "unknown command “frobnicate”");

  runway_test_run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    runway_test_assert_contains (help.out, commands[i]);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(RunwayTestRun) command_help = { 0 };
      g_auto(RunwayTestRun) bad_option = { 0 };
      g_auto(RunwayTestRun) missing = { 0 };
      g_auto(RunwayTestRun) extra = { 0 };

      runway_test_run_cli (&command_help, commands[i], "--help", NULL);
      g_assert_cmpint (command_help.status, ==, 0);
      runway_test_assert_contains (command_help.out, "PLAN");

      runway_test_run_cli (&bad_option, commands[i], "--frobnicate", "x.runway", NULL);
      g_assert_cmpint (bad_option.status, ==, 2);
      runway_test_assert_contains (bad_option.err, "Unknown option --frobnicate");

      runway_test_run_cli (&missing, commands[i], NULL);
      g_assert_cmpint (missing.status, ==, 2);
      runway_test_assert_contains (missing.err, "missing argument");

      runway_test_run_cli (&extra, commands[i], "a.runway", "b.runway", NULL);
      g_assert_cmpint (extra.status, ==, 2);
      runway_test_assert_contains (extra.err, "too many arguments");
    }
}

static void
test_new_and_info (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "estate.runway", NULL);
  g_auto(RunwayTestRun) created = { 0 };
  g_auto(RunwayTestRun) info = { 0 };
  g_auto(RunwayTestRun) again = { 0 };
  g_auto(RunwayTestRun) check = { 0 };
  g_autoptr(GBytes) before = NULL;

  runway_test_run_cli (&created, "new", path, "--name", "Estate 2027", NULL);
  g_assert_cmpint (created.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  runway_test_run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  runway_test_assert_contains (info.out, "name: Estate 2027\n");
  runway_test_assert_contains (info.out, "format: 2\n");
  runway_test_assert_contains (info.out, "capabilities: 0\n");
  runway_test_assert_contains (info.out, "vendors: 0\n");
  runway_test_assert_contains (info.out, "people: 0\n");
  runway_test_assert_contains (info.out, "roadmap-items: 0\n");
  g_assert_cmpstr (info.err, ==, "");

  before = runway_test_read_file (path);
  runway_test_run_cli (&again, "new", path, NULL);
  g_assert_cmpint (again.status, ==, 1);
  runway_test_assert_contains (again.err, "already exists");
  g_assert_cmpuint (runway_test_count_lines (again.err), ==, 1);
  g_assert_true (runway_test_file_equals (path, before));

  runway_test_run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  runway_test_assert_contains (check.out, ": ok");

  runway_test_remove_dir (dir);
}

static void
test_demo_agrees_with_core (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_auto(RunwayTestRun) demo = { 0 };
  g_auto(RunwayTestRun) info = { 0 };
  g_auto(RunwayTestRun) check = { 0 };
  g_auto(RunwayTestRun) again = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;

  runway_test_run_cli (&demo, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);

  runway_test_run_cli (&info, "info", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  runway_test_assert_contains (info.out, "name: Demo estate\n");

  /* every count runway-cli prints is what the core (and so the window) has */
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (guint k = RUNWAY_KIND_SETTINGS + 1; k < RUNWAY_N_KINDS; k++)
    {
      g_autofree char *key = g_strdup (runway_schema_get_table ((RunwayKind) k)->plural);
      g_autofree char *line = g_strdup_printf ("%s: %u\n", g_strdelimit (key, " ", '-'),
                                               runway_plan_count (plan, (RunwayKind) k));

      runway_test_assert_contains (info.out, line);
    }
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_CAPABILITY), >, 0);

  runway_test_run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 0);

  runway_test_run_cli (&again, "demo", path, NULL);
  g_assert_cmpint (again.status, ==, 1);
  runway_test_assert_contains (again.err, "already exists");

  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

static void
test_check_reports_problems (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.runway", NULL);
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "broken.runway");
  g_auto(RunwayTestRun) check = { 0 };
  g_autoptr(GBytes) before = NULL;

  g_clear_object (&plan);
  runway_test_sql (path, "INSERT INTO vendor (name) VALUES ('Oracle');"
                         "INSERT INTO product (vendor_id, name) VALUES (1, 'MySQL');"
                         "INSERT INTO release (product_id, version, ga, end_of_support) "
                         "  VALUES (1, '5.7', '2015-10-21', '2010-10-21');"
                         "INSERT INTO person (team_id, name, fte) VALUES (1, 'Bo', 2.0);"
                         "INSERT INTO team (id, name) VALUES (1, 'Ops');");
  before = runway_test_read_file (path);

  runway_test_run_cli (&check, "check", path, NULL);
  g_assert_cmpint (check.status, ==, 1);
  runway_test_assert_contains (check.out,
                               "End of support: 2010-10-21 is before general availability");
  runway_test_assert_contains (check.out, "FTE: must be more than 0 and at most 1");
  runway_test_assert_contains (check.err, "2 problems found");
  g_assert_true (runway_test_file_equals (path, before));

  runway_test_remove_dir (dir);
}

/* Each bad file gets its own message, one line on stderr, exit 1. */
static void
test_bad_files (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "good.runway", NULL);
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "good.runway");
  g_autoptr(GBytes) good = NULL;
  struct { const char *name; const char *contents; gssize len; const char *sql;
           const char *message; } cases[] = {
    { "missing.runway", NULL, -1, NULL, "does not exist" },
    { "empty.runway", "", 0, NULL, "is empty" },
    { "notes.runway", "just some notes\n", 16, NULL, "not an SQLite database" },
    { "photos.runway", NULL, -1, "CREATE TABLE photo (id INTEGER);",
      "SQLite database of another application" },
    { "newer.runway", NULL, -2, "PRAGMA user_version = 7;", "newer version of Runway" },
    { "truncated.runway", NULL, -3, NULL, "truncated" },
  };

  g_clear_object (&plan);
  good = runway_test_read_file (plan_path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_auto(RunwayTestRun) info = { 0 };
      g_auto(RunwayTestRun) check = { 0 };

      if (cases[i].contents != NULL)
        runway_test_write_file (path, cases[i].contents, (gsize) cases[i].len);
      else if (cases[i].len == -2 || cases[i].len == -3)
        runway_test_write_file (path, g_bytes_get_data (good, NULL),
                                cases[i].len == -2 ? g_bytes_get_size (good)
                                                   : g_bytes_get_size (good) / 2);
      if (cases[i].sql != NULL)
        runway_test_sql (path, cases[i].sql);

      runway_test_run_cli (&info, "info", path, NULL);
      g_assert_cmpint (info.status, ==, 1);
      runway_test_assert_contains (info.err, cases[i].message);
      g_assert_cmpuint (runway_test_count_lines (info.err), ==, 1);
      g_assert_cmpstr (info.out, ==, "");

      runway_test_run_cli (&check, "check", path, NULL);
      g_assert_cmpint (check.status, ==, 1);
      runway_test_assert_contains (check.err, cases[i].message);
    }

  {
    g_auto(RunwayTestRun) folder = { 0 };

    runway_test_run_cli (&folder, "info", dir, NULL);
    g_assert_cmpint (folder.status, ==, 1);
    runway_test_assert_contains (folder.err, "is a folder");
  }

  runway_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/new-and-info", test_new_and_info);
  g_test_add_func ("/cli/demo-agrees-with-core", test_demo_agrees_with_core);
  g_test_add_func ("/cli/check-reports-problems", test_check_reports_problems);
  g_test_add_func ("/cli/bad-files", test_bad_files);

  return g_test_run ();
}
