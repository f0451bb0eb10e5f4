/* test-xml.c — Runway plan XML: canonical, lossless, valid, filtered, and
 * every hostile or broken file refused with nothing written
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "runway-test-util.h"

static GBytes *
export_bytes (RunwayPlan  *plan,
              const char  *vendor,
              const char  *capability)
{
  const char *vendors[] = { vendor, NULL };
  const char *capabilities[] = { capability, NULL };
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(RunwaySelection) selection = NULL;
  g_autoptr(GError) error = NULL;

  selection = runway_selection_new (plan, vendor ? vendors : NULL,
                                    capability ? capabilities : NULL, &error);
  g_assert_no_error (error);
  g_assert_true (runway_plan_export_xml (plan, selection, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static RunwayPlan *
import_bytes (GBytes     *xml,
              const char *path)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (xml);
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan;

  g_assert_true (runway_plan_import_xml (in, path, FALSE, NULL, &error));
  g_assert_no_error (error);
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  return plan;
}

/* The published schema, checked by the reference tool, not by us. */
static void
assert_valid_with_xmllint (GBytes     *xml,
                           const char *dir)
{
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "schema",
                                                   "runway-plan.xsd", NULL);
  g_autofree char *path = g_build_filename (dir, "export.xml", NULL);
  g_autoptr(GSubprocess) xmllint = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  runway_test_write_file (path, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml));
  xmllint = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, "xmllint", "--nonet", "--noout", "--schema", schema, path,
                              NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (xmllint, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (xmllint) != 0)
    g_error ("xmllint refuses the export: %s", err);
}

static void
assert_same_counts (RunwayPlan *a,
                    RunwayPlan *b)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    g_assert_cmpuint (runway_plan_count (a, (RunwayKind) k), ==,
                      runway_plan_count (b, (RunwayKind) k));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *ta = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *tb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

      g_assert_cmpstr (ta, ==, tb);
    }
}

static void
test_demo_roundtrip (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *source_path = g_build_filename (dir, "demo.runway", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "copy.runway", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) demo = runway_plan_create (source_path, "Demo", &error);
  g_autoptr(RunwayPlan) copy = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) again = NULL;

  g_assert_true (runway_plan_fill_demo (demo, &error));
  first = export_bytes (demo, NULL, NULL);
  second = export_bytes (demo, NULL, NULL);
  assert_bytes_equal (first, second);
  assert_valid_with_xmllint (first, dir);

  copy = import_bytes (first, copy_path);
  assert_same_counts (demo, copy);
  again = export_bytes (copy, NULL, NULL);
  assert_bytes_equal (first, again);
  g_assert_false (runway_plan_can_undo (copy));

  g_clear_object (&demo);
  g_clear_object (&copy);
  runway_test_remove_dir (dir);
}

/* A plan that uses every field: UTF-8, ended/none/unknown milestones,
 * every optional attribute, nesting, text with markup characters. */
