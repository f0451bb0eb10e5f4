/* test-ics.c — the calendar export, read back with libical as a calendar
 * application would: which events, their dates, UIDs and texts, the vendor
 * filter, stability, and `runway-cli export-ics`
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <libical/ical.h>

#include "runway-test-util.h"

typedef RunwayTestDemo Fixture;

/* A parsed calendar and its events by UID. */
typedef struct
{
  char          *text;
  icalcomponent *vcalendar;
  GHashTable    *events;
} Calendar;

static void
calendar_clear (Calendar *calendar)
{
  g_clear_pointer (&calendar->text, g_free);
  g_clear_pointer (&calendar->events, g_hash_table_unref);
  g_clear_pointer (&calendar->vcalendar, icalcomponent_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Calendar, calendar_clear)

static char *
export (RunwayPlan      *plan,
        RunwaySelection *selection)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (runway_plan_export_ics (plan, selection, out, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, &error);   /* NUL-terminate */
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static void
parse (Calendar   *calendar,
       const char *text)
{
  icalcomponent *event;

  calendar->text = g_strdup (text);
  calendar->vcalendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar->vcalendar);
  g_assert_cmpint (icalcomponent_isa (calendar->vcalendar), ==, ICAL_VCALENDAR_COMPONENT);
  calendar->events = g_hash_table_new (g_str_hash, g_str_equal);

  for (event = icalcomponent_get_first_component (calendar->vcalendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar->vcalendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);

      g_assert_nonnull (uid);
      /* a UID twice would make a calendar drop or merge events */
      g_assert_false (g_hash_table_contains (calendar->events, uid));
      g_hash_table_insert (calendar->events, (char *) uid, event);
    }
}

static char *
dup_uid (RunwayEntity *entity,
         const char   *milestone,
         const char   *slug)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s@%s.runway",
                          runway_schema_get_table (runway_entity_get_kind (entity))->table,
                          runway_entity_get_id (entity), milestone, slug);
}

static icalcomponent *
lookup_event (Calendar     *calendar,
              RunwayEntity *entity,
              const char   *milestone)
{
  g_autofree char *uid = dup_uid (entity, milestone, "demo-estate");

  return g_hash_table_lookup (calendar->events, uid);
}

static icalcomponent *
get_event (Calendar     *calendar,
           RunwayEntity *entity,
           const char   *milestone)
{
  icalcomponent *event = lookup_event (calendar, entity, milestone);

  if (event == NULL)
    {
      g_autofree char *uid = dup_uid (entity, milestone, "demo-estate");

      g_error ("no event %s in:\n%s", uid, calendar->text);
    }
  return event;
}

static void
assert_date (icalcomponent *event,
             const char    *date)
{
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  struct icaltimetype end = icalcomponent_get_dtend (event);
  g_autofree char *text = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);
  GDate start_date, end_date;

  g_assert_cmpstr (text, ==, date);
  /* an all-day event: dates, not times, ending the next day */
  g_assert_true (start.is_date);
  g_assert_true (end.is_date);
  g_date_clear (&start_date, 1);
  g_date_clear (&end_date, 1);
  g_date_set_dmy (&start_date, (GDateDay) start.day, (GDateMonth) start.month,
                  (GDateYear) start.year);
  g_date_set_dmy (&end_date, (GDateDay) end.day, (GDateMonth) end.month, (GDateYear) end.year);
  g_assert_cmpint (g_date_days_between (&start_date, &end_date), ==, 1);
}

static gboolean
has_category (icalcomponent *event,
              const char    *category)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    if (g_strcmp0 (icalproperty_get_categories (p), category) == 0)
      return TRUE;
  return FALSE;
}

static RunwayEntity *
find_release (RunwayPlan *plan,
              const char *title)
{
  GListModel *releases = runway_plan_get_model (plan, RUNWAY_KIND_RELEASE);

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (releases, i);
      g_autofree char *release_title = runway_plan_dup_title (plan, release);

      if (g_str_equal (release_title, title))
        return release;
    }
  g_error ("no release %s", title);
  return NULL;
}

static RunwayEntity *
find_migration (RunwayPlan *plan,
                const char *title)
{
  GListModel *migrations = runway_plan_get_model (plan, RUNWAY_KIND_MIGRATION);

  for (guint i = 0; i < g_list_model_get_n_items (migrations); i++)
    {
      g_autoptr(RunwayEntity) migration = g_list_model_get_item (migrations, i);
      g_autofree char *migration_title = runway_plan_dup_title (plan, migration);

      if (g_str_equal (migration_title, title))
        return migration;
    }
  g_error ("no migration %s", title);
  return NULL;
}

