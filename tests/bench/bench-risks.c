/* bench-risks.c — how long the risk engine takes on a large estate
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds DESIGN.md's large estate through the core API, in one edit group:
 * 10,000 products with 10 releases each, 50,000 deployments, 2,000 people
 * with 20,000 skills, 5,000 migrations. Then it times, best of several runs,
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

#include "runway-core.h"

#define N_VENDORS         500
#define N_PRODUCTS        10000
#define RELEASES_PER      10
#define N_CAPABILITIES    1000
#define N_TEAMS           100
#define N_PEOPLE          2000
#define SKILLS_PER        10

typedef struct
{
  RunwayPlan *plan;
  guint       n_products;
  guint       n_people;
  guint       n_capabilities;
  gint64     *vendors;
  gint64     *products;
  gint64     *releases;      /* product i's release j at i * RELEASES_PER + j */
  gint64     *capabilities;
  gint64     *teams;
} Estate;

static gint64
add (Estate     *estate,
     RunwayKind  kind,
     const char *first_property,
     ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  va_list args;
  gint64 id;

  va_start (args, first_property);
  draft = RUNWAY_ENTITY (g_object_new_valist (runway_kind_get_gtype (kind), first_property, args));
  va_end (args);

  id = runway_plan_add (estate->plan, draft, &error);
  if (id == 0)
    g_error ("adding a %s: %s", runway_schema_get_table (kind)->name, error->message);
  return id;
}

static char *
dup_date (guint32 day)
{
  return runway_date_format (day);
}

static guint32
day_of (const char *text)
{
  guint32 day = 0;

  if (!runway_date_parse (text, &day, NULL))
    g_error ("bad date %s", text);
  return day;
}

/* Release j of product p: a new major every two years, each product on its
 * own schedule; a few products have an unknown, unannounced or ended end of
 * life, and one in twenty pays for extended support. */
static void
add_release (Estate *estate,
             guint   p,
             guint   j)
{
  guint32 ga = day_of ("2005-01-01") + j * 730 + (p * 37) % 730;
  g_autofree char *version = g_strdup_printf ("%u.%u", 10 + j, p % 3);
  g_autofree char *ga_text = dup_date (ga);
  g_autofree char *eos_text = dup_date (ga + 3 * 365);
  g_autofree char *eol_text = dup_date (ga + 5 * 365);
  g_autofree char *extended_text = dup_date (ga + 8 * 365);
  const char *eol = eol_text;

  if (p % 50 == 0)
    eol = NULL;
  else if (p % 50 == 1)
    eol = "none";
  else if (p % 50 == 2 && j < 8)
    eol = "ended";

  estate->releases[p * RELEASES_PER + j] =
    add (estate, RUNWAY_KIND_RELEASE,
         "product", estate->products[p],
         "version", version,
         "ga", ga_text,
         "end-of-support", eol != NULL && g_str_equal (eol, "ended") ? "ended" : eos_text,
         "end-of-life", eol,
         "extended-support-end", extended_text,
         "extended-support-contracted", p % 20 == 3,
         NULL);
}

