/* test-damaged.c — damaged and foreign files get a clear error, never a crash
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The corpus is made at test time from a real plan (the demo plan), so it
 * always matches the current file format: truncated at several points, bit
 * flips in the header and in pages, a wrong application id, a newer
 * format, another application's SQLite file, an empty file, a folder, and
 * plans whose rows break the rules (tests/data/damaged/semantic.sql). Each
 * is opened by `runway-cli info` and `runway-cli check` and by the core,
 * and must give the specific error a user can act on. The CLI runs under a
 * generous time limit that only guards against a hang.
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runway-test-util.h"

/* Only catches a hang: a damaged file is refused in milliseconds. */
#define HANG_GUARD_SECONDS 30

typedef struct
{
  char   *dir;
  char   *good;       /* a sound demo plan */
  GBytes *good_bytes;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;

  fixture->dir = runway_test_make_dir ();
  fixture->good = g_build_filename (fixture->dir, "good.runway", NULL);
  plan = runway_plan_create (fixture->good, "Demo", &error);
  g_assert_no_error (error);
  g_assert_true (runway_plan_fill_demo (plan, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);
  fixture->good_bytes = runway_test_read_file (fixture->good);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_test_remove_dir (fixture->dir);
  g_bytes_unref (fixture->good_bytes);
  g_free (fixture->good);
  g_free (fixture->dir);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  char     *out;
  char     *err;
} Communicate;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Communicate *state = user_data;

  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;

  /* bytes, not UTF-8: a damaged plan's names may be any bytes */
  state->ok = g_subprocess_communicate_finish (G_SUBPROCESS (source), result, &out, &err, NULL);
  if (state->ok)
    {
      gsize out_len, err_len;
      const char *out_data = g_bytes_get_data (out, &out_len);
      const char *err_data = g_bytes_get_data (err, &err_len);

      state->out = g_strndup (out_len > 0 ? out_data : "", out_len);
      state->err = g_strndup (err_len > 0 ? err_data : "", err_len);
    }
  state->done = TRUE;
}

/* Runs runway-cli COMMAND PATH; fails the test if it hangs or crashes. */
static int
run_cli_guarded (const char  *command,
                 const char  *path,
                 char       **out,
                 char       **err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  gint64 deadline = g_get_monotonic_time () + HANG_GUARD_SECONDS * G_USEC_PER_SEC;
  Communicate state = { 0 };
  const char *cli = g_getenv ("RUNWAY_CLI");

  g_assert_nonnull (cli);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, cli, command, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_async (process, NULL, NULL, on_communicated, &state);
  while (!state.done)
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_subprocess_force_exit (process);
          g_error ("runway-cli %s %s hangs", command, path);
        }
      g_main_context_iteration (NULL, FALSE);
      if (!state.done)
        g_usleep (1000);
    }
  g_assert_true (state.ok);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);

  if (g_subprocess_get_if_signaled (process))
    g_error ("runway-cli %s %s crashed with signal %d; stderr: %s", command, path,
             g_subprocess_get_term_sig (process), state.err);

  *out = state.out;
  *err = state.err;
  return g_subprocess_get_exit_status (process);
}

static char *
make_copy (Fixture    *fixture,
           const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  runway_test_write_file (path, g_bytes_get_data (fixture->good_bytes, NULL),
                          g_bytes_get_size (fixture->good_bytes));
  return path;
}

static void
patch_file (const char   *path,
            goffset       offset,
            const guint8 *bytes,
            gsize         len)
{
  int fd = g_open (path, O_WRONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, bytes, len, offset), ==, (gssize) len);
  close (fd);
}

static void
put_be32 (const char *path,
          goffset     offset,
          guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  patch_file (path, offset, bytes, sizeof bytes);
}

static void
flip_bit (const char *path,
          goffset     offset,
          guint       bit)
{
  int fd = g_open (path, O_RDWR, 0);
  guint8 byte;

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pread (fd, &byte, 1, offset), ==, 1);
  byte ^= 1u << bit;
  g_assert_cmpint (pwrite (fd, &byte, 1, offset), ==, 1);
  close (fd);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* ---- the corpus ---------------------------------------------------------- */

typedef char *(*MakeFunc) (Fixture *fixture);

static char *
make_empty (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "empty.runway", NULL);

  runway_test_write_file (path, "", 0);
  return path;
}

