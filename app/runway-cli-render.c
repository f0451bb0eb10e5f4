/* runway-cli-render.c — `render`: the timeline as PNG, SVG or PDF
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the slide of a workshop or the vendor advisory meeting: one vendor's
 * products, our deployments, their dates and our migrations, on one page.
 * The picture is made in memory and written with g_file_replace_contents(),
 * which writes beside OUT and renames, so a failed render leaves OUT as it
 * was and a reader never sees half a file.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-cli-private.h"
#include "runway-timeline.h"
#include "runway-timeline-painter.h"

#define DEFAULT_WIDTH 1600
#define MIN_WIDTH 400
#define MAX_WIDTH 10000

/* Resolves names to ids, and to the plan's spelling of them in @spelled. */
static gboolean
resolve_names (RunwayPlan          *plan,
               RunwayKind           kind,
               const char * const  *names,
               GArray              *ids,
               GPtrArray           *spelled,
               GError             **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      RunwayEntity *entity = runway_plan_find_by_name (plan, kind, names[i]);
      gint64 id;

      if (entity == NULL && kind == RUNWAY_KIND_VENDOR)
        g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                     _("The plan has no vendor named “%s”"), names[i]);
      else if (entity == NULL && kind == RUNWAY_KIND_CAPABILITY)
        g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                     _("The plan has no capability named “%s”"), names[i]);
      else if (entity == NULL)
        g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                     _("The plan has no team named “%s”"), names[i]);
      if (entity == NULL)
        return FALSE;
      id = runway_entity_get_id (entity);
      g_array_append_val (ids, id);
      g_ptr_array_add (spelled, g_strdup (runway_entity_get_string (
                                            entity, runway_schema_get_table (kind)->label_column)));
    }
  return TRUE;
}

/* Sets the filter of @kind to @names; *@spelled gets the plan's spelling. */
static gboolean
apply_filter (RunwayTimeline      *timeline,
              RunwayPlan          *plan,
              RunwayKind           kind,
              const char * const  *names,
              GStrv               *spelled,
              GError             **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) names_out = g_ptr_array_new_with_free_func (g_free);

  if (!resolve_names (plan, kind, names, ids, names_out, error))
    return FALSE;
  g_ptr_array_add (names_out, NULL);
  *spelled = (GStrv) g_ptr_array_steal (names_out, NULL);
  if (kind == RUNWAY_KIND_VENDOR)
    runway_timeline_set_vendors (timeline, (const gint64 *) ids->data, ids->len);
  else if (kind == RUNWAY_KIND_CAPABILITY)
    runway_timeline_set_capabilities (timeline, (const gint64 *) ids->data, ids->len);
  else
    runway_timeline_set_teams (timeline, (const gint64 *) ids->data, ids->len);
  return TRUE;
}

static void
append_names (GString            *out,
              const char         *singular,
              const char         *plural,
              const char * const *names)
{
  g_autofree char *joined = NULL;
  guint n = names ? g_strv_length ((char **) names) : 0;

  if (n == 0)
    return;
  joined = g_strjoinv (", ", (char **) names);
  g_string_append_printf (out, "%s%s %s", out->len ? " · " : "", n == 1 ? singular : plural,
                          joined);
}

/* What the picture shows, under its title: filters, range, as-of date. */
static char *
dup_subtitle (RunwayTimeline      *timeline,
              const char * const  *vendors,
              const char * const  *capabilities,
              const char * const  *teams,
              const char          *severity)
{
  GString *out = g_string_new (NULL);
  g_autofree char *first = runway_date_format (runway_timeline_get_first_day (timeline));
  g_autofree char *last = runway_date_format (runway_timeline_get_last_day (timeline));
  g_autofree char *as_of = runway_date_format (runway_timeline_get_as_of (timeline));
  static const char * const groupings[] = {
    N_("by capability"), N_("by vendor"), N_("by team")
  };

  append_names (out, _("Vendor"), _("Vendors"), vendors);
  append_names (out, _("Capability"), _("Capabilities"), capabilities);
  append_names (out, _("Team"), _("Teams"), teams);
  /* Translators: the date range of an exported timeline */
  g_string_append_printf (out, _("%s%s to %s"), out->len ? " · " : "", first, last);
  g_string_append_printf (out, " · %s", _(groupings[runway_timeline_get_grouping (timeline)]));
  if (runway_timeline_get_deployed_only (timeline))
    g_string_append_printf (out, " · %s", _("deployed releases only"));
  if (severity != NULL)
    /* Translators: the severity filter of an exported timeline: “risks high and worse” */
    g_string_append_printf (out, _(" · rows with risks %s and worse"), severity);
  /* Translators: the day the exported timeline is seen from */
  g_string_append_printf (out, _(" · as of %s"), as_of);
  return g_string_free (out, FALSE);
}