static RunwayPlan *
make_full_plan (const char *dir)
{
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan = runway_test_new_plan (dir, "full.runway");
  g_autoptr(RunwayEntity) settings = runway_entity_copy (RUNWAY_ENTITY (
                                                           runway_plan_get_settings (plan)));
  gint64 vendor, other_vendor, team, owner, person, product, other_product, r1, r2, r3, top, sub;

  g_object_set (settings, "name", "Überplan “2027”", "description",
                "Line one & <two>\nline \"three\" — ünïcödé", "as-of", "2027-01-01",
                "min-fte", 2.5, "eol-warning-months", (gint64) 18, "eos-warning-months",
                (gint64) 0, NULL);
  g_assert_true (runway_plan_update (plan, settings, &error));
  g_assert_no_error (error);

  vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Zürich Systems AG", "website",
                            "https://example.ch/?a=1&b=2", "support", "Call +41 <24/7>",
                            "contract-end", "2028-02-29", "cab-member", TRUE, "notes",
                            "Renews in Q1", NULL);
  other_vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Plain", NULL);
  team = runway_test_add (plan, RUNWAY_KIND_TEAM, "name", "Équipe Données", "support-line",
                          (gint64) 0, NULL);
  owner = runway_test_add (plan, RUNWAY_KIND_TEAM, "name", "Ops", "support-line", (gint64) 4,
                           NULL);
  person = runway_test_add (plan, RUNWAY_KIND_PERSON, "team", team, "name", "Zoë O'Brien",
                            "fte", 0.35, NULL);
  product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor, "name", "Datenbank",
                             "category", "database", NULL);
  other_product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", other_vendor, "name",
                                   "Plain DB", NULL);
  runway_test_add (plan, RUNWAY_KIND_SKILL, "person", person, "product", other_product,
                   "level", "learning", NULL);
  runway_test_add (plan, RUNWAY_KIND_SKILL, "person", person, "product", product, "level",
                   "expert", NULL);
  r1 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", "3.1",
                        "codename", "Schrödinger's Cat", "ga", "2020-02-29", "end-of-sale",
                        "2022-01-01", "end-of-support", "ended", "end-of-life", "2025-06-30",
                        "extended-support-end", "2028-06-30", "extended-support-contracted",
                        TRUE, "lifecycle-source", "endoflife.date", NULL);
  r2 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", "3.10",
                        "ga", "ended", "end-of-support", "none", "end-of-life", "none", NULL);
  r3 = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", other_product, "version", "1",
                        NULL);
  runway_test_add (plan, RUNWAY_KIND_ROADMAP_ITEM, "product", product, "date", "2027-03-01",
                   "title", "4.0 “Aurora”", "kind", "release", "confidence", "rumoured",
                   "source", "https://example.ch/roadmap", NULL);
  runway_test_add (plan, RUNWAY_KIND_ROADMAP_ITEM, "product", product, "date", "2026-12-01",
                   "title", "Price change", "kind", "price-change", "confidence", "announced",
                   NULL);
  top = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Données", "criticality",
                         (gint64) 1, "owner", owner, NULL);
  sub = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "OLTP", "criticality",
                         (gint64) 4, "parent", top, NULL);
  runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Reporting", "parent", sub, NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", sub, "release", r1,
                   "environment", "production", "instances", (gint64) 12, "from",
                   "2021-01-01", "until", "2027-12-31", NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", top, "release", r3, NULL);
  runway_test_add (plan, RUNWAY_KIND_MIGRATION, "capability", sub, "from", r1, "to", r2,
                   "start", "2026-01-01", "end", "2026-12-31", "status", "in-progress",
                   "owner", team, NULL);
  runway_test_add (plan, RUNWAY_KIND_MIGRATION, "capability", sub, "from", r1, "to", r3, NULL);
  runway_test_add (plan, RUNWAY_KIND_RESPONSIBILITY, "capability", sub, "area",
                   "cost-licences", "team", owner, NULL);
  runway_test_add (plan, RUNWAY_KIND_ALTERNATIVE, "capability", top, "product", other_product,
                   NULL);
  runway_test_add (plan, RUNWAY_KIND_ACCEPTANCE, "rule", "eol-passed", "subject",
                   "Datenbank 3.1", "date", "2025-06-30", "justification",
                   "Extended support until the move", "owner", "Zoë", "expires", "2027-06-30",
                   NULL);
  runway_test_add (plan, RUNWAY_KIND_ACCEPTANCE, "rule", "single-expert", "subject", "Datenbank",
                   "justification", "Hiring", "owner", "Ops", "expires", "2027-01-31", NULL);
  return plan;
}

