/* runway-cli-risks.c — `risks`, `staffing` and `accept`: what will hurt, who
 * can keep things running, and which risks are taken knowingly
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `risks --fail-on` is for a CI job guarding a plan kept in git: exit 3
 * when a risk at or above the severity is not accepted. Output is made in
 * full before anything is printed, so a failing command prints nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "runway-cli-private.h"
#include "runway-risk-engine.h"

#define RUNWAY_CLI_RISKS_FOUND 3

static const char * const csv_columns[] = {
  "rule", "severity", "date", "subject_kind", "subject", "capability", "product", "release",
  "message", NULL
};

static const char * const acceptance_columns[] = {
  "accepted_owner", "accepted_expires", "accepted_justification", NULL
};

/* RFC 4180: quoted when it holds a comma, a quote or a line break. */
static void
append_csv_field (GString    *out,
                  const char *text,
                  gboolean    last)
{
  if (text != NULL && strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *c = text; *c; c++)
        {
          if (*c == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *c);
        }
      g_string_append_c (out, '"');
    }
  else if (text != NULL)
    g_string_append (out, text);
  g_string_append_c (out, last ? '\n' : ',');
}

static void
append_csv_header (GString            *out,
                   const char * const *columns,
                   gboolean            last)
{
  for (guint i = 0; columns[i] != NULL; i++)
    append_csv_field (out, columns[i], last && columns[i + 1] == NULL);
}

/* The fields of a risk, in the order of csv_columns. */
static void
get_risk_fields (RunwayRisk  *risk,
                 const char  *fields[9])
{
  fields[0] = runway_risk_get_rule (risk);
  fields[1] = runway_severity_to_string (runway_risk_get_severity (risk));
  fields[2] = runway_risk_get_date (risk);
  fields[3] = runway_risk_get_subject_kind (risk);
  fields[4] = runway_risk_get_subject (risk);
  fields[5] = runway_risk_get_capability (risk);
  fields[6] = runway_risk_get_product (risk);
  fields[7] = runway_risk_get_release (risk);
  fields[8] = runway_risk_get_message (risk);
}

static void
get_acceptance_fields (RunwayRisk *risk,
                       const char *fields[3])
{
  RunwayEntity *acceptance = RUNWAY_ENTITY (runway_risk_get_acceptance (risk));

  fields[0] = runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_OWNER);
  fields[1] = runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_EXPIRES);
  fields[2] = runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_JUSTIFICATION);
}

static void
append_csv (GString   *out,
            GPtrArray *risks,
            gboolean   include_accepted)
{
  append_csv_header (out, csv_columns, !include_accepted);
  if (include_accepted)
    append_csv_header (out, acceptance_columns, TRUE);

  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);
      const char *fields[9];

      get_risk_fields (risk, fields);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        append_csv_field (out, fields[f], !include_accepted && f == G_N_ELEMENTS (fields) - 1);
      if (include_accepted)
        {
          const char *accepted[3] = { NULL, NULL, NULL };

          if (runway_risk_is_accepted (risk))
            get_acceptance_fields (risk, accepted);
          for (guint f = 0; f < G_N_ELEMENTS (accepted); f++)
            append_csv_field (out, accepted[f], f == G_N_ELEMENTS (accepted) - 1);
        }
    }
}

static void
append_json (GString   *out,
             GPtrArray *risks,
             gboolean   include_accepted)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);
      const char *fields[9];

      get_risk_fields (risk, fields);
      json_builder_begin_object (builder);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          json_builder_set_member_name (builder, csv_columns[f]);
          if (fields[f] != NULL)
            json_builder_add_string_value (builder, fields[f]);
          else
            json_builder_add_null_value (builder);
        }
      if (include_accepted)
        {
          json_builder_set_member_name (builder, "accepted");
          if (runway_risk_is_accepted (risk))
            {
              const char *accepted[3];

              get_acceptance_fields (risk, accepted);
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "owner");
              json_builder_add_string_value (builder, accepted[0]);
              json_builder_set_member_name (builder, "expires");
              json_builder_add_string_value (builder, accepted[1]);
              json_builder_set_member_name (builder, "justification");
              json_builder_add_string_value (builder, accepted[2]);
              json_builder_end_object (builder);
            }
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

