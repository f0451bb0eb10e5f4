/* runway-cli-exchange.c — runway-cli export-xml, import-xml, validate
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>

#include "runway-cli-private.h"

static GInputStream *
open_input (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (path, "-"))
    return g_unix_input_stream_new (STDIN_FILENO, FALSE);

  file = g_file_new_for_commandline_arg (path);
  return G_INPUT_STREAM (g_file_read (file, NULL, error));
}

int
runway_cli_export_xml (int    argc,
                       char **argv)
{
  g_auto(GStrv) vendors = NULL;
  g_auto(GStrv) capabilities = NULL;
  const GOptionEntry entries[] = {
    { "vendor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &vendors,
      N_("Only what concerns this vendor (repeatable)"), N_("NAME") },
    { "capability", 0, 0, G_OPTION_ARG_STRING_ARRAY, &capabilities,
      N_("Only what concerns this capability and those below it (repeatable)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN OUT|-"),
                        _("Export a plan as Runway plan XML (urn:runway:plan:1), canonical and "
                          "valid against the published schema. With --vendor or --capability "
                          "only that part of the plan, for a vendor meeting; it can be imported "
                          "as a plan of its own."),
                        entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwaySelection) selection = NULL;
  int status;

  if (!runway_cli_parse (context, "export-xml", &argc, &argv, 2, &status))
    return status;

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("export-xml", error);

  selection = runway_selection_new (plan, (const char * const *) vendors,
                                    (const char * const *) capabilities, &error);
  if (selection == NULL)
    return runway_cli_fail ("export-xml", error);

  if (!runway_cli_write_export (runway_plan_export_xml, plan, selection, argv[2], &error))
    return runway_cli_fail ("export-xml", error);
  return RUNWAY_CLI_OK;
}

int
runway_cli_import_xml (int    argc,
                       char **argv)
{
  gboolean replace = FALSE;
  const GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace, N_("Replace PLAN if it exists"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("IN|- PLAN"),
                        _("Create the plan file PLAN from Runway plan XML. The file is checked "
                          "against the schema and every rule of the plan; the first problem is "
                          "reported with its line and nothing is written. The plan is built "
                          "beside PLAN and appears only when complete."),
                        entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  int status;

  if (!runway_cli_parse (context, "import-xml", &argc, &argv, 2, &status))
    return status;

  in = open_input (argv[1], &error);
  if (in == NULL)
    return runway_cli_fail ("import-xml", error);

  if (!runway_plan_import_xml (in, argv[2], replace, NULL, &error))
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return runway_cli_fail ("import-xml", error);
    }

  plan = runway_cli_open_for_reading (argv[2], &error);
  if (plan == NULL)
    return runway_cli_fail ("import-xml", error);

  g_print (_("Imported “%s” into “%s”: %u capabilities, %u products, %u releases\n"),
           argv[1], argv[2], runway_plan_count (plan, RUNWAY_KIND_CAPABILITY),
           runway_plan_count (plan, RUNWAY_KIND_PRODUCT),
           runway_plan_count (plan, RUNWAY_KIND_RELEASE));
  return RUNWAY_CLI_OK;
}

int
runway_cli_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("IN|-"),
                        _("Check a Runway plan XML file against the schema and the plan's "
                          "rules (references, duplicate ids, milestone order, ranges). Prints "
                          "each problem with its line; exit status 0 when sound, 1 otherwise."),
                        NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int status;

  if (!runway_cli_parse (context, "validate", &argc, &argv, 1, &status))
    return status;

  in = open_input (argv[1], &error);
  if (in == NULL)
    return runway_cli_fail ("validate", error);

  problems = runway_xml_validate (in, NULL, &error);
  if (problems == NULL)
    return runway_cli_fail ("validate", error);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s: %s\n", argv[1], (const char *) g_ptr_array_index (problems, i));

  if (problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "runway-cli validate: %u problem found\n",
                               "runway-cli validate: %u problems found\n", problems->len),
                  problems->len);
      return RUNWAY_CLI_FAILED;
    }

  g_print (_("%s: valid\n"), argv[1]);
  return RUNWAY_CLI_OK;
}