static void
build (Estate *estate)
{
  static const char *levels[] = { "expert", "practitioner", "practitioner", "learning" };
  static const double ftes[] = { 1.0, 0.8, 1.0, 0.5, 1.0 };
  g_autoptr(GError) error = NULL;
  RunwaySettings *settings = runway_plan_get_settings (estate->plan);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (RUNWAY_ENTITY (settings));
  guint n_vendors = MAX (1, N_VENDORS * estate->n_products / N_PRODUCTS);

  if (!runway_plan_begin_edit (estate->plan, "Build the estate", &error))
    g_error ("%s", error->message);

  g_object_set (draft, "name", "Large estate", "horizon-start", "2024-01-01",
                "horizon-end", "2030-12-31", "as-of", "2026-11-24", NULL);
  if (!runway_plan_update (estate->plan, draft, &error))
    g_error ("%s", error->message);

  estate->vendors = g_new0 (gint64, n_vendors);
  for (guint v = 0; v < n_vendors; v++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %03u", v);

      estate->vendors[v] = add (estate, RUNWAY_KIND_VENDOR, "name", name,
                                "contract-end", v % 10 == 0 ? "2028-06-30" : NULL, NULL);
    }

  estate->products = g_new0 (gint64, estate->n_products);
  estate->releases = g_new0 (gint64, estate->n_products * RELEASES_PER);
  for (guint p = 0; p < estate->n_products; p++)
    {
      g_autofree char *name = g_strdup_printf ("Product %05u", p);

      estate->products[p] = add (estate, RUNWAY_KIND_PRODUCT, "vendor",
                                 estate->vendors[p % n_vendors], "name", name, NULL);
      for (guint j = 0; j < RELEASES_PER; j++)
        add_release (estate, p, j);
    }

  estate->teams = g_new0 (gint64, N_TEAMS);
  for (guint t = 0; t < N_TEAMS; t++)
    {
      g_autofree char *name = g_strdup_printf ("Team %03u", t);

      estate->teams[t] = add (estate, RUNWAY_KIND_TEAM, "name", name,
                              "support-line", (gint64) (t % 4 + 1), NULL);
    }

  for (guint i = 0; i < estate->n_people; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %04u", i);
      gint64 person = add (estate, RUNWAY_KIND_PERSON, "team", estate->teams[i % N_TEAMS],
                           "name", name, "fte", ftes[i % G_N_ELEMENTS (ftes)], NULL);

      /* products i*5 + k*1000: distinct for one person, about two people per product */
      for (guint k = 0; k < SKILLS_PER; k++)
        add (estate, RUNWAY_KIND_SKILL, "person", person,
             "product", estate->products[(i * 5 + k * (estate->n_products / SKILLS_PER))
                                         % estate->n_products],
             "level", levels[(i + k) % G_N_ELEMENTS (levels)], NULL);
    }

  estate->capabilities = g_new0 (gint64, estate->n_capabilities);
  for (guint c = 0; c < estate->n_capabilities; c++)
    {
      g_autofree char *name = g_strdup_printf ("Capability %04u", c);

      estate->capabilities[c] = add (estate, RUNWAY_KIND_CAPABILITY, "name", name,
                                     "criticality", (gint64) (c % 4 + 1),
                                     "owner", estate->teams[c % N_TEAMS], NULL);
      /* one capability in ten leaves an area to nobody */
      for (guint a = 0; runway_responsibility_areas[a] != NULL; a++)
        if (c % 10 != 0 || a != c % 9)
          add (estate, RUNWAY_KIND_RESPONSIBILITY, "capability", estate->capabilities[c],
               "area", runway_responsibility_areas[a],
               "team", estate->teams[(c + a) % N_TEAMS], NULL);
      if (c % 2 == 0)
        add (estate, RUNWAY_KIND_ALTERNATIVE, "capability", estate->capabilities[c],
             "product", estate->products[(c * 7) % estate->n_products], NULL);
    }

  /* The two newest releases of every product run: five deployments each. */
  for (guint p = 0; p < estate->n_products; p++)
    {
      static const struct { guint release; const char *environment; } runs[] = {
        { 8, "production" }, { 8, "test" },
        { 9, "production" }, { 9, "acceptance" }, { 9, "test" },
      };
      gint64 capability = estate->capabilities[p % estate->n_capabilities];

      for (guint r = 0; r < G_N_ELEMENTS (runs); r++)
        add (estate, RUNWAY_KIND_DEPLOYMENT, "capability", capability,
             "release", estate->releases[p * RELEASES_PER + runs[r].release],
             "environment", runs[r].environment,
             "instances", (gint64) (1 + p % 40),
             "from", "2023-01-01",
             "until", p % 7 == 0 ? "2028-12-31" : NULL, NULL);

      /* half the products plan their way off the older release */
      if (p % 2 == 0)
        {
          RunwayEntity *from = runway_plan_lookup (estate->plan, RUNWAY_KIND_RELEASE,
                                                   estate->releases[p * RELEASES_PER + 8]);
          const char *eol = runway_entity_get_string (from, RUNWAY_RELEASE_END_OF_LIFE);
          guint32 end = day_of (eol != NULL && g_ascii_isdigit (*eol) ? eol : "2027-06-30");
          g_autofree char *end_text = dup_date (p % 4 == 0 ? end + 90 : end - 30);
          g_autofree char *start_text = dup_date (end - 400);

          add (estate, RUNWAY_KIND_MIGRATION, "capability", capability,
               "from", estate->releases[p * RELEASES_PER + 8],
               "to", estate->releases[p * RELEASES_PER + 9],
               "start", start_text, "end", end_text,
               "status", p % 6 == 0 ? "in-progress" : "planned", NULL);
        }
    }

  for (guint i = 0; i < 100 && i < estate->n_products; i++)
    {
      g_autofree char *subject = g_strdup_printf ("Product %05u", i * 97 % estate->n_products);

      add (estate, RUNWAY_KIND_ACCEPTANCE, "rule", "understaffed", "subject", subject,
           "justification", "Being hired", "owner", "CIO", "expires", "2027-12-31", NULL);
    }

  if (!runway_plan_end_edit (estate->plan, &error))
    g_error ("%s", error->message);
}

