/* runway-ics.c — the milestones that matter to a plan, as iCalendar
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One RFC 5545 all-day event (DTSTART;VALUE=DATE, DTEND the day after) for
 * each date a plan's people should have in their calendars:
 *
 *   - end of support, end of life and end of extended support of every
 *     release that is deployed, while a deployment still runs then (one
 *     retired before the date does not make it matter);
 *   - the start and end of every migration (a cancelled one stays, marked
 *     STATUS:CANCELLED, so a calendar that imported it before learns so);
 *   - the end of every vendor contract.
 *
 * The UID of an event is made of the entity and the milestone and the plan's
 * name ("release-12-end-of-life@demo-estate.runway"), so importing a newer
 * export updates the events instead of adding them twice.
 *
 * DTSTAMP must be there, and is meant as the time the event was written.
 * Runway does not know when a milestone was last edited, and the time of
 * the export would make every export differ, so it is a fixed instant,
 * 2026-01-01T00:00:00Z: two exports of the same plan are byte-identical,
 * and a calendar kept next to a plan in git changes only when the plan
 * does. Events are in date order, then by UID.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "runway-ics.h"

/* 2026-01-01T00:00:00Z, see above */
#define FIXED_DTSTAMP ((time_t) 1767225600)

typedef struct
{
  guint32        day;
  char          *uid;
  icalcomponent *event;
} Event;

typedef struct
{
  RunwayPlan      *plan;
  RunwaySelection *selection;      /* NULL: everything */
  char            *slug;           /* of the plan's name, for UIDs */
  GPtrArray       *events;         /* Event */
  GPtrArray       *migrations;     /* borrowed, in id order */
  GHashTable      *deployments;    /* release → GPtrArray of its deployments */
  GHashTable      *migrations_off; /* release → GPtrArray of migrations from it */
  GHashTable      *supplied;       /* vendor → GPtrArray of its deployed releases */
} Calendar;

static void
event_free (gpointer data)
{
  Event *event = data;

  g_free (event->uid);
  if (event->event != NULL)
    icalcomponent_free (event->event);
  g_free (event);
}

static gboolean
contains (Calendar     *calendar,
          RunwayEntity *entity)
{
  return entity != NULL
         && (calendar->selection == NULL
             || runway_selection_contains (calendar->selection, entity));
}

static RunwayEntity *
lookup_ref (Calendar     *calendar,
            RunwayEntity *entity,
            guint         column)
{
  const RunwayTable *table = runway_schema_get_table (runway_entity_get_kind (entity));

  g_assert (table->columns[column].type == RUNWAY_COLUMN_REF);
  return runway_plan_lookup (calendar->plan, table->columns[column].ref_kind,
                             runway_entity_get_int (entity, column));
}

/* "Demo estate" → "demo-estate": what a host name may hold. */
static char *
dup_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_assign (slug, "plan");
  return g_string_free (slug, FALSE);
}

/* The milestone is named by its column's property: "end-of-life", "start". */
static char *
dup_uid (Calendar     *calendar,
         RunwayEntity *entity,
         guint         column)
{
  const RunwayTable *table = runway_schema_get_table (runway_entity_get_kind (entity));

  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s@%s.runway", table->table,
                          runway_entity_get_id (entity), table->columns[column].property,
                          calendar->slug);
}

static struct icaltimetype
make_ical_date (guint32 day)
{
  struct icaltimetype date = icaltime_null_date ();
  GDate gdate;

  g_date_clear (&gdate, 1);
  g_date_set_julian (&gdate, day);
  date.year = g_date_get_year (&gdate);
  date.month = g_date_get_month (&gdate);
  date.day = g_date_get_day (&gdate);
  return date;
}

static gboolean
parse_day (const char *text,
           guint32    *day)
{
  return text != NULL && runway_date_parse (text, day, NULL);
}

static void
add_event (Calendar   *calendar,
           guint32     day,
           char       *uid,          /* taken */
           const char *summary,
           const char *description,
           const char *category,
           gboolean    cancelled)
{
  Event *event = g_new0 (Event, 1);

  event->day = day;
  event->uid = uid;
  event->event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event->event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event->event,
                              icalproperty_new_dtstamp (
                                icaltime_from_timet_with_zone (FIXED_DTSTAMP, 0,
                                                               icaltimezone_get_utc_timezone ())));
  icalcomponent_add_property (event->event, icalproperty_new_dtstart (make_ical_date (day)));
  icalcomponent_add_property (event->event, icalproperty_new_dtend (make_ical_date (day + 1)));
  icalcomponent_add_property (event->event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event->event, icalproperty_new_description (description));
  icalcomponent_add_property (event->event, icalproperty_new_categories ("Runway"));
  icalcomponent_add_property (event->event, icalproperty_new_categories (category));
  /* a milestone is a reminder, not a meeting: it does not make anyone busy */
  icalcomponent_add_property (event->event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  if (cancelled)
    icalcomponent_add_property (event->event, icalproperty_new_status (ICAL_STATUS_CANCELLED));

  g_ptr_array_add (calendar->events, event);
}