static void
test_every_field_roundtrip (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *copy_path = g_build_filename (dir, "copy.runway", NULL);
  g_autoptr(RunwayPlan) plan = make_full_plan (dir);
  g_autoptr(GBytes) first = export_bytes (plan, NULL, NULL);
  g_autoptr(RunwayPlan) copy = import_bytes (first, copy_path);
  g_autoptr(GBytes) again = export_bytes (copy, NULL, NULL);
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (copy));
  RunwayEntity *release;
  const char *text = g_bytes_get_data (first, NULL);

  assert_valid_with_xmllint (first, dir);
  assert_same_counts (plan, copy);
  assert_bytes_equal (first, again);

  /* the values a user would look for, after the trip */
  g_assert_cmpstr (runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), ==,
                   "Überplan “2027”");
  g_assert_cmpstr (runway_entity_get_string (settings, RUNWAY_SETTINGS_DESCRIPTION), ==,
                   "Line one & <two>\nline \"three\" — ünïcödé");
  g_assert_cmpfloat (runway_entity_get_real (settings, RUNWAY_SETTINGS_MIN_FTE), ==, 2.5);
  release = runway_plan_lookup (copy, RUNWAY_KIND_RELEASE, 1);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_CODENAME), ==,
                   "Schrödinger's Cat");
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_SUPPORT), ==, "ended");
  g_assert_cmpint (runway_entity_get_int (release, RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED),
                   ==, 1);
  release = runway_plan_lookup (copy, RUNWAY_KIND_RELEASE, 2);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_VERSION), ==, "3.10");
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE), ==, "none");
  g_assert_null (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_SALE));
  g_assert_cmpfloat (runway_entity_get_real (runway_plan_lookup (copy, RUNWAY_KIND_PERSON, 1),
                                             RUNWAY_PERSON_FTE), ==, 0.35);

  /* canonical form: what a reviewer sees in git */
  g_assert_true (g_str_has_prefix (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<runway-plan version=\"1\" "
                                         "xmlns=\"urn:runway:plan:1\">\n  <plan "));
  g_assert_nonnull (strstr (text, "\n      <release id=\"release-2\" version=\"3.10\" "
                                  "ga=\"ended\" end-of-support=\"none\" "
                                  "end-of-life=\"none\"/>\n"));
  g_assert_nonnull (strstr (text, "<skill product=\"product-2\" level=\"learning\"/>"));

  g_clear_object (&plan);
  g_clear_object (&copy);
  runway_test_remove_dir (dir);
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* An import writes its rows many to a statement, with ids of its own
 * making, and checks references once at the end: the file it leaves must
 * be as whole as one made by editing, indexes and all, and stand alone. */
static void
test_import_file_is_whole (void)
{
  static const char indexes[] =
    "SELECT group_concat (name || ': ' || sql, '; ') FROM "
    "(SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "ORDER BY name);";
  static const char sequences[] =
    "SELECT group_concat (name || '=' || seq, ' ') FROM "
    "(SELECT name, seq FROM sqlite_sequence ORDER BY name);";
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *copy_path = g_build_filename (dir, "copy.runway", NULL);
  g_autoptr(RunwayPlan) plan = make_full_plan (dir);
  g_autofree char *plan_path = g_strdup (runway_plan_get_path (plan));
  g_autoptr(GBytes) xml = export_bytes (plan, NULL, NULL);
  g_autoptr(RunwayPlan) copy = import_bytes (xml, copy_path);
  g_autofree char *made = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *made_ids = NULL;
  g_autofree char *imported_ids = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *dangling = NULL;

  g_clear_object (&plan);
  g_clear_object (&copy);

  made = query_text (plan_path, indexes);
  imported = query_text (copy_path, indexes);
  g_assert_nonnull (strstr (made, "release_product: CREATE INDEX"));
  g_assert_cmpstr (imported, ==, made);

  /* the next row added by hand gets the id after the last one imported */
  made_ids = query_text (plan_path, sequences);
  imported_ids = query_text (copy_path, sequences);
  g_assert_nonnull (strstr (made_ids, "release=3"));
  g_assert_cmpstr (imported_ids, ==, made_ids);

  journal = query_text (copy_path, "PRAGMA journal_mode;");
  g_assert_cmpstr (journal, ==, "delete");
  integrity = query_text (copy_path, "PRAGMA integrity_check;");
  g_assert_cmpstr (integrity, ==, "ok");
  dangling = query_text (copy_path, "SELECT count(*) FROM pragma_foreign_key_check;");
  g_assert_cmpstr (dangling, ==, "0");

  runway_test_remove_dir (dir);
}

