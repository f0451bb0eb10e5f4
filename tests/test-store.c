/* test-store.c — the plan file: creating, reopening, refusing bad files,
 * upgrading, Save As, durability
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runway-test-util.h"

typedef struct
{
  char *dir;
  char *path;   /* a fresh plan with one vendor, closed */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RunwayPlan) plan = NULL;

  fixture->dir = runway_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "plan.runway", NULL);
  plan = runway_test_new_plan (fixture->dir, "plan.runway");
  runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "PostgreSQL Global Development Group",
                   NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static guint32
header_u32 (GBytes *bytes,
            gsize   offset)
{
  const guint8 *p = g_bytes_get_data (bytes, NULL);

  return ((guint32) p[offset] << 24) | ((guint32) p[offset + 1] << 16) |
         ((guint32) p[offset + 2] << 8) | p[offset + 3];
}

static void
assert_open_fails (const char *path,
                   gint        code,
                   const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);

  g_assert_null (plan);
  g_assert_error (error, RUNWAY_STORE_ERROR, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
assert_same_file (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = runway_test_read_file (path);

  g_assert_true (g_bytes_equal (before, after));
}

static void
test_create_reopen (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = runway_test_read_file (fixture->path);
  g_autoptr(RunwayPlan) plan = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  RunwayEntity *settings;

  /* at rest: one self-contained file with our id and schema version */
  g_assert_cmphex (header_u32 (bytes, 68), ==, RUNWAY_APPLICATION_ID);
  g_assert_cmpuint (header_u32 (bytes, 60), ==, RUNWAY_SCHEMA_VERSION);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (runway_plan_is_read_only (plan));
  g_assert_cmpint (runway_plan_get_schema_version (plan), ==, RUNWAY_SCHEMA_VERSION);
  settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));
  g_assert_cmpstr (runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), ==, "plan");
  g_assert_cmpfloat (runway_entity_get_real (settings, RUNWAY_SETTINGS_MIN_FTE), ==, 3.0);
  g_assert_cmpint (runway_entity_get_int (settings, RUNWAY_SETTINGS_EOL_WARNING_MONTHS), ==, 12);
  g_assert_cmpint (runway_entity_get_int (settings, RUNWAY_SETTINGS_EOS_WARNING_MONTHS), ==, 6);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
}

static void
test_create_refuses_existing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = runway_test_read_file (fixture->path);
  g_autoptr(RunwayPlan) plan = runway_plan_create (fixture->path, "Other", &error);

  g_assert_null (plan);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_EXISTS);
  assert_same_file (fixture->path, before);
}

static void
test_open_without_edit_writes_nothing (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GBytes) before = runway_test_read_file (fixture->path);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan =
        runway_plan_open (fixture->path, i ? RUNWAY_STORE_OPEN_READ_ONLY : 0, &error);

      g_assert_no_error (error);
    }
  assert_same_file (fixture->path, before);
}

static void
test_bad_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.runway", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.runway", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "text.runway", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "foreign.runway", NULL);
  g_autofree char *header_only = g_build_filename (fixture->dir, "header.runway", NULL);
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.runway", NULL);
  g_autoptr(GBytes) plan_bytes = runway_test_read_file (fixture->path);
  gsize len = g_bytes_get_size (plan_bytes);

  assert_open_fails (missing, RUNWAY_STORE_ERROR_NOT_FOUND, "does not exist");
  assert_open_fails (fixture->dir, RUNWAY_STORE_ERROR_NOT_REGULAR, "folder");

  runway_test_write_file (empty, "", 0);
  assert_open_fails (empty, RUNWAY_STORE_ERROR_NOT_SQLITE, "empty");

  runway_test_write_file (text, "name,version\nPostgreSQL,16\n", 26);
  assert_open_fails (text, RUNWAY_STORE_ERROR_NOT_SQLITE, "not an SQLite database");

  runway_test_sql (foreign, "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);"
                            "INSERT INTO photos (path) VALUES ('a.jpg');");
  assert_open_fails (foreign, RUNWAY_STORE_ERROR_NOT_A_PLAN, "another application");

  runway_test_write_file (header_only, g_bytes_get_data (plan_bytes, NULL), 60);
  assert_open_fails (header_only, RUNWAY_STORE_ERROR_CORRUPT, "truncated");

  g_assert_cmpuint (len, >=, 3 * 4096);
  runway_test_write_file (truncated, g_bytes_get_data (plan_bytes, NULL), len / 2);
  assert_open_fails (truncated, RUNWAY_STORE_ERROR_CORRUPT, "truncated");
  runway_test_write_file (truncated, g_bytes_get_data (plan_bytes, NULL), len - 100);
  assert_open_fails (truncated, RUNWAY_STORE_ERROR_CORRUPT, "truncated");
}