/* ---- the tests ---- */

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *text = export (f->plan, NULL);
  g_auto(Calendar) calendar = { 0 };
  icalproperty *prodid;
  GHashTableIter iter;
  gpointer value;

  parse (&calendar, text);

  prodid = icalcomponent_get_first_property (calendar.vcalendar, ICAL_PRODID_PROPERTY);
  g_assert_nonnull (prodid);
  g_assert_cmpstr (icalproperty_get_prodid (prodid), ==, "-//Runway//Runway 0.1//EN");
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (
                     calendar.vcalendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  runway_test_assert_contains (text, "\r\nX-WR-CALNAME:Runway: Demo estate\r\n");
  /* RFC 5545 lines end in CRLF; the all-day form calendar clients expect */
  runway_test_assert_contains (text, "BEGIN:VCALENDAR\r\n");
  runway_test_assert_contains (text, "DTSTART;VALUE=DATE:20251113\r\n");
  g_assert_cmpuint (g_hash_table_size (calendar.events), >, 30);

  /* every event: all-day, the fixed DTSTAMP, a reminder that keeps one free */
  g_hash_table_iter_init (&iter, calendar.events);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      icalcomponent *event = value;
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month,
                                               start.day);

      assert_date (event, date);
      g_assert_cmpstr (icaltime_as_ical_string (icalcomponent_get_dtstamp (event)), ==,
                       "20260101T000000Z");
      g_assert_cmpint (icalproperty_get_transp (icalcomponent_get_first_property (
                         event, ICAL_TRANSP_PROPERTY)), ==, ICAL_TRANSP_TRANSPARENT);
      g_assert_true (has_category (event, "Runway"));
      g_assert_nonnull (icalcomponent_get_summary (event));
      g_assert_nonnull (icalcomponent_get_description (event));
      g_assert_true (g_str_has_suffix (icalcomponent_get_uid (event), "@demo-estate.runway"));
    }
}

static void
test_release_milestones (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *text = export (f->plan, NULL);
  g_auto(Calendar) calendar = { 0 };
  RunwayEntity *postgresql_13 = find_release (f->plan, "PostgreSQL 13");
  RunwayEntity *rhel_7 = find_release (f->plan, "Red Hat Enterprise Linux 7");
  RunwayEntity *oracle_19 = find_release (f->plan, "Oracle Database 19");
  icalcomponent *event;

  parse (&calendar, text);

  /* where it runs, and that the migration off it comes too late */
  event = get_event (&calendar, postgresql_13, "end-of-life");
  assert_date (event, "2025-11-13");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "End of life: PostgreSQL 13");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "Relational database: production, 14 instances");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "Migration to PostgreSQL 17 (in progress), 2025-06-01 to 2027-03-31.");
  runway_test_assert_contains (icalcomponent_get_description (event), "It ends after this date");
  g_assert_true (has_category (event, "End of life"));

  /* past its end of life on paid extended support */
  event = get_event (&calendar, rhel_7, "end-of-support");
  assert_date (event, "2019-08-06");
  g_assert_cmpstr (icalcomponent_get_summary (event),
                   ==, "End of support: Red Hat Enterprise Linux 7");
  event = get_event (&calendar, rhel_7, "end-of-life");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "Extended support is contracted until 2029-05-31");
  event = get_event (&calendar, rhel_7, "extended-support-end");
  assert_date (event, "2029-05-31");
  g_assert_cmpstr (icalcomponent_get_summary (event),
                   ==, "End of extended support: Red Hat Enterprise Linux 7");
  g_assert_true (has_category (event, "End of extended support"));

  /* retired at its end of life (until 2029-12-31): its extended support
   * end in 2032 no longer matters */
  assert_date (get_event (&calendar, oracle_19, "end-of-life"), "2029-12-31");
  runway_test_assert_contains (icalcomponent_get_description (get_event (&calendar, oracle_19,
                                                             "end-of-life")),
                   "(until 2029-12-31)");
  g_assert_null (lookup_event (&calendar, oracle_19, "extended-support-end"));

  /* not deployed: nothing; no end of life announced: no event for it */
  g_assert_null (lookup_event (&calendar, find_release (f->plan, "PostgreSQL 18"),
                               "end-of-life"));
  g_assert_null (lookup_event (&calendar, find_release (f->plan, "Apache Tomcat 10.1"),
                               "end-of-life"));
  /* lifecycle unknown */
  g_assert_null (lookup_event (&calendar, find_release (f->plan, "PostgreSQL 19"),
                               "end-of-life"));
}

