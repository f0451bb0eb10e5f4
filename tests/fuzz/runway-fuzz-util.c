/* runway-fuzz-util.c — what the fuzz harnesses share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "runway-fuzz-util.h"

static char *work_dir;

static void
remove_work_dir (void)
{
  g_autoptr(GDir) handle = g_dir_open (work_dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (work_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (work_dir);
}

/* Makes warnings and criticals fatal, so that a g_return_if_fail() hit by
 * an input is a finding like a crash, and returns a folder of the
 * harness's own, removed when the fuzzer exits. */
const char *
runway_fuzz_init (void)
{
  g_autoptr(GError) error = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  work_dir = g_dir_make_tmp ("runway-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_work_dir);
  return work_dir;
}

/* A plan file and what SQLite may leave beside it. */
void
runway_fuzz_remove_plan (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Whatever an input did, it left nothing behind: no temporary file grows
 * the folder from one run to the next. */
void
runway_fuzz_assert_dir_empty (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  name = g_dir_read_name (handle);
  if (name != NULL)
    g_error ("%s is left in %s", name, dir);
}
