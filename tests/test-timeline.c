/* test-timeline.c — the timeline layout: phases on the right pixels, rows by
 * grouping, collapse, filters, risk markers, migrations, the viewport index
 * on a plan far larger than the screen, hit-testing and the date axis
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "runway-test-util.h"
#include "runway-timeline.h"

typedef struct
{
  char           *dir;
  RunwayPlan     *plan;
  RunwayTimeline *timeline;
  GPtrArray      *risks;
  gint64          acme, globex, platform, data;
  gint64          infrastructure, server_os, database;
  gint64          acme_os, globex_db, globex_os;
  gint64          os1, os2, os3, db10, db11, gos5;
  gint64          migration;
} Fixture;

static guint32
day_of (const char *text)
{
  guint32 day = 0;

  g_assert_true (runway_date_parse (text, &day, NULL));
  return day;
}

static void
set_horizon (RunwayPlan *plan,
             const char *start,
             const char *end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft =
    runway_entity_copy (RUNWAY_ENTITY (runway_plan_get_settings (plan)));

  g_object_set (draft, "horizon-start", start, "horizon-end", end, NULL);
  runway_plan_update (plan, draft, &error);
  g_assert_no_error (error);
}

/*
 * Infrastructure (Platform) › Server OS (no owner: Platform's) runs AcmeOS 1
 * (contracted extended support) in production and AcmeOS 2 (no end
 * announced) in test, and plans to move from 1 to AcmeOS 3, not out yet.
 * Database (Data) runs GlobexDB 10 (end of life `ended`, GA unknown) and
 * GlobexDB 11, deployed a year past its end of life without a contract.
 * GlobexOS 5 is deployed nowhere. Seen as of 2025-06-01.
 */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan;

  f->dir = runway_test_make_dir ();
  f->plan = plan = runway_test_new_plan (f->dir, "timeline.runway");
  set_horizon (plan, "2020-01-01", "2029-12-31");

  f->acme = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Acme",
                             "contract-end", "2027-06-30", NULL);
  f->globex = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Globex", NULL);
  f->platform = runway_test_add (plan, RUNWAY_KIND_TEAM, "name", "Platform", NULL);
  f->data = runway_test_add (plan, RUNWAY_KIND_TEAM, "name", "Data", NULL);
  f->infrastructure = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Infrastructure",
                                       "owner", f->platform, NULL);
  f->server_os = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Server OS",
                                  "parent", f->infrastructure, NULL);
  f->database = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Database",
                                 "owner", f->data, NULL);

  f->acme_os = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", f->acme,
                                "name", "AcmeOS", NULL);
  f->globex_db = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", f->globex,
                                  "name", "GlobexDB", NULL);
  f->globex_os = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", f->globex,
                                  "name", "GlobexOS", NULL);

  f->os1 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->acme_os, "version", "1",
                            "ga", "2020-03-01", "end-of-support", "2022-03-01",
                            "end-of-life", "2024-03-01", "extended-support-end", "2026-03-01",
                            "extended-support-contracted", TRUE, NULL);
  f->os2 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->acme_os, "version", "2",
                            "ga", "2023-01-01", "end-of-life", "none", NULL);
  f->os3 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->acme_os, "version", "3",
                            "ga", "2027-01-01", "end-of-support", "2030-01-01",
                            "end-of-life", "2032-01-01", NULL);
  f->db10 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->globex_db, "version", "10",
                             "end-of-life", "ended", NULL);
  f->db11 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->globex_db, "version", "11",
                             "ga", "2022-01-01", "end-of-life", "2028-01-01",
                             "extended-support-end", "2030-01-01", NULL);
  f->gos5 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", f->globex_os, "version", "5",
                             "ga", "2021-01-01", "end-of-life", "2031-01-01", NULL);

  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->server_os, "release", f->os1,
                   "environment", "production", "from", "2020-06-01", "until", "2027-01-01",
                   NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->server_os, "release", f->os2,
                   "environment", "test", "from", "2023-06-01", NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->database, "release", f->db10,
                   "environment", "production", "from", "2021-01-01", NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->database, "release", f->db11,
                   "environment", "production", "from", "2022-06-01", "until", "2029-01-01",
                   NULL);
  f->migration = runway_test_add (plan, RUNWAY_KIND_MIGRATION, "capability", f->server_os,
                                  "from", f->os1, "to", f->os3, "start", "2026-01-01",
                                  "end", "2026-12-01", "status", "planned", NULL);
  runway_test_add (plan, RUNWAY_KIND_ROADMAP_ITEM, "product", f->acme_os, "date", "2026-09-15",
                   "title", "AcmeOS 3 beta", "kind", "release", "confidence", "expected", NULL);

  f->timeline = runway_timeline_new (plan);
  runway_timeline_set_today (f->timeline, day_of ("2025-07-01"));
  runway_timeline_set_as_of (f->timeline, day_of ("2025-06-01"));
  runway_timeline_set_zoom (f->timeline, 2.0);
  runway_timeline_set_row_height (f->timeline, 20.0);
  f->risks = runway_plan_compute_risks (plan, "2025-06-01", &error);
  g_assert_no_error (error);
  runway_timeline_set_risks (f->timeline, f->risks);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->timeline);
  g_clear_pointer (&f->risks, g_ptr_array_unref);
  g_clear_object (&f->plan);
  runway_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* The rows' keys, one per line, indented by depth: easy to compare whole. */