static void
append_text_line (GString    *out,
                  RunwayRisk *risk)
{
  const char *date = runway_risk_get_date (risk);

  g_string_append_printf (out, "%-8s  %-10s  %-17s  %s",
                          runway_severity_to_string (runway_risk_get_severity (risk)),
                          date ? date : "-", runway_risk_get_rule (risk),
                          runway_risk_get_message (risk));
  if (runway_risk_is_accepted (risk))
    {
      const char *accepted[3];

      get_acceptance_fields (risk, accepted);
      /* Translators: after a risk's message: owner, expiry date, justification */
      g_string_append_printf (out, _(" (accepted by %s until %s: %s)"),
                              accepted[0], accepted[1], accepted[2]);
    }
  g_string_append_c (out, '\n');
}

static void
append_text (GString    *out,
             RunwayPlan *plan,
             const char *as_of,
             GPtrArray  *risks,
             guint       n_accepted,
             gboolean    include_accepted)
{
  guint counts[RUNWAY_SEVERITY_LOW + 1] = { 0 };
  guint n_open = risks->len - (include_accepted ? n_accepted : 0);
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));

  g_string_append_printf (out, _("Risks of “%s” as of %s\n"),
                          runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), as_of);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (runway_risk_is_accepted (risk))
        continue;
      counts[runway_risk_get_severity (risk)]++;
      append_text_line (out, risk);
    }

  if (include_accepted && n_accepted > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Accepted risks:"));
      for (guint i = 0; i < risks->len; i++)
        if (runway_risk_is_accepted (g_ptr_array_index (risks, i)))
          append_text_line (out, g_ptr_array_index (risks, i));
    }

  g_string_append_c (out, '\n');
  if (n_open == 0)
    g_string_append (out, _("No open risks"));
  else
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u open risk: %u critical, %u high, %u medium, %u low",
                                         "%u open risks: %u critical, %u high, %u medium, %u low",
                                         n_open),
                            n_open, counts[RUNWAY_SEVERITY_CRITICAL], counts[RUNWAY_SEVERITY_HIGH],
                            counts[RUNWAY_SEVERITY_MEDIUM], counts[RUNWAY_SEVERITY_LOW]);
  if (n_accepted > 0 && include_accepted)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "; %u accepted",
                                              "; %u accepted", n_accepted), n_accepted);
  else if (n_accepted > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "; %u accepted, not shown (--include-accepted)",
                                              "; %u accepted, not shown (--include-accepted)",
                                              n_accepted), n_accepted);
  g_string_append_c (out, '\n');
}

/* Open risks first, then the accepted ones, each in the engine's order. */
static GPtrArray *
dup_listed (GPtrArray *risks,
            gboolean   include_accepted,
            guint     *out_n_accepted)
{
  GPtrArray *listed = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_accepted = 0;

  for (guint i = 0; i < risks->len; i++)
    if (!runway_risk_is_accepted (g_ptr_array_index (risks, i)))
      g_ptr_array_add (listed, g_object_ref (g_ptr_array_index (risks, i)));
    else
      n_accepted++;

  if (include_accepted)
    for (guint i = 0; i < risks->len; i++)
      if (runway_risk_is_accepted (g_ptr_array_index (risks, i)))
        g_ptr_array_add (listed, g_object_ref (g_ptr_array_index (risks, i)));

  *out_n_accepted = n_accepted;
  return listed;
}

