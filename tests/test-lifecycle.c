/* test-lifecycle.c — importing endoflife.date data: the real CSV, the API
 * v1 and v0 JSON, re-import, hand edits, bad rows and files, undo, and
 * runway-cli import-eol
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "runway-test-util.h"

typedef struct
{
  char       *dir;
  RunwayPlan *plan;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = runway_test_make_dir ();
  f->plan = runway_test_new_plan (f->dir, "plan.runway");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
  runway_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "endoflife", name, NULL);
}

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = data_path (name);

  return runway_test_read_file (path);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static RunwayLifecycleReport *
import_ok (RunwayPlan *plan,
           GBytes     *data,
           const char *product,
           const char *vendor)
{
  g_autoptr(GError) error = NULL;
  RunwayLifecycleReport *report = runway_plan_import_lifecycle (plan, data, product, vendor,
                                                                &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_counts (RunwayLifecycleReport *report,
               guint                  added,
               guint                  updated,
               guint                  unchanged,
               guint                  kept,
               guint                  skipped)
{
  g_assert_cmpuint (runway_lifecycle_report_get_added (report), ==, added);
  g_assert_cmpuint (runway_lifecycle_report_get_updated (report), ==, updated);
  g_assert_cmpuint (runway_lifecycle_report_get_unchanged (report), ==, unchanged);
  g_assert_cmpuint (runway_lifecycle_report_get_kept (report), ==, kept);
  g_assert_cmpuint (runway_lifecycle_report_get_skipped (report), ==, skipped);
}

static char *
dup_notes (RunwayLifecycleReport *report)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; i < runway_lifecycle_report_get_n_notes (report); i++)
    g_string_append_printf (notes, "%s\n", runway_lifecycle_report_get_note (report, i, NULL));
  return g_string_free (notes, FALSE);
}

static RunwayEntity *
find_product (RunwayPlan *plan,
              const char *name)
{
  GListModel *products = runway_plan_get_model (plan, RUNWAY_KIND_PRODUCT);

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (products, i);

      if (g_str_equal (runway_entity_get_string (product, RUNWAY_PRODUCT_NAME), name))
        return product;
    }
  return NULL;
}

/* The release of @product with exactly @version, or NULL. */
static RunwayEntity *
find_release (RunwayPlan *plan,
              const char *product,
              const char *version)
{
  GListModel *releases = runway_plan_get_model (plan, RUNWAY_KIND_RELEASE);
  RunwayEntity *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (releases, i);
      RunwayEntity *owner = runway_plan_lookup (plan, RUNWAY_KIND_PRODUCT,
                                                runway_entity_get_int (release,
                                                                       RUNWAY_RELEASE_PRODUCT));

      if (g_str_equal (runway_entity_get_string (owner, RUNWAY_PRODUCT_NAME), product) &&
          g_str_equal (runway_entity_get_string (release, RUNWAY_RELEASE_VERSION), version))
        {
          g_assert_null (found);  /* versions are unique per product */
          found = release;
        }
    }
  return found;
}

/* ga, end of support, end of life, end of extended support; NULL: unknown */
static void
assert_release (RunwayPlan *plan,
                const char *product,
                const char *version,
                const char *ga,
                const char *eos,
                const char *eol,
                const char *ees)
{
  RunwayEntity *release = find_release (plan, product, version);

  if (release == NULL)
    g_error ("%s %s is not in the plan", product, version);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_GA), ==, ga);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_SUPPORT), ==, eos);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE), ==, eol);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_EXTENDED_SUPPORT_END), ==,
                   ees);
}

/* The CSV's value as a milestone, read independently of the importer. */
static const char *
expected_milestone (const char *csv)
{
  if (*csv == '\0')
    return NULL;
  if (g_str_equal (csv, "true"))
    return "ended";
  if (g_str_equal (csv, "false"))
    return "none";
  return csv;
}

/* Every row of the real CSV is a release of the plan with the row's values. */
static void
assert_plan_has_csv (RunwayPlan *plan,
                     GBytes     *csv)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint rows = 0;

  /* the real file has no quoted fields, so a plain split reads it */
  g_assert_null (strchr (text, '"'));
  g_assert_cmpstr (lines[0], ==, "product,label,category,release_cycle,release_date,support_end,"
                                 "eol,extended_support_end,lts,latest,codename");

  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cell = NULL;
      RunwayEntity *release;

      if (*lines[i] == '\0')
        continue;
      cell = g_strsplit (lines[i], ",", -1);
      g_assert_cmpuint (g_strv_length (cell), ==, 11);
      release = find_release (plan, cell[1], cell[3]);
      if (release == NULL)
        g_error ("line %u: %s %s is not in the plan", i + 1, cell[1], cell[3]);
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_GA), ==,
                       expected_milestone (cell[4]));
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_SUPPORT), ==,
                       expected_milestone (cell[5]));
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE), ==,
                       expected_milestone (cell[6]));
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_EXTENDED_SUPPORT_END), ==,
                       expected_milestone (cell[7]));
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_CODENAME), ==,
                       *cell[10] ? cell[10] : NULL);
      g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_LIFECYCLE_SOURCE), ==,
                       "endoflife.date");
      rows++;
    }
  g_assert_cmpuint (rows, ==, 810);
}

