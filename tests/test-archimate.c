/* test-archimate.c — the ArchiMate exchange export: valid against the Open
 * Group schemas, what Archi shows, stable ids, the vendor filter, and
 * `runway-cli export-archimate`
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "runway-test-util.h"

typedef RunwayTestDemo Fixture;


static GBytes *
export (RunwayPlan      *plan,
        RunwaySelection *selection)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (runway_plan_export_archimate (plan, selection, out, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
write_temp (const char *dir,
            const char *name,
            GBytes     *bytes)
{
  char *path = g_build_filename (dir, name, NULL);

  runway_test_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return path;
}

/* Validates offline against the official schemas, as the issue says a
 * user can; returns xmllint's exit status, and its complaint in @message. */
static int
validate (const char  *path,
          char       **message)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *catalog = g_test_build_filename (G_TEST_DIST, "data", "archimate",
                                                    "catalog.xml", NULL);
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "data", "archimate",
                                                   "archimate3_Diagram.xsd", NULL);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_subprocess_launcher_setenv (launcher, "XML_CATALOG_FILES", catalog, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, "xmllint", "--nonet", "--noout",
                                         "--schema", schema, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, message, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static void
assert_valid (const char *path)
{
  g_autofree char *message = NULL;

  if (validate (path, &message) != 0)
    g_error ("%s does not validate:\n%s", path, message);
}

/* ---- reading the export back as a user's tool would ---- */

static xmlDocPtr
parse (GBytes *bytes)
{
  xmlDocPtr doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes),
                                 "export.xml", NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  return doc;
}

static xmlXPathObjectPtr
eval (xmlDocPtr   doc,
      const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;

  xmlXPathRegisterNs (context, BAD_CAST "a", BAD_CAST RUNWAY_ARCHIMATE_NAMESPACE);
  xmlXPathRegisterNs (context, BAD_CAST "xsi",
                      BAD_CAST "http://www.w3.org/2001/XMLSchema-instance");
  result = xmlXPathEvalExpression (BAD_CAST expression, context);
  xmlXPathFreeContext (context);
  if (result == NULL)
    g_error ("bad XPath %s", expression);
  return result;
}

static double
number (xmlDocPtr   doc,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static double
number (xmlDocPtr   doc,
        const char *format,
        ...)
{
  g_autofree char *expression = NULL;
  xmlXPathObjectPtr result;
  double value;
  va_list args;

  va_start (args, format);
  expression = g_strdup_vprintf (format, args);
  va_end (args);
  result = eval (doc, expression);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  return value;
}

static char *
text (xmlDocPtr   doc,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static char *
text (xmlDocPtr   doc,
      const char *format,
      ...)
{
  g_autofree char *expression = NULL;
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *copy;
  va_list args;

  va_start (args, format);
  expression = g_strdup_vprintf (format, args);
  va_end (args);
  result = eval (doc, expression);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  return copy;
}

/* The value of the property named @property of the element named @name. */
static char *
property (xmlDocPtr   doc,
          const char *name,
          const char *property_name)
{
  return text (doc, "string(/a:model/a:elements/a:element[a:name='%s']/a:properties/a:property"
                    "[@propertyDefinitionRef=/a:model/a:propertyDefinitions/a:propertyDefinition"
                    "[a:name='%s']/@identifier]/a:value)", name, property_name);
}

static char *
property_type (xmlDocPtr   doc,
               const char *property_name)
{
  return text (doc, "string(/a:model/a:propertyDefinitions/a:propertyDefinition[a:name='%s']"
                    "/@type)", property_name);
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

/* ---- the tests ---- */

static void
test_demo_validates (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f->plan, NULL);
  g_autofree char *path = write_temp (f->dir, "demo.xml", bytes);
  g_autofree char *broken_path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GString) broken = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                                (gssize) g_bytes_get_size (bytes));

  assert_valid (path);

  /* the validation can fail: an element type ArchiMate does not know */
  g_assert_cmpuint (g_string_replace (broken, "xsi:type=\"Capability\"",
                                      "xsi:type=\"Capabilty\"", 1), ==, 1);
  broken_path = g_build_filename (f->dir, "broken.xml", NULL);
  runway_test_write_file (broken_path, broken->str, broken->len);
  g_assert_cmpint (validate (broken_path, &message), !=, 0);
  g_assert_nonnull (strstr (message, "Capabilty"));
}