int
runway_cli_risks (int    argc,
                  char **argv)
{
  g_autofree char *as_of = NULL;
  g_autofree char *format = NULL;
  g_autofree char *fail_on = NULL;
  gboolean include_accepted = FALSE;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Compute the risks for this day (default: the plan's as-of date, or today)"),
      N_("YYYY-MM-DD") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default), csv or json"), N_("FORMAT") },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      N_("Exit with status 3 when a risk that is not accepted has this severity or a worse "
         "one: critical, high, medium or low"), N_("SEVERITY") },
    { "include-accepted", 0, 0, G_OPTION_ARG_NONE, &include_accepted,
      N_("Also list the accepted risks, after the others"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("List the risks of a plan, most severe first: lifecycle, "
                                  "staffing, ownership and contract risks, as of a day. Exit "
                                  "status 3 with --fail-on when a risk at or above that "
                                  "severity is not accepted."), entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *day = NULL;
  RunwaySeverity threshold = RUNWAY_SEVERITY_LOW;
  gboolean failed = FALSE;
  guint n_accepted;
  int status;

  if (!runway_cli_parse (context, "risks", &argc, &argv, 1, &status))
    return status;

  if (format != NULL && !g_strv_contains ((const char *[]) { "text", "csv", "json", NULL },
                                          format))
    return runway_cli_usage_error (context, "risks",
                                   _("--format must be text, csv or json"));
  if (fail_on != NULL && !runway_severity_from_string (fail_on, &threshold))
    return runway_cli_usage_error (context, "risks",
                                   _("--fail-on must be critical, high, medium or low"));
  if (as_of != NULL && !runway_date_is_valid_text (as_of))
    return runway_cli_usage_error (context, "risks", _("--as-of must be a date, YYYY-MM-DD"));

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("risks", error);

  day = runway_plan_dup_as_of (plan, as_of, &error);
  if (day == NULL)
    return runway_cli_fail ("risks", error);
  risks = runway_plan_compute_risks (plan, day, &error);
  if (risks == NULL)
    return runway_cli_fail ("risks", error);

  listed = dup_listed (risks, include_accepted, &n_accepted);
  if (g_strcmp0 (format, "csv") == 0)
    append_csv (out, listed, include_accepted);
  else if (g_strcmp0 (format, "json") == 0)
    append_json (out, listed, include_accepted);
  else
    append_text (out, plan, day, listed, n_accepted, include_accepted);

  fputs (out->str, stdout);

  if (fail_on != NULL)
    for (guint i = 0; i < risks->len && !failed; i++)
      {
        RunwayRisk *risk = g_ptr_array_index (risks, i);

        failed = !runway_risk_is_accepted (risk) && runway_risk_get_severity (risk) <= threshold;
      }
  return failed ? RUNWAY_CLI_RISKS_FOUND : RUNWAY_CLI_OK;
}

/* Shortest of 0.5, 1, 0.25: FTE shares are typed as such, sums are rounded. */
static char *
format_fte (double fte)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", fte));
  char *end = text + strlen (text) - 1;

  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return text;
}

/* printf pads by bytes; names are not ASCII ("Elena García"). */
static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  glong length = g_utf8_strlen (text ? text : "", -1);

  g_string_append (out, text ? text : "");
  for (glong i = length; i < (glong) width; i++)
    g_string_append_c (out, ' ');
}

static void
append_staffing_text (GString    *out,
                      RunwayPlan *plan,
                      const char *as_of,
                      GPtrArray  *staffing)
{
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));
  g_autofree char *min_fte = format_fte (runway_entity_get_real (settings,
                                                                 RUNWAY_SETTINGS_MIN_FTE));
  guint name_width = 0, team_width = 0;
  guint n_flagged = 0;

  for (guint i = 0; i < staffing->len; i++)
    {
      RunwayStaffing *entry = g_ptr_array_index (staffing, i);

      for (guint m = 0; m < entry->members->len; m++)
        {
          RunwayStaffingMember *member = g_ptr_array_index (entry->members, m);

          name_width = MAX (name_width, (guint) g_utf8_strlen (member->person, -1));
          team_width = MAX (team_width, (guint) g_utf8_strlen (member->team ? member->team : "",
                                                               -1));
        }
    }

  g_string_append_printf (out, _("Staffing of “%s” as of %s, minimum %s FTE per product\n"),
                          runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), as_of,
                          min_fte);
  for (guint i = 0; i < staffing->len; i++)
    {
      RunwayStaffing *entry = g_ptr_array_index (staffing, i);
      g_autofree char *fte = format_fte (entry->fte);
      g_autofree char *minimum = format_fte (entry->min_fte);

      g_string_append_printf (out, _("\n%s (%s): %s of %s FTE"), entry->product, entry->vendor,
                              fte, minimum);
      if (entry->single_expert)
        g_string_append_printf (out, "  %s", _("SINGLE EXPERT"));
      if (entry->understaffed)
        g_string_append_printf (out, "  %s", _("UNDERSTAFFED"));
      n_flagged += entry->single_expert || entry->understaffed;
      g_string_append_c (out, '\n');

      if (entry->members->len == 0)
        g_string_append_printf (out, "  %s\n", _("nobody knows it"));
      for (guint m = 0; m < entry->members->len; m++)
        {
          RunwayStaffingMember *member = g_ptr_array_index (entry->members, m);
          g_autofree char *share = format_fte (member->fte);

          g_string_append (out, "  ");
          append_padded (out, member->person, name_width + 2);
          append_padded (out, member->team, team_width + 2);
          append_padded (out, member->level, 14);
          g_string_append (out, share);
          if (!member->counts)
            g_string_append_printf (out, "  %s", _("(does not count)"));
          g_string_append_c (out, '\n');
        }
    }

  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u deployed product, %u flagged\n",
                                            "%u deployed products, %u flagged\n",
                                            staffing->len),
                          staffing->len, n_flagged);
}