static char *
make_folder (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "folder.runway", NULL);

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  return path;
}

static char *
make_text (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "notes.runway", NULL);
  const char *text = "Meeting notes: move the estate to PostgreSQL 16 by 2027.\n";

  runway_test_write_file (path, text, strlen (text));
  return path;
}

static char *
make_foreign_sqlite (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "places.sqlite", NULL);

  runway_test_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                         "INSERT INTO moz_places (url) VALUES ('https://example.org');");
  return path;
}

static char *
make_wrong_application_id (Fixture *fixture)
{
  char *path = make_copy (fixture, "wrong-app.runway");

  put_be32 (path, 68, 0x4D504244);
  return path;
}

static char *
make_future_version (Fixture *fixture)
{
  char *path = make_copy (fixture, "future.runway");

  put_be32 (path, 60, 99);
  return path;
}

static char *
make_truncated_in_header (Fixture *fixture)
{
  char *path = make_copy (fixture, "cut-50.runway");

  g_assert_cmpint (truncate (path, 50), ==, 0);
  return path;
}

static char *
make_truncated_odd (Fixture *fixture)
{
  char *path = make_copy (fixture, "cut-odd.runway");

  g_assert_cmpint (truncate (path, 3 * 4096 + 1000), ==, 0);
  return path;
}

static char *
make_truncated_half (Fixture *fixture)
{
  char *path = make_copy (fixture, "cut-half.runway");
  gsize size = g_bytes_get_size (fixture->good_bytes);

  g_assert_cmpint (truncate (path, (off_t) (size / 2 / 4096 * 4096)), ==, 0);
  return path;
}

static char *
make_truncated_one_page (Fixture *fixture)
{
  char *path = make_copy (fixture, "cut-page.runway");

  g_assert_cmpint (truncate (path, 4096), ==, 0);
  return path;
}

static char *
make_flipped_magic (Fixture *fixture)
{
  char *path = make_copy (fixture, "flip-magic.runway");

  flip_bit (path, 3, 5);
  return path;
}

static char *
make_flipped_page_size (Fixture *fixture)
{
  char *path = make_copy (fixture, "flip-page-size.runway");

  flip_bit (path, 16, 0);
  return path;
}

/* The schema lives on page 1, after the header: a damaged schema page
 * must be caught while opening, not on the first edit. */
static char *
make_smashed_schema (Fixture *fixture)
{
  char *path = make_copy (fixture, "smashed-schema.runway");
  guint8 garbage[64];

  memset (garbage, 0xA5, sizeof garbage);
  patch_file (path, 100, garbage, sizeof garbage);
  return path;
}

/* The page of a table's rows: caught while loading. */
static char *
make_smashed_table (Fixture *fixture)
{
  char *path = make_copy (fixture, "smashed-release.runway");
  gint64 root = query_int (path, "SELECT rootpage FROM sqlite_schema WHERE name = 'release';");
  guint8 garbage[64];

  memset (garbage, 0xFF, sizeof garbage);
  patch_file (path, (root - 1) * 4096, garbage, sizeof garbage);
  return path;
}

static char *
make_no_tables (Fixture *fixture)
{
  char *path = g_build_filename (fixture->dir, "no-tables.runway", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 2;"
                                          "CREATE TABLE other (x);",
                                          (int) RUNWAY_APPLICATION_ID);

  runway_test_sql (path, sql);
  return path;
}

static char *
make_no_settings (Fixture *fixture)
{
  char *path = make_copy (fixture, "no-settings.runway");

  runway_test_sql (path, "DELETE FROM plan;");
  return path;
}

/* Found by the random flips: a table b-tree that yields a row twice once
 * crashed the loader (a use after free). */
static char *
make_duplicate_row (Fixture *fixture)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "damaged",
                                                   "duplicate-row.runway", NULL);
  g_autoptr(GBytes) bytes = runway_test_read_file (source);
  char *path = g_build_filename (fixture->dir, "duplicate-row.runway", NULL);

  runway_test_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return path;
}

typedef struct
{
  const char *name;
  MakeFunc    make;
  int         code;       /* the RUNWAY_STORE_ERROR */
  const char *message;    /* what the user reads */
} DamagedCase;