static void
test_demo_content (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f->plan, NULL);
  xmlDocPtr doc = parse (bytes);
  RunwayEntity *database = runway_plan_find_by_name (f->plan, RUNWAY_KIND_CAPABILITY,
                                                     "Relational database");
  RunwayEntity *postgresql_13 = find_release (f->plan, "PostgreSQL 13");
  guint n_capabilities = runway_plan_count (f->plan, RUNWAY_KIND_CAPABILITY);
  guint n_children = 0;
  g_autofree char *value = NULL;

  g_assert_cmpstr ((value = text (doc, "string(/a:model/a:name[@xml:lang='en'])")), ==,
                   "Demo estate");
  g_clear_pointer (&value, g_free);

  /* every capability, and the tree as compositions */
  g_assert_cmpfloat (number (doc, "count(//a:element[@xsi:type='Capability'])"), ==,
                     n_capabilities);
  for (guint i = 0; i < n_capabilities; i++)
    {
      g_autoptr(RunwayEntity) capability =
        g_list_model_get_item (runway_plan_get_model (f->plan, RUNWAY_KIND_CAPABILITY), i);

      n_children += runway_entity_get_int (capability, RUNWAY_CAPABILITY_PARENT) != 0;
    }
  g_assert_cmpuint (n_children, >, 0);
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@xsi:type='Composition'])"), ==,
                     n_children);
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@xsi:type='Composition']"
                                  "[@source=//a:element[a:name='Data and integration']"
                                  "/@identifier][@target=//a:element"
                                  "[a:name='Relational database']/@identifier])"), ==, 1);

  /* identifiers come from kind and id */
  g_assert_cmpfloat (number (doc, "count(//a:element[@identifier='id-capability-%" G_GINT64_FORMAT
                                  "'][a:name='Relational database'])",
                             runway_entity_get_id (database)), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[@identifier='id-release-%" G_GINT64_FORMAT
                                  "'][a:name='PostgreSQL 13'])",
                             runway_entity_get_id (postgresql_13)), ==, 1);

  /* deployed releases, typed by their product's category */
  g_assert_cmpstr ((value = text (doc, "string(//a:element[a:name='PostgreSQL 13']/@xsi:type)")),
                   ==, "SystemSoftware");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = text (doc, "string(//a:element[a:name='Red Hat OpenShift 4.20']"
                                       "/@xsi:type)")), ==, "Node");
  g_clear_pointer (&value, g_free);
  /* in the catalogue only, neither deployed nor migrated to */
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='PostgreSQL 18'])"), ==, 0);
  /* not deployed, but a migration goes there */
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Red Hat Enterprise Linux 8'])"), ==,
                     1);

  /* lifecycle dates as typed properties */
  g_assert_cmpstr ((value = property (doc, "PostgreSQL 13", "End of life")), ==, "2025-11-13");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property_type (doc, "End of life")), ==, "date");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property (doc, "Red Hat Enterprise Linux 7",
                                      "Extended support contracted")), ==, "true");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property_type (doc, "Extended support contracted")), ==, "boolean");
  g_clear_pointer (&value, g_free);
  /* a milestone without a date is said in words */
  g_assert_cmpstr ((value = property (doc, "Apache Tomcat 10.1", "End of life")), ==, "");
  g_clear_pointer (&value, g_free);
  g_assert_nonnull (strstr ((value = text (doc, "string(//a:element[a:name='Apache Tomcat 10.1']"
                                                "/a:documentation)")),
                            "End of life: none announced or offered."));
  g_clear_pointer (&value, g_free);

  /* FTE figures and instance counts */
  g_assert_cmpstr ((value = property (doc, "Database Engineering", "FTE")), ==, "4.3");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property_type (doc, "FTE")), ==, "number");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property (doc, "Oracle Database 19", "Skilled FTE")), ==, "1");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property (doc, "Red Hat Enterprise Linux 9", "Environments")), ==,
                   "production (60), acceptance (25)");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = property (doc, "Red Hat Enterprise Linux 9", "Instances")), ==, "85");
  g_clear_pointer (&value, g_free);

  /* the release realises the capability it is deployed for */
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@xsi:type='Realization']"
                                  "[@source='id-release-%" G_GINT64_FORMAT "']"
                                  "[@target='id-capability-%" G_GINT64_FORMAT "'])",
                             runway_entity_get_id (postgresql_13), runway_entity_get_id (database)),
                     ==, 1);

  /* vendors and teams as actors; who supplies and who owns */
  g_assert_cmpfloat (number (doc, "count(//a:element[@xsi:type='BusinessActor'])"), ==,
                     runway_plan_count (f->plan, RUNWAY_KIND_VENDOR)
                     + runway_plan_count (f->plan, RUNWAY_KIND_TEAM));
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@xsi:type='Association']"
                                  "[a:name='supplies'][@source=//a:element"
                                  "[a:name='PostgreSQL Global Development Group']/@identifier]"
                                  "[@target=//a:element[a:name='PostgreSQL 13']/@identifier])"),
                     ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:relationship[a:name='owns']"
                                  "[@source=//a:element[a:name='Database Engineering']"
                                  "/@identifier][@target=//a:element"
                                  "[a:name='Relational database']/@identifier])"), ==, 1);

  /* migrations as work packages, with the team assigned and both ends */
  g_assert_cmpfloat (number (doc, "count(//a:element[@xsi:type='WorkPackage'])"), ==,
                     runway_plan_count (f->plan, RUNWAY_KIND_MIGRATION));
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@xsi:type='Assignment']"
                                  "[@source=//a:element[a:name='Database Engineering']/@identifier]"
                                  "[@target=//a:element[@xsi:type='WorkPackage']"
                                  "[contains(a:name, 'PostgreSQL 13')]/@identifier])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:relationship[@source=//a:element"
                                  "[@xsi:type='WorkPackage'][contains(a:name, 'PostgreSQL 13')]"
                                  "/@identifier][@target=//a:element[a:name='PostgreSQL 13']"
                                  "/@identifier or @target=//a:element[a:name='PostgreSQL 17']"
                                  "/@identifier])"), ==, 2);
  g_assert_cmpstr ((value = property (doc, "Relational database: PostgreSQL 13 → PostgreSQL 17",
                                      "Start")), ==, "2025-06-01");
  g_clear_pointer (&value, g_free);

  /* everything is in a folder */
  g_assert_cmpfloat (number (doc, "count(//a:element[not(@identifier=//a:organizations//a:item"
                                  "/@identifierRef)])"), ==, 0);
  g_assert_cmpfloat (number (doc, "count(//a:relationship[not(@identifier=//a:organizations//a:item"
                                  "/@identifierRef)])"), ==, 0);
  g_assert_cmpfloat (number (doc, "count(/a:model/a:organizations/a:item[a:label='Strategy']"
                                  "/a:item[a:label='Capabilities']/a:item)"), ==, n_capabilities);

  xmlFreeDoc (doc);
}

