/* test-render.c — the timeline export: PNG of the asked width and not blank,
 * well-formed SVG with its labels as text, paginated and searchable PDF, and
 * `runway-cli render` as a user runs it
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "runway-test-util.h"
#include "runway-timeline.h"
#include "runway-timeline-painter.h"

static char *demo_dir;
static char *demo_path;

static RunwayPlan *
open_demo (void)
{
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan = runway_plan_open (demo_path, RUNWAY_STORE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return plan;
}

static guint32
day_of (const char *text)
{
  guint32 day = 0;

  g_assert_true (runway_date_parse (text, &day, NULL));
  return day;
}

/* The demo's timeline as of a fixed day, with its risks. */
static RunwayTimeline *
new_demo_timeline (RunwayPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (plan, "2026-09-01", &error);
  RunwayTimeline *timeline = runway_timeline_new (plan);

  g_assert_no_error (error);
  runway_timeline_set_as_of (timeline, day_of ("2026-09-01"));
  runway_timeline_set_today (timeline, day_of ("2026-10-15"));
  runway_timeline_set_risks (timeline, risks);
  return timeline;
}

static GBytes *
render (RunwayTimeline       *timeline,
        RunwayTimelineFormat  format,
        guint                 width)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayTimelinePainter) painter = runway_timeline_painter_new (timeline);
  GBytes *bytes;

  runway_timeline_painter_set_width (painter, width);
  runway_timeline_painter_set_subtitle (painter, "Test export");
  bytes = runway_timeline_painter_render (painter, format, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

typedef struct
{
  const guint8 *data;
  gsize         left;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes *bytes)
{
  Reader reader;
  cairo_surface_t *surface;

  reader.data = g_bytes_get_data (bytes, NULL);
  reader.left = g_bytes_get_size (bytes);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, &reader);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* How many pixels are not the white background, and how many are @rgb. */
static void
count_pixels (cairo_surface_t *surface,
              guint32          rgb,
              guint           *out_inked,
              guint           *out_matching)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  *out_inked = *out_matching = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;

        *out_inked += pixel != 0xffffff;
        *out_matching += pixel == rgb;
      }
}

static guint32
parse_rgb (const char *color)
{
  return (guint32) g_ascii_strtoull (color + 1, NULL, 16);
}

static void
test_png (void)
{
  g_autoptr(RunwayPlan) plan = open_demo ();
  g_autoptr(RunwayTimeline) timeline = new_demo_timeline (plan);
  g_autoptr(GBytes) bytes = render (timeline, RUNWAY_TIMELINE_FORMAT_PNG, 1200);
  const RunwayTimelinePalette *palette = runway_timeline_palette_get_light ();
  cairo_surface_t *surface = decode_png (bytes);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  guint inked, green, red;

  g_assert_cmpint (width, ==, 1200);
  /* every row is there: a hundred rows of the demo, 32 px each */
  g_assert_cmpint (height, >, (int) runway_timeline_get_n_rows (timeline) * 32);

  count_pixels (surface, parse_rgb (palette->phases[RUNWAY_TIMELINE_PHASE_MAINSTREAM]), &inked,
                &green);
  g_assert_cmpuint (inked, >, (guint) (width * height) / 10);
  /* bars, not only text: mainstream support is a lot of green */
  g_assert_cmpuint (green, >, 20000);
  count_pixels (surface, parse_rgb (palette->severities[RUNWAY_SEVERITY_CRITICAL]), &inked,
                &red);
  g_assert_cmpuint (red, >, 50);
  cairo_surface_destroy (surface);
}

static void
collect_texts (xmlNode   *node,
               GPtrArray *texts)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST "text"))
        {
          xmlChar *content = xmlNodeGetContent (node);

          g_ptr_array_add (texts, g_strdup ((const char *) content));
          xmlFree (content);
        }
      /* a font's glyphs drawn as shapes would mean the text is not text */
      g_assert_false (node->type == XML_ELEMENT_NODE
                      && (xmlStrEqual (node->name, BAD_CAST "symbol")
                          || xmlStrEqual (node->name, BAD_CAST "glyph")));
      collect_texts (node->children, texts);
    }
}

