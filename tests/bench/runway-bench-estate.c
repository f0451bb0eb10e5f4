/* runway-bench-estate.c — DESIGN.md's large estate, built through the core API
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 10,000 products with 10 releases each (a new major every two years, each
 * product on its own schedule, a few with unknown, unannounced or ended
 * end of life, one in twenty on paid extended support), 20,000 roadmap
 * items, 500 vendors, 100 teams, 2,000 people with 20,000 skills, 1,000
 * capabilities with their responsibilities and alternatives, 50,000
 * deployments of the two newest releases and 5,000 migrations between
 * them. Everything is a function of the product, person or capability
 * number and of the seed, so a seed always makes the same plan.
 */

#include "config.h"

#include <string.h>

#include "runway-bench-estate.h"

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
  guint32     seed;
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

/* Two roadmap items per product: the next major (announced or expected)
 * and, for one product in five, a deprecation or a price change. The seed
 * moves the dates, deterministically. */
static void
add_roadmap (Estate *estate,
             guint   p,
             GRand  *rand)
{
  static const char *confidences[] = { "announced", "expected", "rumoured" };
  guint32 next = day_of ("2026-01-01") + (guint32) g_rand_int_range (rand, 0, 3 * 365);
  g_autofree char *date = dup_date (next);
  g_autofree char *title = g_strdup_printf ("Version %u", 10 + RELEASES_PER);

  add (estate, RUNWAY_KIND_ROADMAP_ITEM, "product", estate->products[p], "date", date,
       "title", title, "kind", "release",
       "confidence", confidences[g_rand_int_range (rand, 0, 2)], NULL);
  if (p % 5 == 0)
    {
      g_autofree char *later = dup_date (next + (guint32) g_rand_int_range (rand, 30, 700));

      add (estate, RUNWAY_KIND_ROADMAP_ITEM, "product", estate->products[p], "date", later,
           "title", p % 10 == 0 ? "End of the perpetual licence" : "Legacy API removed",
           "kind", p % 10 == 0 ? "price-change" : "deprecation",
           "confidence", confidences[g_rand_int_range (rand, 0, 3)],
           "source", "https://vendor.example/roadmap", NULL);
    }
}

static void
build (Estate *estate)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (estate->seed);
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
      add_roadmap (estate, p, rand);
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

/**
 * runway_bench_estate_build:
 * @plan: a new, empty plan
 * @scale: 1.0 for DESIGN.md's estate
 *
 * Fills @plan in one edit group (one transaction); aborts on any error.
 */
void
runway_bench_estate_build (RunwayPlan *plan,
                           double      scale,
                           guint32     seed)
{
  Estate estate = { 0 };

  estate.plan = plan;
  estate.seed = seed;
  estate.n_products = MAX (10, (guint) (N_PRODUCTS * scale));
  estate.n_people = MAX (1, (guint) (N_PEOPLE * scale));
  estate.n_capabilities = MAX (1, (guint) (N_CAPABILITIES * scale));
  build (&estate);
  g_free (estate.vendors);
  g_free (estate.products);
  g_free (estate.releases);
  g_free (estate.capabilities);
  g_free (estate.teams);
}

/* Milliseconds on the monotonic clock. */
double
runway_bench_now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

/* The peak resident memory of this process so far (VmHWM), in MB. */
double
runway_bench_read_peak_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

static gint
compare_doubles (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @values, lowest first. */
void
runway_bench_sort (double *values,
                   guint   n)
{
  g_qsort_with_data (values, (gint) n, sizeof (double), compare_doubles, NULL);
}

/* The lowest of @values, which it sorts. */
double
runway_bench_best (double *values,
                   guint   n)
{
  g_assert (n > 0);
  runway_bench_sort (values, n);
  return values[0];
}

/* The median of @values, which it sorts: the middle one, or the mean of
 * the two in the middle. */
double
runway_bench_median (double *values,
                     guint   n)
{
  g_assert (n > 0);
  runway_bench_sort (values, n);
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* The same, of a GArray of doubles. */
double
runway_bench_array_best (GArray *values)
{
  return runway_bench_best ((double *) (gpointer) values->data, values->len);
}

double
runway_bench_array_median (GArray *values)
{
  return runway_bench_median ((double *) (gpointer) values->data, values->len);
}