static void
test_real_csv (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(RunwayLifecycleReport) report = import_ok (f->plan, csv, NULL, "Imported");
  g_autofree char *notes = dup_notes (report);
  g_autofree char *summary = runway_lifecycle_report_dup_summary (report);
  RunwayLifecycleNoteKind kind;

  g_assert_cmpint (runway_lifecycle_report_get_format (report), ==, RUNWAY_LIFECYCLE_FORMAT_CSV);
  assert_counts (report, 810, 0, 0, 0, 0);
  g_assert_cmpstr (summary, ==, "added 810, updated 0, unchanged 0");
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 810);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 42);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_VENDOR), ==, 1);

  /* what was created is listed, the vendor first */
  g_assert_cmpuint (runway_lifecycle_report_get_n_notes (report), ==, 43);
  g_assert_cmpstr (runway_lifecycle_report_get_note (report, 0, &kind), ==,
                   "created vendor “Imported”");
  g_assert_cmpint (kind, ==, RUNWAY_LIFECYCLE_NOTE_CREATED);
  runway_test_assert_contains (notes, "created product “PostgreSQL” of “Imported”\n");
  runway_test_assert_contains (notes, "created product “Red Hat Enterprise Linux” of “Imported”\n");
  g_assert_cmpstr (runway_entity_get_string (find_product (f->plan, "PostgreSQL"),
                                             RUNWAY_PRODUCT_CATEGORY), ==, "database");

  /* known rows, spelled out: rhel,…,9,2022-05-18,2027-05-31,2032-05-31,2036-05-31 */
  assert_release (f->plan, "Red Hat Enterprise Linux", "9",
                  "2022-05-18", "2027-05-31", "2032-05-31", "2036-05-31");
  assert_release (f->plan, "Red Hat Enterprise Linux", "4",
                  "2005-02-15", "2009-03-31", "2012-02-29", "2017-03-31");
  assert_release (f->plan, "PostgreSQL", "13", "2020-09-24", NULL, "2025-11-13", NULL);
  assert_release (f->plan, "PostgreSQL", "9.6", "2016-09-29", NULL, "2021-11-11", NULL);
  assert_release (f->plan, "Microsoft Windows Server", "2016",
                  "2016-10-15", "2022-01-11", "2027-01-12", "2030-01-12");
  assert_release (f->plan, "Microsoft Windows Server", "2012-r2",
                  "2013-11-25", "2018-10-09", "2023-10-10", "2026-10-13");
  assert_release (f->plan, "Microsoft Windows Server", "2003-sp1",
                  "2005-03-30", "2009-04-14", "2009-04-14", NULL);
  /* true and false: python 3.5's support ended on a date not recorded;
   * Node.js 22 has no end of extended support announced */
  assert_release (f->plan, "Python", "3.5", "2015-09-13", "ended", "2020-09-30", NULL);
  assert_release (f->plan, "Node.js", "22", "2024-04-24", "2025-10-21", "2027-04-30", "none");
  assert_release (f->plan, "Node.js", "1", "2015-01-20", "ended", "ended", NULL);
  assert_release (f->plan, "Redis", "8.10", "2026-07-29", "none", "none", NULL);
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "Microsoft SQL Server", "15.0"),
                                             RUNWAY_RELEASE_CODENAME), ==, "Aris/Seattle");

  /* and every other row, read independently of the importer */
  assert_plan_has_csv (f->plan, csv);

  /* the plan is sound and on disk */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = runway_plan_check (f->plan, &error);
    g_autofree char *path = g_strdup (runway_plan_get_path (f->plan));
    g_autoptr(RunwayPlan) again = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 0);
    g_clear_object (&f->plan);
    again = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    assert_plan_has_csv (again, csv);
  }
}

static void
test_reimport (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(RunwayLifecycleReport) first = import_ok (f->plan, csv, NULL, "Imported");
  g_autoptr(RunwayLifecycleReport) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  runway_plan_clear_history (f->plan);
  second = import_ok (f->plan, csv, NULL, "Imported");
  summary = runway_lifecycle_report_dup_summary (second);
  g_assert_cmpstr (summary, ==, "added 0, updated 0, unchanged 810");
  assert_counts (second, 0, 0, 810, 0, 0);
  g_assert_cmpuint (runway_lifecycle_report_get_n_notes (second), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 810);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 42);
  /* an import that changes nothing is no undo step */
  g_assert_false (runway_plan_can_undo (f->plan));

  /* nor does importing without a vendor change anything for known products */
  g_clear_pointer (&second, runway_lifecycle_report_free);
  second = import_ok (f->plan, csv, NULL, NULL);
  assert_counts (second, 0, 0, 810, 0, 0);
}

