/* runway-cli-export.c — runway-cli export-archimate and export-ics
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export command writes OUT through runway_cli_write_export(): a
 * file is replaced atomically (runway_export_to_file()), and `-` gets the
 * export only once it is whole, so a failure writes nothing there either.
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "runway-cli-private.h"

static gboolean
write_stdout (GBytes  *bytes,
              GError **error)
{
  gsize size = g_bytes_get_size (bytes);

  if (fwrite (g_bytes_get_data (bytes, NULL), 1, size, stdout) != size || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not write to standard output"));
      return FALSE;
    }
  return TRUE;
}

/* Standard output cannot be taken back, so the export is made whole in
 * memory first; a file is replaced atomically. */
gboolean
runway_cli_write_export (RunwayExportFunc   export,
                         RunwayPlan        *plan,
                         RunwaySelection   *selection,
                         const char        *path,
                         GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (!g_str_equal (path, "-"))
    {
      file = g_file_new_for_commandline_arg (path);
      return runway_export_to_file (export, plan, selection, file, error);
    }

  bytes = runway_export_to_bytes (export, plan, selection, error);
  return bytes != NULL && write_stdout (bytes, error);
}

static int
run_export (int          argc,
            char       **argv,
            const char  *summary,
            RunwayExportFunc export)
{
  g_auto(GStrv) vendors = NULL;
  const GOptionEntry entries[] = {
    { "vendor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &vendors,
      N_("Only what concerns this vendor (repeat for more)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = runway_cli_context (_("PLAN OUT|-"), summary, entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwaySelection) selection = NULL;
  g_autofree char *command = g_strdup (argv[0]);
  int status;

  if (!runway_cli_parse (context, command, &argc, &argv, 2, &status))
    return status;

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail (command, error);

  selection = runway_selection_new (plan, (const char * const *) vendors, NULL, &error);
  if (selection == NULL)
    return runway_cli_fail (command, error);

  if (!runway_cli_write_export (export, plan, selection, argv[2], &error))
    return runway_cli_fail (command, error);

  return RUNWAY_CLI_OK;
}

int
runway_cli_export_archimate (int    argc,
                             char **argv)
{
  return run_export (argc, argv,
                     _("Export the plan as an ArchiMate 3.1 Model Exchange File, for Archi and "
                       "other EA tools: capabilities, the releases that realise them, vendors, "
                       "teams and migrations, with one diagram per capability tree. OUT is "
                       "replaced only when the export is complete; “-” writes to standard "
                       "output."),
                     runway_plan_export_archimate);
}

int
runway_cli_export_ics (int    argc,
                       char **argv)
{
  return run_export (argc, argv,
                     _("Export the milestones that matter to the plan as an iCalendar file of "
                       "all-day events: end of support, end of life and end of extended "
                       "support of deployed releases, migration starts and ends, and vendor "
                       "contract ends. Importing a newer export updates the events. OUT is "
                       "replaced only when the export is complete; “-” writes to standard "
                       "output."),
                     runway_plan_export_ics);
}