static void
test_migrations_and_contracts (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *text = export (f->plan, NULL);
  g_auto(Calendar) calendar = { 0 };
  RunwayEntity *migration = find_migration (f->plan, "PostgreSQL 13 → PostgreSQL 17");
  RunwayEntity *broadcom = runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR, "Broadcom");
  RunwayEntity *oracle = runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR, "Oracle");
  GListModel *migrations = runway_plan_get_model (f->plan, RUNWAY_KIND_MIGRATION);
  icalcomponent *event;

  parse (&calendar, text);

  /* every migration's start and end */
  for (guint i = 0; i < g_list_model_get_n_items (migrations); i++)
    {
      g_autoptr(RunwayEntity) any = g_list_model_get_item (migrations, i);

      assert_date (get_event (&calendar, any, "start"),
                   runway_entity_get_string (any, RUNWAY_MIGRATION_START));
      assert_date (get_event (&calendar, any, "end"),
                   runway_entity_get_string (any, RUNWAY_MIGRATION_END));
    }

  event = get_event (&calendar, migration, "start");
  g_assert_cmpstr (icalcomponent_get_summary (event),
                   ==, "Migration starts: PostgreSQL 13 → PostgreSQL 17");
  g_assert_true (has_category (event, "Migration"));
  event = get_event (&calendar, migration, "end");
  assert_date (event, "2027-03-31");
  g_assert_cmpstr (icalcomponent_get_summary (event),
                   ==, "Migration ends: PostgreSQL 13 → PostgreSQL 17");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "By this date Relational database runs on PostgreSQL 17 instead of "
                   "PostgreSQL 13.");
  runway_test_assert_contains (icalcomponent_get_description (event),
                               "Owner: Database Engineering");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "PostgreSQL 13 reaches its end of life on 2025-11-13. This migration ends "
                   "after it");
  g_assert_cmpint (icalcomponent_get_status (event), !=, ICAL_STATUS_CANCELLED);

  /* Broadcom's contract ends before what runs on it */
  event = get_event (&calendar, broadcom, "contract-end");
  assert_date (event, "2027-06-30");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Contract ends: Broadcom");
  g_assert_true (has_category (event, "Contract"));
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "VMware ESXi 8.0, Virtualisation: production, 48 instances");
  runway_test_assert_contains (icalcomponent_get_description (event),
                   "RabbitMQ 3.13, Messaging: production, 6 instances");
  runway_test_assert_contains (icalcomponent_get_description (event), "renew or renegotiate");

  /* Oracle's outlives the one Oracle deployment */
  event = get_event (&calendar, oracle, "contract-end");
  assert_date (event, "2030-03-31");
  runway_test_assert_contains (icalcomponent_get_description (event),
                               "Nothing deployed depends on it");

  /* no contract end, no event */
  g_assert_null (lookup_event (&calendar, runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR,
                                                                    "Red Hat"),
                               "contract-end"));
}