static void
append_staffing_csv (GString   *out,
                     GPtrArray *staffing)
{
  static const char * const columns[] = {
    "product", "vendor", "person", "team", "level", "fte", "counts", "product_fte", "min_fte",
    "understaffed", "single_expert", NULL
  };

  append_csv_header (out, columns, TRUE);
  for (guint i = 0; i < staffing->len; i++)
    {
      RunwayStaffing *entry = g_ptr_array_index (staffing, i);
      g_autofree char *fte = format_fte (entry->fte);
      g_autofree char *minimum = format_fte (entry->min_fte);

      /* a product nobody knows still gets its row */
      for (guint m = 0; m < MAX (entry->members->len, 1); m++)
        {
          RunwayStaffingMember *member = m < entry->members->len
                                         ? g_ptr_array_index (entry->members, m) : NULL;
          g_autofree char *share = member ? format_fte (member->fte) : NULL;

          append_csv_field (out, entry->product, FALSE);
          append_csv_field (out, entry->vendor, FALSE);
          append_csv_field (out, member ? member->person : NULL, FALSE);
          append_csv_field (out, member ? member->team : NULL, FALSE);
          append_csv_field (out, member ? member->level : NULL, FALSE);
          append_csv_field (out, share, FALSE);
          append_csv_field (out, member ? (member->counts ? "true" : "false") : NULL, FALSE);
          append_csv_field (out, fte, FALSE);
          append_csv_field (out, minimum, FALSE);
          append_csv_field (out, entry->understaffed ? "true" : "false", FALSE);
          append_csv_field (out, entry->single_expert ? "true" : "false", TRUE);
        }
    }
}

int
runway_cli_staffing (int    argc,
                     char **argv)
{
  g_autofree char *as_of = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Count the deployments of this day (default: the plan's as-of date, or today)"),
      N_("YYYY-MM-DD") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or csv"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN"), _("Show who knows each deployed product: the people, their "
                                  "levels and the FTE of the practitioners and experts against "
                                  "the plan's minimum, with understaffed products and those "
                                  "only one person knows flagged."), entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) staffing = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *day = NULL;
  int status;

  if (!runway_cli_parse (context, "staffing", &argc, &argv, 1, &status))
    return status;

  if (format != NULL && !g_strv_contains ((const char *[]) { "text", "csv", NULL }, format))
    return runway_cli_usage_error (context, "staffing", _("--format must be text or csv"));
  if (as_of != NULL && !runway_date_is_valid_text (as_of))
    return runway_cli_usage_error (context, "staffing",
                                   _("--as-of must be a date, YYYY-MM-DD"));

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("staffing", error);

  day = runway_plan_dup_as_of (plan, as_of, &error);
  if (day == NULL)
    return runway_cli_fail ("staffing", error);
  staffing = runway_plan_compute_staffing (plan, day, &error);
  if (staffing == NULL)
    return runway_cli_fail ("staffing", error);

  if (g_strcmp0 (format, "csv") == 0)
    append_staffing_csv (out, staffing);
  else
    append_staffing_text (out, plan, day, staffing);
  fputs (out->str, stdout);
  return RUNWAY_CLI_OK;
}

/* A user types the subject as they read it; case does not matter. */
static gboolean
subject_matches (RunwayRisk *risk,
                 const char *subject)
{
  g_autofree char *a = g_utf8_casefold (runway_risk_get_subject (risk), -1);
  g_autofree char *b = g_utf8_casefold (subject, -1);

  return g_strcmp0 (a, b) == 0;
}

static RunwayEntity *
find_acceptance (RunwayPlan *plan,
                 const char *rule,
                 const char *subject)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_ACCEPTANCE);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) acceptance = g_list_model_get_item (model, i);

      if (g_strcmp0 (runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_RULE), rule) == 0
          && g_strcmp0 (runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_SUBJECT),
                        subject) == 0)
        return acceptance;
    }
  return NULL;
}