/* "- Relational database: production, 14 instances" for each deployment of
 * @release still running on @day; returns how many. */
static guint
append_deployments (Calendar     *calendar,
                    GString      *text,
                    RunwayEntity *release,
                    guint32       day,
                    gboolean      with_release)
{
  GPtrArray *deployments = g_hash_table_lookup (calendar->deployments, release);
  g_autofree char *title = runway_plan_dup_title (calendar->plan, release);
  guint n = 0;

  for (guint i = 0; deployments != NULL && i < deployments->len; i++)
    {
      RunwayEntity *deployment = g_ptr_array_index (deployments, i);
      RunwayEntity *capability = lookup_ref (calendar, deployment, RUNWAY_DEPLOYMENT_CAPABILITY);
      const char *until = runway_entity_get_string (deployment, RUNWAY_DEPLOYMENT_UNTIL);
      /* at most a million, as the plan checks */
      int instances = (int) runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_INSTANCES);
      guint32 until_day;

      if (parse_day (until, &until_day) && until_day < day)
        continue;

      g_string_append (text, "\n- ");
      if (with_release)
        g_string_append_printf (text, "%s, ", title);
      /* Translators: "Relational database: production, 14 instances" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: %s, %d instance",
                                                 "%s: %s, %d instances", (gulong) instances),
                              runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME),
                              _(runway_entity_get_string (deployment,
                                                          RUNWAY_DEPLOYMENT_ENVIRONMENT)),
                              instances);
      if (until != NULL)
        g_string_append_printf (text, _(" (until %s)"), until);
      n++;
    }
  return n;
}

static const char *
translate_status (const char *status)
{
  if (g_strcmp0 (status, "planned") == 0)
    return _("planned");
  if (g_strcmp0 (status, "in-progress") == 0)
    return _("in progress");
  if (g_strcmp0 (status, "done") == 0)
    return _("done");
  if (g_strcmp0 (status, "cancelled") == 0)
    return _("cancelled");
  return status;
}

static gboolean
is_open (RunwayEntity *migration)
{
  const char *status = runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS);

  return g_strcmp0 (status, "planned") == 0 || g_strcmp0 (status, "in-progress") == 0;
}

/* What is planned to move off @release; FALSE when nothing is. */
static gboolean
append_migrations_off (Calendar     *calendar,
                       GString      *text,
                       RunwayEntity *release,
                       guint32       day)
{
  GPtrArray *migrations = g_hash_table_lookup (calendar->migrations_off, release);
  gboolean any = FALSE;

  for (guint i = 0; migrations != NULL && i < migrations->len; i++)
    {
      RunwayEntity *migration = g_ptr_array_index (migrations, i);
      RunwayEntity *to = lookup_ref (calendar, migration, RUNWAY_MIGRATION_TO);
      const char *end = runway_entity_get_string (migration, RUNWAY_MIGRATION_END);
      g_autofree char *to_title = NULL;
      guint32 end_day;

      if (!is_open (migration))
        continue;

      to_title = runway_plan_dup_title (calendar->plan, to);
      /* Translators: "Migration to PostgreSQL 17 (in progress), 2025-06-01 to 2027-03-31." */
      g_string_append_printf (text, _("\n\nMigration to %s (%s), %s to %s."), to_title,
                              translate_status (runway_entity_get_string (migration,
                                                                      RUNWAY_MIGRATION_STATUS)),
                              runway_entity_get_string (migration, RUNWAY_MIGRATION_START)
                              ? runway_entity_get_string (migration, RUNWAY_MIGRATION_START)
                              : _("start not set"),
                              end ? end : _("end not set"));
      if (parse_day (end, &end_day) && end_day > day)
        g_string_append (text, _(" It ends after this date: bring it forward, or bridge the "
                                 "gap with extended support."));
      any = TRUE;
    }
  return any;
}

typedef enum {
  RELEASE_END_OF_SUPPORT,
  RELEASE_END_OF_LIFE,
  RELEASE_EXTENDED_SUPPORT_END,
} ReleaseMilestone;

static void
add_release_milestone (Calendar         *calendar,
                       RunwayEntity     *release,
                       ReleaseMilestone  which)
{
  g_autofree char *title = runway_plan_dup_title (calendar->plan, release);
  g_autofree char *summary = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RunwayMilestone extended = runway_entity_get_milestone (release,
                                                          RUNWAY_RELEASE_EXTENDED_SUPPORT_END);
  gboolean contracted = runway_entity_get_int (release,
                                               RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED) != 0;
  const char *category;
  RunwayMilestone milestone;
  guint column;

  switch (which)
    {
    case RELEASE_END_OF_SUPPORT:
      column = RUNWAY_RELEASE_END_OF_SUPPORT;
      break;
    case RELEASE_END_OF_LIFE:
      column = RUNWAY_RELEASE_END_OF_LIFE;
      break;
    case RELEASE_EXTENDED_SUPPORT_END:
      column = RUNWAY_RELEASE_EXTENDED_SUPPORT_END;
      break;
    default:
      g_assert_not_reached ();
    }

  milestone = runway_entity_get_milestone (release, column);
  if (milestone.kind != RUNWAY_MILESTONE_DATE)
    return;

  switch (which)
    {
    case RELEASE_END_OF_SUPPORT:
      summary = g_strdup_printf (_("End of support: %s"), title);
      category = _("End of support");
      g_string_append_printf (text, _("Mainstream support of %s ends: after this date the "
                                      "vendor ships security fixes only."), title);
      break;
    case RELEASE_END_OF_LIFE:
      summary = g_strdup_printf (_("End of life: %s"), title);
      category = _("End of life");
      g_string_append_printf (text, _("%s reaches its end of life: after this date the vendor "
                                      "ships no security fixes."), title);
      break;
    case RELEASE_EXTENDED_SUPPORT_END:
      summary = g_strdup_printf (_("End of extended support: %s"), title);
      category = _("End of extended support");
      g_string_append_printf (text, contracted
                                    ? _("The extended support contracted for %s ends: after "
                                        "this date there are no fixes at all.")
                                    : _("Extended support for %s, which is not contracted, "
                                        "ends: after this date there are no fixes at all, "
                                        "paid or not."), title);
      break;
    default:
      g_assert_not_reached ();
    }

  g_string_append_printf (text, "\n\n%s", _("Where it runs:"));
  if (append_deployments (calendar, text, release, milestone.day, FALSE) == 0)
    return;   /* everything on it is retired by then */

  if (!append_migrations_off (calendar, text, release, milestone.day))
    {
      if (which == RELEASE_END_OF_LIFE && contracted && extended.kind == RUNWAY_MILESTONE_DATE
          && extended.day > milestone.day)
        {
          g_autofree char *until = runway_date_format (extended.day);

          g_string_append_printf (text, _("\n\nExtended support is contracted until %s: plan "
                                          "the migration off it before then."), until);
        }
      else if (which == RELEASE_END_OF_SUPPORT)
        g_string_append (text, _("\n\nWhat to do: plan the move to a supported release before "
                                 "its end of life."));
      else
        g_string_append (text, _("\n\nWhat to do: no migration off it is planned. Plan one, or "
                                 "contract extended support, before this date."));
    }

  add_event (calendar, milestone.day, dup_uid (calendar, release, column), summary, text->str,
             category, FALSE);
}

static void
add_migration_milestone (Calendar     *calendar,
                         RunwayEntity *migration,
                         guint         column)
{
  RunwayEntity *capability = lookup_ref (calendar, migration, RUNWAY_MIGRATION_CAPABILITY);
  RunwayEntity *from = lookup_ref (calendar, migration, RUNWAY_MIGRATION_FROM);
  RunwayEntity *to = lookup_ref (calendar, migration, RUNWAY_MIGRATION_TO);
  RunwayEntity *owner = lookup_ref (calendar, migration, RUNWAY_MIGRATION_OWNER);
  const char *status = runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS);
  const char *capability_name = runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME);
  g_autofree char *title = runway_plan_dup_title (calendar->plan, migration);
  g_autofree char *from_title = runway_plan_dup_title (calendar->plan, from);
  g_autofree char *to_title = runway_plan_dup_title (calendar->plan, to);
  g_autofree char *summary = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  RunwayMilestone end_of_life = runway_entity_get_milestone (from, RUNWAY_RELEASE_END_OF_LIFE);
  guint32 day;

  if (!parse_day (runway_entity_get_string (migration, column), &day))
    return;

  if (column == RUNWAY_MIGRATION_START)
    {
      summary = g_strdup_printf (_("Migration starts: %s"), title);
      g_string_append_printf (text, _("The migration of %s from %s to %s starts."),
                              capability_name, from_title, to_title);
    }
  else
    {
      summary = g_strdup_printf (_("Migration ends: %s"), title);
      g_string_append_printf (text, _("By this date %s runs on %s instead of %s."),
                              capability_name, to_title, from_title);
    }

  g_string_append_printf (text, "\n\n%s %s", _("Status:"), translate_status (status));
  if (contains (calendar, owner))
    g_string_append_printf (text, "\n%s %s", _("Owner:"),
                            runway_entity_get_string (owner, RUNWAY_TEAM_NAME));

  if (end_of_life.kind == RUNWAY_MILESTONE_DATE)
    {
      g_autofree char *eol = runway_date_format (end_of_life.day);

      g_string_append_printf (text, _("\n\n%s reaches its end of life on %s."), from_title, eol);
      if (column == RUNWAY_MIGRATION_END && day > end_of_life.day && is_open (migration))
        g_string_append (text, _(" This migration ends after it: bring it forward, or bridge "
                                 "the gap with extended support."));
    }

  add_event (calendar, day, dup_uid (calendar, migration, column), summary, text->str,
             _("Migration"), g_strcmp0 (status, "cancelled") == 0);
}