static double
now (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
best (const double *times,
      int           n)
{
  double result = times[0];

  for (int i = 1; i < n; i++)
    result = MIN (result, times[i]);
  return result;
}

static double
median (double *times,
        guint   n)
{
  g_qsort_with_data (times, (gint) n, sizeof (double), compare_doubles, NULL);
  return times[n / 2];
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
  Estate estate = { 0 };
  guint n_risks = 0, n_accepted = 0;
  double start, staffing_time = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || scale <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "--runs and --scale must be positive");
      return 2;
    }

  estate.n_products = MAX (10, (guint) (N_PRODUCTS * scale));
  estate.n_people = MAX (1, (guint) (N_PEOPLE * scale));
  estate.n_capabilities = MAX (1, (guint) (N_CAPABILITIES * scale));

  dir = g_dir_make_tmp ("bench-risks-XXXXXX", &error);
  g_assert_no_error (error);
  if (existing != NULL)
    path = g_strdup (existing);
  else
    {
      path = keep ? g_strdup (keep) : g_build_filename (dir, "large.runway", NULL);
      estate.plan = runway_plan_create (path, "Large estate", &error);
      g_assert_no_error (error);
      start = now ();
      build (&estate);
      g_print ("built through the core API in one edit group: %.0f ms\n", now () - start);
      g_clear_object (&estate.plan);
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
  g_print ("                                      best    median (ms, %d runs)\n", runs);
  g_print ("SELECT * of every table (reference)  %7.2f  %7.2f\n",
           best (select_times, runs), median (select_times, (guint) runs));
  g_print ("runway_plan_open                     %7.2f  %7.2f\n",
           best (open_times, runs), median (open_times, (guint) runs));
  g_print ("risks, first after opening           %7.2f  %7.2f  (indexes the plan)\n",
           best (cold_times, runs), median (cold_times, (guint) runs));
  g_print ("risks, again (RunwayRiskList)        %7.2f  %7.2f  (target: < 10 ms)\n",
           best (warm_times, runs), median (warm_times, (guint) runs));
  g_print ("risks, again, all as RunwayRisk      %7.2f  %7.2f  (runway_plan_compute_risks)\n",
           best (array_times, runs), median (array_times, (guint) runs));
  g_print ("staffing (one run)                   %7.2f\n", staffing_time);
  g_print ("ratio risks again / SELECT *:            %.2f\n",
           best (warm_times, runs) / best (select_times, runs));
  g_print ("ratio (open + first risks) / SELECT *:   %.2f  (target: < 3)\n",
           (best (open_times, runs) + best (cold_times, runs)) / best (select_times, runs));

  if (keep == NULL && existing == NULL)
    g_unlink (path);
  g_rmdir (dir);
  g_free (estate.vendors);
  g_free (estate.products);
  g_free (estate.releases);
  g_free (estate.capabilities);
  g_free (estate.teams);
  return 0;
}