static char *
dup_outline (RunwayTimeline *timeline)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < runway_timeline_get_n_rows (timeline); r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);

      for (guint d = 0; d < row->depth; d++)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s%s\n", row->label, row->collapsed ? " +" : "");
    }
  return g_string_free (out, FALSE);
}

static int
find_row_of (RunwayTimeline        *timeline,
             RunwayTimelineRowKind  kind,
             gint64                 id)
{
  for (guint r = 0; r < runway_timeline_get_n_rows (timeline); r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);

      if (row->kind == kind && row->entity_id == id)
        return (int) r;
    }
  return -1;
}

static const RunwayTimelineItem *
find_item (RunwayTimeline         *timeline,
           guint                   row,
           RunwayTimelineItemKind  kind,
           int                     phase)
{
  guint n;
  const RunwayTimelineItem *items = runway_timeline_get_row_items (timeline, row, &n);

  for (guint i = 0; i < n; i++)
    if (items[i].kind == kind && (phase < 0 || (int) items[i].phase == phase))
      return &items[i];
  return NULL;
}

static guint
count_items (RunwayTimeline         *timeline,
             guint                   row,
             RunwayTimelineItemKind  kind)
{
  guint n, count = 0;
  const RunwayTimelineItem *items = runway_timeline_get_row_items (timeline, row, &n);

  for (guint i = 0; i < n; i++)
    count += items[i].kind == kind;
  return count;
}

static void
test_phase_pixels (Fixture       *f,
                   gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  int row = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os1);
  const RunwayTimelineItem *mainstream, *security, *extended, *past, *deployment;

  g_assert_cmpint (row, >=, 0);
  g_assert_cmpuint (runway_timeline_get_first_day (t), ==, day_of ("2020-01-01"));

  mainstream = find_item (t, row, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_MAINSTREAM);
  security = find_item (t, row, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_SECURITY);
  extended = find_item (t, row, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_EXTENDED);
  past = find_item (t, row, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_PAST_EOL);
  deployment = find_item (t, row, RUNWAY_TIMELINE_ITEM_DEPLOYMENT, -1);
  g_assert_nonnull (mainstream);
  g_assert_nonnull (security);
  g_assert_nonnull (extended);
  g_assert_nonnull (past);
  g_assert_nonnull (deployment);

  /* 2020 is a leap year: 1 March is day 60 of the range, at 2 px a day */
  g_assert_cmpfloat (runway_timeline_day_to_x (t, mainstream->start), ==, 120.0);
  g_assert_cmpfloat (mainstream->end, ==, day_of ("2022-03-01"));
  g_assert_cmpfloat (runway_timeline_day_to_x (t, security->start), ==,
                     2.0 * (day_of ("2022-03-01") - day_of ("2020-01-01")));
  g_assert_cmpfloat (security->end, ==, day_of ("2024-03-01"));
  g_assert_cmpfloat (extended->start, ==, day_of ("2024-03-01"));
  g_assert_cmpfloat (extended->end, ==, day_of ("2026-03-01"));
  g_assert_true (extended->flags & RUNWAY_TIMELINE_CONTRACTED);
  /* covered until the contract ends, unsupported until the deployment ends */
  g_assert_cmpfloat (past->start, ==, day_of ("2026-03-01"));
  g_assert_cmpfloat (past->end, ==, day_of ("2027-01-01"));
  g_assert_cmpfloat (runway_timeline_day_to_x (t, deployment->start), ==,
                     2.0 * (day_of ("2020-06-01") - day_of ("2020-01-01")));
  g_assert_cmpfloat (deployment->end, ==, day_of ("2027-01-01"));
  g_assert_cmpuint (deployment->environment, ==, 3);

  /* lanes: lifecycle above, deployments below, in the row's own band */
  g_assert_cmpfloat (mainstream->top, ==, row + RUNWAY_TIMELINE_BAR_TOP);
  g_assert_cmpfloat (mainstream->bottom, ==, row + RUNWAY_TIMELINE_BAR_BOTTOM);
  g_assert_cmpfloat (deployment->top, >=, row + RUNWAY_TIMELINE_DEPLOYMENT_TOP);
  g_assert_cmpfloat (deployment->bottom, <=, row + RUNWAY_TIMELINE_DEPLOYMENT_BOTTOM);
  g_assert_cmpfloat (runway_timeline_row_to_y (t, mainstream->top), ==,
                     20.0 * (row + RUNWAY_TIMELINE_BAR_TOP));

  /* the width covers the last day too */
  g_assert_cmpfloat (runway_timeline_get_width (t), ==,
                     2.0 * (day_of ("2029-12-31") + 1 - day_of ("2020-01-01")));

  /* zooming moves no item, only the pixels */
  runway_timeline_set_zoom (t, 0.5);
  g_assert_cmpfloat (runway_timeline_day_to_x (t, mainstream->start), ==, 30.0);
  g_assert_cmpfloat (runway_timeline_x_to_day (t, 30.0), ==, day_of ("2020-03-01"));
}