/* Parses the SVG as a hostile file would be: no network, no entities. */
static GPtrArray *
dup_svg_texts (const char *data,
               gsize       length)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  xmlDoc *doc = xmlReadMemory (data, (int) length, "timeline.svg", NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlNode *root;

  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  g_assert_nonnull (root->ns);
  g_assert_cmpstr ((const char *) root->ns->href, ==, "http://www.w3.org/2000/svg");
  collect_texts (root, texts);
  xmlFreeDoc (doc);
  return texts;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

static void
test_svg (void)
{
  g_autoptr(RunwayPlan) plan = open_demo ();
  g_autoptr(RunwayTimeline) timeline = new_demo_timeline (plan);
  g_autoptr(GBytes) bytes = render (timeline, RUNWAY_TIMELINE_FORMAT_SVG, 1600);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GPtrArray) texts = dup_svg_texts (data, length);
  guint n_products = 0;

  g_assert_true (g_str_has_prefix (data, "<?xml"));
  runway_test_assert_contains (data, "width=\"1600.00\"");
  g_assert_true (has_text (texts, "Demo estate"));
  g_assert_true (has_text (texts, "Test export"));
  for (guint r = 0; r < runway_timeline_get_n_rows (timeline); r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);

      if (row->kind != RUNWAY_TIMELINE_ROW_PRODUCT)
        continue;
      n_products++;
      if (!has_text (texts, row->label))
        g_error ("the product “%s” is not a <text> of the SVG", row->label);
    }
  g_assert_cmpuint (n_products, >, 15);
  /* the legend and a risk marker's rule id */
  g_assert_true (has_text (texts, "mainstream support"));
  g_assert_true (has_text (texts, "critical"));
  g_assert_true (has_text (texts, "eol-passed +1"));
}

/* Counts the page objects; the file is binary, so no string functions. */
static guint
count_pdf_pages (GBytes *bytes)
{
  static const char needle[] = "/Type /Page";
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  guint n = 0;

  for (gsize i = 0; i + sizeof needle < length; i++)
    if (memcmp (data + i, needle, sizeof needle - 1) == 0 && data[i + sizeof needle - 1] != 's')
      n++;
  return n;
}