static void
test_stable (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *first = export (f->plan, NULL);
  g_autofree char *second = export (f->plan, NULL);
  g_autofree char *reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (first, ==, second);

  g_clear_object (&f->plan);
  f->plan = runway_plan_open (f->path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  reopened = export (f->plan, NULL);
  g_assert_cmpstr (first, ==, reopened);
}

/* After a change, the same UID carries the new date: a calendar that
 * re-imports it moves the event instead of adding a second one. */
static void
test_update_keeps_uid (Fixture       *f,
                       gconstpointer  data)
{
  RunwayEntity *postgresql_13 = find_release (f->plan, "PostgreSQL 13");
  g_autoptr(RunwayEntity) draft = runway_entity_copy (postgresql_13);
  g_autofree char *before_text = export (f->plan, NULL);
  g_autofree char *after_text = NULL;
  g_auto(Calendar) before = { 0 };
  g_auto(Calendar) after = { 0 };
  g_autoptr(GError) error = NULL;

  runway_entity_set_string (draft, RUNWAY_RELEASE_END_OF_LIFE, "2026-02-27");
  runway_plan_update (f->plan, draft, &error);
  g_assert_no_error (error);
  after_text = export (f->plan, NULL);

  parse (&before, before_text);
  parse (&after, after_text);
  g_assert_cmpuint (g_hash_table_size (before.events), ==, g_hash_table_size (after.events));
  assert_date (get_event (&before, postgresql_13, "end-of-life"), "2025-11-13");
  assert_date (get_event (&after, postgresql_13, "end-of-life"), "2026-02-27");
}

static void
test_vendor_filter (Fixture       *f,
                    gconstpointer  data)
{
  const char *vendors[] = { "Broadcom", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwaySelection) selection = runway_selection_new (f->plan, vendors, NULL, &error);
  g_autofree char *text = NULL;
  g_auto(Calendar) calendar = { 0 };
  GHashTableIter iter;
  gpointer value;

  g_assert_no_error (error);
  text = export (f->plan, selection);
  parse (&calendar, text);

  get_event (&calendar, runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR, "Broadcom"),
             "contract-end");
  get_event (&calendar, find_release (f->plan, "VMware ESXi 8.0"), "end-of-life");
  get_event (&calendar, find_release (f->plan, "RabbitMQ 3.13"), "extended-support-end");
  g_assert_null (lookup_event (&calendar, find_release (f->plan, "PostgreSQL 13"),
                               "end-of-life"));
  g_assert_null (lookup_event (&calendar, runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR,
                                                                    "Oracle"),
                               "contract-end"));

  /* every event is about a Broadcom product or Broadcom */
  g_hash_table_iter_init (&iter, calendar.events);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const char *summary = icalcomponent_get_summary (value);

      g_assert_true (strstr (summary, "VMware") != NULL || strstr (summary, "RabbitMQ") != NULL
                     || strstr (summary, "Broadcom") != NULL);
    }
  g_assert_cmpuint (g_hash_table_size (calendar.events), >=, 4);
}

