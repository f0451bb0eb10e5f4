/* bench-risks.c — how long the risk engine takes on a large estate
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds DESIGN.md's large estate through the core API, in one edit group
 * (runway-bench-estate.c): 10,000 products with 10 releases each, 50,000
 * deployments, 2,000 people with 20,000 skills, 5,000 migrations. Then it times, best of several runs,
 * runway_plan_compute_risks() and, as the reference, reading every row of
 * every table with plain SQLite (SELECT *), and prints both with their
 * ratio. DESIGN.md's targets: risks alone under 10 ms; opening the plan and
 * computing its risks under 3× the reference.
 *
 * The first computation after opening (or editing) a plan indexes it; the
 * next ones, for any as-of date, reuse the index. Both are timed: the first
 * is what `runway-cli risks` pays, the next what the app pays when the
 * as-of date moves or the risk panel refreshes (a RunwayRiskList, which
 * makes RunwayRisk objects only for the rows shown); making every risk an
 * object (runway_plan_compute_risks) is timed too.
 *
 * Usage: bench-risks [--scale 1.0] [--runs 9] [--keep PLAN | --plan PLAN]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "runway-bench-estate.h"

static double
now (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}




/* The reference: every row of every table, every column read. */
static guint64
select_everything (const char *path)
{
  sqlite3 *db = NULL;
  guint64 cells = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              runway_schema_get_table ((RunwayKind) k)->table);
      sqlite3_stmt *statement = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) != SQLITE_OK)
        g_error ("%s: %s", sql, sqlite3_errmsg (db));
      while (sqlite3_step (statement) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (statement); c++)
          switch (sqlite3_column_type (statement, c))
            {
            case SQLITE_INTEGER:
              cells += sqlite3_column_int64 (statement, c) != 0;
              break;
            case SQLITE_FLOAT:
              cells += sqlite3_column_double (statement, c) != 0;
              break;
            case SQLITE_TEXT:
              cells += sqlite3_column_text (statement, c) != NULL;
              break;
            case SQLITE_NULL:
            default:
              break;
            }
      sqlite3_finalize (statement);
    }
  sqlite3_close (db);
  return cells;
}

int
main (int    argc,
      char **argv)
{
  double scale = 1.0;
  int runs = 9;
  g_autofree char *keep = NULL;
  g_autofree char *existing = NULL;
  const GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size of the estate (1.0: DESIGN.md's)", "X" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs of each measurement", "N" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Keep the plan at this path", "PLAN" },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &existing,
      "Time this plan (one --keep made) instead of building one", "PLAN" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the risk engine");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree double *select_times = NULL;
  g_autofree double *open_times = NULL;
  g_autofree double *cold_times = NULL;
  g_autofree double *warm_times = NULL;
  g_autofree double *array_times = NULL;
  RunwayPlan *built = NULL;
  guint n_risks = 0, n_accepted = 0;
  double start, staffing_time = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || scale <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "--runs and --scale must be positive");
      return 2;
    }

  dir = g_dir_make_tmp ("bench-risks-XXXXXX", &error);
  g_assert_no_error (error);
  if (existing != NULL)
    path = g_strdup (existing);
  else
    {
      path = keep ? g_strdup (keep) : g_build_filename (dir, "large.runway", NULL);
      built = runway_plan_create (path, "Large estate", &error);
      g_assert_no_error (error);
      start = now ();
      runway_bench_estate_build (built, scale, 1);
      g_print ("built through the core API in one edit group: %.0f ms\n", now () - start);
      g_clear_object (&built);
    }

  select_times = g_new (double, runs);
  open_times = g_new (double, runs);
  cold_times = g_new (double, runs);
  warm_times = g_new (double, runs);
  array_times = g_new (double, runs);

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(RunwayPlan) plan = NULL;
      g_autoptr(RunwayRiskList) list = NULL;

      start = now ();
      select_everything (path);
      select_times[r] = now () - start;

      start = now ();
      plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      open_times[r] = now () - start;

      start = now ();
      list = runway_risk_list_new (plan, NULL, &error);
      cold_times[r] = now () - start;
      g_assert_no_error (error);

      n_risks = g_list_model_get_n_items (G_LIST_MODEL (list));
      n_accepted = 0;
      for (guint s = RUNWAY_SEVERITY_CRITICAL; s <= RUNWAY_SEVERITY_LOW; s++)
        n_accepted += runway_risk_list_count (list, (RunwaySeverity) s, TRUE);

      /* the app: the risk panel refreshes, the as-of date moves */
      for (int w = 0; w < 3; w++)
        {
          g_autoptr(RunwayRiskList) again = NULL;
          double warm;

          start = now ();
          again = runway_risk_list_new (plan, w == 1 ? "2027-06-30" : NULL, &error);
          warm = now () - start;
          g_assert_no_error (error);
          warm_times[r] = w == 0 ? warm : MIN (warm_times[r], warm);
        }

      /* every risk as an object, as runway-cli and the tests take them */
      {
        g_autoptr(GPtrArray) risks = NULL;

        start = now ();
        risks = runway_plan_compute_risks (plan, NULL, &error);
        array_times[r] = now () - start;
        g_assert_no_error (error);
        g_assert_cmpuint (risks->len, ==, n_risks);
      }

      if (r == 0)
        {
          g_autoptr(GPtrArray) staffing = NULL;

          start = now ();
          staffing = runway_plan_compute_staffing (plan, NULL, &error);
          staffing_time = now () - start;
          g_assert_no_error (error);
        }
    }

  {
    g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_print ("estate: %u products, %u releases, %u deployments, %u people, %u skills, "
             "%u migrations\n",
             runway_plan_count (plan, RUNWAY_KIND_PRODUCT),
             runway_plan_count (plan, RUNWAY_KIND_RELEASE),
             runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT),
             runway_plan_count (plan, RUNWAY_KIND_PERSON),
             runway_plan_count (plan, RUNWAY_KIND_SKILL),
             runway_plan_count (plan, RUNWAY_KIND_MIGRATION));
  }
  g_print ("risks found: %u (%u accepted)\n", n_risks, n_accepted);
#define BEST(times) runway_bench_best ((times), (guint) runs)
#define MEDIAN(times) runway_bench_median ((times), (guint) runs)
  g_print ("                                      best    median (ms, %d runs)\n", runs);
  g_print ("SELECT * of every table (reference)  %7.2f  %7.2f\n",
           BEST (select_times), MEDIAN (select_times));
  g_print ("runway_plan_open                     %7.2f  %7.2f\n",
           BEST (open_times), MEDIAN (open_times));
  g_print ("risks, first after opening           %7.2f  %7.2f  (indexes the plan)\n",
           BEST (cold_times), MEDIAN (cold_times));
  g_print ("risks, again (RunwayRiskList)        %7.2f  %7.2f  (target: < 10 ms)\n",
           BEST (warm_times), MEDIAN (warm_times));
  g_print ("risks, again, all as RunwayRisk      %7.2f  %7.2f  (runway_plan_compute_risks)\n",
           BEST (array_times), MEDIAN (array_times));
  g_print ("staffing (one run)                   %7.2f\n", staffing_time);
  g_print ("ratio risks again / SELECT *:            %.2f\n",
           BEST (warm_times) / BEST (select_times));
  g_print ("ratio (open + first risks) / SELECT *:   %.2f  (target: < 3)\n",
           (BEST (open_times) + BEST (cold_times)) / BEST (select_times));
#undef BEST
#undef MEDIAN

  if (keep == NULL && existing == NULL)
    g_unlink (path);
  g_rmdir (dir);
  return 0;
}