static void
test_demo_views (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f->plan, NULL);
  xmlDocPtr doc = parse (bytes);
  guint n_roots = g_list_model_get_n_items (runway_plan_get_children (f->plan, NULL));
  xmlXPathObjectPtr nested;

  /* one view per capability tree, named after its root */
  g_assert_cmpuint (n_roots, >, 1);
  g_assert_cmpfloat (number (doc, "count(//a:view[@xsi:type='Diagram'])"), ==, n_roots);
  g_assert_cmpfloat (number (doc, "count(//a:view[a:name='Data and integration'])"), ==, 1);

  /* the capability boxes nest as the tree does, with the releases inside */
  g_assert_cmpfloat (number (doc, "count(//a:view[a:name='Data and integration']/a:node"
                                  "[@elementRef=//a:element[a:name='Data and integration']"
                                  "/@identifier]/a:node[@elementRef=//a:element"
                                  "[a:name='Relational database']/@identifier]/a:node"
                                  "[@elementRef=//a:element[a:name='PostgreSQL 13']/@identifier])"),
                     ==, 1);
  /* every deployed pair is shown once */
  g_assert_cmpfloat (number (doc, "count(//a:node/a:node[@elementRef=//a:element"
                                  "[@xsi:type!='Capability']/@identifier])"), ==,
                     number (doc, "count(//a:relationship[@xsi:type='Realization'])"));

  /* in diagram coordinates, each box lies inside its parent's, and
   * siblings do not overlap */
  nested = eval (doc, "//a:node[parent::a:node]");
  g_assert_cmpint (xmlXPathNodeSetGetLength (nested->nodesetval), >, 20);
  for (int i = 0; i < xmlXPathNodeSetGetLength (nested->nodesetval); i++)
    {
      xmlNodePtr node = xmlXPathNodeSetItem (nested->nodesetval, i);
      int box[2][4];
      xmlNodePtr boxes[2] = { node, node->parent };

      for (int b = 0; b < 2; b++)
        {
          static const char *names[] = { "x", "y", "w", "h" };

          for (int k = 0; k < 4; k++)
            {
              xmlChar *v = xmlGetProp (boxes[b], BAD_CAST names[k]);

              box[b][k] = atoi ((const char *) v);
              xmlFree (v);
            }
        }
      g_assert_cmpint (box[0][0], >, box[1][0]);
      g_assert_cmpint (box[0][1], >, box[1][1]);
      g_assert_cmpint (box[0][0] + box[0][2], <, box[1][0] + box[1][2]);
      g_assert_cmpint (box[0][1] + box[0][3], <, box[1][1] + box[1][3]);

      for (xmlNodePtr sibling = node->next; sibling != NULL; sibling = sibling->next)
        {
          int other[4];

          if (sibling->type != XML_ELEMENT_NODE)
            continue;
          for (int k = 0; k < 4; k++)
            {
              static const char *names[] = { "x", "y", "w", "h" };
              xmlChar *v = xmlGetProp (sibling, BAD_CAST names[k]);

              other[k] = atoi ((const char *) v);
              xmlFree (v);
            }
          g_assert_true (box[0][0] + box[0][2] <= other[0] || other[0] + other[2] <= box[0][0]
                         || box[0][1] + box[0][3] <= other[1] || other[1] + other[3] <= box[0][1]);
        }
    }
  xmlXPathFreeObject (nested);
  xmlFreeDoc (doc);
}