static void
test_uncertain_ends (Fixture       *f,
                     gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  double as_of = day_of ("2025-06-01");
  int os2 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os2);
  int os3 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os3);
  int db10 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->db10);
  int db11 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->db11);
  const RunwayTimelineItem *item;

  /* end of life `none`: solid up to the as-of date, then a fade, no fake date */
  item = find_item (t, os2, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_MAINSTREAM);
  g_assert_nonnull (item);
  g_assert_true (item->flags & RUNWAY_TIMELINE_OPEN_END);
  g_assert_cmpfloat (item->start, ==, day_of ("2023-01-01"));
  g_assert_cmpfloat (item->solid_end, ==, as_of);
  g_assert_cmpfloat (item->end, ==, as_of + RUNWAY_TIMELINE_FADE_DAYS);
  g_assert_null (find_item (t, os2, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_SECURITY));
  g_assert_null (find_item (t, os2, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_PAST_EOL));

  /* a GA still to come: before GA from the as-of date */
  item = find_item (t, os3, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_BEFORE_GA);
  g_assert_nonnull (item);
  g_assert_cmpfloat (item->start, ==, as_of);
  g_assert_cmpfloat (item->end, ==, day_of ("2027-01-01"));

  /* GA unknown: fades in from the first deployment; end of life `ended`:
   * on the as-of date, marked uncertain, and past it while deployed */
  item = find_item (t, db10, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_MAINSTREAM);
  g_assert_nonnull (item);
  g_assert_true (item->flags & RUNWAY_TIMELINE_OPEN_START);
  g_assert_true (item->flags & RUNWAY_TIMELINE_UNCERTAIN);
  g_assert_cmpfloat (item->solid_start, ==, day_of ("2021-01-01"));
  g_assert_cmpfloat (item->start, <, item->solid_start);
  g_assert_cmpfloat (item->end, ==, as_of);
  item = find_item (t, db10, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_PAST_EOL);
  g_assert_nonnull (item);
  g_assert_cmpfloat (item->start, ==, as_of);
  /* an ongoing deployment runs to the end of the range */
  g_assert_cmpfloat (item->end, ==, day_of ("2029-12-31") + 1.0);
  g_assert_true (item->flags & RUNWAY_TIMELINE_ONGOING);

  /* extended support without a contract does not cover the deployment */
  item = find_item (t, db11, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_EXTENDED);
  g_assert_nonnull (item);
  g_assert_false (item->flags & RUNWAY_TIMELINE_CONTRACTED);
  item = find_item (t, db11, RUNWAY_TIMELINE_ITEM_PHASE, RUNWAY_TIMELINE_PHASE_PAST_EOL);
  g_assert_nonnull (item);
  g_assert_cmpfloat (item->start, ==, day_of ("2028-01-01"));
  g_assert_cmpfloat (item->end, ==, day_of ("2029-01-01"));
}

static void
test_grouping (Fixture       *f,
               gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  g_autofree char *by_capability = NULL;
  g_autofree char *by_vendor = NULL;
  g_autofree char *by_team = NULL;
  g_autofree char *os1_key = NULL;
  const RunwayTimelineRow *row;

  by_capability = dup_outline (t);
  g_assert_cmpstr (by_capability, ==,
                   "Infrastructure\n"
                   "  Server OS\n"
                   "    AcmeOS\n"
                   "      1\n"
                   "      2\n"
                   "      3\n"
                   "Database\n"
                   "  GlobexDB\n"
                   "    11\n"
                   "    10\n");
  row = runway_timeline_get_row (t, 2);
  g_assert_cmpstr (row->detail, ==, "Acme");
  g_assert_cmpint (row->parent, ==, 1);
  g_assert_true (row->expandable);
  os1_key = g_strdup_printf ("c%" G_GINT64_FORMAT "/c%" G_GINT64_FORMAT "/p%" G_GINT64_FORMAT
                             "/r%" G_GINT64_FORMAT, f->infrastructure, f->server_os, f->acme_os,
                             f->os1);
  g_assert_cmpint (runway_timeline_find_row (t, os1_key), ==, 3);
  g_assert_cmpstr (runway_timeline_get_row (t, 3)->title, ==, "AcmeOS 1");

  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_VENDOR);
  by_vendor = dup_outline (t);
  g_assert_cmpstr (by_vendor, ==,
                   "Acme\n"
                   "  AcmeOS\n"
                   "    1\n"
                   "    2\n"
                   "    3\n"
                   "Globex\n"
                   "  GlobexDB\n"
                   "    11\n"
                   "    10\n"
                   "  GlobexOS\n"
                   "    5\n");
  /* a vendor row carries its contract end */
  g_assert_nonnull (find_item (t, 0, RUNWAY_TIMELINE_ITEM_CONTRACT_END, -1));
  g_assert_cmpfloat (find_item (t, 0, RUNWAY_TIMELINE_ITEM_CONTRACT_END, -1)->start, ==,
                     day_of ("2027-06-30"));

  /* Server OS has no owner and belongs to Infrastructure's team */
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_TEAM);
  by_team = dup_outline (t);
  g_assert_cmpstr (by_team, ==,
                   "Data\n"
                   "  Database\n"
                   "    GlobexDB\n"
                   "      11\n"
                   "      10\n"
                   "Platform\n"
                   "  Server OS\n"
                   "    AcmeOS\n"
                   "      1\n"
                   "      2\n"
                   "      3\n");
}

static void
count_change (gpointer  instance,
              guint    *changes)
{
  (*changes)++;
}