static void
test_versions_are_strings (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(RunwayLifecycleReport) report = import_ok (f->plan, csv, "python", "PSF");
  g_autoptr(RunwayLifecycleReport) json = NULL;
  g_autoptr(GBytes) v1 = bytes_of (
    "{\"result\": {\"name\": \"numbers\", \"label\": \"Numbers\", \"releases\": ["
    "{\"name\": \"3.10\", \"releaseDate\": \"2021-10-04\", \"isEol\": false, \"eolFrom\": null},"
    "{\"name\": \"3.1\", \"releaseDate\": \"2009-06-27\", \"isEol\": true, \"eolFrom\": null},"
    "{\"name\": \"3.1.0\", \"releaseDate\": \"2009-06-27\", \"isEol\": true, \"eolFrom\": null},"
    "{\"name\": 8, \"releaseDate\": \"2019-06-27\"},"
    "{\"name\": 3.2, \"releaseDate\": \"2011-02-20\"}]}}");
  g_autofree char *notes = NULL;

  assert_counts (report, 17, 0, 0, 0, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 1);
  assert_release (f->plan, "Python", "3.10", "2021-10-04", "2023-04-05", "2026-10-31", NULL);
  assert_release (f->plan, "Python", "3.1", "2009-06-27", "ended", "2012-04-09", NULL);
  g_assert_true (find_release (f->plan, "Python", "3.10") !=
                 find_release (f->plan, "Python", "3.1"));

  json = import_ok (f->plan, v1, NULL, "Someone");
  notes = dup_notes (json);
  assert_counts (json, 4, 0, 0, 0, 1);
  assert_release (f->plan, "Numbers", "3.10", "2021-10-04", NULL, "none", NULL);
  assert_release (f->plan, "Numbers", "3.1", "2009-06-27", NULL, "ended", NULL);
  assert_release (f->plan, "Numbers", "3.1.0", "2009-06-27", NULL, "ended", NULL);
  assert_release (f->plan, "Numbers", "8", "2019-06-27", NULL, NULL, NULL);
  /* a JSON number 3.2 might have been "3.20": refused, not guessed */
  runway_test_assert_contains (notes, "skipped index 4: version: name is a number, not text");
  g_assert_null (find_release (f->plan, "Numbers", "3.2"));
}

/* The Node.js rows of the CSV, written as API v1 and v0 JSON, give the
 * same releases with the same milestones. */
static void
test_json_agrees_with_csv (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(GBytes) v1 = read_data ("nodejs-api-v1.json");
  g_autoptr(GBytes) v0 = read_data ("nodejs-api-v0.json");
  g_autoptr(RunwayPlan) plan_v1 = runway_test_new_plan (f->dir, "v1.runway");
  g_autoptr(RunwayPlan) plan_v0 = runway_test_new_plan (f->dir, "v0.runway");
  g_autoptr(RunwayLifecycleReport) from_csv = import_ok (f->plan, csv, "Node.js", "OpenJS");
  g_autoptr(RunwayLifecycleReport) from_v1 = NULL;
  g_autoptr(RunwayLifecycleReport) from_v0 = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *releases = runway_plan_get_model (f->plan, RUNWAY_KIND_RELEASE);
  static const guint columns[] = {
    RUNWAY_RELEASE_CODENAME, RUNWAY_RELEASE_GA, RUNWAY_RELEASE_END_OF_SUPPORT,
    RUNWAY_RELEASE_END_OF_LIFE, RUNWAY_RELEASE_EXTENDED_SUPPORT_END,
    RUNWAY_RELEASE_LIFECYCLE_SOURCE,
  };

  /* v1 names its product (result.label); v0 does not, so it needs one */
  from_v1 = import_ok (plan_v1, v1, NULL, "OpenJS");
  g_assert_null (runway_plan_import_lifecycle (plan_v0, v0, NULL, "OpenJS", &error));
  g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NEEDS_PRODUCT);
  from_v0 = import_ok (plan_v0, v0, "Node.js", "OpenJS");

  g_assert_cmpint (runway_lifecycle_report_get_format (from_v1), ==,
                   RUNWAY_LIFECYCLE_FORMAT_API_V1);
  g_assert_cmpint (runway_lifecycle_report_get_format (from_v0), ==,
                   RUNWAY_LIFECYCLE_FORMAT_API_V0);
  assert_counts (from_csv, 26, 0, 0, 0, 0);
  assert_counts (from_v1, 26, 0, 0, 0, 0);
  assert_counts (from_v0, 26, 0, 0, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 26);
  g_assert_nonnull (find_product (plan_v1, "Node.js"));
  g_assert_nonnull (find_product (plan_v0, "Node.js"));

  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (releases, i);
      const char *version = runway_entity_get_string (release, RUNWAY_RELEASE_VERSION);
      RunwayEntity *other[] = {
        find_release (plan_v1, "Node.js", version), find_release (plan_v0, "Node.js", version),
      };

      for (guint p = 0; p < G_N_ELEMENTS (other); p++)
        {
          g_assert_nonnull (other[p]);
          for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
            g_assert_cmpstr (runway_entity_get_string (other[p], columns[c]), ==,
                             runway_entity_get_string (release, columns[c]));
        }
    }

  /* all kinds of values occur, so the comparison above means something */
  assert_release (plan_v0, "Node.js", "22", "2024-04-24", "2025-10-21", "2027-04-30", "none");
  assert_release (plan_v1, "Node.js", "22", "2024-04-24", "2025-10-21", "2027-04-30", "none");
  assert_release (plan_v0, "Node.js", "3", "2015-08-04", "ended", "ended", NULL);
  assert_release (plan_v1, "Node.js", "3", "2015-08-04", "ended", "ended", NULL);
  assert_release (plan_v1, "Node.js", "26", "2026-05-05", "2027-10-27", "2029-04-30", NULL);
}