static const DamagedCase damaged_cases[] = {
  { "empty", make_empty, RUNWAY_STORE_ERROR_NOT_SQLITE, "is empty" },
  { "folder", make_folder, RUNWAY_STORE_ERROR_NOT_REGULAR, "is a folder" },
  { "text", make_text, RUNWAY_STORE_ERROR_NOT_SQLITE, "not an SQLite database" },
  { "foreign-sqlite", make_foreign_sqlite, RUNWAY_STORE_ERROR_NOT_A_PLAN, "another application" },
  { "wrong-application-id", make_wrong_application_id, RUNWAY_STORE_ERROR_NOT_A_PLAN,
    "another application" },
  { "future-version", make_future_version, RUNWAY_STORE_ERROR_NEWER_SCHEMA,
    "newer version of Runway" },
  { "truncated-in-header", make_truncated_in_header, RUNWAY_STORE_ERROR_CORRUPT,
    "ends inside its header" },
  { "truncated-mid-page", make_truncated_odd, RUNWAY_STORE_ERROR_CORRUPT, "truncated" },
  { "truncated-half", make_truncated_half, RUNWAY_STORE_ERROR_CORRUPT, "truncated" },
  { "truncated-one-page", make_truncated_one_page, RUNWAY_STORE_ERROR_CORRUPT, "truncated" },
  { "flipped-magic", make_flipped_magic, RUNWAY_STORE_ERROR_NOT_SQLITE, "not an SQLite database" },
  { "flipped-page-size", make_flipped_page_size, RUNWAY_STORE_ERROR_CORRUPT, "page size" },
  { "smashed-schema", make_smashed_schema, RUNWAY_STORE_ERROR_CORRUPT, "damaged" },
  { "smashed-table", make_smashed_table, RUNWAY_STORE_ERROR_CORRUPT, "damaged" },
  { "no-tables", make_no_tables, RUNWAY_STORE_ERROR_CORRUPT, "has no plan tables" },
  { "no-settings", make_no_settings, RUNWAY_STORE_ERROR_CORRUPT, "has no plan settings" },
  { "duplicate-row", make_duplicate_row, RUNWAY_STORE_ERROR_CORRUPT, "appears twice" },
};

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  const DamagedCase *c = data;
  g_autofree char *path = c->make (fixture);
  g_autoptr(GBytes) before = g_file_test (path, G_FILE_TEST_IS_REGULAR)
                               ? runway_test_read_file (path) : NULL;
  const char *commands[] = { "info", "check" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *prefix = g_strdup_printf ("runway-cli %s: ", commands[i]);
      int status = run_cli_guarded (commands[i], path, &out, &err);

      g_test_message ("%s %s: %s", commands[i], c->name, err);
      g_assert_cmpint (status, ==, 1);
      g_assert_cmpstr (out, ==, "");
      /* one line, saying what is wrong with this file */
      g_assert_true (g_str_has_prefix (err, prefix));
      g_assert_cmpuint (runway_test_count_lines (err), ==, 1);
      runway_test_assert_contains (err, c->message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);

    g_assert_null (plan);
    g_assert_error (error, RUNWAY_STORE_ERROR, c->code);
    runway_test_assert_contains (error->message, c->message);
  }

  /* refusing a file never writes it, nor anything beside it */
  if (before != NULL)
    {
      g_autoptr(GBytes) after = runway_test_read_file (path);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);

      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
    }
}

/* Rows SQLite accepts but Runway never writes: the file opens (so the
 * user can repair it) and `check` lists each problem. */
static void
test_semantic (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = make_copy (fixture, "semantic.runway");
  g_autofree char *script_path = g_test_build_filename (G_TEST_DIST, "data", "damaged",
                                                        "semantic.sql", NULL);
  g_autoptr(GBytes) script = runway_test_read_file (script_path);
  g_autofree char *sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  runway_test_sql (path, sql);

  status = run_cli_guarded ("info", path, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = run_cli_guarded ("check", path, &out, &err);
  g_test_message ("%s", out);
  g_assert_cmpint (status, ==, 1);
  /* the dangling references: SQLite's foreign key check */
  runway_test_assert_contains (out, "deployment 9001 refers to a missing release");
  runway_test_assert_contains (out, "skill 9002 refers to a missing person");
  /* the rules only Runway knows */
  runway_test_assert_contains (out, "release 9003 (");
  runway_test_assert_contains (out, "is before");
  runway_test_assert_contains (out, "migration 9004 (");
  runway_test_assert_contains (out, "person 9005 (");
  runway_test_assert_contains (out, "must be more than 0 and at most 1");
  runway_test_assert_contains (out, "vendor 9006 (");
  runway_test_assert_contains (out, "already");
  runway_test_assert_contains (err, "problems found");

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(GPtrArray) problems = NULL;

    g_assert_no_error (error);
    problems = runway_plan_check (plan, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, >=, 6);
    g_assert_cmpuint (problems->len, ==, runway_test_count_lines (out));
  }
}