static void
test_corrupt_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) bytes = runway_test_read_file (fixture->path);
  gsize len = g_bytes_get_size (bytes);
  g_autofree guint8 *damaged = g_memdup2 (g_bytes_get_data (bytes, NULL), len);
  g_autofree char *path = g_build_filename (fixture->dir, "damaged.runway", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;

  /* garbage over every page but the header page: the schema and all rows */
  for (gsize i = 4096; i < len; i++)
    damaged[i] = (guint8) (i * 131 + 7);
  runway_test_write_file (path, damaged, len);

  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_null (plan);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "damaged"));
}

static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;

  runway_test_sql (fixture->path, "PRAGMA user_version = 99;");
  before = runway_test_read_file (fixture->path);

  assert_open_fails (fixture->path, RUNWAY_STORE_ERROR_NEWER_SCHEMA, "newer version of Runway");
  assert_same_file (fixture->path, before);
}

static void
test_upgrade_from_v1 (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* what Runway's first plan format looked like: no acceptances */
  runway_test_sql (fixture->path, "DROP TABLE acceptance; PRAGMA user_version = 1;");

  /* read-only cannot upgrade, and says so without writing */
  plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (plan);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (runway_plan_get_schema_version (plan), ==, 2);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
  runway_test_add (plan, RUNWAY_KIND_ACCEPTANCE, "rule", "eol-passed", "subject", "x",
                   "justification", "decommissioned in Q1", "owner", "Ops",
                   "expires", "2027-03-31", NULL);
  g_clear_object (&plan);

  bytes = runway_test_read_file (fixture->path);
  g_assert_cmpuint (header_u32 (bytes, 60), ==, 2);
}

static void
test_read_only_refuses_edits (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = runway_test_read_file (fixture->path);
  g_autoptr(RunwayPlan) plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_READ_ONLY,
                                                 &error);
  g_autoptr(RunwayEntity) vendor = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "Oracle",
                                                           NULL);

  g_assert_no_error (error);
  g_assert_true (runway_plan_is_read_only (plan));
  g_assert_cmpint (runway_plan_add (plan, vendor, &error), ==, 0);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  /* nothing changed, in memory or on disk */
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
  g_assert_false (runway_plan_can_undo (plan));
  g_clear_object (&plan);
  assert_same_file (fixture->path, before);
}

/* A file the user may not write opens read-only by itself. Root may write
 * anything, so that part runs as "nobody" in a child process. */
static void
test_unwritable_file (Fixture       *fixture,
                      gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("RUNWAY_TEST_PATH");
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = NULL;
      g_autoptr(RunwayEntity) vendor = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "IBM",
                                                               NULL);

      if (geteuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);

      plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_true (runway_plan_is_read_only (plan));
      g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
      g_assert_cmpint (runway_plan_add (plan, vendor, &error), ==, 0);
      g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY);
      return;
    }

  {
    g_autoptr(GBytes) before = runway_test_read_file (fixture->path);

    g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
    g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);
    g_setenv ("RUNWAY_TEST_PATH", fixture->path, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
    g_test_trap_assert_passed ();
    g_chmod (fixture->path, 0644);
    assert_same_file (fixture->path, before);
  }
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.runway", NULL);
  g_autoptr(RunwayPlan) plan = runway_plan_open (fixture->path, 0, &error);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(RunwayPlan) reopened = NULL;

  g_assert_no_error (error);
  runway_test_write_file (copy, "an older file that Save As replaces", 35);

  g_assert_true (runway_plan_save_as (plan, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (runway_plan_get_path (plan), ==, copy);

  /* edits now go to the copy; the original stays as it was */
  original = runway_test_read_file (fixture->path);
  runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Oracle", NULL);
  g_clear_object (&plan);
  assert_same_file (fixture->path, original);

  reopened = runway_plan_open (copy, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (reopened, RUNWAY_KIND_VENDOR), ==, 2);
  g_clear_object (&reopened);

  /* no temporary files left beside them */
  g_assert_cmpuint (count_entries (fixture->dir), ==, 2);
}

static void
test_copy_to_refused_folder (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing_dir = g_build_filename (fixture->dir, "no", "such", "copy.runway",
                                                   NULL);
  g_autoptr(RunwayPlan) plan = runway_plan_open (fixture->path, 0, &error);
  g_autoptr(GBytes) before = runway_test_read_file (fixture->path);

  g_assert_no_error (error);
  g_assert_false (runway_plan_save_as (plan, missing_dir, &error));
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "Cannot write in the folder"));
  g_assert_cmpstr (runway_plan_get_path (plan), ==, fixture->path);
  g_clear_error (&error);

  /* the plan is still fully usable where it was */
  runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "SUSE", NULL);
  g_clear_object (&plan);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
  (void) before;
}