/* v0's support and extendedSupport say whether the support still runs:
 * the opposite of v1's isEoas and the CSV's support_end. */
static void
test_v0_inverted_booleans (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) v0 = bytes_of (
    "[{\"cycle\": \"1\", \"releaseDate\": \"2020-01-01\", \"support\": true, \"eol\": false,"
    "  \"extendedSupport\": false},"
    " {\"cycle\": \"2\", \"releaseDate\": \"2020-01-01\", \"support\": false, \"eol\": true,"
    "  \"extendedSupport\": true},"
    " {\"cycle\": \"3\", \"releaseDate\": \"2020-01-01\", \"support\": \"2021-01-01\","
    "  \"eol\": \"2022-01-01\", \"extendedSupport\": \"2023-01-01\"},"
    " {\"cycle\": \"4\", \"releaseDate\": null, \"eol\": false}]");
  g_autoptr(GBytes) v1 = bytes_of (
    "{\"result\": {\"releases\": ["
    "{\"name\": \"1\", \"releaseDate\": \"2020-01-01\", \"isEoas\": true, \"eoasFrom\": null,"
    " \"isEol\": false, \"eolFrom\": null, \"isEoes\": false, \"eoesFrom\": null},"
    "{\"name\": \"2\", \"releaseDate\": \"2020-01-01\", \"isEoas\": false, \"eoasFrom\": null,"
    " \"isEol\": true, \"eolFrom\": \"2021-06-01\", \"isEoes\": true, \"eoesFrom\": null}]}}");
  g_autoptr(RunwayPlan) other = runway_test_new_plan (f->dir, "v1.runway");
  g_autoptr(RunwayLifecycleReport) report = import_ok (f->plan, v0, "Widget", "Acme");
  g_autoptr(RunwayLifecycleReport) report_v1 = import_ok (other, v1, "Widget", "Acme");

  assert_counts (report, 4, 0, 0, 0, 0);
  assert_release (f->plan, "Widget", "1", "2020-01-01", "none", "none", "ended");
  assert_release (f->plan, "Widget", "2", "2020-01-01", "ended", "ended", "none");
  assert_release (f->plan, "Widget", "3", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01");
  assert_release (f->plan, "Widget", "4", NULL, NULL, "none", NULL);

  assert_counts (report_v1, 2, 0, 0, 0, 0);
  assert_release (other, "Widget", "1", "2020-01-01", "ended", "none", "none");
  /* a date wins over its boolean */
  assert_release (other, "Widget", "2", "2020-01-01", "none", "2021-06-01", "ended");

  /* API v1's endpoint of one release */
  {
    g_autoptr(GBytes) one = bytes_of (
      "{\"schema_version\": \"1.2.0\", \"result\": {\"name\": \"3\", \"codename\": \"Trio\","
      " \"releaseDate\": \"2022-01-01\", \"isEol\": false, \"eolFrom\": \"2030-01-01\"}}");
    g_autoptr(RunwayLifecycleReport) single = import_ok (other, one, "widget", NULL);

    assert_counts (single, 1, 0, 0, 0, 0);
    assert_release (other, "Widget", "3", "2022-01-01", NULL, "2030-01-01", NULL);
    g_assert_cmpstr (runway_entity_get_string (find_release (other, "Widget", "3"),
                                               RUNWAY_RELEASE_CODENAME), ==, "Trio");
  }
}

/* Simulates the editor: a user changes a date, which clears the source. */
static void
edit_by_hand (RunwayPlan *plan,
              const char *product,
              const char *version,
              guint       column,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft = runway_entity_copy (find_release (plan, product, version));

  runway_entity_set_string (draft, column, value);
  runway_entity_set_string (draft, RUNWAY_RELEASE_LIFECYCLE_SOURCE, NULL);
  g_assert_true (runway_plan_update (plan, draft, &error));
  g_assert_no_error (error);
}

