/* runway-test-util.c — what the test programs share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

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