static void
add_contract_end (Calendar     *calendar,
                  RunwayEntity *vendor)
{
  const char *name = runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME);
  const char *support = runway_entity_get_string (vendor, RUNWAY_VENDOR_SUPPORT);
  g_autofree char *summary = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) depending = g_string_new (NULL);
  GPtrArray *releases = g_hash_table_lookup (calendar->supplied, vendor);
  guint32 day;

  if (!parse_day (runway_entity_get_string (vendor, RUNWAY_VENDOR_CONTRACT_END), &day))
    return;

  summary = g_strdup_printf (_("Contract ends: %s"), name);
  g_string_append_printf (text, _("The contract with %s ends."), name);

  for (guint i = 0; releases != NULL && i < releases->len; i++)
    append_deployments (calendar, depending, g_ptr_array_index (releases, i), day, TRUE);
  if (depending->len > 0)
    g_string_append_printf (text, "\n\n%s%s\n\n%s", _("Still running on it then:"),
                            depending->str,
                            _("What to do: renew or renegotiate the contract before this date, "
                              "or plan the exit from these products."));
  else
    g_string_append_printf (text, "\n\n%s",
                            _("Nothing deployed depends on it by then: let it end, or renew "
                              "it for what is planned."));
  if (support != NULL)
    g_string_append_printf (text, "\n\n%s %s", _("Support:"), support);

  add_event (calendar, day, dup_uid (calendar, vendor, RUNWAY_VENDOR_CONTRACT_END), summary,
             text->str, _("Contract"), FALSE);
}