static gboolean
has_bytes (GBytes     *bytes,
           const char *text)
{
  gsize length, n = strlen (text);
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, text, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
dup_pdf_text (GBytes *bytes)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (program == NULL)
    return NULL;
  dir = runway_test_make_dir ();
  path = g_build_filename (dir, "timeline.pdf", NULL);
  runway_test_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_spawn_sync (NULL, (char *[]) { program, path, "-", NULL }, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  runway_test_remove_dir (dir);
  return g_steal_pointer (&out);
}

static void
test_pdf (void)
{
  g_autoptr(RunwayPlan) plan = open_demo ();
  g_autoptr(RunwayTimeline) timeline = new_demo_timeline (plan);
  g_autoptr(GBytes) bytes = render (timeline, RUNWAY_TIMELINE_FORMAT_PDF, 1600);
  g_autofree char *text = NULL;
  const char *data = g_bytes_get_data (bytes, NULL);

  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  /* a hundred rows do not fit on an A4 page: pages, not a tiny scale */
  g_assert_cmpuint (count_pdf_pages (bytes), >=, 3);
  /* A4 landscape */
  g_assert_true (has_bytes (bytes, "/MediaBox [ 0 0 841.89 595.28 ]"));

  text = dup_pdf_text (bytes);
  if (text == NULL)
    {
      g_test_message ("pdftotext not installed: the PDF's text was not read");
      return;
    }
  runway_test_assert_contains (text, "Demo estate");
  runway_test_assert_contains (text, "PostgreSQL");
  runway_test_assert_contains (text, "Red Hat Enterprise Linux");
  runway_test_assert_contains (text, "page 2 of");
}

static void
test_collapsed_and_formats (void)
{
  g_autoptr(RunwayPlan) plan = open_demo ();
  g_autoptr(RunwayTimeline) timeline = new_demo_timeline (plan);
  g_autoptr(RunwayTimelinePainter) painter = runway_timeline_painter_new (timeline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RunwayTimelineFormat format;

  /* collapsed to the top groups: one row each, saying how much they hold */
  for (guint r = 0; r < runway_timeline_get_n_rows (timeline); r++)
    if (runway_timeline_get_row (timeline, r)->depth == 0)
      runway_timeline_set_collapsed (timeline, runway_timeline_get_row (timeline, r)->key, TRUE);
  g_assert_cmpuint (runway_timeline_get_n_rows (timeline), ==, 4);
  bytes = runway_timeline_painter_render (painter, RUNWAY_TIMELINE_FORMAT_SVG, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "Infrastructure platform (+"));

  g_assert_true (runway_timeline_format_for_path ("a/b.PDF", &format, NULL));
  g_assert_cmpint (format, ==, RUNWAY_TIMELINE_FORMAT_PDF);
  g_assert_false (runway_timeline_format_for_path ("timeline.jpeg", &format, &error));
  g_assert_error (error, RUNWAY_TIMELINE_PAINTER_ERROR, RUNWAY_TIMELINE_PAINTER_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (runway_timeline_format_for_path (".svg", &format, NULL));
}

/* More rows than one image can hold: a clear error for PNG, pages for PDF. */
static void
test_too_tall (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = runway_test_new_plan (dir, "tall.runway");
  g_autoptr(RunwayTimeline) timeline = NULL;
  g_autoptr(RunwayTimelinePainter) painter = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) pdf = NULL;
  gint64 vendor;

  g_assert_true (runway_plan_begin_edit (plan, "tall", &error));
  vendor = runway_test_add (plan, RUNWAY_KIND_VENDOR, "name", "Initech", NULL);
  for (guint p = 0; p < 50; p++)
    {
      g_autofree char *name = g_strdup_printf ("Product %02u", p);
      gint64 product = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor,
                                        "name", name, NULL);

      for (guint r = 0; r < 20; r++)
        {
          g_autofree char *version = g_strdup_printf ("%u.0", r);

          runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product, "version", version,
                           "ga", "2026-01-01", "end-of-life", "2030-01-01", NULL);
        }
    }
  g_assert_true (runway_plan_end_edit (plan, &error));

  timeline = runway_timeline_new (plan);
  runway_timeline_set_grouping (timeline, RUNWAY_TIMELINE_GROUP_BY_VENDOR);
  painter = runway_timeline_painter_new (timeline);
  png = runway_timeline_painter_render (painter, RUNWAY_TIMELINE_FORMAT_PNG, &error);
  g_assert_null (png);
  g_assert_error (error, RUNWAY_TIMELINE_PAINTER_ERROR, RUNWAY_TIMELINE_PAINTER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "1051 rows"));
  g_clear_error (&error);

  pdf = runway_timeline_painter_render (painter, RUNWAY_TIMELINE_FORMAT_PDF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (pdf), >, 30);

  g_clear_object (&painter);
  g_clear_object (&timeline);
  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