static void
test_collapse (Fixture       *f,
               gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  g_autofree char *outline = NULL;
  g_autofree char *key = NULL;
  guint changes = 0;
  const RunwayTimelineRow *row;
  int db11 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->db11);
  guint risks_below = 0;
  int database = find_row_of (t, RUNWAY_TIMELINE_ROW_CAPABILITY, f->database);

  for (guint r = database; r < runway_timeline_get_n_rows (t); r++)
    {
      guint n;
      const RunwayTimelineItem *items = runway_timeline_get_row_items (t, r, &n);

      for (guint i = 0; i < n; i++)
        if (items[i].kind == RUNWAY_TIMELINE_ITEM_RISK)
          risks_below += items[i].risks->len;
    }
  g_assert_cmpuint (risks_below, >, 0);
  g_assert_cmpint (db11, >, 0);

  key = g_strdup (runway_timeline_get_row (t, 2)->key);
  runway_timeline_set_collapsed (t, key, TRUE);
  outline = dup_outline (t);
  g_assert_cmpstr (outline, ==,
                   "Infrastructure\n"
                   "  Server OS\n"
                   "    AcmeOS +\n"
                   "Database\n"
                   "  GlobexDB\n"
                   "    11\n"
                   "    10\n");
  row = runway_timeline_get_row (t, 2);
  g_assert_true (row->collapsed);
  g_assert_cmpuint (row->n_hidden, ==, 3);
  g_assert_true (runway_timeline_is_collapsed (t, key));

  /* a collapsed capability takes one row and its risks */
  runway_timeline_set_collapsed (t, runway_timeline_get_row (t, 3)->key, TRUE);
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, 4);
  row = runway_timeline_get_row (t, 3);
  g_assert_true (row->collapsed);
  g_assert_cmpuint (row->n_hidden, ==, 3);
  g_assert_cmpint (row->worst_severity, ==, RUNWAY_SEVERITY_CRITICAL);
  g_assert_cmpuint (count_items (t, 3, RUNWAY_TIMELINE_ITEM_RISK), >, 0);
  /* markers of one day merge: the group holds every risk below it */
  {
    guint n, total = 0;
    const RunwayTimelineItem *items = runway_timeline_get_row_items (t, 3, &n);

    for (guint i = 0; i < n; i++)
      if (items[i].kind == RUNWAY_TIMELINE_ITEM_RISK)
        {
          g_assert_cmpfloat (items[i].top, ==, 3.5);
          total += items[i].risks->len;
        }
    g_assert_cmpuint (total, ==, risks_below);
  }

  /* collapse state is kept by key across a new layout */
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_VENDOR);
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_CAPABILITY);
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, 4);

  g_signal_connect (t, "changed", G_CALLBACK (count_change), &changes);
  runway_timeline_expand_all (t);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, 10);
  g_assert_false (runway_timeline_is_collapsed (t, key));
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  g_autofree char *by_vendor = NULL;
  g_autofree char *by_capability = NULL;
  g_autofree char *by_team = NULL;
  g_autofree char *deployed = NULL;
  g_autofree char *deployed_by_vendor = NULL;
  g_autofree char *critical = NULL;
  g_autofree char *high = NULL;

  runway_timeline_set_vendors (t, &f->globex, 1);
  by_vendor = dup_outline (t);
  g_assert_cmpstr (by_vendor, ==, "Database\n  GlobexDB\n    11\n    10\n");
  runway_timeline_set_vendors (t, NULL, 0);

  runway_timeline_set_capabilities (t, &f->infrastructure, 1);
  by_capability = dup_outline (t);
  g_assert_cmpstr (by_capability, ==,
                   "Infrastructure\n  Server OS\n    AcmeOS\n      1\n      2\n      3\n");
  runway_timeline_set_capabilities (t, NULL, 0);

  runway_timeline_set_teams (t, &f->data, 1);
  by_team = dup_outline (t);
  g_assert_cmpstr (by_team, ==, "Database\n  GlobexDB\n    11\n    10\n");
  runway_timeline_set_teams (t, NULL, 0);

  /* deployed only keeps where a planned migration leads (AcmeOS 3), and
   * drops a product nothing runs (GlobexOS) */
  runway_timeline_set_deployed_only (t, TRUE);
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_VENDOR);
  deployed_by_vendor = dup_outline (t);
  g_assert_cmpstr (deployed_by_vendor, ==,
                   "Acme\n  AcmeOS\n    1\n    2\n    3\n"
                   "Globex\n  GlobexDB\n    11\n    10\n");
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_CAPABILITY);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RunwayEntity) draft =
      runway_entity_copy (runway_plan_lookup (f->plan, RUNWAY_KIND_MIGRATION, f->migration));

    /* a cancelled migration leads nowhere */
    g_object_set (draft, "status", "cancelled", NULL);
    runway_plan_update (f->plan, draft, &error);
    g_assert_no_error (error);
  }
  deployed = dup_outline (t);
  g_assert_cmpstr (deployed, ==,
                   "Infrastructure\n  Server OS\n    AcmeOS\n      1\n      2\n"
                   "Database\n  GlobexDB\n    11\n    10\n");
  runway_timeline_set_deployed_only (t, FALSE);

  /* minimum severity: rows with such a risk and their groups; lower markers go */
  runway_timeline_set_min_severity (t, RUNWAY_SEVERITY_CRITICAL);
  critical = dup_outline (t);
  g_assert_cmpstr (critical, ==, "Database\n  GlobexDB\n    10\n");
  for (guint r = 0; r < runway_timeline_get_n_rows (t); r++)
    {
      guint n;
      const RunwayTimelineItem *items = runway_timeline_get_row_items (t, r, &n);

      for (guint i = 0; i < n; i++)
        if (items[i].kind == RUNWAY_TIMELINE_ITEM_RISK)
          g_assert_cmpint (items[i].severity, ==, RUNWAY_SEVERITY_CRITICAL);
    }
  runway_timeline_set_min_severity (t, RUNWAY_SEVERITY_HIGH);
  high = dup_outline (t);
  g_assert_nonnull (strstr (high, "    11\n"));
  g_assert_null (strstr (high, "      3\n"));
}