static void
test_hand_edits_are_kept (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autofree char *notes = NULL;
  gint64 vendor = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "PGDG", NULL);
  gint64 product = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", vendor,
                                    "name", "postgresql", NULL);

  /* made by hand before any import: one with just a version, one with
   * an end of life that disagrees with endoflife.date */
  runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", product, "version", "16", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", product, "version", "15",
                   "end-of-life", "2027-11-30", NULL);

  /* no vendor: only the product the plan has is imported */
  report = import_ok (f->plan, csv, NULL, NULL);
  notes = dup_notes (report);
  assert_counts (report, 27, 2, 0, 1, 810 - 29);
  runway_test_assert_contains (notes,
                               "kept postgresql 15: end of life edited by hand (2027-11-30), "
                          "the file says 2027-11-11\n");
  runway_test_assert_contains (notes,
                               "skipped 7 releases of “Red Hat Enterprise Linux”: no product of "
                          "that name in the plan");
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 1);
  /* the empty one is filled in and from now on kept up to date; the other
   * keeps its end of life and gets what it did not know */
  assert_release (f->plan, "postgresql", "16", "2023-09-14", NULL, "2028-11-09", NULL);
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "postgresql", "16"),
                                             RUNWAY_RELEASE_LIFECYCLE_SOURCE), ==,
                   "endoflife.date");
  assert_release (f->plan, "postgresql", "15", "2022-10-13", NULL, "2027-11-30", NULL);
  g_assert_null (runway_entity_get_string (find_release (f->plan, "postgresql", "15"),
                                           RUNWAY_RELEASE_LIFECYCLE_SOURCE));

  /* the user corrects a date; endoflife.date moves another */
  edit_by_hand (f->plan, "postgresql", "13", RUNWAY_RELEASE_END_OF_LIFE, "2025-11-14");
  {
    g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
    const char *row = "postgresql,PostgreSQL,database,14,2021-09-30,,2026-11-12,";
    char *at = strstr (text, row);

    g_assert_nonnull (at);
    memcpy (at + strlen (row) - strlen ("2026-11-12,"), "2026-11-19", 10);
    changed = g_bytes_new (text, strlen (text));
  }

  g_clear_pointer (&report, runway_lifecycle_report_free);
  g_clear_pointer (&notes, g_free);
  report = import_ok (f->plan, changed, "PostgreSQL", NULL);
  notes = dup_notes (report);
  assert_counts (report, 0, 1, 28, 2, 0);
  runway_test_assert_contains (notes,
                               "kept postgresql 13: end of life edited by hand (2025-11-14), "
                          "the file says 2025-11-13\n");
  runway_test_assert_contains (notes,
                               "kept postgresql 15: end of life edited by hand (2027-11-30), "
                          "the file says 2027-11-11\n");
  assert_release (f->plan, "postgresql", "13", "2020-09-24", NULL, "2025-11-14", NULL);
  assert_release (f->plan, "postgresql", "14", "2021-09-30", NULL, "2026-11-19", NULL);
}

static void
test_malformed_rows (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("malformed.csv");
  g_autoptr(RunwayLifecycleReport) report = import_ok (f->plan, csv, NULL, "PGDG");
  g_autofree char *notes = dup_notes (report);
  g_autofree char *summary = runway_lifecycle_report_dup_summary (report);

  g_assert_cmpstr (summary, ==, "added 3, updated 0, unchanged 0, skipped 5");
  runway_test_assert_contains (notes,
                               "skipped line 3: PostgreSQL 16: End of life: 2020-01-01 is before "
                          "general availability (2023-09-14)\n");
  runway_test_assert_contains (notes, "skipped line 4: end of life: “2027-02-30” is not a date");
  runway_test_assert_contains (notes, "skipped line 5: it has 10 fields, the header 11\n");
  runway_test_assert_contains (notes, "skipped line 8: end of life: “soon” is not a date");
  runway_test_assert_contains (notes,
                               "skipped line 11: PostgreSQL 17 is in the file twice (first at line 2)");

  /* the good rows around them are in, the quoted line break too */
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 3);
  assert_release (f->plan, "PostgreSQL", "17", "2024-09-26", NULL, "2029-11-08", NULL);
  assert_release (f->plan, "PostgreSQL", "13", "2020-09-24", NULL, "2025-11-13", NULL);
  assert_release (f->plan, "PostgreSQL", "11", "2018-10-18", NULL, "2023-11-09", NULL);
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "PostgreSQL", "13"),
                                             RUNWAY_RELEASE_CODENAME), ==, "Two\nlines");
  g_assert_null (find_release (f->plan, "PostgreSQL", "16"));
}

static void
test_csv_syntax (Fixture       *f,
                 gconstpointer  data)
{
  /* a spreadsheet's export: byte order mark, CRLF, quotes, other column
   * order, a missing newline at the end */
  g_autoptr(GBytes) csv = bytes_of (
    "\xef\xbb\xbf\"Label\",release_cycle,EOL,codename\r\n"
    "Acme DB,\"1.0\",\"2030-01-01\",\"Foo, \"\"the\"\" Bar\"\r\n"
    "\"Acme DB\",2.0,,\"Multi\r\nline\"\r\n"
    "Acme DB,3.10,TRUE,Schrödinger's Cat\r\n"
    "Acme DB,4,2030-13-01,x\r\n"
    "Acme DB,\"5\"x,,\r\n"
    "Acme DB,6,\"2030\r\n01\",x\r\n"
    ",7,2030-01-01,\r\n"
    "Acme DB,3.1,false,");
  g_autoptr(GBytes) unclosed = bytes_of ("label,release_cycle,eol\nAcme DB,1,2030-01-01\n"
                                         "Acme DB,\"2,2030-01-01\nAcme DB,3,\n");
  g_autoptr(RunwayLifecycleReport) report = import_ok (f->plan, csv, NULL, "Acme");
  g_autofree char *notes = dup_notes (report);
  g_autoptr(GError) error = NULL;

  assert_counts (report, 4, 0, 0, 0, 4);
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "Acme DB", "1.0"),
                                             RUNWAY_RELEASE_CODENAME), ==, "Foo, \"the\" Bar");
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "Acme DB", "2.0"),
                                             RUNWAY_RELEASE_CODENAME), ==, "Multi\r\nline");
  g_assert_cmpstr (runway_entity_get_string (find_release (f->plan, "Acme DB", "3.10"),
                                             RUNWAY_RELEASE_CODENAME), ==, "Schrödinger's Cat");
  assert_release (f->plan, "Acme DB", "1.0", NULL, NULL, "2030-01-01", NULL);
  assert_release (f->plan, "Acme DB", "3.10", NULL, NULL, "ended", NULL);
  assert_release (f->plan, "Acme DB", "3.1", NULL, NULL, "none", NULL);
  /* line numbers count the line break inside the quotes */
  runway_test_assert_contains (notes, "skipped line 6: end of life: “2030-13-01” is not a date");
  runway_test_assert_contains (notes, "skipped line 7: text after the closing quote of a field\n");
  /* a note is one line, whatever the value holds */
  runway_test_assert_contains (notes, "skipped line 8: end of life: “2030 01” is not a date");
  runway_test_assert_contains (notes, "skipped line 10: it does not say which product it is of\n");

  /* a quote never closed makes the rest unreadable: nothing is imported */
  g_assert_null (runway_plan_import_lifecycle (f->plan, unclosed, NULL, "Acme", &error));
  g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE);
  runway_test_assert_contains (error->message, "line 3: a quoted field is never closed");
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 4);
}