static GPtrArray *
collect (Calendar   *calendar,
         RunwayKind  kind)
{
  GListModel *model = runway_plan_get_model (calendar->plan, kind);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *found = g_ptr_array_new ();

  /* the plan owns its entities for as long as we run, so borrow them */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);

      if (contains (calendar, entity))
        g_ptr_array_add (found, entity);
    }
  return found;
}

/* Appends @value to the array of @key in @table. */
static void
add_to (GHashTable *table,
        gpointer    key,
        gpointer    value)
{
  GPtrArray *values = g_hash_table_lookup (table, key);

  if (values == NULL)
    {
      values = g_ptr_array_new ();
      g_hash_table_insert (table, key, values);
    }
  g_ptr_array_add (values, value);
}

static void
collect_events (Calendar *calendar)
{
  g_autoptr(GPtrArray) deployments = collect (calendar, RUNWAY_KIND_DEPLOYMENT);
  g_autoptr(GPtrArray) releases = collect (calendar, RUNWAY_KIND_RELEASE);
  g_autoptr(GPtrArray) vendors = collect (calendar, RUNWAY_KIND_VENDOR);

  for (guint i = 0; i < deployments->len; i++)
    {
      RunwayEntity *deployment = g_ptr_array_index (deployments, i);
      add_to (calendar->deployments,
              lookup_ref (calendar, deployment, RUNWAY_DEPLOYMENT_RELEASE), deployment);
    }
  calendar->migrations = collect (calendar, RUNWAY_KIND_MIGRATION);
  for (guint i = 0; i < calendar->migrations->len; i++)
    {
      RunwayEntity *migration = g_ptr_array_index (calendar->migrations, i);

      add_to (calendar->migrations_off,
              lookup_ref (calendar, migration, RUNWAY_MIGRATION_FROM), migration);
    }

  for (guint i = 0; i < releases->len; i++)
    {
      RunwayEntity *release = g_ptr_array_index (releases, i);
      RunwayEntity *product = lookup_ref (calendar, release, RUNWAY_RELEASE_PRODUCT);

      if (!g_hash_table_contains (calendar->deployments, release))
        continue;
      add_to (calendar->supplied, lookup_ref (calendar, product, RUNWAY_PRODUCT_VENDOR), release);
      add_release_milestone (calendar, release, RELEASE_END_OF_SUPPORT);
      add_release_milestone (calendar, release, RELEASE_END_OF_LIFE);
      add_release_milestone (calendar, release, RELEASE_EXTENDED_SUPPORT_END);
    }
  for (guint i = 0; i < calendar->migrations->len; i++)
    {
      add_migration_milestone (calendar, g_ptr_array_index (calendar->migrations, i),
                               RUNWAY_MIGRATION_START);
      add_migration_milestone (calendar, g_ptr_array_index (calendar->migrations, i),
                               RUNWAY_MIGRATION_END);
    }
  for (guint i = 0; i < vendors->len; i++)
    add_contract_end (calendar, g_ptr_array_index (vendors, i));
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = *(const Event * const *) a;
  const Event *y = *(const Event * const *) b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return strcmp (x->uid, y->uid);
}

