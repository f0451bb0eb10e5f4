/* runway-export.c — writing an export to a file or to memory, whole or not
 * at all
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-export.h"

/**
 * runway_export_to_file:
 *
 * Runs @export into @file atomically: g_file_replace() writes beside an
 * existing file and renames into place only when the stream closes
 * normally, so a failed export (closed with a cancelled GCancellable)
 * leaves the old file as it was; a file that did not exist is written in
 * place, so what there is of it is removed.
 */
gboolean
runway_export_to_file (RunwayExportFunc   export,
                       RunwayPlan        *plan,
                       RunwaySelection   *selection,
                       GFile             *file,
                       GError           **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autofree char *display = NULL;
  gboolean existed;

  g_return_val_if_fail (export != NULL, FALSE);
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  display = g_file_get_parse_name (file);
  existed = g_file_query_exists (file, NULL);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, _("Cannot write “%s”: "), display);
      return FALSE;
    }

  if (export (plan, selection, G_OUTPUT_STREAM (stream), error)
      && g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return TRUE;

  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
  g_prefix_error (error, _("Cannot write “%s”: "), display);
  return FALSE;
}

/**
 * runway_export_to_bytes:
 *
 * Returns: (transfer full): the whole export, or %NULL with @error set;
 * for standard output, which cannot be taken back once written.
 */
GBytes *
runway_export_to_bytes (RunwayExportFunc   export,
                        RunwayPlan        *plan,
                        RunwaySelection   *selection,
                        GError           **error)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

  g_return_val_if_fail (export != NULL, NULL);
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);

  if (!export (plan, selection, memory, error) || !g_output_stream_close (memory, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}