/* Files that are not lifecycle data at all: an error, and the plan file
 * is byte for byte what it was. */
static void
test_unreadable_writes_nothing (Fixture       *f,
                                gconstpointer  data)
{
  static const guchar binary[] = { 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };
  g_autofree char *path = g_strdup (runway_plan_get_path (f->plan));
  g_autoptr(GBytes) before = NULL;
  struct {
    GBytes     *data;
    const char *product;
    int         code;
    const char *message;
  } cases[] = {
    { g_bytes_new_static (binary, sizeof binary), NULL, RUNWAY_LIFECYCLE_ERROR_UNREADABLE,
      "not a text file" },
    { bytes_of ("caf\xe9,1\n"), NULL, RUNWAY_LIFECYCLE_ERROR_UNREADABLE, "not a text file" },
    { bytes_of (""), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE, "empty" },
    { bytes_of (" \r\n\n"), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE, "empty" },
    { read_data ("nodejs-api-v1-truncated.json"), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE,
      "not valid JSON" },
    /* a value with a line break still makes a one-line message */
    { bytes_of ("[{\"cycle\": \"1\", \"eol\": \"2015-01-0\n  \", \"lts\": false}]"), "Widget",
      RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED, "end of life: “2015-01-0 ” is not a date" },
    { bytes_of ("{\"products\": []}"), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE,
      "not endoflife.date data" },
    { bytes_of ("name,date\nPostgreSQL,2020-01-01\n"), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE,
      "release_cycle" },
    { bytes_of ("product,label,release_cycle\n"), NULL, RUNWAY_LIFECYCLE_ERROR_PARSE,
      "no release cycles" },
    { bytes_of ("[]"), "Widget", RUNWAY_LIFECYCLE_ERROR_PARSE, "no release cycles" },
    { bytes_of ("[1, \"two\"]"), "Widget", RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED,
      "index 0: not a release object" },
    { read_data ("endoflife-infra.csv"), "Nonexistent", RUNWAY_LIFECYCLE_ERROR_NO_SUCH_PRODUCT,
      "no releases of “Nonexistent”" },
    { bytes_of ("label,release_cycle,release_date,eol\nX,1,2020-01-01,2010-01-01\n"), NULL,
      RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED, "End of life: 2010-01-01 is before" },
  };

  /* a plan with something in it, to see that it stays */
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Acme", NULL);
  runway_plan_clear_history (f->plan);
  g_clear_object (&f->plan);
  before = runway_test_read_file (path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
      g_autoptr(GBytes) after = NULL;

      g_assert_no_error (error);
      g_test_message ("case %u: %s", i, cases[i].message);
      g_assert_null (runway_plan_import_lifecycle (plan, cases[i].data, cases[i].product, "X",
                                                   &error));
      g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, cases[i].code);
      runway_test_assert_contains (error->message, cases[i].message);
      g_assert_null (strchr (error->message, '\n'));

      g_assert_false (runway_plan_can_undo (plan));
      g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
      g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_PRODUCT), ==, 0);
      g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, 0);
      g_clear_object (&plan);
      after = runway_test_read_file (path);
      g_assert_true (g_bytes_equal (before, after));
      g_bytes_unref (cases[i].data);
    }
}

static void
test_undo_in_one_step (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) reopened = NULL;
  g_autofree char *path = g_strdup (runway_plan_get_path (f->plan));

  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Red Hat", NULL);
  report = import_ok (f->plan, csv, "rhel", "Red Hat");
  assert_counts (report, 7, 0, 0, 0, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 1);
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Import lifecycle data");

  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 0);
  /* the vendor was there before the import and stays */
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_VENDOR), ==, 1);
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Add vendor “Red Hat”");

  g_assert_true (runway_plan_redo (f->plan, &error));
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 7);
  g_assert_true (runway_plan_undo (f->plan, &error));

  /* the file agrees */
  g_clear_object (&f->plan);
  reopened = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (reopened, RUNWAY_KIND_RELEASE), ==, 0);
  g_assert_cmpuint (runway_plan_count (reopened, RUNWAY_KIND_PRODUCT), ==, 0);
}