static void
test_stable (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) first = export (f->plan, NULL);
  g_autoptr(GBytes) second = export (f->plan, NULL);
  g_autoptr(GBytes) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_bytes_equal (first, second));

  /* the same plan opened again, in another process's shoes */
  g_clear_object (&f->plan);
  f->plan = runway_plan_open (f->path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  reopened = export (f->plan, NULL);
  g_assert_true (g_bytes_equal (first, reopened));
}

static void
test_vendor_filter (Fixture       *f,
                    gconstpointer  data)
{
  const char *vendors[] = { "Broadcom", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwaySelection) selection = runway_selection_new (f->plan, vendors, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  xmlDocPtr doc;
  xmlXPathObjectPtr products;

  g_assert_no_error (error);
  bytes = export (f->plan, selection);
  path = write_temp (f->dir, "broadcom.xml", bytes);
  assert_valid (path);
  doc = parse (bytes);

  /* only Broadcom's products, and Broadcom the only vendor */
  products = eval (doc, "//a:element[@xsi:type='SystemSoftware' or @xsi:type='Node'"
                        " or @xsi:type='TechnologyService']");
  g_assert_cmpint (xmlXPathNodeSetGetLength (products->nodesetval), ==, 3);
  xmlXPathFreeObject (products);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='VMware ESXi 8.0'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='VMware vCenter Server 8.0'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='RabbitMQ 3.13'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='PostgreSQL 13'])"), ==, 0);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Broadcom'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Red Hat'])"), ==, 0);

  /* the capabilities they realise, with their trees, and nothing else */
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Virtualisation'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Infrastructure platform'])"), ==, 1);
  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Relational database'])"), ==, 0);
  g_assert_cmpfloat (number (doc, "count(//a:view)"), ==, 2);

  xmlFreeDoc (doc);
}

/* A plan that uses UTF-8, markup characters, milestones without a date
 * and nothing deployed: still valid, and its names come back unchanged. */