static void
test_filtered_export (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_autofree char *slice_path = g_build_filename (dir, "broadcom.runway", NULL);
  g_autofree char *cap_path = g_build_filename (dir, "database.runway", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) demo = runway_plan_create (path, "Demo", &error);
  g_autoptr(GBytes) slice = NULL;
  g_autoptr(GBytes) cap = NULL;
  g_autoptr(RunwayPlan) broadcom = NULL;
  g_autoptr(RunwayPlan) database = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GListModel *products;
  const char *no_vendor[] = { "Nobody Inc", NULL };

  g_assert_true (runway_plan_fill_demo (demo, &error));
  slice = export_bytes (demo, "broadcom", NULL);
  assert_valid_with_xmllint (slice, dir);
  broadcom = import_bytes (slice, slice_path);

  /* every product of the slice is Broadcom's, and all of Broadcom's are there */
  products = runway_plan_get_model (broadcom, RUNWAY_KIND_PRODUCT);
  g_assert_cmpuint (g_list_model_get_n_items (products), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (products, i);
      RunwayEntity *vendor = runway_plan_lookup (broadcom, RUNWAY_KIND_VENDOR,
                                                 runway_entity_get_int (product,
                                                                        RUNWAY_PRODUCT_VENDOR));

      g_assert_cmpstr (runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME), ==, "Broadcom");
    }
  g_assert_cmpuint (runway_plan_count (broadcom, RUNWAY_KIND_VENDOR), ==, 1);
  g_assert_cmpuint (runway_plan_count (broadcom, RUNWAY_KIND_DEPLOYMENT), >, 0);
  g_assert_cmpuint (runway_plan_count (broadcom, RUNWAY_KIND_ACCEPTANCE), ==, 0);
  g_assert_cmpuint (runway_plan_count (broadcom, RUNWAY_KIND_RELEASE), <,
                    runway_plan_count (demo, RUNWAY_KIND_RELEASE));
  problems = runway_plan_check (broadcom, &error);
  g_assert_cmpuint (problems->len, ==, 0);

  cap = export_bytes (demo, NULL, "relational database");
  assert_valid_with_xmllint (cap, dir);
  database = import_bytes (cap, cap_path);
  g_assert_nonnull (runway_plan_find_by_name (database, RUNWAY_KIND_CAPABILITY,
                                              "Relational database"));
  g_assert_null (runway_plan_find_by_name (database, RUNWAY_KIND_CAPABILITY, "Messaging"));
  g_assert_cmpuint (runway_plan_count (database, RUNWAY_KIND_DEPLOYMENT), >, 0);

  g_assert_null (runway_selection_new (demo, no_vendor, NULL, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE);

  g_clear_object (&demo);
  g_clear_object (&broadcom);
  g_clear_object (&database);
  runway_test_remove_dir (dir);
}

