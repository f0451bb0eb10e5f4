/* runway-cli-lifecycle.c — runway-cli import-eol: lifecycle data from endoflife.date
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "runway-cli-private.h"
#include "runway-lifecycle.h"

/* Lifecycle data is small; this only stops a runaway pipe. */
#define MAX_INPUT_SIZE (64 * 1024 * 1024)

/* "-" reads standard input, so a download can be piped in:
 * curl …/api/v1/products/postgresql | runway-cli import-eol plan.runway - */
static GBytes *
read_input (const char  *path,
            GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_str_equal (path, "-"))
    {
      if (!g_file_get_contents (path, &contents, &length, error))
        return NULL;
      return g_bytes_new_take (contents, length);
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[65536];
      size_t n = fread (chunk, 1, sizeof chunk, stdin);

      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > MAX_INPUT_SIZE)
        {
          g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_UNREADABLE,
                       _("The input is too big for lifecycle data"));
          return NULL;
        }
      if (n < sizeof chunk)
        break;
    }
  if (ferror (stdin))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read standard input"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

int
runway_cli_import_eol (int    argc,
                       char **argv)
{
  g_autofree char *product = NULL;
  g_autofree char *vendor = NULL;
  const GOptionEntry entries[] = {
    { "product", 0, 0, G_OPTION_ARG_STRING, &product,
      N_("CSV: import only this product (its name or endoflife.date id). JSON: the product "
         "the releases belong to (required for v0 JSON, which does not name it)"),
      N_("NAME") },
    { "vendor", 0, 0, G_OPTION_ARG_STRING, &vendor,
      N_("Create products that are not in the plan yet under this vendor (created too if "
         "need be); without it their releases are skipped and listed"),
      N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN FILE"),
                        _("Import release lifecycles from endoflife.date into a plan. FILE "
                          "(“-” for standard input) is endoflife.date’s CSV of many products "
                          "(one row per release cycle), its API v1 JSON for one product, or "
                          "its legacy v0 JSON array; the form is told from the content."),
                        entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autofree char *summary = NULL;
  int status;

  g_option_context_set_description (context,
    _("A product is found in the plan by its name, by vendor and name (“Microsoft SQL "
      "Server”) or by its endoflife.date id (“windows-server”), ignoring case; a release by "
      "product and exact version (“3.10” is not “3.1”). New releases are "
      "added; releases an earlier import made are updated; in releases made or edited by "
      "hand, unknown dates are filled in and other values are kept and listed when the "
      "file disagrees. Nothing is removed. Rows with bad or out-of-order dates are listed "
      "with their line and skipped.\n\n"
      "The import is one step to undo in Runway. It prints one line per created product, "
      "kept value and skipped row, then “added N, updated N, unchanged N”. Exit status 0, "
      "or 1 when nothing could be imported; then the plan is unchanged."));

  if (!runway_cli_parse (context, "import-eol", &argc, &argv, 2, &status))
    return status;

  /* the file first: a file that cannot be read never opens the plan for writing */
  data = read_input (argv[2], &error);
  if (data == NULL)
    return runway_cli_fail ("import-eol", error);

  plan = runway_plan_open (argv[1], RUNWAY_STORE_OPEN_DEFAULT, &error);
  if (plan == NULL)
    return runway_cli_fail ("import-eol", error);

  report = runway_plan_import_lifecycle (plan, data, product, vendor, &error);
  if (report == NULL)
    {
      g_autofree char *display = g_filename_display_name (argv[2]);

      if (g_error_matches (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NEEDS_PRODUCT))
        {
          /* Translators: "runway-cli import-eol: pg.json: The file does not say which
           * product … (--product NAME)" */
          g_printerr (_("runway-cli import-eol: %s: %s (--product NAME)\n"), display,
                      error->message);
          return RUNWAY_CLI_FAILED;
        }
      if (error->domain == RUNWAY_LIFECYCLE_ERROR &&
          error->code != RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED)
        g_prefix_error (&error, "%s: ", display);
      return runway_cli_fail ("import-eol", error);
    }

  for (guint i = 0; i < runway_lifecycle_report_get_n_notes (report); i++)
    g_print ("%s\n", runway_lifecycle_report_get_note (report, i, NULL));

  summary = runway_lifecycle_report_dup_summary (report);
  g_print ("%s\n", summary);
  return RUNWAY_CLI_OK;
}