static char *
dup_path (const char *dir,
          const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
test_cli_render (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *png = dup_path (dir, "broadcom.png");
  g_autofree char *svg = dup_path (dir, "broadcom.svg");
  g_autofree char *pdf = dup_path (dir, "broadcom.pdf");
  g_autofree char *all = dup_path (dir, "all.svg");
  g_auto(RunwayTestRun) run_png = { 0 };
  g_auto(RunwayTestRun) run_svg = { 0 };
  g_auto(RunwayTestRun) run_pdf = { 0 };
  g_auto(RunwayTestRun) run_all = { 0 };
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autoptr(GBytes) all_bytes = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) all_texts = NULL;
  cairo_surface_t *surface;

  runway_test_run_cli (&run_png, "render", demo_path, png, "--vendor", "Broadcom", "--width", "900",
           "--as-of", "2026-09-01", NULL);
  g_assert_cmpint (run_png.status, ==, 0);
  g_assert_cmpstr (run_png.err, ==, "");
  runway_test_assert_contains (run_png.out, "broadcom.png");
  png_bytes = runway_test_read_file (png);
  surface = decode_png (png_bytes);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  cairo_surface_destroy (surface);

  /* the vendor's slice: its products, and nobody else's */
  runway_test_run_cli (&run_svg, "render", demo_path, svg, "--vendor", "broadcom", "--as-of",
                       "2026-09-01",
           NULL);
  g_assert_cmpint (run_svg.status, ==, 0);
  svg_bytes = runway_test_read_file (svg);
  texts = dup_svg_texts (g_bytes_get_data (svg_bytes, NULL), g_bytes_get_size (svg_bytes));
  g_assert_true (has_text (texts, "VMware ESXi"));
  g_assert_true (has_text (texts, "VMware vCenter Server"));
  g_assert_true (has_text (texts, "RabbitMQ"));
  g_assert_false (has_text (texts, "PostgreSQL"));
  g_assert_false (has_text (texts, "Windows Server"));
  g_assert_false (has_text (texts, "Apache Kafka"));
  /* the subtitle says what the slice is, in the plan's spelling */
  g_assert_true (has_text (texts, "Vendor Broadcom · 2024-01-01 to 2032-12-31 · by capability "
                                  "· as of 2026-09-01"));

  runway_test_run_cli (&run_all, "render", demo_path, all, "--group-by", "vendor",
                       "--deployed-only",
           "--min-severity", "high", "--from", "2025-01-01", "--to", "2028-12-31", NULL);
  g_assert_cmpint (run_all.status, ==, 0);
  all_bytes = runway_test_read_file (all);
  all_texts = dup_svg_texts (g_bytes_get_data (all_bytes, NULL), g_bytes_get_size (all_bytes));
  g_assert_true (has_text (all_texts, "Broadcom"));
  g_assert_true (has_text (all_texts, "2025"));
  g_assert_false (has_text (all_texts, "2029"));
  /* Keycloak has no risk at all, Oracle JDK is not deployed */
  g_assert_false (has_text (all_texts, "Keycloak"));
  g_assert_false (has_text (all_texts, "Oracle JDK"));

  runway_test_run_cli (&run_pdf, "render", demo_path, pdf, "--capability", "Virtualisation", NULL);
  g_assert_cmpint (run_pdf.status, ==, 0);
  {
    g_autoptr(GBytes) bytes = runway_test_read_file (pdf);

    g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL), "%PDF-"));
    g_assert_cmpuint (count_pdf_pages (bytes), ==, 1);
  }

  runway_test_remove_dir (dir);
}

typedef struct
{
  const char *what;
  const char *args[8];
  int         status;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "bad --from", { "--from", "2024-13-01" }, 2, "--from must be a date, YYYY-MM-DD" },
  { "bad --to", { "--to", "next year" }, 2, "--to must be a date, YYYY-MM-DD" },
  { "bad --as-of", { "--as-of", "2026-02-30" }, 2, "--as-of must be a date" },
  { "range turned around", { "--from", "2030-01-01", "--to", "2029-01-01" }, 2,
    "--from must not be after --to" },
  { "unknown vendor", { "--vendor", "Initech" }, 1,
    "runway-cli render: The plan has no vendor named “Initech”\n" },
  { "unknown capability", { "--capability", "Catering" }, 1,
    "runway-cli render: The plan has no capability named “Catering”\n" },
  { "unknown team", { "--team", "Ghosts" }, 1,
    "runway-cli render: The plan has no team named “Ghosts”\n" },
  { "bad width", { "--width", "12" }, 2, "--width must be 400 to 10000 pixels" },
  { "bad grouping", { "--group-by", "colour" }, 2,
    "--group-by must be capability, vendor or team" },
  { "bad severity", { "--min-severity", "dire" }, 2,
    "--min-severity must be critical, high, medium or low" },
};