/* A child makes edits and dies without closing anything, as in a crash:
 * every committed edit is there afterwards, an uncommitted group is not. */
static void
test_crash_keeps_committed_edits (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      RunwayPlan *child = runway_plan_open (fixture->path, 0, NULL);
      g_autoptr(RunwayEntity) committed = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name",
                                                                  "Committed", NULL);
      g_autoptr(RunwayEntity) lost = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "Lost",
                                                             NULL);
      int child_status = 0;

      if (child == NULL || runway_plan_add (child, committed, NULL) == 0 ||
          !runway_plan_begin_edit (child, "never committed", NULL) ||
          runway_plan_add (child, lost, NULL) == 0)
        child_status = 3;
      /* the drafts are ours to free; the plan stays open, as in a crash */
      g_clear_object (&committed);
      g_clear_object (&lost);
      _exit (child_status);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  plan = runway_plan_open (fixture->path, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "Committed"));
  g_assert_null (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "Lost"));
  problems = runway_plan_check (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_check_finds_damage (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *all = NULL;

  /* rows no edit would write: milestones out of order, a dangling product
   * reference (with foreign keys off, as another tool might), a blank name */
  runway_test_sql (fixture->path,
                   "PRAGMA foreign_keys = OFF;"
                   "INSERT INTO product (id, vendor_id, name) VALUES (10, 1, 'PostgreSQL');"
                   "INSERT INTO release (product_id, version, ga, end_of_life) "
                   "  VALUES (10, '9.6', '2016-09-29', '2015-11-11');"
                   "INSERT INTO release (product_id, version) VALUES (77, '1.0');"
                   "INSERT INTO team (name, support_line) VALUES ('  ', 2);");

  plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  problems = runway_plan_check (plan, &error);
  g_assert_no_error (error);
  g_ptr_array_add (problems, NULL);
  all = g_strjoinv ("\n", (char **) problems->pdata);

  g_assert_nonnull (strstr (all, "End of life: 2015-11-11 is before general availability"));
  g_assert_nonnull (strstr (all, "release 2 refers to a missing product"));
  g_assert_nonnull (strstr (all, "there is no product with id 77"));
  g_assert_nonnull (strstr (all, "Name: must not be empty"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/create-reopen", test_create_reopen);
  ADD ("/store/create-refuses-existing", test_create_refuses_existing);
  ADD ("/store/open-without-edit-writes-nothing", test_open_without_edit_writes_nothing);
  ADD ("/store/bad-files", test_bad_files);
  ADD ("/store/corrupt-pages", test_corrupt_pages);
  ADD ("/store/newer-schema", test_newer_schema);
  ADD ("/store/upgrade-from-v1", test_upgrade_from_v1);
  ADD ("/store/read-only-refuses-edits", test_read_only_refuses_edits);
  ADD ("/store/unwritable-file", test_unwritable_file);
  ADD ("/store/save-as", test_save_as);
  ADD ("/store/copy-to-refused-folder", test_copy_to_refused_folder);
  ADD ("/store/crash-keeps-committed-edits", test_crash_keeps_committed_edits);
  ADD ("/store/check-finds-damage", test_check_finds_damage);

  return g_test_run ();
}