static void
calendar_clear (Calendar *calendar)
{
  g_clear_pointer (&calendar->slug, g_free);
  g_clear_pointer (&calendar->events, g_ptr_array_unref);
  g_clear_pointer (&calendar->migrations, g_ptr_array_unref);
  g_clear_pointer (&calendar->deployments, g_hash_table_unref);
  g_clear_pointer (&calendar->migrations_off, g_hash_table_unref);
  g_clear_pointer (&calendar->supplied, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Calendar, calendar_clear)

/**
 * runway_plan_export_ics:
 * @selection: (nullable): the part of the plan to export; %NULL for all
 * @out: where the calendar goes; it is not closed
 *
 * Writes the milestones that matter to the plan as an RFC 5545 calendar of
 * all-day events: the ends of support, life and extended support of
 * deployed releases, the start and end of migrations, and the end of vendor
 * contracts. UIDs are stable, so a re-import updates the events; two
 * exports of the same plan are byte-identical.
 *
 * Returns: %FALSE with @error set when writing to @out failed.
 */
gboolean
runway_plan_export_ics (RunwayPlan       *plan,
                        RunwaySelection  *selection,
                        GOutputStream    *out,
                        GError          **error)
{
  g_auto(Calendar) calendar = { 0 };
  RunwayEntity *settings;
  icalcomponent *vcalendar;
  icalproperty *name;
  g_autofree char *calendar_name = NULL;
  char *text;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));
  calendar.plan = plan;
  calendar.selection = selection;
  calendar.slug = dup_slug (runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME));
  calendar.events = g_ptr_array_new_with_free_func (event_free);
  calendar.deployments = g_hash_table_new_full (NULL, NULL, NULL,
                                                (GDestroyNotify) g_ptr_array_unref);
  calendar.migrations_off = g_hash_table_new_full (NULL, NULL, NULL,
                                                   (GDestroyNotify) g_ptr_array_unref);
  calendar.supplied = g_hash_table_new_full (NULL, NULL, NULL,
                                             (GDestroyNotify) g_ptr_array_unref);

  collect_events (&calendar);
  g_ptr_array_sort (calendar.events, compare_events);

  vcalendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (vcalendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (vcalendar, icalproperty_new_prodid (RUNWAY_ICS_PRODID));
  icalcomponent_add_property (vcalendar, icalproperty_new_calscale ("GREGORIAN"));
  /* the name calendar applications show for a subscribed or imported file */
  calendar_name = g_strdup_printf (_("Runway: %s"),
                                   runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME));
  name = icalproperty_new_x (calendar_name);
  icalproperty_set_x_name (name, "X-WR-CALNAME");
  icalcomponent_add_property (vcalendar, name);

  for (guint i = 0; i < calendar.events->len; i++)
    {
      Event *event = g_ptr_array_index (calendar.events, i);

      icalcomponent_add_component (vcalendar, g_steal_pointer (&event->event));
    }

  text = icalcomponent_as_ical_string_r (vcalendar);
  icalcomponent_free (vcalendar);
  if (text == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not write the calendar"));
      return FALSE;
    }

  ok = g_output_stream_write_all (out, text, strlen (text), NULL, NULL, error);
  icalmemory_free_buffer (text);
  return ok;
}