typedef struct
{
  const char *file;
  gint        code;
  const char *says;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "billion-laughs.xml", RUNWAY_XML_ERROR_HOSTILE, "DOCTYPE is not allowed" },
  { "quadratic-blowup.xml", RUNWAY_XML_ERROR_HOSTILE, "DOCTYPE is not allowed" },
  { "external-entity.xml", RUNWAY_XML_ERROR_HOSTILE, "DOCTYPE is not allowed" },
  { "external-dtd.xml", RUNWAY_XML_ERROR_HOSTILE, "DOCTYPE is not allowed" },
  { "parameter-entity.xml", RUNWAY_XML_ERROR_HOSTILE, "DOCTYPE is not allowed" },
  { "xinclude.xml", RUNWAY_XML_ERROR_INVALID,
    "line 4: Element '{http://www.w3.org/2001/XInclude}include'" },
  { "schema-location.xml", RUNWAY_XML_ERROR_HOSTILE, "references to other schemas" },
  { "processing-instruction.xml", RUNWAY_XML_ERROR_HOSTILE, "processing instructions" },
  { "deep-nesting.xml", RUNWAY_XML_ERROR_HOSTILE, "nested more than" },
  { "truncated.xml", RUNWAY_XML_ERROR_MALFORMED, "line 7:" },
  { "empty.xml", RUNWAY_XML_ERROR_MALFORMED, "the file is empty" },
  { "binary.xml", RUNWAY_XML_ERROR_MALFORMED, "not UTF-8 text" },
  { "latin1.xml", RUNWAY_XML_ERROR_MALFORMED, "not UTF-8 text" },
  { "utf16.xml", RUNWAY_XML_ERROR_MALFORMED, "not UTF-8 text" },
  { "wrong-root.xml", RUNWAY_XML_ERROR_INVALID, "line 2:" },
  { "wrong-namespace.xml", RUNWAY_XML_ERROR_INVALID, "line 2:" },
  { "no-namespace.xml", RUNWAY_XML_ERROR_INVALID, "line 2:" },
  { "unknown-element.xml", RUNWAY_XML_ERROR_INVALID, "line 6: Element 'supplier'" },
  { "unknown-attribute.xml", RUNWAY_XML_ERROR_INVALID,
    "line 5: Element 'vendor', attribute 'colour'" },
  { "duplicate-id.xml", RUNWAY_XML_ERROR_INVALID, "line 6: the id “vendor-1” is used twice" },
  { "dangling-id.xml", RUNWAY_XML_ERROR_INVALID, "line 8: “vendor-7” refers to nothing" },
  { "wrong-kind-reference.xml", RUNWAY_XML_ERROR_INVALID, "line 11: “team-1” is not a vendor" },
  { "invalid-date.xml", RUNWAY_XML_ERROR_INVALID, "line 5: vendor “Oracle”: Contract end" },
  { "out-of-range.xml", RUNWAY_XML_ERROR_INVALID, "line 6: Element 'person', attribute 'fte'" },
  { "milestone-order.xml", RUNWAY_XML_ERROR_INVALID, "line 9: release “5.7”: End of life" },
  { "late-error.xml", RUNWAY_XML_ERROR_INVALID, "line 12: “product-9” refers to nothing" },
};

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_hostile (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "xml", c->file, NULL);
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "plan.runway", NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (file);
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GInputStream) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  in = G_INPUT_STREAM (g_file_read (gfile, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (runway_plan_import_xml (in, target, FALSE, NULL, &error));
  g_assert_error (error, RUNWAY_XML_ERROR, c->code);
  if (strstr (error->message, c->says) == NULL)
    g_error ("%s: “%s” does not say “%s”", c->file, error->message, c->says);

  /* nothing written: no plan, no temporary file */
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);

  /* validate reports it too, never accepts it */
  again = G_INPUT_STREAM (g_file_read (gfile, NULL, NULL));
  g_clear_error (&error);
  problems = runway_xml_validate (again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >, 0);

  runway_test_remove_dir (dir);
}

