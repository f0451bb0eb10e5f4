/* runway-cli.c — Runway on the command line
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For automation (checks of a plan kept in git, exports for meetings) and
 * for the tests. Exit status: 0 success, 1 failure (one line on stderr),
 * 2 wrong usage (usage on stderr). Nothing is written when a command fails.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "runway-cli-private.h"

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *parameters;
  const char  *summary;
  CommandFunc  run;
} Command;

int
runway_cli_fail (const char   *command,
                 const GError *error)
{
  g_printerr ("runway-cli %s: %s\n", command, error->message);
  return 1;
}

int
runway_cli_usage_error (GOptionContext *context,
                        const char     *command,
                        const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("runway-cli %s: %s\n\n%s", command, message, help);
  return 2;
}

/* Parses a command's options and checks it got @n_args arguments (-1: any
 * number); on a usage error prints it and returns FALSE, *status = 2. */
gboolean
runway_cli_parse (GOptionContext  *context,
                  const char      *command,
                  int             *argc,
                  char          ***argv,
                  int              n_args,
                  int             *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = runway_cli_usage_error (context, command, error->message);
      return FALSE;
    }
  /* argv[0] is the command */
  if (n_args >= 0 && *argc - 1 != n_args)
    {
      *status = runway_cli_usage_error (context, command,
                             *argc - 1 < n_args ? _("missing argument")
                                                : _("too many arguments"));
      return FALSE;
    }
  return TRUE;
}

GOptionContext *
runway_cli_context (const char         *parameters,
                    const char         *summary,
                    const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  return context;
}

int
runway_cli_new (int    argc,
                char **argv)
{
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("The plan's name (default: the file name)"),
      N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("Create a new, empty plan file."), entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  int status;

  if (!runway_cli_parse (context, "new", &argc, &argv, 1, &status))
    return status;

  plan = runway_plan_create (argv[1], name, &error);
  if (plan == NULL)
    return runway_cli_fail ("new", error);

  g_print (_("Created “%s”\n"), argv[1]);
  return 0;
}

int
runway_cli_demo (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("Write the demo plan: a realistic estate with real vendor "
                                  "lifecycle dates, for trying Runway out."), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  int status;

  if (!runway_cli_parse (context, "demo", &argc, &argv, 1, &status))
    return status;

  plan = runway_plan_create (argv[1], _("Demo estate"), &error);
  if (plan == NULL)
    return runway_cli_fail ("demo", error);

  if (!runway_plan_fill_demo (plan, &error))
    {
      /* the plan was made by us a moment ago: leave nothing half-made */
      g_clear_object (&plan);
      g_unlink (argv[1]);
      return runway_cli_fail ("demo", error);
    }

  g_print (_("Wrote the demo plan to “%s”\n"), argv[1]);
  return 0;
}

RunwayPlan *
runway_cli_open_for_reading (const char  *path,
                             GError     **error)
{
  /* Reading never writes: a plan kept in git stays byte-identical. */
  return runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, error);
}

int
runway_cli_info (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("Show a plan's name, file format and how many of each kind "
                                  "of entity it holds."), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  RunwayEntity *settings;
  int status;

  if (!runway_cli_parse (context, "info", &argc, &argv, 1, &status))
    return status;

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("info", error);

  settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));

  /* Keys are stable identifiers (the XML's plural names), for scripts. */
  g_print ("name: %s\n", runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME));
  g_print ("format: %d\n", runway_plan_get_schema_version (plan));
  g_print ("horizon: %s .. %s\n",
           runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_START),
           runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_END));
  for (guint k = RUNWAY_KIND_SETTINGS + 1; k < RUNWAY_N_KINDS; k++)
    {
      g_autofree char *key = g_strdup (runway_schema_get_table ((RunwayKind) k)->plural);

      g_print ("%s: %u\n", g_strdelimit (key, " ", '-'), runway_plan_count (plan, (RunwayKind) k));
    }
  return 0;
}

int
runway_cli_check (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("Check a plan file: SQLite's integrity and foreign key "
                                  "checks, and every entity against the rules an edit must "
                                  "pass. Exit status 0 when sound, 1 with the problems "
                                  "listed."), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int status;

  if (!runway_cli_parse (context, "check", &argc, &argv, 1, &status))
    return status;

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("check", error);

  problems = runway_plan_check (plan, &error);
  if (problems == NULL)
    return runway_cli_fail ("check", error);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s: %s\n", argv[1], (const char *) g_ptr_array_index (problems, i));

  if (problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "runway-cli check: %u problem found\n",
                               "runway-cli check: %u problems found\n", problems->len),
                  problems->len);
      return 1;
    }

  g_print (_("%s: ok\n"), argv[1]);
  return 0;
}

static const Command commands[] = {
  { "new", N_("PLAN [--name NAME]"), N_("Create a new, empty plan"), runway_cli_new },
  { "demo", N_("PLAN"), N_("Write the demo plan"), runway_cli_demo },
  { "info", N_("PLAN"), N_("Show a plan's name, format and counts"), runway_cli_info },
  { "check", N_("PLAN"), N_("Check a plan's integrity and rules"), runway_cli_check },
  { "export-xml", N_("PLAN OUT|-"), N_("Export the plan as Runway plan XML"),
    runway_cli_export_xml },
  { "import-xml", N_("IN PLAN"), N_("Create a plan from Runway plan XML"),
    runway_cli_import_xml },
  { "validate", N_("IN"), N_("Check a plan XML file against the schema and rules"),
    runway_cli_validate },
  { "export-archimate", N_("PLAN OUT|-"), N_("Export an ArchiMate exchange file"),
    runway_cli_export_archimate },
  { "export-ics", N_("PLAN OUT|-"), N_("Export lifecycle milestones as iCalendar"),
    runway_cli_export_ics },
  { "import-eol", N_("PLAN FILE"), N_("Import endoflife.date lifecycle data"),
    runway_cli_import_eol },
  { "render", N_("PLAN OUT.png|.svg|.pdf"), N_("Draw the timeline for a slide or a meeting"),
    runway_cli_render },
  { "risks", N_("PLAN"), N_("List the plan's risks"), runway_cli_risks },
  { "staffing", N_("PLAN"), N_("Show who knows each deployed product"), runway_cli_staffing },
  { "accept", N_("PLAN RULE SUBJECT"), N_("Accept a risk until a date"), runway_cli_accept },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  runway-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…] ARGUMENT…"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-16s %-20s %s\n", commands[i].name, _(commands[i].parameters),
             _(commands[i].summary));
  fprintf (out, "\n%s\n", _("“runway-cli COMMAND --help” shows a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  /* An uninstalled build finds its catalogues here (the tests, `meson devenv`). */
  const char *localedir = g_getenv ("RUNWAY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("runway-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("runway-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return 2;
}