static gboolean
parse_date_option (GOptionContext  *context,
                   const char      *option,
                   const char      *text,
                   guint32         *out_day,
                   int             *status)
{
  g_autofree char *message = NULL;

  if (text == NULL || runway_date_parse (text, out_day, NULL))
    return TRUE;
  /* Translators: the option (--from, --to, --as-of) and what was given */
  message = g_strdup_printf (_("%s must be a date, YYYY-MM-DD, not “%s”"), option, text);
  *status = runway_cli_usage_error (context, "render", message);
  return FALSE;
}

int
runway_cli_render (int    argc,
                   char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *group_by = NULL;
  g_autofree char *min_severity = NULL;
  g_auto(GStrv) vendors = NULL;
  g_auto(GStrv) capabilities = NULL;
  g_auto(GStrv) teams = NULL;
  g_auto(GStrv) vendor_names = NULL;
  g_auto(GStrv) capability_names = NULL;
  g_auto(GStrv) team_names = NULL;
  gboolean deployed_only = FALSE;
  int width = DEFAULT_WIDTH;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("First day shown (default: the plan's horizon start)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("Last day shown (default: the plan's horizon end)"), N_("YYYY-MM-DD") },
    { "vendor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &vendors,
      N_("Only this vendor's products (repeat for more)"), N_("NAME") },
    { "capability", 0, 0, G_OPTION_ARG_STRING_ARRAY, &capabilities,
      N_("Only this capability and the ones below it (repeat for more)"), N_("NAME") },
    { "team", 0, 0, G_OPTION_ARG_STRING_ARRAY, &teams,
      N_("Only the capabilities this team owns (repeat for more)"), N_("NAME") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width,
      N_("Width in pixels, 400 to 10000 (default 1600; a PDF page is scaled to A4)"),
      N_("PX") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of,
      N_("See the plan as of this day (default: the plan's as-of date, or today)"),
      N_("YYYY-MM-DD") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &group_by,
      N_("Rows by capability (default), vendor or team"), N_("GROUPING") },
    { "deployed-only", 0, 0, G_OPTION_ARG_NONE, &deployed_only,
      N_("Only releases we run, and where their migrations lead"), NULL },
    { "min-severity", 0, 0, G_OPTION_ARG_STRING, &min_severity,
      N_("Only rows with a risk this bad or worse: critical, high, medium or low"),
      N_("LEVEL") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    runway_cli_context (_("PLAN OUT.png|OUT.svg|OUT.pdf"),
                        _("Draw the plan's timeline — lifecycle phases, deployments, migrations, "
                          "vendor roadmaps and risks, with a title, date axis and legend — as "
                          "a PNG or PDF, or an SVG whose labels stay text. OUT is replaced "
                          "only when the picture is complete."), entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwayTimeline) timeline = NULL;
  g_autoptr(RunwayTimelinePainter) painter = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *day = NULL;
  g_autofree char *subtitle = NULL;
  RunwayTimelineGrouping grouping = RUNWAY_TIMELINE_GROUP_BY_CAPABILITY;
  RunwaySeverity severity = RUNWAY_SEVERITY_LOW;
  RunwayTimelineFormat format;
  guint32 first = 0, last = 0, as_of_day = 0;
  int status;

  if (!runway_cli_parse (context, "render", &argc, &argv, 2, &status))
    return status;

  if (!runway_timeline_format_for_path (argv[2], &format, &error))
    return runway_cli_usage_error (context, "render", error->message);
  if (!parse_date_option (context, "--from", from, &first, &status)
      || !parse_date_option (context, "--to", to, &last, &status)
      || !parse_date_option (context, "--as-of", as_of, &as_of_day, &status))
    return status;
  if (first != 0 && last != 0 && first > last)
    return runway_cli_usage_error (context, "render", _("--from must not be after --to"));
  if (width < MIN_WIDTH || width > MAX_WIDTH)
    return runway_cli_usage_error (context, "render", _("--width must be 400 to 10000 pixels"));
  if (group_by != NULL)
    {
      GEnumClass *groupings = g_type_class_ref (RUNWAY_TYPE_TIMELINE_GROUPING);
      GEnumValue *value = g_enum_get_value_by_nick (groupings, group_by);

      if (value != NULL)
        grouping = value->value;
      g_type_class_unref (groupings);
      if (value == NULL)
        return runway_cli_usage_error (context, "render",
                                       _("--group-by must be capability, vendor or team"));
    }
  if (min_severity != NULL && !runway_severity_from_string (min_severity, &severity))
    return runway_cli_usage_error (context, "render",
                                   _("--min-severity must be critical, high, medium or low"));

  plan = runway_cli_open_for_reading (argv[1], &error);
  if (plan == NULL)
    return runway_cli_fail ("render", error);

  timeline = runway_timeline_new (plan);
  if (!apply_filter (timeline, plan, RUNWAY_KIND_VENDOR, (const char * const *) vendors,
                     &vendor_names, &error)
      || !apply_filter (timeline, plan, RUNWAY_KIND_CAPABILITY,
                        (const char * const *) capabilities, &capability_names, &error)
      || !apply_filter (timeline, plan, RUNWAY_KIND_TEAM, (const char * const *) teams,
                        &team_names, &error))
    return runway_cli_fail ("render", error);

  day = runway_plan_dup_as_of (plan, as_of, &error);
  if (day == NULL || !runway_date_parse (day, &as_of_day, &error))
    return runway_cli_fail ("render", error);
  risks = runway_plan_compute_risks (plan, day, &error);
  if (risks == NULL)
    return runway_cli_fail ("render", error);

  /* a range given on one side only keeps the horizon's other end, unless
   * that would turn the range around */
  if (first != 0 && last == 0 && first > runway_timeline_get_last_day (timeline))
    last = runway_date_add_months (first, 60);
  if (last != 0 && first == 0 && last < runway_timeline_get_first_day (timeline))
    first = runway_date_add_months (last, -60);
  runway_timeline_set_range (timeline, first, last);
  runway_timeline_set_grouping (timeline, grouping);
  runway_timeline_set_as_of (timeline, as_of_day);
  runway_timeline_set_deployed_only (timeline, deployed_only);
  if (min_severity != NULL)
    runway_timeline_set_min_severity (timeline, severity);
  runway_timeline_set_risks (timeline, risks);

  subtitle = dup_subtitle (timeline, (const char * const *) vendor_names,
                           (const char * const *) capability_names,
                           (const char * const *) team_names, min_severity);
  painter = runway_timeline_painter_new (timeline);
  runway_timeline_painter_set_width (painter, (guint) width);
  runway_timeline_painter_set_subtitle (painter, subtitle);
  bytes = runway_timeline_painter_render (painter, format, &error);
  if (bytes == NULL)
    return runway_cli_fail ("render", error);

  file = g_file_new_for_commandline_arg (argv[2]);
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      g_prefix_error (&error, _("Cannot write “%s”: "), argv[2]);
      return runway_cli_fail ("render", error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Drew %u row of the timeline to “%s”\n",
                        "Drew %u rows of the timeline to “%s”\n",
                        runway_timeline_get_n_rows (timeline)),
           runway_timeline_get_n_rows (timeline), argv[2]);
  return RUNWAY_CLI_OK;
}