int
runway_cli_accept (int    argc,
                   char **argv)
{
  g_autofree char *justification = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *expires = NULL;
  g_autofree char *as_of = NULL;
  const GOptionEntry entries[] = {
    { "justification", 'j', 0, G_OPTION_ARG_STRING, &justification,
      N_("Why the risk is acceptable (required)"), N_("TEXT") },
    { "owner", 'o', 0, G_OPTION_ARG_STRING, &owner,
      N_("Who accepts it and answers for it (required)"), N_("NAME") },
    { "expires", 'e', 0, G_OPTION_ARG_STRING, &expires,
      N_("The last day the acceptance holds (required)"), N_("YYYY-MM-DD") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("Find the risk as of this day (default: the plan's as-of date, or today)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN RULE SUBJECT"),
                        _("Accept a current risk, named by its rule and subject as `risks` "
                          "lists them (\"eol-passed\" \"PostgreSQL 13\"), until a date. The "
                          "risk returns when the acceptance expires or the day it bites "
                          "changes. Accepting it again renews the acceptance."), entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  g_autofree char *day = NULL;
  RunwayEntity *existing;
  RunwayRisk *found = NULL;
  guint n_found = 0;
  int status;

  if (!runway_cli_parse (context, "accept", &argc, &argv, 3, &status))
    return status;

  if (!runway_risk_rule_is_known (argv[2]))
    {
      g_autofree char *rules = g_strjoinv (", ", (char **) runway_risk_rules);
      g_autofree char *message = g_strdup_printf (_("unknown rule “%s” (one of %s)"),
                                                  argv[2], rules);

      return runway_cli_usage_error (context, "accept", message);
    }
  if (justification == NULL || owner == NULL || expires == NULL)
    return runway_cli_usage_error (context, "accept",
                                   _("--justification, --owner and --expires are required"));
  if (!runway_date_is_valid_text (expires))
    return runway_cli_usage_error (context, "accept", _("--expires must be a date, YYYY-MM-DD"));
  if (as_of != NULL && !runway_date_is_valid_text (as_of))
    return runway_cli_usage_error (context, "accept", _("--as-of must be a date, YYYY-MM-DD"));

  plan = runway_plan_open (argv[1], RUNWAY_STORE_OPEN_DEFAULT, &error);
  if (plan == NULL)
    return runway_cli_fail ("accept", error);

  day = runway_plan_dup_as_of (plan, as_of, &error);
  if (day == NULL)
    return runway_cli_fail ("accept", error);
  risks = runway_plan_compute_risks (plan, day, &error);
  if (risks == NULL)
    return runway_cli_fail ("accept", error);

  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (g_str_equal (runway_risk_get_rule (risk), argv[2]) && subject_matches (risk, argv[3]))
        {
          found = found ? found : risk;
          n_found++;
        }
    }

  if (found == NULL)
    {
      g_set_error (&error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                   _("“%s” has no %s risk as of %s; `runway-cli risks` lists the current ones"),
                   argv[3], argv[2], day);
      return runway_cli_fail ("accept", error);
    }
  if (strcmp (expires, day) < 0)
    {
      g_set_error (&error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("Expires: %s is before the as-of date %s, so the acceptance would never "
                     "hold"), expires, day);
      return runway_cli_fail ("accept", error);
    }

  existing = find_acceptance (plan, argv[2], runway_risk_get_subject (found));
  draft = existing ? runway_entity_copy (existing) : runway_entity_new (RUNWAY_KIND_ACCEPTANCE);
  g_object_set (draft,
                "rule", argv[2],
                "subject", runway_risk_get_subject (found),
                "date", runway_risk_get_date (found),
                "justification", justification,
                "owner", owner,
                "expires", expires,
                NULL);
  if (existing ? !runway_plan_update (plan, draft, &error)
               : runway_plan_add (plan, draft, &error) == 0)
    return runway_cli_fail ("accept", error);

  if (existing != NULL)
    g_print (_("Renewed the acceptance of %s for “%s” until %s\n"), argv[2],
             runway_risk_get_subject (found), expires);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Accepted %s for “%s” until %s (%u risk)\n",
                          "Accepted %s for “%s” until %s (%u risks)\n", n_found),
             argv[2], runway_risk_get_subject (found), expires, n_found);
  return RUNWAY_CLI_OK;
}