static void
test_risks_and_markers (Fixture       *f,
                        gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  int db10 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->db10);
  int db = find_row_of (t, RUNWAY_TIMELINE_ROW_PRODUCT, f->globex_db);
  int acme = find_row_of (t, RUNWAY_TIMELINE_ROW_PRODUCT, f->acme_os);
  const RunwayTimelineItem *marker, *roadmap;

  /* eol-passed on a release whose end of life `ended`: undated, on the as-of date */
  marker = find_item (t, db10, RUNWAY_TIMELINE_ITEM_RISK, -1);
  g_assert_nonnull (marker);
  g_assert_cmpint (marker->severity, ==, RUNWAY_SEVERITY_CRITICAL);
  g_assert_cmpstr (marker->label, ==, "eol-passed");
  g_assert_cmpfloat (marker->start, ==, day_of ("2025-06-01"));
  g_assert_cmpfloat (marker->top, ==, db10 + (RUNWAY_TIMELINE_BAR_TOP
                                              + RUNWAY_TIMELINE_BAR_BOTTOM) / 2);
  g_assert_cmpint (runway_timeline_get_row (t, db10)->worst_severity, ==,
                   RUNWAY_SEVERITY_CRITICAL);

  /* staffing risks are about the product: its row */
  marker = find_item (t, db, RUNWAY_TIMELINE_ITEM_RISK, -1);
  g_assert_nonnull (marker);
  g_assert_cmpstr (runway_risk_get_rule (g_ptr_array_index (marker->risks, 0)), ==,
                   "understaffed");

  /* the roadmap on the product row, with its confidence */
  roadmap = find_item (t, acme, RUNWAY_TIMELINE_ITEM_ROADMAP, -1);
  g_assert_nonnull (roadmap);
  g_assert_cmpfloat (roadmap->start, ==, day_of ("2026-09-15"));
  g_assert_cmpstr (runway_roadmap_confidences[roadmap->confidence], ==, "expected");
  g_assert_cmpstr (roadmap->label, ==, "AcmeOS 3 beta");

  /* a risk that bit before the range is flagged for pinning */
  runway_timeline_set_range (t, day_of ("2026-01-01"), day_of ("2030-12-31"));
  {
    int os1 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os1);
    guint n;
    const RunwayTimelineItem *items = runway_timeline_get_row_items (t, os1, &n);
    gboolean pinned = FALSE;

    for (guint i = 0; i < n; i++)
      if (items[i].kind == RUNWAY_TIMELINE_ITEM_RISK && items[i].start < day_of ("2026-01-01"))
        {
          g_assert_true (items[i].flags & RUNWAY_TIMELINE_PINNED);
          pinned = TRUE;
        }
    g_assert_true (pinned);
  }

  /* no risks set, no markers */
  runway_timeline_set_risks (t, NULL);
  for (guint r = 0; r < runway_timeline_get_n_rows (t); r++)
    g_assert_cmpuint (count_items (t, r, RUNWAY_TIMELINE_ITEM_RISK), ==, 0);
}