static void
test_validate_collects_all (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<runway-plan xmlns=\"urn:runway:plan:1\" version=\"1\">\n"
    "  <plan name=\"P\" horizon-start=\"2026-01-01\" horizon-end=\"2030-12-31\" min-fte=\"3\" "
    "eol-warning-months=\"12\" eos-warning-months=\"6\"/>\n"
    "  <vendors>\n"
    "    <vendor id=\"vendor-1\" name=\"A\"/>\n"
    "    <vendor id=\"vendor-2\" name=\"a\"/>\n"
    "  </vendors>\n"
    "  <products>\n"
    "    <product id=\"product-1\" name=\"X\" vendor=\"vendor-1\">\n"
    "      <release id=\"release-1\" version=\"1\" ga=\"2020-01-01\" end-of-life=\"2019-01-01\"/>\n"
    "    </product>\n"
    "    <product id=\"product-2\" name=\"Y\" vendor=\"vendor-9\"/>\n"
    "  </products>\n"
    "</runway-plan>\n";
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (xml, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = runway_xml_validate (in, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "line 6: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), "line 10: "));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 2), "line 12: "));
}

static void
test_import_refuses_existing (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = make_full_plan (dir);
  g_autofree char *target = g_strdup (runway_plan_get_path (plan));
  g_autoptr(GBytes) xml = export_bytes (plan, NULL, NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GInputStream) in2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) replaced = NULL;

  g_clear_object (&plan);
  before = runway_test_read_file (target);
  in = g_memory_input_stream_new_from_bytes (xml);
  g_assert_false (runway_plan_import_xml (in, target, FALSE, NULL, &error));
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_EXISTS);
  g_assert_true (runway_test_file_equals (target, before));
  g_clear_error (&error);

  in2 = g_memory_input_stream_new_from_bytes (xml);
  g_assert_true (runway_plan_import_xml (in2, target, TRUE, NULL, &error));
  g_assert_no_error (error);
  replaced = runway_plan_open (target, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (replaced, RUNWAY_KIND_RELEASE), ==, 3);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_clear_object (&replaced);
  runway_test_remove_dir (dir);
}

static void
test_cli (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *plan = g_build_filename (dir, "demo.runway", NULL);
  g_autofree char *xml = g_build_filename (dir, "demo.xml", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.runway", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "xml", "milestone-order.xml",
                                                NULL);
  g_auto(RunwayTestRun) run = { 0 };
  g_auto(RunwayTestRun) to_stdout = { 0 };
  g_autoptr(GBytes) file_bytes = NULL;

  runway_test_run_cli (&run, "demo", plan, NULL);
  g_assert_cmpint (run.status, ==, 0);

  runway_test_run_cli (&run, "export-xml", plan, xml, NULL);
  g_assert_cmpint (run.status, ==, 0);
  runway_test_run_cli (&to_stdout, "export-xml", plan, "-", NULL);
  file_bytes = runway_test_read_file (xml);
  g_assert_cmpstr (to_stdout.out, ==, g_bytes_get_data (file_bytes, NULL));

  runway_test_run_cli (&run, "export-xml", plan, xml, "--vendor", "Nobody", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "no vendor named “Nobody”"));
  /* the earlier export is still there, whole */
  g_assert_true (runway_test_file_equals (xml, file_bytes));

  runway_test_run_cli (&run, "validate", xml, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "valid"));

  runway_test_run_cli (&run, "validate", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "line 9: release “5.7”: End of life"));
  g_assert_nonnull (strstr (run.err, "1 problem found"));

  runway_test_run_cli (&run, "import-xml", xml, copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "14 capabilities"));

  runway_test_run_cli (&run, "import-xml", xml, copy, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "already exists"));

  runway_test_run_cli (&run, "import-xml", bad, copy, "--replace", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "line 9"));

  /* the plan XML can come on standard input */
  runway_test_run_cli_input (&run, to_stdout.out, "import-xml", "-", copy, "--replace", NULL);
  g_assert_cmpint (run.status, ==, 0);

  runway_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/xml/demo-roundtrip", test_demo_roundtrip);
  g_test_add_func ("/xml/every-field-roundtrip", test_every_field_roundtrip);
  g_test_add_func ("/xml/import-file-is-whole", test_import_file_is_whole);
  g_test_add_func ("/xml/filtered-export", test_filtered_export);
  g_test_add_func ("/xml/validate-collects-all", test_validate_collects_all);
  g_test_add_func ("/xml/import-refuses-existing", test_import_refuses_existing);
  g_test_add_func ("/xml/cli", test_cli);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xml/hostile/%s", hostile_cases[i].file);

      g_test_add_data_func (path, &hostile_cases[i], test_hostile);
    }

  return g_test_run ();
}