/* A plan of its own: a name that is no host name, a cancelled migration. */
static void
test_cancelled_and_slug (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "odd.runway");
  g_autoptr(RunwayEntity) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(Calendar) calendar = { 0 };
  g_autofree char *uid = NULL;
  g_autoptr(GString) support = g_string_new (NULL);
  g_autofree char *support_line = NULL;
  gint64 vendor, product, old, new, capability, migration;
  icalcomponent *event;

  settings = runway_entity_copy (RUNWAY_ENTITY (runway_plan_get_settings (plan)));
  runway_entity_set_string (settings, RUNWAY_SETTINGS_NAME, "  Ørsted: plan 2027!  ");
  runway_plan_update (plan, settings, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 40; i++)
    g_string_append (support, "Підтримка: øre ");
  vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Søn, Bros; & Co",
                            "contract-end", "2028-01-31", "support", support->str, NULL);
  product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor, "name", "Løg", NULL);
  old = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", "1",
                         "end-of-life", "2027-01-31", NULL);
  new = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", "2", NULL);
  capability = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Logging",
                                "criticality", (gint64) 3, NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", capability, "release", old,
                   "environment", "production", "instances", (gint64) 1, NULL);
  migration = runway_test_add (plan, RUNWAY_KIND_MIGRATION, "capability", capability,
                               "from", old, "to", new, "start", "2026-09-01",
                               "end", "2026-12-01", "status", "cancelled", NULL);

  text = export (plan, NULL);
  parse (&calendar, text);

  uid = g_strdup_printf ("migration-%" G_GINT64_FORMAT "-start@oersted-plan-2027.runway",
                         migration);
  event = g_hash_table_lookup (calendar.events, uid);
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  runway_test_assert_contains (icalcomponent_get_description (event), "Status: cancelled");

  /* a cancelled migration is no plan: the end of life says so */
  g_clear_pointer (&uid, g_free);
  uid = g_strdup_printf ("release-%" G_GINT64_FORMAT "-end-of-life@oersted-plan-2027.runway", old);
  event = g_hash_table_lookup (calendar.events, uid);
  g_assert_nonnull (event);
  runway_test_assert_contains (icalcomponent_get_description (event),
                               "no migration off it is planned");
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "End of life: Løg 1");

  /* text that RFC 5545 must escape comes back as it was */
  g_clear_pointer (&uid, g_free);
  uid = g_strdup_printf ("vendor-%" G_GINT64_FORMAT "-contract-end@oersted-plan-2027.runway",
                         vendor);
  event = g_hash_table_lookup (calendar.events, uid);
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Contract ends: Søn, Bros; & Co");
  /* folded into 75-octet lines, never inside a character */
  g_strchomp (support->str);
  support_line = g_strdup_printf ("Support: %s", support->str);
  runway_test_assert_contains (icalcomponent_get_description (event), support_line);

  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  static char room[512];
  g_autoptr(GOutputStream) out = g_memory_output_stream_new (room, sizeof room, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (runway_plan_export_ics (f->plan, NULL, out, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

/* ---- runway-cli export-ics ---- */

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "milestones.ics", NULL);
  g_autofree char *core = export (f->plan, NULL);
  static const char old[] = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

  g_clear_object (&f->plan);

  {
    g_auto(RunwayTestRun) help = { 0 };
    g_auto(RunwayTestRun) none = { 0 };
    g_auto(RunwayTestRun) bad = { 0 };

    runway_test_run_cli_limited (&help, 0, "export-ics", "--help", NULL);
    g_assert_cmpint (help.status, ==, 0);
    runway_test_assert_contains (help.out, "PLAN OUT|-");
    runway_test_assert_contains (help.out, "--vendor");

    runway_test_run_cli_limited (&none, 0, "export-ics", NULL);
    g_assert_cmpint (none.status, ==, 2);
    runway_test_assert_contains (none.err, "missing argument");

    runway_test_run_cli_limited (&bad, 0, "export-ics", "--frobnicate", f->path, out, NULL);
    g_assert_cmpint (bad.status, ==, 2);
    runway_test_assert_contains (bad.err, "Unknown option --frobnicate");
  }

  {
    g_auto(RunwayTestRun) file = { 0 };
    g_auto(RunwayTestRun) to_stdout = { 0 };
    g_autoptr(GBytes) written = NULL;

    runway_test_run_cli_limited (&file, 0, "export-ics", f->path, out, NULL);
    g_assert_cmpint (file.status, ==, 0);
    g_assert_cmpstr (file.err, ==, "");
    written = runway_test_read_file (out);
    g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                     core, strlen (core));

    runway_test_run_cli_limited (&to_stdout, 0, "export-ics", f->path, "-", NULL);
    g_assert_cmpint (to_stdout.status, ==, 0);
    g_assert_cmpstr (to_stdout.out, ==, core);
  }

  runway_test_write_file (out, old, strlen (old));
  {
    g_auto(RunwayTestRun) vendor = { 0 };
    g_auto(RunwayTestRun) full = { 0 };
    g_auto(RunwayTestRun) filtered = { 0 };
    g_autoptr(GBytes) after = NULL;
    g_auto(Calendar) calendar = { 0 };

    runway_test_run_cli_limited (&vendor, 0, "export-ics", f->path, out, "--vendor", "Initech",
                                 NULL);
    g_assert_cmpint (vendor.status, ==, 1);
    runway_test_assert_contains (vendor.err, "no vendor named “Initech”");
    g_assert_cmpuint (runway_test_count_lines (vendor.err), ==, 1);

    /* the disk fills up half-way: the old calendar stays as it was */
    runway_test_run_cli_limited (&full, 1024, "export-ics", f->path, out, NULL);
    g_assert_cmpint (full.status, ==, 1);
    runway_test_assert_contains (full.err, "Cannot write");
    g_assert_cmpuint (runway_test_count_lines (full.err), ==, 1);

    after = runway_test_read_file (out);
    g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), old, strlen (old));

    runway_test_run_cli_limited (&filtered, 0, "export-ics", f->path, "-", "--vendor", "Broadcom",
                                 NULL);
    g_assert_cmpint (filtered.status, ==, 0);
    parse (&calendar, filtered.out);
    runway_test_assert_contains (filtered.out, "SUMMARY:Contract ends: Broadcom");
    g_assert_null (strstr (filtered.out, "PostgreSQL"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_DEMO(path, func) \
  g_test_add (path, Fixture, NULL, runway_test_demo_set_up, func, runway_test_demo_tear_down)
  ADD_DEMO ("/ics/calendar", test_calendar);
  ADD_DEMO ("/ics/release-milestones", test_release_milestones);
  ADD_DEMO ("/ics/migrations-and-contracts", test_migrations_and_contracts);
  ADD_DEMO ("/ics/stable", test_stable);
  ADD_DEMO ("/ics/update-keeps-uid", test_update_keeps_uid);
  ADD_DEMO ("/ics/vendor-filter", test_vendor_filter);
  ADD_DEMO ("/ics/write-error", test_write_error);
  ADD_DEMO ("/ics/cli", test_cli);
#undef ADD_DEMO
  g_test_add_func ("/ics/cancelled-and-slug", test_cancelled_and_slug);

  return g_test_run ();
}