static void
test_migrations (Fixture       *f,
                 gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  int os1 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os1);
  int os3 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os3);
  int acme = find_row_of (t, RUNWAY_TIMELINE_ROW_PRODUCT, f->acme_os);
  guint n;
  const RunwayTimelineItem *migrations = runway_timeline_get_migrations (t, &n);

  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (migrations[0].row, ==, os1);
  g_assert_cmpuint (migrations[0].to_row, ==, os3);
  g_assert_cmpfloat (migrations[0].start, ==, day_of ("2026-01-01"));
  g_assert_cmpfloat (migrations[0].end, ==, day_of ("2026-12-01"));
  g_assert_cmpfloat (migrations[0].top, >, os1 + 0.5);
  g_assert_cmpfloat (migrations[0].bottom, <, os3 + 0.5);
  g_assert_cmpstr (runway_migration_statuses[migrations[0].status], ==, "planned");
  g_assert_cmpstr (migrations[0].label, ==, "→ AcmeOS 3");
  g_assert_cmpint (migrations[0].entity_id, ==, f->migration);

  /* collapsed: the arrow stays on the product's row */
  runway_timeline_set_collapsed (t, runway_timeline_get_row (t, acme)->key, TRUE);
  migrations = runway_timeline_get_migrations (t, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (migrations[0].row, ==, acme);
  g_assert_cmpuint (migrations[0].to_row, ==, acme);
  g_assert_cmpfloat (migrations[0].top, ==, migrations[0].bottom);
  runway_timeline_expand_all (t);

  /* the target filtered out (no risk on AcmeOS 3): the arrow stays on its row */
  runway_timeline_set_min_severity (t, RUNWAY_SEVERITY_LOW);
  g_assert_cmpint (find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os3), ==, -1);
  os1 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os1);
  migrations = runway_timeline_get_migrations (t, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (migrations[0].row, ==, os1);
  g_assert_cmpuint (migrations[0].to_row, ==, os1);
  g_assert_cmpstr (migrations[0].label, ==, "→ AcmeOS 3");
  runway_timeline_set_min_severity (t, RUNWAY_TIMELINE_ALL_SEVERITIES);

  /* the source filtered out: the arrow arrives on the target's row, naming the source */
  runway_test_add (f->plan, RUNWAY_KIND_MIGRATION, "capability", f->database, "from", f->db11,
                   "to", f->os2, "start", "2027-01-01", "end", "2027-06-01",
                   "status", "in-progress", NULL);
  runway_timeline_set_vendors (t, &f->acme, 1);
  migrations = runway_timeline_get_migrations (t, &n);
  g_assert_cmpuint (n, ==, 2);
  for (guint i = 0; i < n; i++)
    if (migrations[i].start == day_of ("2027-01-01"))
      {
        const RunwayTimelineRow *row = runway_timeline_get_row (t, migrations[i].row);

        g_assert_cmpint (row->entity_id, ==, f->os2);
        g_assert_cmpint (row->capability_id, ==, f->database);
        g_assert_cmpuint (migrations[i].to_row, ==, migrations[i].row);
        g_assert_cmpstr (migrations[i].label, ==, "← GlobexDB 11");
        g_assert_cmpstr (runway_migration_statuses[migrations[i].status], ==, "in-progress");
      }
}

/* What the index must find: every item whose pixel box meets the view. */
static gboolean
item_meets (RunwayTimeline           *t,
            const RunwayTimelineItem *item,
            double                    x,
            double                    y,
            double                    width,
            double                    height)
{
  double x0 = runway_timeline_day_to_x (t, item->start);
  double x1 = runway_timeline_day_to_x (t, item->end);
  double y0 = runway_timeline_row_to_y (t, MIN (item->top, item->bottom));
  double y1 = runway_timeline_row_to_y (t, MAX (item->top, item->bottom));

  if (item->kind == RUNWAY_TIMELINE_ITEM_RISK || item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP
      || item->kind == RUNWAY_TIMELINE_ITEM_CONTRACT_END)
    {
      double half = runway_timeline_get_marker_size (t) / 2;

      x0 -= half;
      x1 += half;
      y0 -= half;
      y1 += half;
    }
  if (item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
    y1 = MAX (y1, y0 + 1);
  return x0 < x + width && x < x1 && y0 < y + height && y < y1;
}

/* The same through the box the layout gives out, for views that pick a
 * frame's items out of a query made for a larger area. */
static gboolean
box_meets (RunwayTimeline           *t,
           const RunwayTimelineItem *item,
           double                    x,
           double                    y,
           double                    width,
           double                    height)
{
  double x0, y0, x1, y1;

  runway_timeline_get_item_box (t, item, &x0, &y0, &x1, &y1);
  return x0 < x + width && x < x1 && y0 < y + height && y < y1;
}

static void
assert_query_exact (RunwayTimeline *t,
                    double          x,
                    double          y,
                    double          width,
                    double          height)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);
  guint n_rows = runway_timeline_get_n_rows (t);
  guint n;
  const RunwayTimelineItem *migrations;

  runway_timeline_query (t, x, y, width, height, found);

  for (guint r = 0; r < n_rows; r++)
    {
      const RunwayTimelineItem *items = runway_timeline_get_row_items (t, r, &n);

      for (guint i = 0; i < n; i++)
        {
          gboolean meets = item_meets (t, &items[i], x, y, width, height);

          g_assert_cmpint (box_meets (t, &items[i], x, y, width, height), ==, meets);
          if (meets)
            g_hash_table_add (expected, (gpointer) &items[i]);
        }
    }
  migrations = runway_timeline_get_migrations (t, &n);
  for (guint i = 0; i < n; i++)
    {
      gboolean meets = item_meets (t, &migrations[i], x, y, width, height);

      g_assert_cmpint (box_meets (t, &migrations[i], x, y, width, height), ==, meets);
      if (meets)
        g_hash_table_add (expected, (gpointer) &migrations[i]);
    }

  for (guint i = 0; i < found->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (found, i);

      /* nothing outside the viewport, nothing twice */
      g_assert_true (item_meets (t, item, x, y, width, height));
      g_assert_true (g_hash_table_remove (expected, item));
    }
  /* and nothing inside it missed */
  g_assert_cmpuint (g_hash_table_size (expected), ==, 0);
}

static void
test_viewport (Fixture       *f,
               gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  static const double views[][4] = {
    { 0, 0, 200, 40 },          /* the top left corner */
    { 1200, 30, 500, 90 },      /* the middle */
    { 3000, 0, 5000, 400 },     /* past the last day and row */
    { -500, -100, 400, 50 },    /* before the first */
    { 0, 0, 8000, 1000 },       /* everything */
    { 2400, 87, 1, 1 },         /* one pixel */
  };
  guint first = 0;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    assert_query_exact (t, views[i][0], views[i][1], views[i][2], views[i][3]);

  /* rows: 20 px each */
  g_assert_cmpuint (runway_timeline_get_rows_in (t, 30, 45, &first), ==, 3);
  g_assert_cmpuint (first, ==, 1);
  g_assert_cmpuint (runway_timeline_get_rows_in (t, 5000, 100, &first), ==, 0);
  g_assert_cmpint (runway_timeline_get_row_at (t, 39.9), ==, 1);
  g_assert_cmpint (runway_timeline_get_row_at (t, -1), ==, -1);
  g_assert_cmpfloat (runway_timeline_get_height (t), ==, 10 * 20.0);
}