/* Random bit flips anywhere in the file: whatever they break, the CLI and
 * the core answer with an error or a check report, never a crash. */
static void
test_random_flips (Fixture       *fixture,
                   gconstpointer  data)
{
  gsize size = g_bytes_get_size (fixture->good_bytes);
  guint refused = 0, reported = 0, sound = 0;

  for (guint round = 0; round < 24; round++)
    {
      g_autofree char *name = g_strdup_printf ("flips-%02u.runway", round);
      g_autofree char *path = make_copy (fixture, name);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = NULL;
      int status;

      /* past the header, which the cases above cover one field at a time */
      for (guint f = 0; f < 1 + round % 8; f++)
        flip_bit (path, g_test_rand_int_range (100, (gint32) size), g_test_rand_int_range (0, 8));

      status = run_cli_guarded ("check", path, &out, &err);
      g_assert_cmpint (status, >=, 0);
      g_assert_cmpint (status, <=, 1);
      if (status == 1)
        g_assert_true (g_str_has_prefix (err, "runway-cli check: "));

      plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
      if (plan == NULL)
        {
          g_assert_true (error->domain == RUNWAY_STORE_ERROR);
          refused++;
        }
      else
        {
          g_autoptr(GPtrArray) problems = runway_plan_check (plan, &error);

          if (problems == NULL || problems->len > 0)
            reported++;
          else
            sound++;
        }
    }
  g_test_message ("%u refused, %u opened with problems, %u opened sound", refused, reported,
                  sound);
}

/* A file the plan-open fuzzer (tests/fuzz) once broke the core with, in
 * tests/data/fuzz/plan-open/: `runway-cli check` and the core refuse it
 * with a plan error or open and check it, in UTF-8 a window can show, and
 * the file is never written. */
static void
test_fuzz_regression (gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "fuzz", "plan-open",
                                                   name, NULL);
  g_autoptr(GBytes) before = runway_test_read_file (source);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  int status;

  runway_test_write_file (path, g_bytes_get_data (before, NULL), g_bytes_get_size (before));

  status = run_cli_guarded ("check", path, &out, &err);
  g_test_message ("check %s: %s%s", name, out, err);
  g_assert_cmpint (status, >=, 0);
  g_assert_cmpint (status, <=, 1);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_true (g_utf8_validate (err, -1, NULL));

  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  if (plan == NULL)
    {
      g_assert_true (error->domain == RUNWAY_STORE_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (status, ==, 1);
    }
  else
    {
      g_autoptr(GPtrArray) problems = runway_plan_check (plan, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < problems->len; i++)
        g_assert_true (g_utf8_validate (g_ptr_array_index (problems, i), -1, NULL));
      g_assert_cmpint (status, ==, problems->len > 0);
      g_clear_object (&plan);
    }

  {
    g_autoptr(GBytes) after = runway_test_read_file (path);

    g_assert_true (g_bytes_equal (before, after));
  }
  runway_test_remove_dir (dir);
}

static GPtrArray *
list_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "fuzz", "plan-open", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  return names;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) fuzz_regressions = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (damaged_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/damaged/%s", damaged_cases[i].name);

      g_test_add (path, Fixture, &damaged_cases[i], fixture_set_up, test_damaged,
                  fixture_tear_down);
    }
  g_test_add ("/damaged/semantic", Fixture, NULL, fixture_set_up, test_semantic,
              fixture_tear_down);
  g_test_add ("/damaged/random-flips", Fixture, NULL, fixture_set_up, test_random_flips,
              fixture_tear_down);
  fuzz_regressions = list_fuzz_regressions ();
  for (guint i = 0; i < fuzz_regressions->len; i++)
    {
      const char *name = g_ptr_array_index (fuzz_regressions, i);
      g_autofree char *path = g_strdup_printf ("/damaged/fuzz/%s", name);

      g_test_add_data_func (path, name, test_fuzz_regression);
    }

  return g_test_run ();
}