static void
run_render (RunwayTestRun      *run,
            const char         *plan,
            const char         *out,
            const char * const *extra)
{
  const char *argv[16] = { "render", plan, out };
  guint n = 3;

  for (guint i = 0; extra != NULL && extra[i] != NULL && n < G_N_ELEMENTS (argv) - 1; i++)
    argv[n++] = extra[i];
  runway_test_run_cli_argv (run, argv);
}

static void
test_cli_errors (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *out = dup_path (dir, "out.png");
  g_autofree char *kept = dup_path (dir, "kept.svg");
  g_autofree char *gif = dup_path (dir, "out.gif");
  g_autofree char *missing = dup_path (dir, "missing.runway");
  g_auto(RunwayTestRun) extension = { 0 };
  g_auto(RunwayTestRun) no_plan = { 0 };
  g_auto(RunwayTestRun) help = { 0 };
  g_auto(RunwayTestRun) usage = { 0 };
  g_auto(RunwayTestRun) overwrite = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      g_auto(RunwayTestRun) run = { 0 };

      g_test_message ("case: %s", c->what);
      run_render (&run, demo_path, out, c->args);
      g_assert_cmpint (run.status, ==, c->status);
      runway_test_assert_contains (run.err, c->message);
      if (c->status == 1)
        g_assert_cmpstr (run.err, ==, c->message);
      g_assert_cmpstr (run.out, ==, "");
      /* nothing written */
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  runway_test_run_cli (&extension, "render", demo_path, gif, NULL);
  g_assert_cmpint (extension.status, ==, 2);
  runway_test_assert_contains (extension.err, "does not end in .png, .svg or .pdf");
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));

  runway_test_run_cli (&no_plan, "render", missing, out, NULL);
  g_assert_cmpint (no_plan.status, ==, 1);
  g_assert_true (g_str_has_prefix (no_plan.err, "runway-cli render: "));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  runway_test_run_cli (&help, "render", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  runway_test_assert_contains (help.out, "PLAN OUT.png|OUT.svg|OUT.pdf");
  runway_test_assert_contains (help.out, "--vendor");
  runway_test_assert_contains (help.out, "--min-severity");

  runway_test_run_cli (&usage, "render", demo_path, NULL);
  g_assert_cmpint (usage.status, ==, 2);
  runway_test_assert_contains (usage.err, "missing argument");

  /* a failed render leaves the file there as it was */
  runway_test_write_file (kept, "old", 3);
  runway_test_run_cli (&overwrite, "render", demo_path, kept, "--vendor", "Initech", NULL);
  g_assert_cmpint (overwrite.status, ==, 1);
  after = runway_test_read_file (kept);
  before = g_bytes_new_static ("old", 3);
  g_assert_true (g_bytes_equal (before, after));

  runway_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  demo_dir = runway_test_make_dir ();
  demo_path = g_build_filename (demo_dir, "demo.runway", NULL);
  plan = runway_plan_create (demo_path, "Demo estate", &error);
  g_assert_no_error (error);
  g_assert_true (runway_plan_fill_demo (plan, &error));
  g_clear_object (&plan);

  g_test_add_func ("/render/png", test_png);
  g_test_add_func ("/render/svg", test_svg);
  g_test_add_func ("/render/pdf", test_pdf);
  g_test_add_func ("/render/collapsed-and-formats", test_collapsed_and_formats);
  g_test_add_func ("/render/too-tall", test_too_tall);
  g_test_add_func ("/render/cli", test_cli_render);
  g_test_add_func ("/render/cli-errors", test_cli_errors);

  status = g_test_run ();
  runway_test_remove_dir (demo_dir);
  g_free (demo_path);
  g_free (demo_dir);
  return status;
}