static void
test_hit_test (Fixture       *f,
               gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  int os1 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->os1);
  int db10 = find_row_of (t, RUNWAY_TIMELINE_ROW_RELEASE, f->db10);
  double bar_y = runway_timeline_row_to_y (t, os1 + 0.3);
  double deployment_y = runway_timeline_row_to_y (t, os1 + 0.8);
  const RunwayTimelineItem *hit;

  hit = runway_timeline_hit_test (t, runway_timeline_day_to_x (t, day_of ("2021-01-01")), bar_y);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->kind, ==, RUNWAY_TIMELINE_ITEM_PHASE);
  g_assert_cmpint (hit->phase, ==, RUNWAY_TIMELINE_PHASE_MAINSTREAM);
  g_assert_cmpint (hit->entity_id, ==, f->os1);

  hit = runway_timeline_hit_test (t, runway_timeline_day_to_x (t, day_of ("2021-01-01")),
                                  deployment_y);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->kind, ==, RUNWAY_TIMELINE_ITEM_DEPLOYMENT);

  /* a marker wins over the bar under it */
  hit = runway_timeline_hit_test (t, runway_timeline_day_to_x (t, day_of ("2025-06-01")) + 2,
                                  runway_timeline_row_to_y (t, db10 + 0.35));
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->kind, ==, RUNWAY_TIMELINE_ITEM_RISK);

  /* the migration's arrow, halfway along it */
  {
    guint n;
    const RunwayTimelineItem *migration = runway_timeline_get_migrations (t, &n);
    double x = (runway_timeline_day_to_x (t, migration->start)
                + runway_timeline_day_to_x (t, migration->end)) / 2;
    double y = runway_timeline_row_to_y (t, (migration->top + migration->bottom) / 2);

    hit = runway_timeline_hit_test (t, x, y);
    g_assert_nonnull (hit);
    g_assert_cmpint (hit->kind, ==, RUNWAY_TIMELINE_ITEM_MIGRATION);
  }

  /* empty space: a group row before anything */
  g_assert_null (runway_timeline_hit_test (t, 5, 5));
}

static void
test_ticks (Fixture       *f,
            gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) quarters = NULL;
  g_autoptr(GArray) years = NULL;
  RunwayTimelineTick *tick;

  runway_timeline_set_zoom (t, 3.0);
  g_assert_cmpint (runway_timeline_get_tick_unit (t), ==, RUNWAY_TIMELINE_UNIT_MONTH);
  /* 2020 has 366 days: twelve months, and 1 January 2021 is the next stretch's */
  months = runway_timeline_dup_ticks (t, 0, 3.0 * 366);
  g_assert_cmpuint (months->len, ==, 12);
  tick = &g_array_index (months, RunwayTimelineTick, 0);
  g_assert_cmpuint (tick->day, ==, day_of ("2020-01-01"));
  g_assert_true (tick->major);
  g_assert_cmpstr (tick->year, ==, "2020");
  g_assert_cmpstr (tick->label, ==, "Jan");
  tick = &g_array_index (months, RunwayTimelineTick, 2);
  g_assert_cmpuint (tick->day, ==, day_of ("2020-03-01"));
  g_assert_false (tick->major);
  g_assert_cmpstr (tick->label, ==, "Mar");
  g_assert_cmpfloat (runway_timeline_day_to_x (t, tick->day), ==, 180.0);

  runway_timeline_set_zoom (t, 1.0);
  g_assert_cmpint (runway_timeline_get_tick_unit (t), ==, RUNWAY_TIMELINE_UNIT_QUARTER);
  quarters = runway_timeline_dup_ticks (t, 100, 365);
  /* 10 April 2020 to 10 April 2021: July, October, January, April */
  g_assert_cmpuint (quarters->len, ==, 4);
  g_assert_cmpstr (g_array_index (quarters, RunwayTimelineTick, 0).label, ==, "Q3");
  g_assert_false (g_array_index (quarters, RunwayTimelineTick, 0).major);
  g_assert_true (g_array_index (quarters, RunwayTimelineTick, 2).major);
  g_assert_cmpstr (g_array_index (quarters, RunwayTimelineTick, 2).year, ==, "2021");
  g_assert_cmpstr (g_array_index (quarters, RunwayTimelineTick, 2).label, ==, "Q1");
  g_assert_cmpuint (g_array_index (quarters, RunwayTimelineTick, 3).day, ==,
                    day_of ("2021-04-01"));

  /* a decade on a small screen: every other year at most */
  runway_timeline_set_zoom (t, 0.05);
  g_assert_cmpint (runway_timeline_get_tick_unit (t), ==, RUNWAY_TIMELINE_UNIT_YEAR);
  years = runway_timeline_dup_ticks (t, 0, runway_timeline_get_width (t));
  g_assert_cmpuint (years->len, >=, 2);
  for (guint i = 1; i < years->len; i++)
    g_assert_cmpfloat (runway_timeline_day_to_x (t, g_array_index (years, RunwayTimelineTick,
                                                                   i).day)
                       - runway_timeline_day_to_x (t, g_array_index (years, RunwayTimelineTick,
                                                                     i - 1).day), >=, 36);
}

