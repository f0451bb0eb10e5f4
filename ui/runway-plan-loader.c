/* runway-plan-loader.c — opening and creating plans off the main thread
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading a large plan takes a while, and the window should draw its first
 * frame before that; so the plan is opened (or made) in a worker thread and
 * handed to the main thread, which is the only one to touch it afterwards.
 * A new plan is written in a temporary folder next to its final place and
 * renamed into it, so a crash never leaves a half-made plan, and the file
 * chooser's "Replace?" is honoured atomically.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "runway-plan-loader.h"

typedef struct
{
  char            *path;
  RunwayLoadFlags  flags;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  g_free (load);
}

static gboolean
make_parent_folder (const char  *path,
                    GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), display,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Removes the scratch folder and whatever SQLite left in it. */
static void
remove_scratch (const char *scratch)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);

      g_unlink (path);
    }
  g_rmdir (scratch);
}

/* Writes a new plan (the demo if @demo) as @path, replacing it. */
static gboolean
write_new_plan (const char  *path,
                const char  *name,
                gboolean     demo,
                GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *scratch = g_build_filename (folder, ".runway-new-XXXXXX", NULL);
  g_autofree char *scratch_path = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  gboolean ok = FALSE;

  if (g_mkdtemp (scratch) == NULL)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write in the folder “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  /* same base name, so that the plan takes its name from the file */
  scratch_path = g_build_filename (scratch, basename, NULL);
  plan = runway_plan_create (scratch_path, name, error);
  if (plan != NULL && demo)
    {
      if (runway_plan_fill_demo (plan, error))
        runway_plan_clear_history (plan);
      else
        g_clear_object (&plan);
    }

  if (plan != NULL)
    {
      /* closes the file before it moves */
      g_clear_object (&plan);
      if (g_rename (scratch_path, path) == 0)
        ok = TRUE;
      else
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
        }
    }

  remove_scratch (scratch);
  return ok;
}

static RunwayPlan *
load_plan (const char       *path,
           RunwayLoadFlags   flags,
           GError          **error)
{
  RunwayPlan *plan;

  if (flags & RUNWAY_LOAD_CREATE)
    {
      if (!write_new_plan (path, NULL, FALSE, error))
        return NULL;
    }
  else if ((flags & RUNWAY_LOAD_DEMO) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (!make_parent_folder (path, error) ||
          !write_new_plan (path, _("Demo estate"), TRUE, error))
        return NULL;
    }

  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, error);
  /* the window walks every row (the timeline, the lists): make their
   * entities here rather than on the thread that draws */
  if (plan != NULL)
    runway_plan_make_entities (plan);
  return plan;
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan = load_plan (load->path, load->flags, &error);

  if (plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, plan, g_object_unref);
}

/**
 * runway_load_plan_async:
 * @file: a local plan file
 * @flags: whether to open it, make it the demo plan if missing, or make it new
 *
 * Opens (or makes) a plan in a worker thread; the plan that
 * runway_load_plan_finish() returns belongs to the main thread.
 */
void
runway_load_plan_async (GFile               *file,
                        RunwayLoadFlags      flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, runway_load_plan_async);
  g_task_set_return_on_cancel (task, FALSE);

  load = g_new0 (LoadData, 1);
  load->path = g_file_get_path (file);
  load->flags = flags;
  g_task_set_task_data (task, load, load_data_free);

  if (load->path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a local file; Runway can only open plans "
                                 "stored on this computer"), uri);
      return;
    }

  g_task_run_in_thread (task, load_in_thread);
}

/**
 * runway_load_plan_finish:
 *
 * Returns: (transfer full): the plan, or %NULL with an error whose message
 * can be shown as it is.
 */
RunwayPlan *
runway_load_plan_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * runway_get_demo_file:
 *
 * Returns: (transfer full): where the demo plan lives: runway/demo.runway in
 * the user's data folder.
 */
GFile *
runway_get_demo_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "runway", "demo.runway", NULL);
}
