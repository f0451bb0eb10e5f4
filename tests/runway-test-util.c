/* runway-test-util.c — what the test programs share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "runway-test-util.h"

/* A fresh folder per test, removed by runway_test_remove_dir(). */
char *
runway_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("runway-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
runway_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        runway_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

GBytes *
runway_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* Whether the file at @path holds exactly @bytes: a refused command left it alone. */
gboolean
runway_test_file_equals (const char *path,
                         GBytes     *bytes)
{
  g_autoptr(GBytes) contents = runway_test_read_file (path);

  return g_bytes_equal (contents, bytes);
}

void
runway_test_write_file (const char *path,
                        const void *data,
                        gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) len, &error);
  g_assert_no_error (error);
}

/* Changes a file behind Runway's back, as another program or damage would. */
void
runway_test_sql (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

RunwayPlan *
runway_test_new_plan (const char *dir,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  RunwayPlan *plan = runway_plan_create (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* A new plan at @path, named @name, holding the demo estate (as one undo
 * step). */
RunwayPlan *
runway_test_new_demo_plan (const char *path,
                           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_create (path, name, &error);

  g_assert_no_error (error);
  g_assert_true (runway_plan_fill_demo (plan, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&plan);
}

void
runway_test_demo_set_up (RunwayTestDemo *demo,
                         gconstpointer   data)
{
  demo->dir = runway_test_make_dir ();
  demo->path = g_build_filename (demo->dir, "demo.runway", NULL);
  demo->plan = runway_test_new_demo_plan (demo->path, "Demo estate");
}

void
runway_test_demo_tear_down (RunwayTestDemo *demo,
                            gconstpointer   data)
{
  g_clear_object (&demo->plan);
  runway_test_remove_dir (demo->dir);
  g_clear_pointer (&demo->dir, g_free);
  g_clear_pointer (&demo->path, g_free);
}

/* Adds an entity that the test expects to be valid. */
gint64
runway_test_add (RunwayPlan *plan,
                 RunwayKind  kind,
                 const char *first_property,
                 ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  va_list args;
  gint64 id;

  va_start (args, first_property);
  draft = RUNWAY_ENTITY (g_object_new_valist (runway_kind_get_gtype (kind), first_property, args));
  va_end (args);

  id = runway_plan_add (plan, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

void
runway_test_run_clear (RunwayTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { GPOINTER_TO_UINT (data), GPOINTER_TO_UINT (data) };

  /* a write past the limit fails with EFBIG (a full disk, as far as the
   * program can tell) instead of killing it */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static char *
dup_text (GBytes *bytes)
{
  gsize size = bytes ? g_bytes_get_size (bytes) : 0;

  return g_strndup (size > 0 ? g_bytes_get_data (bytes, NULL) : "", size);
}

/* Runs the runway-cli under test ($RUNWAY_CLI) with @argv (its arguments,
 * NULL-terminated, the CLI's path first), feeding @input (or nothing) to
 * its standard input. */
static void
run_cli (RunwayTestRun *run,
         const char    *input,
         guint          file_size_limit,
         GPtrArray     *argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) in = g_bytes_new (input ? input : "", input ? strlen (input) : 0);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  if (file_size_limit > 0)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size,
                                           GUINT_TO_POINTER (file_size_limit), NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, in, NULL, &out, &err, &error);
  g_assert_no_error (error);

  runway_test_run_clear (run);
  run->out = dup_text (out);
  run->err = dup_text (err);
  run->status = g_subprocess_get_exit_status (process);
}

static GPtrArray *
new_argv (void)
{
  GPtrArray *argv = g_ptr_array_new ();
  const char *cli = g_getenv ("RUNWAY_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  return argv;
}

static void
run_cli_valist (RunwayTestRun *run,
                const char    *input,
                guint          file_size_limit,
                const char    *first,
                va_list        args)
{
  g_autoptr(GPtrArray) argv = new_argv ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);
  run_cli (run, input, file_size_limit, argv);
}

void
runway_test_run_cli_argv (RunwayTestRun      *run,
                          const char * const *args)
{
  g_autoptr(GPtrArray) argv = new_argv ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  run_cli (run, NULL, 0, argv);
}

void
runway_test_run_cli (RunwayTestRun *run,
                     const char    *first,
                     ...)
{
  va_list args;

  va_start (args, first);
  run_cli_valist (run, NULL, 0, first, args);
  va_end (args);
}

void
runway_test_run_cli_input (RunwayTestRun *run,
                           const char    *input,
                           const char    *first,
                           ...)
{
  va_list args;

  va_start (args, first);
  run_cli_valist (run, input, 0, first, args);
  va_end (args);
}

void
runway_test_run_cli_limited (RunwayTestRun *run,
                             guint          file_size_limit,
                             const char    *first,
                             ...)
{
  va_list args;

  va_start (args, first);
  run_cli_valist (run, NULL, file_size_limit, first, args);
  va_end (args);
}

guint
runway_test_count_lines (const char *text)
{
  guint n = 0;

  for (; *text; text++)
    n += *text == '\n';
  return n;
}

/* Fails with both texts shown, so a changed message is easy to read. */
void
runway_test_assert_contains (const char *haystack,
                             const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack ? haystack : "(null)");
}