static void
test_follows_plan (Fixture       *f,
                   gconstpointer  data)
{
  RunwayTimeline *t = f->timeline;
  guint changes = 0;
  guint before = runway_timeline_get_n_rows (t);

  g_signal_connect (t, "changed", G_CALLBACK (count_change), &changes);
  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->database,
                   "release", f->gos5, "environment", "development", NULL);
  g_assert_cmpuint (changes, ==, 1);
  /* GlobexOS now runs for Database: a product row and its release */
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, before + 2);

  /* zoom moves pixels, not rows: no relayout */
  runway_timeline_set_zoom (t, 7.0);
  runway_timeline_set_row_height (t, 33);
  g_assert_cmpuint (changes, ==, 1);
}

/* A plan far larger than the screen: 4000 releases, 5000 rows. */
static void
test_large_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "large.runway");
  g_autoptr(RunwayTimeline) t = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  gint64 capability;
  guint first, n_rows, max_per_row = 0;
  double y;

  set_horizon (plan, "2020-01-01", "2034-12-31");
  g_assert_true (runway_plan_begin_edit (plan, "large", &error));
  capability = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Everything", NULL);
  for (guint v = 0; v < 40; v++)
    {
      g_autofree char *vendor_name = g_strdup_printf ("Vendor %02u", v);
      gint64 vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", vendor_name, NULL);

      for (guint p = 0; p < 25; p++)
        {
          g_autofree char *product_name = g_strdup_printf ("Product %02u-%02u", v, p);
          gint64 product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor,
                                            "name", product_name, NULL);

          for (guint r = 0; r < 4; r++)
            {
              g_autofree char *version = g_strdup_printf ("%u", r + 1);
              g_autofree char *ga = g_strdup_printf ("%u-0%u-01", 2020 + 2 * r, 1 + p % 9);
              g_autofree char *eos = g_strdup_printf ("%u-0%u-01", 2023 + 2 * r, 1 + p % 9);
              g_autofree char *eol = g_strdup_printf ("%u-0%u-01", 2025 + 2 * r, 1 + p % 9);
              gint64 release = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product,
                                                "version", version, "ga", ga,
                                                "end-of-support", eos, "end-of-life", eol, NULL);

              if (r == 1)
                runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", capability,
                                 "release", release, "environment", "production",
                                 "from", ga, NULL);
            }
        }
    }
  g_assert_true (runway_plan_end_edit (plan, &error));
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, 4000);

  t = runway_timeline_new (plan);
  runway_timeline_set_grouping (t, RUNWAY_TIMELINE_GROUP_BY_VENDOR);
  runway_timeline_set_as_of (t, day_of ("2026-01-01"));
  runway_timeline_set_zoom (t, 0.4);
  runway_timeline_set_row_height (t, 24);
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, 40 + 1000 + 4000);
  g_assert_cmpfloat (runway_timeline_get_height (t), >, 100 * 1080);

  /* a 1920×1080 screen scrolled into the middle */
  y = runway_timeline_get_height (t) / 2 + 7;
  n_rows = runway_timeline_get_rows_in (t, y, 1080, &first);
  g_assert_cmpuint (n_rows, ==, 46);
  g_assert_cmpuint (first, ==, (guint) (y / 24));
  runway_timeline_query (t, 300, y, 1920, 1080, found);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (found, i);

      g_assert_cmpuint (MAX (item->row, item->to_row), >=, first);
      g_assert_cmpuint (MIN (item->row, item->to_row), <, first + n_rows);
    }
  for (guint r = first; r < first + n_rows; r++)
    {
      guint n;

      runway_timeline_get_row_items (t, r, &n);
      max_per_row = MAX (max_per_row, n);
    }
  g_assert_cmpuint (found->len, <=, n_rows * max_per_row);
  assert_query_exact (t, 300, y, 1920, 1080);

  /* collapsing every vendor leaves 40 rows */
  for (guint r = 0; r < runway_timeline_get_n_rows (t); r++)
    if (runway_timeline_get_row (t, r)->kind == RUNWAY_TIMELINE_ROW_VENDOR)
      runway_timeline_set_collapsed (t, runway_timeline_get_row (t, r)->key, TRUE);
  g_assert_cmpuint (runway_timeline_get_n_rows (t), ==, 40);

  g_clear_object (&t);
  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/timeline/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("phase-pixels", test_phase_pixels);
  ADD ("uncertain-ends", test_uncertain_ends);
  ADD ("grouping", test_grouping);
  ADD ("collapse", test_collapse);
  ADD ("filters", test_filters);
  ADD ("risks-and-markers", test_risks_and_markers);
  ADD ("migrations", test_migrations);
  ADD ("viewport", test_viewport);
  ADD ("hit-test", test_hit_test);
  ADD ("ticks", test_ticks);
  ADD ("follows-plan", test_follows_plan);
  g_test_add_func ("/timeline/large-plan", test_large_plan);

  return g_test_run ();
}