static void
test_choosing_the_product (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_data ("endoflife-infra.csv");
  g_autoptr(GBytes) v1 = read_data ("nodejs-api-v1.json");
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gint64 red_hat = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Red Hat", NULL);
  gint64 a = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Vendor A", NULL);
  gint64 b = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Vendor B", NULL);

  /* endoflife.date's id finds a product a user called RHEL */
  runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", red_hat, "name", "RHEL", NULL);
  report = import_ok (f->plan, csv, "rhel", NULL);
  assert_counts (report, 7, 0, 0, 0, 0);
  assert_release (f->plan, "RHEL", "8", "2019-05-07", "2024-05-31", "2029-05-31", "2033-05-31");

  /* endoflife.date's label is often vendor and name: "Microsoft SQL Server";
   * its id a name written in lower case with dashes: "windows-server" */
  {
    gint64 microsoft = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Microsoft", NULL);
    gint64 ms = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "MS", NULL);
    g_autoptr(RunwayLifecycleReport) sql = NULL;
    g_autoptr(RunwayLifecycleReport) windows = NULL;

    runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", microsoft, "name", "SQL Server",
                     NULL);
    runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", ms, "name", "Windows server", NULL);
    sql = import_ok (f->plan, csv, "Microsoft SQL Server", NULL);
    windows = import_ok (f->plan, csv, "windows-server", NULL);
    assert_counts (sql, 36, 0, 0, 0, 0);
    assert_counts (windows, 20, 0, 0, 0, 0);
    assert_release (f->plan, "SQL Server", "16.0", "2022-11-16", "2028-01-11", "2033-01-11", NULL);
    assert_release (f->plan, "Windows server", "2019", "2018-11-13", "2024-01-09", "2029-01-09",
                    NULL);
    g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PRODUCT), ==, 3);
  }

  /* a product with no releases in the file is no import at all */
  g_assert_null (runway_plan_import_lifecycle (f->plan, csv, "Frobnicator", "X", &error));
  g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NO_SUCH_PRODUCT);
  g_clear_error (&error);

  /* not in the plan and no vendor to create it under */
  g_assert_null (runway_plan_import_lifecycle (f->plan, v1, NULL, NULL, &error));
  g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED);
  runway_test_assert_contains (error->message,
                               "skipped 26 releases of “Node.js”: no product of that name");
  g_clear_error (&error);

  /* two products of that name: the vendor says which */
  runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", a, "name", "Node.js", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", b, "name", "node.js", NULL);
  g_assert_null (runway_plan_import_lifecycle (f->plan, v1, NULL, NULL, &error));
  g_assert_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED);
  runway_test_assert_contains (error->message, "2 products of the plan have that name");
  g_clear_pointer (&report, runway_lifecycle_report_free);
  report = import_ok (f->plan, v1, NULL, "Vendor B");
  assert_counts (report, 26, 0, 0, 0, 0);
  g_assert_nonnull (find_release (f->plan, "node.js", "22"));
  g_assert_null (find_release (f->plan, "Node.js", "22"));

  /* JSON goes where --product says, whatever the file calls it */
  g_clear_pointer (&report, runway_lifecycle_report_free);
  report = import_ok (f->plan, v1, "JavaScript runtime", "Vendor A");
  assert_counts (report, 26, 0, 0, 0, 0);
  assert_release (f->plan, "JavaScript runtime", "20",
                  "2023-04-18", "2024-10-22", "2026-04-30", "none");
}

/* -- runway-cli import-eol -- */