static void
test_odd_plan (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "odd.runway");
  g_autoptr(GBytes) empty = export (plan, NULL);
  g_autofree char *empty_path = write_temp (dir, "empty.xml", empty);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *value = NULL;
  xmlDocPtr doc;
  gint64 vendor, product, release, team, capability;

  assert_valid (empty_path);

  vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Ørsted & <Søn> \"AS\"", NULL);
  product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor, "name", "Løg™",
                             "category", "Identity provider (service)", NULL);
  release = runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", "3.10",
                             "end-of-support", "ended", "end-of-life", "none", NULL);
  team = runway_test_add (plan, RUNWAY_KIND_TEAM, "name", "Équipe", NULL);
  capability = runway_test_add (plan, RUNWAY_KIND_CAPABILITY, "name", "Ідентичність",
                                "criticality", (gint64) 2, "owner", team, NULL);
  runway_test_add (plan, RUNWAY_KIND_DEPLOYMENT, "capability", capability, "release", release,
                   "environment", "test", "instances", (gint64) 2, NULL);

  bytes = export (plan, NULL);
  path = write_temp (dir, "odd.xml", bytes);
  assert_valid (path);
  doc = parse (bytes);

  g_assert_cmpfloat (number (doc, "count(//a:element[a:name='Ørsted & <Søn> \"AS\"'])"), ==, 1);
  g_assert_cmpstr ((value = text (doc, "string(//a:element[a:name='Løg™ 3.10']/@xsi:type)")), ==,
                   "TechnologyService");
  g_clear_pointer (&value, g_free);
  g_assert_cmpstr ((value = text (doc, "string(//a:element[a:name='Løg™ 3.10']"
                                       "/a:documentation)")),
                   ==, "End of support: passed, the date is not known.\n"
                       "End of life: none announced or offered.");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (number (doc, "count(//a:view[a:name='Ідентичність']//a:node)"), ==, 2);

  xmlFreeDoc (doc);
  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  /* room for the start of the file only, as on a full disk */
  static char room[4096];
  g_autoptr(GOutputStream) out = g_memory_output_stream_new (room, sizeof room, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (runway_plan_export_archimate (f->plan, NULL, out, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

/* ---- runway-cli export-archimate ---- */

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "estate.xml", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.runway", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "estate.xml", NULL);
  g_autoptr(GBytes) core = export (f->plan, NULL);
  g_autoptr(GBytes) written = NULL;
  static const char old[] = "the previous export\n";

  g_clear_object (&f->plan);   /* the CLI opens it itself */

  {
    g_auto(RunwayTestRun) help = { 0 };
    g_auto(RunwayTestRun) none = { 0 };
    g_auto(RunwayTestRun) extra = { 0 };
    g_auto(RunwayTestRun) bad = { 0 };

    runway_test_run_cli_limited (&help, 0, "export-archimate", "--help", NULL);
    g_assert_cmpint (help.status, ==, 0);
    runway_test_assert_contains (help.out, "PLAN OUT|-");
    runway_test_assert_contains (help.out, "--vendor");

    runway_test_run_cli_limited (&none, 0, "export-archimate", f->path, NULL);
    g_assert_cmpint (none.status, ==, 2);
    runway_test_assert_contains (none.err, "missing argument");

    runway_test_run_cli_limited (&extra, 0, "export-archimate", f->path, out, "more", NULL);
    g_assert_cmpint (extra.status, ==, 2);
    runway_test_assert_contains (extra.err, "too many arguments");

    runway_test_run_cli_limited (&bad, 0, "export-archimate", "--frobnicate", f->path, out, NULL);
    g_assert_cmpint (bad.status, ==, 2);
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }

  /* to a file: what the core writes, valid, quietly */
  {
    g_auto(RunwayTestRun) run = { 0 };

    runway_test_run_cli_limited (&run, 0, "export-archimate", f->path, out, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    written = runway_test_read_file (out);
    g_assert_true (g_bytes_equal (written, core));
    assert_valid (out);
  }

  /* to standard output */
  {
    g_auto(RunwayTestRun) run = { 0 };

    runway_test_run_cli_limited (&run, 0, "export-archimate", f->path, "-", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpmem (run.out, strlen (run.out), g_bytes_get_data (core, NULL),
                     g_bytes_get_size (core));
  }

  /* failures: one line, exit 1, and the previous OUT untouched */
  runway_test_write_file (out, old, strlen (old));
  {
    g_auto(RunwayTestRun) vendor = { 0 };
    g_auto(RunwayTestRun) to_stdout = { 0 };
    g_auto(RunwayTestRun) no_plan = { 0 };
    g_auto(RunwayTestRun) no_folder = { 0 };
    g_auto(RunwayTestRun) full = { 0 };
    g_autoptr(GBytes) after = NULL;

    runway_test_run_cli_limited (&vendor, 0, "export-archimate", f->path, out, "--vendor",
                                 "Initech", NULL);
    g_assert_cmpint (vendor.status, ==, 1);
    runway_test_assert_contains (vendor.err, "no vendor named “Initech”");
    g_assert_cmpuint (runway_test_count_lines (vendor.err), ==, 1);

    runway_test_run_cli_limited (&to_stdout, 0, "export-archimate", f->path, "-", "--vendor",
                                 "Initech", NULL);
    g_assert_cmpint (to_stdout.status, ==, 1);
    g_assert_cmpstr (to_stdout.out, ==, "");

    runway_test_run_cli_limited (&no_plan, 0, "export-archimate", missing, out, NULL);
    g_assert_cmpint (no_plan.status, ==, 1);
    runway_test_assert_contains (no_plan.err, "does not exist");
    g_assert_cmpuint (runway_test_count_lines (no_plan.err), ==, 1);

    runway_test_run_cli_limited (&no_folder, 0, "export-archimate", f->path, nowhere, NULL);
    g_assert_cmpint (no_folder.status, ==, 1);
    runway_test_assert_contains (no_folder.err, "Cannot write");
    g_assert_cmpuint (runway_test_count_lines (no_folder.err), ==, 1);

    /* the disk fills up half-way through the export */
    runway_test_run_cli_limited (&full, 2048, "export-archimate", f->path, out, NULL);
    g_assert_cmpint (full.status, ==, 1);
    runway_test_assert_contains (full.err, "Cannot write");
    g_assert_cmpuint (runway_test_count_lines (full.err), ==, 1);

    after = runway_test_read_file (out);
    g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), old, strlen (old));
  }

  /* a new file that could not be finished is not left half-written */
  {
    g_auto(RunwayTestRun) full = { 0 };
    g_autofree char *fresh = g_build_filename (f->dir, "fresh.xml", NULL);
    g_autoptr(GDir) folder = NULL;
    const char *name;

    runway_test_run_cli_limited (&full, 2048, "export-archimate", f->path, fresh, NULL);
    g_assert_cmpint (full.status, ==, 1);
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

    /* and no temporary file stays behind either */
    folder = g_dir_open (f->dir, 0, NULL);
    while ((name = g_dir_read_name (folder)) != NULL)
      g_assert_true (g_str_has_prefix (name, "demo.runway") || g_str_equal (name, "estate.xml"));
  }

  /* the vendor filter from the command line */
  {
    g_auto(RunwayTestRun) run = { 0 };

    runway_test_run_cli_limited (&run, 0, "export-archimate", f->path, "-", "--vendor",
                                 "broadcom", NULL);
    g_assert_cmpint (run.status, ==, 0);
    runway_test_assert_contains (run.out, "<name xml:lang=\"en\">VMware ESXi 8.0</name>");
    g_assert_null (strstr (run.out, "PostgreSQL"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_DEMO(path, func) \
  g_test_add (path, Fixture, NULL, runway_test_demo_set_up, func, runway_test_demo_tear_down)
  ADD_DEMO ("/archimate/demo-validates", test_demo_validates);
  ADD_DEMO ("/archimate/demo-content", test_demo_content);
  ADD_DEMO ("/archimate/demo-views", test_demo_views);
  ADD_DEMO ("/archimate/stable", test_stable);
  ADD_DEMO ("/archimate/vendor-filter", test_vendor_filter);
  ADD_DEMO ("/archimate/write-error", test_write_error);
  ADD_DEMO ("/archimate/cli", test_cli);
#undef ADD_DEMO
  g_test_add_func ("/archimate/odd-plan", test_odd_plan);

  return g_test_run ();
}