static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *plan = g_strdup (runway_plan_get_path (f->plan));
  g_autofree char *csv = data_path ("endoflife-infra.csv");
  g_autofree char *malformed = data_path ("malformed.csv");
  g_autofree char *v0 = data_path ("nodejs-api-v0.json");
  g_autofree char *v1 = data_path ("nodejs-api-v1.json");
  g_autofree char *garbage = g_build_filename (f->dir, "photo.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *v1_text = NULL;
  g_autoptr(GBytes) before = NULL;
  g_auto(RunwayTestRun) help = { 0 };
  g_auto(RunwayTestRun) usage = { 0 };
  g_auto(RunwayTestRun) extra = { 0 };
  g_auto(RunwayTestRun) first = { 0 };
  g_auto(RunwayTestRun) again = { 0 };
  g_auto(RunwayTestRun) bad_rows = { 0 };
  g_auto(RunwayTestRun) bad_file = { 0 };
  g_auto(RunwayTestRun) no_file = { 0 };
  g_auto(RunwayTestRun) no_plan = { 0 };
  g_auto(RunwayTestRun) no_product = { 0 };
  g_auto(RunwayTestRun) v0_run = { 0 };
  g_auto(RunwayTestRun) piped = { 0 };

  g_clear_object (&f->plan);

  runway_test_run_cli_input (&help, NULL, "import-eol", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  runway_test_assert_contains (help.out, "PLAN FILE");
  runway_test_assert_contains (help.out, "--product=NAME");
  runway_test_assert_contains (help.out, "--vendor=NAME");
  runway_test_assert_contains (help.out, "v0");

  runway_test_run_cli_input (&usage, NULL, "import-eol", plan, NULL);
  g_assert_cmpint (usage.status, ==, 2);
  runway_test_assert_contains (usage.err, "missing argument");
  runway_test_run_cli_input (&extra, NULL, "import-eol", plan, csv, csv, NULL);
  g_assert_cmpint (extra.status, ==, 2);

  runway_test_run_cli_input (&first, NULL, "import-eol", plan, csv, "--vendor", "Imported", NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_cmpstr (first.err, ==, "");
  g_assert_true (g_str_has_prefix (first.out, "created vendor “Imported”\n"));
  runway_test_assert_contains (first.out,
                               "created product “Microsoft Windows Server” of “Imported”\n");
  g_assert_true (g_str_has_suffix (first.out, "\nadded 810, updated 0, unchanged 0\n"));

  runway_test_run_cli_input (&again, NULL, "import-eol", plan, csv, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "added 0, updated 0, unchanged 810\n");

  runway_test_run_cli_input (&bad_rows, NULL, "import-eol", plan, malformed, NULL);
  g_assert_cmpint (bad_rows.status, ==, 0);
  runway_test_assert_contains (bad_rows.out,
                               "skipped line 3: PostgreSQL 16: End of life: 2020-01-01 is "
                                 "before general availability (2023-09-14)\n");
  runway_test_assert_contains (bad_rows.out, "skipped line 5: it has 10 fields, the header 11\n");
  /* 17, 13 and 11 are in the plan already; this file gives 13 a codename */
  g_assert_true (g_str_has_suffix (bad_rows.out,
                                   "\nadded 0, updated 1, unchanged 2, skipped 5\n"));

  /* errors: one line, exit 1, the plan untouched */
  before = runway_test_read_file (plan);
  runway_test_write_file (garbage, "\x89PNG\r\n\x1a\n\0\0\0\r", 12);
  runway_test_run_cli_input (&bad_file, NULL, "import-eol", plan, garbage, NULL);
  g_assert_cmpint (bad_file.status, ==, 1);
  runway_test_assert_contains (bad_file.err, "runway-cli import-eol: ");
  runway_test_assert_contains (bad_file.err, "photo.png: This is not a text file");
  g_assert_cmpuint (runway_test_count_lines (bad_file.err), ==, 1);
  g_assert_cmpstr (bad_file.out, ==, "");

  runway_test_run_cli_input (&no_file, NULL, "import-eol", plan, missing, NULL);
  g_assert_cmpint (no_file.status, ==, 1);
  runway_test_assert_contains (no_file.err, "No such file");
  g_assert_cmpuint (runway_test_count_lines (no_file.err), ==, 1);

  runway_test_run_cli_input (&no_plan, NULL, "import-eol", missing, csv, NULL);
  g_assert_cmpint (no_plan.status, ==, 1);
  runway_test_assert_contains (no_plan.err, "does not exist");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  runway_test_run_cli_input (&no_product, NULL, "import-eol", plan, v0, NULL);
  g_assert_cmpint (no_product.status, ==, 1);
  runway_test_assert_contains (no_product.err,
                               "nodejs-api-v0.json: The file does not say which product");
  runway_test_assert_contains (no_product.err, "(--product NAME)");
  g_assert_cmpuint (runway_test_count_lines (no_product.err), ==, 1);
  g_assert_true (runway_test_file_equals (plan, before));

  /* v0 into the product the CSV made: nothing new */
  runway_test_run_cli_input (&v0_run, NULL, "import-eol", plan, v0, "--product", "node.js", NULL);
  g_assert_cmpint (v0_run.status, ==, 0);
  g_assert_cmpstr (v0_run.out, ==, "added 0, updated 0, unchanged 26\n");

  /* "-" reads a download piped in */
  g_assert_true (g_file_get_contents (v1, &v1_text, NULL, NULL));
  runway_test_run_cli_input (&piped, v1_text, "import-eol", plan, "-", "--product", "Node.js LTS",
                             "--vendor",
           "OpenJS", NULL);
  g_assert_cmpint (piped.status, ==, 0);
  runway_test_assert_contains (piped.out, "created vendor “OpenJS”\n");
  runway_test_assert_contains (piped.out, "created product “Node.js LTS” of “OpenJS”\n");
  runway_test_assert_contains (piped.out, "added 26, updated 0, unchanged 0\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/lifecycle/real-csv", test_real_csv);
  ADD ("/lifecycle/reimport", test_reimport);
  ADD ("/lifecycle/versions-are-strings", test_versions_are_strings);
  ADD ("/lifecycle/json-agrees-with-csv", test_json_agrees_with_csv);
  ADD ("/lifecycle/v0-inverted-booleans", test_v0_inverted_booleans);
  ADD ("/lifecycle/hand-edits-are-kept", test_hand_edits_are_kept);
  ADD ("/lifecycle/malformed-rows", test_malformed_rows);
  ADD ("/lifecycle/csv-syntax", test_csv_syntax);
  ADD ("/lifecycle/unreadable-writes-nothing", test_unreadable_writes_nothing);
  ADD ("/lifecycle/undo-in-one-step", test_undo_in_one_step);
  ADD ("/lifecycle/choosing-the-product", test_choosing_the_product);
  ADD ("/lifecycle/cli", test_cli);

  return g_test_run ();
}
