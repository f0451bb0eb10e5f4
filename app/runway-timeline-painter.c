/* runway-timeline-painter.c — the timeline as a picture: PNG, SVG and PDF
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One painting routine draws a page — title, date axis, label column, rows,
 * the today and as-of lines, legend — through a small Canvas interface with
 * two backends: cairo (PNG and PDF, where pango keeps PDF text searchable)
 * and an SVG writer of our own, because cairo's SVG surface turns text into
 * glyph outlines and a slide tool or Inkscape needs real <text>. Text is
 * measured with pango for both, in the same font, so labels fit either way.
 *
 * What goes on the picture follows runway-timeline.h. Drawing choices that
 * are the painter's: the uncontracted extended phase is a dashed outline over
 * the bar; what is past end of life is hatched; a risk that bit before the
 * first day shown is pinned to the left edge with its date in its label;
 * marker labels (rule ids, roadmap titles) are drawn only where they fit
 * before the next marker. A PDF is A4 landscape pages of the same width,
 * each with the title, axis and legend; PNG and SVG are one page.
 */

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "runway-timeline-painter.h"

#define FONT_FAMILY "DejaVu Sans"
#define SVG_FONT_FAMILY "'DejaVu Sans', Cantarell, 'Noto Sans', Arial, sans-serif"
#define DEFAULT_WIDTH 1600
#define MIN_WIDTH 400
#define MAX_WIDTH 10000
#define MAX_IMAGE_HEIGHT 32000
#define ROW_HEIGHT 32.0
#define MARGIN 32.0
#define AXIS_HEIGHT 44.0
#define BOTTOM_GAP 30.0
#define INDENT 18.0
#define LEGEND_LINE 26.0
#define A4_LONG 841.89
#define A4_SHORT 595.28

struct _RunwayTimelinePainter
{
  GObject                      parent_instance;

  RunwayTimeline              *timeline;
  char                        *title;
  char                        *subtitle;
  guint                        width;
  const RunwayTimelinePalette *palette;
  PangoContext                *context;
  PangoLayout                 *measure;
};

G_DEFINE_FINAL_TYPE (RunwayTimelinePainter, runway_timeline_painter, G_TYPE_OBJECT)

G_DEFINE_QUARK (runway-timeline-painter-error-quark, runway_timeline_painter_error)

static const RunwayTimelinePalette light_palette = {
  .background = "#ffffff",
  .text = "#1b1f24",
  .secondary_text = "#57606a",
  .grid = "#e6e9ee",
  .grid_major = "#b9c2cd",
  .group_band = "#e8eef6",
  .row_rule = "#edf0f3",
  .phases = {
    [RUNWAY_TIMELINE_PHASE_BEFORE_GA] = "#aebccd",
    [RUNWAY_TIMELINE_PHASE_MAINSTREAM] = "#2e9a53",
    [RUNWAY_TIMELINE_PHASE_SECURITY] = "#e09b00",
    [RUNWAY_TIMELINE_PHASE_EXTENDED] = "#7b52c1",
    [RUNWAY_TIMELINE_PHASE_PAST_EOL] = "#d32f2f",
  },
  .environments = { "#98a6b6", "#3f8fe0", "#00a0a0", "#1b3a8c" },
  .severities = { "#b3001b", "#e65100", "#f5b800", "#607d8b" },
  .marker_outline = "#1b1f24",
  .roadmap = "#00796b",
  .contract_end = "#6d4c41",
  .migration = "#263238",
  .migration_done = "#98a2ad",
  .today = "#1565c0",
  .as_of = "#c2185b",
};

/* -- the canvas -- */

typedef struct
{
  double   size;
  gboolean bold;
  gboolean italic;
} Font;

static const Font title_font = { 26, TRUE, FALSE };
static const Font subtitle_font = { 15, FALSE, FALSE };
static const Font group_font = { 15, TRUE, FALSE };
static const Font product_font = { 14, TRUE, FALSE };
static const Font release_font = { 14, FALSE, FALSE };
static const Font detail_font = { 12, FALSE, FALSE };
static const Font year_font = { 14, TRUE, FALSE };
static const Font axis_font = { 12, FALSE, FALSE };
static const Font marker_font = { 12, TRUE, FALSE };
static const Font roadmap_font = { 12, FALSE, TRUE };
static const Font line_font = { 12, TRUE, FALSE };
static const Font legend_font = { 13, FALSE, FALSE };
static const Font legend_heading_font = { 13, TRUE, FALSE };

typedef enum {
  PATH_POLYGON,   /* closed */
  PATH_POLYLINE,  /* open */
  PATH_CURVE,     /* one cubic: start, two controls, end */
} PathKind;

typedef struct _Canvas Canvas;

typedef struct
{
  void (*fill_rect)  (Canvas *canvas, double x, double y, double width, double height,
                      const char *color, double alpha);
  void (*fade_rect)  (Canvas *canvas, double x, double y, double width, double height,
                      const char *color, double solid_x0, double solid_x1);
  void (*hatch_rect) (Canvas *canvas, double x, double y, double width, double height);
  void (*path)       (Canvas *canvas, const double *points, guint n_points, PathKind kind,
                      const char *fill, const char *stroke, double line_width, gboolean dashed);
  void (*circle)     (Canvas *canvas, double cx, double cy, double radius, const char *fill,
                      const char *stroke, double line_width, gboolean dashed);
  void (*text)       (Canvas *canvas, double x, double baseline, const char *text,
                      const Font *font, const char *color, gboolean halo);
  void (*push_clip)  (Canvas *canvas, double x, double y, double width, double height);
  void (*pop_clip)   (Canvas *canvas);
} CanvasClass;

struct _Canvas
{
  const CanvasClass *klass;
};

static PangoFontDescription *
new_font_description (const Font *font)
{
  PangoFontDescription *description = pango_font_description_new ();

  pango_font_description_set_family (description, FONT_FAMILY);
  pango_font_description_set_absolute_size (description, font->size * PANGO_SCALE);
  pango_font_description_set_weight (description,
                                     font->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (description,
                                    font->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return description;
}

/* Metrics must not depend on the backend, or SVG labels would not fit. */
static void
set_up_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_destroy (options);
}

static void
set_layout_text (PangoLayout *layout,
                 const char  *text,
                 const Font  *font)
{
  PangoFontDescription *description = new_font_description (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (description);
}

/* cairo: PNG and PDF */

typedef struct
{
  Canvas       canvas;
  cairo_t     *cr;
  PangoLayout *layout;
} CairoCanvas;

static void
set_source (cairo_t    *cr,
            const char *color,
            double      alpha)
{
  guint r = 0, g = 0, b = 0;

  if (color != NULL && sscanf (color, "#%02x%02x%02x", &r, &g, &b) != 3)
    r = g = b = 0;
  cairo_set_source_rgba (cr, r / 255.0, g / 255.0, b / 255.0, alpha);
}

static void
set_stroke (cairo_t  *cr,
            double    line_width,
            gboolean  dashed)
{
  static const double dash[] = { 6, 4 };

  cairo_set_line_width (cr, line_width);
  cairo_set_dash (cr, dashed ? dash : NULL, dashed ? 2 : 0, 0);
}

static void
fill_rect_cairo (Canvas     *canvas,
                 double      x,
                 double      y,
                 double      width,
                 double      height,
                 const char *color,
                 double      alpha)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;

  cairo_rectangle (cr, x, y, width, height);
  set_source (cr, color, alpha);
  cairo_fill (cr);
}

static void
fade_rect_cairo (Canvas     *canvas,
                 double      x,
                 double      y,
                 double      width,
                 double      height,
                 const char *color,
                 double      solid_x0,
                 double      solid_x1)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;
  cairo_pattern_t *pattern = cairo_pattern_create_linear (x, 0, x + width, 0);
  guint r = 0, g = 0, b = 0;

  if (sscanf (color, "#%02x%02x%02x", &r, &g, &b) != 3)
    r = g = b = 0;
  cairo_pattern_add_color_stop_rgba (pattern, 0, r / 255.0, g / 255.0, b / 255.0,
                                     solid_x0 > x ? 0 : 1);
  cairo_pattern_add_color_stop_rgba (pattern, (solid_x0 - x) / width, r / 255.0, g / 255.0,
                                     b / 255.0, 1);
  cairo_pattern_add_color_stop_rgba (pattern, (solid_x1 - x) / width, r / 255.0, g / 255.0,
                                     b / 255.0, 1);
  cairo_pattern_add_color_stop_rgba (pattern, 1, r / 255.0, g / 255.0, b / 255.0,
                                     solid_x1 < x + width ? 0 : 1);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source (cr, pattern);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
}

static void
hatch_rect_cairo (Canvas *canvas,
                  double  x,
                  double  y,
                  double  width,
                  double  height)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  /* stripes on a fixed grid, so neighbouring bars line up */
  for (double s = floor ((x - height) / 8) * 8; s < x + width; s += 8)
    {
      cairo_move_to (cr, s, y + height);
      cairo_line_to (cr, s + height, y);
    }
  set_source (cr, "#ffffff", 0.55);
  set_stroke (cr, 2.5, FALSE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
fill_and_stroke (cairo_t    *cr,
                 const char *fill,
                 const char *stroke,
                 double      line_width,
                 gboolean    dashed)
{
  if (fill != NULL)
    {
      set_source (cr, fill, 1);
      if (stroke != NULL)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (stroke != NULL)
    {
      set_source (cr, stroke, 1);
      set_stroke (cr, line_width, dashed);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

static void
path_cairo (Canvas       *canvas,
            const double *points,
            guint         n_points,
            PathKind      kind,
            const char   *fill,
            const char   *stroke,
            double        line_width,
            gboolean      dashed)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;

  cairo_move_to (cr, points[0], points[1]);
  if (kind == PATH_CURVE)
    cairo_curve_to (cr, points[2], points[3], points[4], points[5], points[6], points[7]);
  else
    for (guint i = 1; i < n_points; i++)
      cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
  if (kind == PATH_POLYGON)
    cairo_close_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  fill_and_stroke (cr, fill, stroke, line_width, dashed);
}

static void
circle_cairo (Canvas     *canvas,
              double      cx,
              double      cy,
              double      radius,
              const char *fill,
              const char *stroke,
              double      line_width,
              gboolean    dashed)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;

  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  fill_and_stroke (cr, fill, stroke, line_width, dashed);
}

static void
text_cairo (Canvas     *canvas,
            double      x,
            double      baseline,
            const char *text,
            const Font *font,
            const char *color,
            gboolean    halo)
{
  CairoCanvas *self = (CairoCanvas *) canvas;
  cairo_t *cr = self->cr;

  set_layout_text (self->layout, text, font);
  cairo_move_to (cr, x, baseline - pango_layout_get_baseline (self->layout) / (double) PANGO_SCALE);
  if (halo)
    {
      cairo_save (cr);
      pango_cairo_layout_path (cr, self->layout);
      set_source (cr, "#ffffff", 0.9);
      set_stroke (cr, 3.5, FALSE);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_move_to (cr, x,
                     baseline - pango_layout_get_baseline (self->layout) / (double) PANGO_SCALE);
    }
  set_source (cr, color, 1);
  pango_cairo_show_layout (cr, self->layout);
  cairo_new_path (cr);
}

static void
push_clip_cairo (Canvas *canvas,
                 double  x,
                 double  y,
                 double  width,
                 double  height)
{
  cairo_t *cr = ((CairoCanvas *) canvas)->cr;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
}

static void
pop_clip_cairo (Canvas *canvas)
{
  cairo_restore (((CairoCanvas *) canvas)->cr);
}

static const CanvasClass cairo_canvas_class = {
  fill_rect_cairo, fade_rect_cairo, hatch_rect_cairo, path_cairo, circle_cairo, text_cairo,
  push_clip_cairo, pop_clip_cairo,
};

static void
init_cairo_canvas (CairoCanvas *self,
                   cairo_t     *cr)
{
  self->canvas.klass = &cairo_canvas_class;
  self->cr = cr;
  self->layout = pango_cairo_create_layout (cr);
  set_up_context (pango_layout_get_context (self->layout));
  pango_layout_context_changed (self->layout);
}

static void
clear_cairo_canvas (CairoCanvas *self)
{
  g_clear_object (&self->layout);
}

/* SVG: our own writer, every label a <text> */

typedef struct
{
  Canvas   canvas;
  GString *out;
  guint    n_ids;
} SvgCanvas;

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

/* Appends ` name="value"` with a number. */
static void
append_attribute (GString    *out,
                  const char *name,
                  double      value)
{
  g_string_append_printf (out, " %s=\"", name);
  append_number (out, value);
  g_string_append_c (out, '"');
}

static void
append_paint (GString    *out,
              const char *fill,
              const char *stroke,
              double      line_width,
              gboolean    dashed)
{
  g_string_append_printf (out, " fill=\"%s\"", fill ? fill : "none");
  if (stroke != NULL)
    {
      g_string_append_printf (out, " stroke=\"%s\" stroke-linejoin=\"round\"", stroke);
      append_attribute (out, "stroke-width", line_width);
      if (dashed)
        g_string_append (out, " stroke-dasharray=\"6 4\"");
    }
}

static void
append_rect (GString *out,
             double   x,
             double   y,
             double   width,
             double   height)
{
  g_string_append (out, "<rect");
  append_attribute (out, "x", x);
  append_attribute (out, "y", y);
  append_attribute (out, "width", MAX (0, width));
  append_attribute (out, "height", MAX (0, height));
}

static void
fill_rect_svg (Canvas     *canvas,
               double      x,
               double      y,
               double      width,
               double      height,
               const char *color,
               double      alpha)
{
  GString *out = ((SvgCanvas *) canvas)->out;

  append_rect (out, x, y, width, height);
  g_string_append_printf (out, " fill=\"%s\"", color);
  if (alpha < 1)
    append_attribute (out, "fill-opacity", alpha);
  g_string_append (out, "/>\n");
}

static void
append_stop (GString    *out,
             double      offset,
             const char *color,
             double      opacity)
{
  g_string_append (out, "<stop");
  append_attribute (out, "offset", CLAMP (offset, 0, 1));
  g_string_append_printf (out, " stop-color=\"%s\"", color);
  append_attribute (out, "stop-opacity", opacity);
  g_string_append (out, "/>");
}

static void
fade_rect_svg (Canvas     *canvas,
               double      x,
               double      y,
               double      width,
               double      height,
               const char *color,
               double      solid_x0,
               double      solid_x1)
{
  SvgCanvas *self = (SvgCanvas *) canvas;
  guint id = ++self->n_ids;

  g_string_append_printf (self->out, "<defs><linearGradient id=\"fade%u\" "
                          "gradientUnits=\"userSpaceOnUse\"", id);
  append_attribute (self->out, "x1", x);
  append_attribute (self->out, "x2", x + width);
  g_string_append (self->out, " y1=\"0\" y2=\"0\">");
  append_stop (self->out, 0, color, solid_x0 > x ? 0 : 1);
  append_stop (self->out, (solid_x0 - x) / width, color, 1);
  append_stop (self->out, (solid_x1 - x) / width, color, 1);
  append_stop (self->out, 1, color, solid_x1 < x + width ? 0 : 1);
  g_string_append (self->out, "</linearGradient></defs>\n");
  append_rect (self->out, x, y, width, height);
  g_string_append_printf (self->out, " fill=\"url(#fade%u)\"/>\n", id);
}

static void
hatch_rect_svg (Canvas *canvas,
                double  x,
                double  y,
                double  width,
                double  height)
{
  GString *out = ((SvgCanvas *) canvas)->out;

  append_rect (out, x, y, width, height);
  g_string_append (out, " fill=\"url(#hatch)\"/>\n");
}

static void
path_svg (Canvas       *canvas,
          const double *points,
          guint         n_points,
          PathKind      kind,
          const char   *fill,
          const char   *stroke,
          double        line_width,
          gboolean      dashed)
{
  GString *out = ((SvgCanvas *) canvas)->out;

  g_string_append (out, "<path d=\"M");
  for (guint i = 0; i < n_points; i++)
    {
      if (i > 0)
        g_string_append (out, kind == PATH_CURVE ? (i == 1 ? " C" : " ") : " L");
      append_number (out, points[2 * i]);
      g_string_append_c (out, ',');
      append_number (out, points[2 * i + 1]);
    }
  if (kind == PATH_POLYGON)
    g_string_append (out, " Z");
  g_string_append_c (out, '"');
  append_paint (out, fill, stroke, line_width, dashed);
  g_string_append (out, "/>\n");
}

static void
circle_svg (Canvas     *canvas,
            double      cx,
            double      cy,
            double      radius,
            const char *fill,
            const char *stroke,
            double      line_width,
            gboolean    dashed)
{
  GString *out = ((SvgCanvas *) canvas)->out;

  g_string_append (out, "<circle");
  append_attribute (out, "cx", cx);
  append_attribute (out, "cy", cy);
  append_attribute (out, "r", radius);
  append_paint (out, fill, stroke, line_width, dashed);
  g_string_append (out, "/>\n");
}

static void
text_svg (Canvas     *canvas,
          double      x,
          double      baseline,
          const char *text,
          const Font *font,
          const char *color,
          gboolean    halo)
{
  GString *out = ((SvgCanvas *) canvas)->out;
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, "<text");
  append_attribute (out, "x", x);
  append_attribute (out, "y", baseline);
  append_attribute (out, "font-size", font->size);
  if (font->bold)
    g_string_append (out, " font-weight=\"bold\"");
  if (font->italic)
    g_string_append (out, " font-style=\"italic\"");
  g_string_append_printf (out, " fill=\"%s\"", color);
  if (halo)
    g_string_append (out, " stroke=\"#ffffff\" stroke-opacity=\"0.9\" stroke-width=\"3.5\" "
                          "stroke-linejoin=\"round\" paint-order=\"stroke\"");
  g_string_append_printf (out, ">%s</text>\n", escaped);
}

static void
push_clip_svg (Canvas *canvas,
               double  x,
               double  y,
               double  width,
               double  height)
{
  SvgCanvas *self = (SvgCanvas *) canvas;
  guint id = ++self->n_ids;

  g_string_append_printf (self->out, "<clipPath id=\"clip%u\">", id);
  append_rect (self->out, x, y, width, height);
  g_string_append_printf (self->out, "/></clipPath>\n<g clip-path=\"url(#clip%u)\">\n", id);
}

static void
pop_clip_svg (Canvas *canvas)
{
  g_string_append (((SvgCanvas *) canvas)->out, "</g>\n");
}

static const CanvasClass svg_canvas_class = {
  fill_rect_svg, fade_rect_svg, hatch_rect_svg, path_svg, circle_svg, text_svg,
  push_clip_svg, pop_clip_svg,
};

/* -- measuring -- */

static double
measure_text (RunwayTimelinePainter *self,
              const char            *text,
              const Font            *font)
{
  PangoRectangle logical;

  set_layout_text (self->measure, text, font);
  pango_layout_get_extents (self->measure, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* Returns: (transfer full): @text, cut with "…" to fit @width, or %NULL
 * when not even one letter does. */
static char *
dup_fitted_text (RunwayTimelinePainter *self,
                 const char            *text,
                 const Font            *font,
                 double                 width)
{
  glong length = g_utf8_strlen (text, -1);
  glong lo = 1, hi = length - 1, best = 0;

  if (measure_text (self, text, font) <= width)
    return g_strdup (text);
  while (lo <= hi)
    {
      glong mid = (lo + hi) / 2;
      g_autofree char *prefix = g_utf8_substring (text, 0, mid);
      g_autofree char *candidate = g_strconcat (g_strchomp (prefix), "…", NULL);

      if (measure_text (self, candidate, font) <= width)
        {
          best = mid;
          lo = mid + 1;
        }
      else
        hi = mid - 1;
    }
  if (best == 0)
    return NULL;
  {
    g_autofree char *prefix = g_utf8_substring (text, 0, best);

    return g_strconcat (g_strchomp (prefix), "…", NULL);
  }
}

/* A baseline that centres a line of @font on @centre. */
static double
centred_baseline (const Font *font,
                  double      centre)
{
  return centre + font->size * 0.36;
}

/* -- the page -- */

typedef struct
{
  double width;
  double height;
  double label_x;
  double label_width;
  double chart_x;
  double chart_width;
  double axis_y;
  double chart_y;
  double legend_y;
  double legend_height;
  guint  first_row;
  guint  n_rows;
  guint  page;
  guint  n_pages;
} Frame;

static double
chart_bottom (const Frame *frame)
{
  return frame->chart_y + frame->n_rows * ROW_HEIGHT;
}

static double
day_x (RunwayTimelinePainter *self,
       const Frame           *frame,
       double                 day)
{
  return frame->chart_x + runway_timeline_day_to_x (self->timeline, day);
}

static double
row_y (const Frame *frame,
       double       row)
{
  return frame->chart_y + (row - frame->first_row) * ROW_HEIGHT;
}

static const Font *
row_font (const RunwayTimelineRow *row)
{
  switch (row->kind)
    {
    case RUNWAY_TIMELINE_ROW_CAPABILITY:
    case RUNWAY_TIMELINE_ROW_VENDOR:
    case RUNWAY_TIMELINE_ROW_TEAM:
      return &group_font;
    case RUNWAY_TIMELINE_ROW_PRODUCT:
      return &product_font;
    case RUNWAY_TIMELINE_ROW_RELEASE:
    default:
      return &release_font;
    }
}

static gboolean
is_group_row (const RunwayTimelineRow *row)
{
  return row->kind != RUNWAY_TIMELINE_ROW_PRODUCT && row->kind != RUNWAY_TIMELINE_ROW_RELEASE;
}

static void
paint_title (RunwayTimelinePainter *self,
             Canvas                *canvas,
             const Frame           *frame)
{
  const char *title = self->title;
  g_autofree char *fitted = NULL;
  g_autofree char *subtitle = NULL;
  double width = frame->width - 2 * MARGIN;

  if (title == NULL)
    title = runway_entity_get_string (RUNWAY_ENTITY (runway_plan_get_settings (
                                        runway_timeline_get_plan (self->timeline))),
                                      RUNWAY_SETTINGS_NAME);
  fitted = dup_fitted_text (self, title, &title_font, width);
  if (fitted != NULL)
    canvas->klass->text (canvas, MARGIN, MARGIN + 26, fitted, &title_font,
                         self->palette->text, FALSE);

  if (frame->n_pages > 1)
    /* Translators: after the export's subtitle: page 2 of 5 */
    subtitle = g_strdup_printf (_("%s · page %u of %u"), self->subtitle ? self->subtitle : "",
                                frame->page + 1, frame->n_pages);
  else
    subtitle = g_strdup (self->subtitle);
  if (subtitle != NULL)
    {
      g_autofree char *line = dup_fitted_text (self, subtitle, &subtitle_font, width);

      if (line != NULL)
        canvas->klass->text (canvas, MARGIN, MARGIN + 52, line, &subtitle_font,
                             self->palette->secondary_text, FALSE);
    }
}

static void
paint_axis (RunwayTimelinePainter *self,
            Canvas                *canvas,
            const Frame           *frame)
{
  const RunwayTimelinePalette *palette = self->palette;
  g_autoptr(GArray) ticks = runway_timeline_dup_ticks (self->timeline, 0, frame->chart_width);
  RunwayTimelineUnit unit = runway_timeline_get_tick_unit (self->timeline);
  double right = frame->chart_x + frame->chart_width;
  double bottom = chart_bottom (frame);
  double first_major = right;

  canvas->klass->push_clip (canvas, frame->chart_x, frame->axis_y, frame->chart_width,
                            bottom - frame->axis_y);
  for (guint i = 0; i < ticks->len; i++)
    {
      RunwayTimelineTick *tick = &g_array_index (ticks, RunwayTimelineTick, i);
      double x = day_x (self, frame, tick->day);
      double next = i + 1 < ticks->len
                    ? day_x (self, frame, g_array_index (ticks, RunwayTimelineTick, i + 1).day)
                    : right;
      double line[4] = { x, tick->major ? frame->axis_y : frame->axis_y + 22, x, bottom };

      canvas->klass->path (canvas, line, 2, PATH_POLYLINE, NULL,
                           tick->major ? palette->grid_major : palette->grid, 1, FALSE);
      if (tick->major)
        {
          first_major = MIN (first_major, x);
          canvas->klass->text (canvas, x + 4, frame->axis_y + 16, tick->year, &year_font,
                               palette->text, FALSE);
        }
      if (unit != RUNWAY_TIMELINE_UNIT_YEAR
          && measure_text (self, tick->label, &axis_font) + 6 <= next - x)
        canvas->klass->text (canvas, x + 3, frame->axis_y + 37, tick->label, &axis_font,
                             palette->secondary_text, FALSE);
    }
  canvas->klass->pop_clip (canvas);

  /* the year the range starts in, when its first January is far off */
  if (first_major - frame->chart_x > 56 && ticks->len > 0)
    {
      g_autofree char *year = runway_date_format (runway_timeline_get_first_day (self->timeline));

      year[4] = '\0';
      canvas->klass->text (canvas, frame->chart_x + 4, frame->axis_y + 16, year, &year_font,
                           palette->text, FALSE);
    }
}

static void
paint_row_backgrounds (RunwayTimelinePainter *self,
                       Canvas                *canvas,
                       const Frame           *frame)
{
  const RunwayTimelinePalette *palette = self->palette;

  for (guint r = frame->first_row; r < frame->first_row + frame->n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (self->timeline, r);
      double y = row_y (frame, r);
      double rule[4] = { MARGIN, y + ROW_HEIGHT, frame->width - MARGIN, y + ROW_HEIGHT };

      if (is_group_row (row))
        canvas->klass->fill_rect (canvas, MARGIN, y, frame->width - 2 * MARGIN, ROW_HEIGHT,
                                  palette->group_band, 1);
      canvas->klass->path (canvas, rule, 2, PATH_POLYLINE, NULL, palette->row_rule, 1, FALSE);
    }
}

/* Groups keep the toggle's room even when a filter left them nothing to
 * toggle, so siblings line up. */
static double
label_indent (const RunwayTimelineRow *row)
{
  return 10 + row->depth * INDENT + (row->kind != RUNWAY_TIMELINE_ROW_RELEASE ? 14 : 0);
}

static void
paint_labels (RunwayTimelinePainter *self,
              Canvas                *canvas,
              const Frame           *frame)
{
  const RunwayTimelinePalette *palette = self->palette;

  for (guint r = frame->first_row; r < frame->first_row + frame->n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (self->timeline, r);
      const Font *font = row_font (row);
      double x = frame->label_x + label_indent (row);
      double centre = row_y (frame, r) + ROW_HEIGHT / 2;
      g_autofree char *text = NULL;
      g_autofree char *fitted = NULL;

      if (row->expandable)
        {
          double tx = x - 12;
          double open[6] = { tx, centre - 3, tx + 8, centre - 3, tx + 4, centre + 3 };
          double shut[6] = { tx + 1, centre - 4.5, tx + 7, centre, tx + 1, centre + 4.5 };

          canvas->klass->path (canvas, row->collapsed ? shut : open, 3, PATH_POLYGON,
                               palette->secondary_text, NULL, 0, FALSE);
        }
      /* Translators: a collapsed group's label and how many rows it hides */
      text = row->collapsed ? g_strdup_printf (_("%s (+%u)"), row->label, row->n_hidden)
                            : g_strdup (row->label);
      fitted = dup_fitted_text (self, text, font,
                                frame->label_width - (x - frame->label_x) - 10);
      if (fitted != NULL)
        canvas->klass->text (canvas, x, centred_baseline (font, centre), fitted, font,
                             palette->text, FALSE);
      /* the vendor after a product, where it fits whole */
      if (fitted != NULL && row->detail != NULL && g_str_equal (fitted, text))
        {
          double after = x + measure_text (self, text, font) + 8;

          if (after + measure_text (self, row->detail, &detail_font)
              <= frame->label_x + frame->label_width - 10)
            canvas->klass->text (canvas, after, centred_baseline (&detail_font, centre),
                                 row->detail, &detail_font, palette->secondary_text, FALSE);
        }
    }
}

static void
paint_phase (RunwayTimelinePainter    *self,
             Canvas                   *canvas,
             const Frame              *frame,
             const RunwayTimelineItem *item)
{
  const char *color = self->palette->phases[item->phase];
  double x0 = day_x (self, frame, item->start);
  double x1 = day_x (self, frame, item->end);
  double y0 = row_y (frame, item->top);
  double y1 = row_y (frame, item->bottom);

  if (item->phase == RUNWAY_TIMELINE_PHASE_EXTENDED && !(item->flags & RUNWAY_TIMELINE_CONTRACTED))
    return;   /* an option, drawn over the bars later */
  if (item->solid_start > item->start || item->solid_end < item->end)
    canvas->klass->fade_rect (canvas, x0, y0, x1 - x0, y1 - y0, color,
                              day_x (self, frame, item->solid_start),
                              day_x (self, frame, item->solid_end));
  else
    canvas->klass->fill_rect (canvas, x0, y0, x1 - x0, y1 - y0, color, 1);
  if (item->phase == RUNWAY_TIMELINE_PHASE_PAST_EOL)
    canvas->klass->hatch_rect (canvas, x0, y0, x1 - x0, y1 - y0);
}

static void
paint_option (RunwayTimelinePainter    *self,
              Canvas                   *canvas,
              const Frame              *frame,
              const RunwayTimelineItem *item)
{
  double x0 = day_x (self, frame, item->start) + 1;
  double x1 = day_x (self, frame, item->end) - 1;
  double y0 = row_y (frame, item->top) + 1;
  double y1 = row_y (frame, item->bottom) - 1;
  double box[8] = { x0, y0, x1, y0, x1, y1, x0, y1 };

  if (x1 <= x0)
    return;
  canvas->klass->fill_rect (canvas, x0, y0, x1 - x0, y1 - y0,
                            self->palette->phases[RUNWAY_TIMELINE_PHASE_EXTENDED], 0.18);
  canvas->klass->path (canvas, box, 4, PATH_POLYGON, NULL,
                       self->palette->phases[RUNWAY_TIMELINE_PHASE_EXTENDED], 2, TRUE);
}

static void
paint_deployment (RunwayTimelinePainter    *self,
                  Canvas                   *canvas,
                  const Frame              *frame,
                  const RunwayTimelineItem *item)
{
  double x0 = day_x (self, frame, item->start);
  double x1 = day_x (self, frame, item->end);
  double y0 = row_y (frame, item->top) + 0.5;
  double y1 = row_y (frame, item->bottom) - 0.5;

  canvas->klass->fill_rect (canvas, x0, y0, x1 - x0, y1 - y0,
                            self->palette->environments[MIN (item->environment, 3)], 1);
}

static void
paint_arrow_head (Canvas     *canvas,
                  double      x,
                  double      y,
                  double      dx,
                  double      dy,
                  const char *color)
{
  double length = hypot (dx, dy);
  double ux, uy, head[6];

  if (length < 1e-6)
    {
      dx = 1;
      dy = 0;
      length = 1;
    }
  ux = dx / length;
  uy = dy / length;
  head[0] = x;
  head[1] = y;
  head[2] = x - 10 * ux + 5 * uy;
  head[3] = y - 10 * uy - 5 * ux;
  head[4] = x - 10 * ux - 5 * uy;
  head[5] = y - 10 * uy + 5 * ux;
  canvas->klass->path (canvas, head, 3, PATH_POLYGON, color, NULL, 0, FALSE);
}

static void
paint_migration (RunwayTimelinePainter    *self,
                 Canvas                   *canvas,
                 const Frame              *frame,
                 const RunwayTimelineItem *item)
{
  const RunwayTimelinePalette *palette = self->palette;
  gboolean done = g_strcmp0 (runway_migration_statuses[item->status], "done") == 0;
  gboolean planned = g_strcmp0 (runway_migration_statuses[item->status], "planned") == 0;
  const char *color = done ? palette->migration_done : palette->migration;
  double x0 = day_x (self, frame, item->start);
  double x1 = MAX (day_x (self, frame, item->end), x0 + 12);
  double y0 = row_y (frame, item->top);
  double y1 = row_y (frame, item->bottom);
  double mid = (x0 + x1) / 2;
  double curve[8] = { x0, y0, mid, y0, mid, y1, x1 - 4, y1 };

  canvas->klass->circle (canvas, x0, y0, 3.5, color, palette->background, 1.5, FALSE);
  canvas->klass->path (canvas, curve, 4, PATH_CURVE, NULL, palette->background, 5.5, FALSE);
  canvas->klass->path (canvas, curve, 4, PATH_CURVE, NULL, color, 2.5, planned);
  paint_arrow_head (canvas, x1, y1, x1 - mid, y1 == y0 ? 0 : (y1 - y0) * 0.2, color);

  /* an arrow that stays on its row names the other end */
  if (item->row == item->to_row && item->label != NULL)
    canvas->klass->text (canvas, x1 + 4, centred_baseline (&roadmap_font, y1), item->label,
                         &roadmap_font, color, TRUE);
}

static void
paint_shape (Canvas              *canvas,
             RunwayTimelineShape  shape,
             double               cx,
             double               cy,
             double               size,
             const char          *fill,
             const char          *outline,
             double               outline_width)
{
  double h = size / 2;

  switch (shape)
    {
    case RUNWAY_TIMELINE_SHAPE_DIAMOND:
      {
        double d = h * 1.2;
        double points[8] = { cx, cy - d, cx + d, cy, cx, cy + d, cx - d, cy };

        canvas->klass->path (canvas, points, 4, PATH_POLYGON, fill, outline, outline_width, FALSE);
      }
      break;
    case RUNWAY_TIMELINE_SHAPE_TRIANGLE:
      {
        double points[6] = { cx, cy - h * 1.15, cx + h * 1.1, cy + h * 0.85,
                             cx - h * 1.1, cy + h * 0.85 };

        canvas->klass->path (canvas, points, 3, PATH_POLYGON, fill, outline, outline_width,
                             FALSE);
      }
      break;
    case RUNWAY_TIMELINE_SHAPE_CIRCLE:
      canvas->klass->circle (canvas, cx, cy, h * 0.9, fill, outline, outline_width, FALSE);
      break;
    case RUNWAY_TIMELINE_SHAPE_SQUARE:
    default:
      {
        double s = h * 0.75;
        double points[8] = { cx - s, cy - s, cx + s, cy - s, cx + s, cy + s, cx - s, cy + s };

        canvas->klass->path (canvas, points, 4, PATH_POLYGON, fill, outline, outline_width,
                             FALSE);
      }
      break;
    }
}

/* A white ring first, so a marker stands out on a bar of any colour. */
static void
paint_risk_marker (RunwayTimelinePainter *self,
                   Canvas                *canvas,
                   RunwaySeverity         severity,
                   double                 cx,
                   double                 cy,
                   double                 size)
{
  RunwayTimelineShape shape = runway_timeline_shape_for_severity (severity);

  paint_shape (canvas, shape, cx, cy, size, NULL, self->palette->background, 5);
  paint_shape (canvas, shape, cx, cy, size, self->palette->severities[severity],
               self->palette->marker_outline, 1.5);
}

static void
paint_flag (Canvas     *canvas,
            double      x,
            double      cy,
            double      size,
            const char *color,
            const char *background,
            guint       confidence)
{
  double h = size / 2;
  double pole[4] = { x, cy + h, x, cy - h };
  double pennant[6] = { x, cy - h, x + h * 1.5, cy - h * 0.45, x, cy + h * 0.1 };
  gboolean announced = confidence == 0;
  gboolean rumoured = confidence == 2;

  canvas->klass->path (canvas, pole, 2, PATH_POLYLINE, NULL, color, 2, FALSE);
  canvas->klass->path (canvas, pennant, 3, PATH_POLYGON, announced ? color : background,
                       color, 1.5, rumoured);
}

static void
paint_contract_end (Canvas     *canvas,
                    double      x,
                    double      cy,
                    double      size,
                    const char *color)
{
  double h = size / 2;
  double bar[8] = { x - 2, cy - h, x + 2, cy - h, x + 2, cy + h, x - 2, cy + h };
  double cap[4] = { x - h * 0.8, cy - h, x + h * 0.8, cy - h };

  canvas->klass->path (canvas, bar, 4, PATH_POLYGON, color, NULL, 0, FALSE);
  canvas->klass->path (canvas, cap, 2, PATH_POLYLINE, NULL, color, 3, FALSE);
}

/* A marker and the label it may carry. */
typedef struct
{
  const RunwayTimelineItem *item;
  double                    x;
  double                    y;
} Marker;

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const Marker *ma = a;
  const Marker *mb = b;

  if (ma->item->row != mb->item->row)
    return ma->item->row < mb->item->row ? -1 : 1;
  return ma->x < mb->x ? -1 : ma->x > mb->x;
}

static char *
dup_marker_label (const RunwayTimelineItem *item)
{
  g_autofree char *date = NULL;

  switch (item->kind)
    {
    case RUNWAY_TIMELINE_ITEM_RISK:
      if (item->flags & RUNWAY_TIMELINE_PINNED)
        date = runway_date_format ((guint32) item->start);
      if (item->risks->len > 1 && date != NULL)
        /* Translators: a risk marker's label: rule id, how many more risks, date */
        return g_strdup_printf (_("%s +%u (%s)"), item->label, item->risks->len - 1, date);
      if (item->risks->len > 1)
        /* Translators: a risk marker's label: rule id and how many more risks */
        return g_strdup_printf (_("%s +%u"), item->label, item->risks->len - 1);
      if (date != NULL)
        /* Translators: a risk marker's label: rule id and the date it bit */
        return g_strdup_printf (_("%s (%s)"), item->label, date);
      return g_strdup (item->label);
    case RUNWAY_TIMELINE_ITEM_ROADMAP:
    case RUNWAY_TIMELINE_ITEM_CONTRACT_END:
      return g_strdup (item->label);
    case RUNWAY_TIMELINE_ITEM_PHASE:
    case RUNWAY_TIMELINE_ITEM_DEPLOYMENT:
    case RUNWAY_TIMELINE_ITEM_MIGRATION:
    default:
      return NULL;
    }
}

static void
paint_markers (RunwayTimelinePainter *self,
               Canvas                *canvas,
               const Frame           *frame,
               GArray                *markers)
{
  const RunwayTimelinePalette *palette = self->palette;
  double size = runway_timeline_get_marker_size (self->timeline);
  double right = frame->chart_x + frame->chart_width;

  g_array_sort (markers, compare_markers);

  /* markers that would cover each other move apart by a few pixels */
  for (guint i = 1; i < markers->len; i++)
    {
      Marker *previous = &g_array_index (markers, Marker, i - 1);
      Marker *marker = &g_array_index (markers, Marker, i);

      if (previous->item->row == marker->item->row && marker->x < previous->x + size * 1.2)
        marker->x = previous->x + size * 1.2;
    }

  /* vendor markers under risk markers */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < markers->len; i++)
      {
        Marker *marker = &g_array_index (markers, Marker, i);
        const RunwayTimelineItem *item = marker->item;

        if ((item->kind == RUNWAY_TIMELINE_ITEM_RISK) != (pass == 1))
          continue;
        if (item->kind == RUNWAY_TIMELINE_ITEM_RISK)
          paint_risk_marker (self, canvas, item->severity, marker->x, marker->y, size);
        else if (item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP)
          paint_flag (canvas, marker->x, marker->y, size, palette->roadmap, palette->background,
                      item->confidence);
        else
          paint_contract_end (canvas, marker->x, marker->y, size, palette->contract_end);
      }

  /* labels only where they fit before the next marker on the row */
  for (guint i = 0; i < markers->len; i++)
    {
      Marker *marker = &g_array_index (markers, Marker, i);
      const RunwayTimelineItem *item = marker->item;
      gboolean risk = item->kind == RUNWAY_TIMELINE_ITEM_RISK;
      const Font *font = risk ? &marker_font : &roadmap_font;
      double x = marker->x + size * (item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP ? 0.85 : 0.7) + 3;
      double limit = right - 4;
      g_autofree char *label = dup_marker_label (item);
      g_autofree char *fitted = NULL;

      if (i + 1 < markers->len && g_array_index (markers, Marker, i + 1).item->row == item->row)
        limit = MIN (limit, g_array_index (markers, Marker, i + 1).x - size * 0.7 - 4);
      if (label == NULL)
        continue;
      if (risk)
        fitted = measure_text (self, label, font) <= limit - x ? g_strdup (label) : NULL;
      else if (limit - x >= 60)
        fitted = dup_fitted_text (self, label, font, MIN (limit - x, 320));
      if (fitted != NULL)
        canvas->klass->text (canvas, x, centred_baseline (font, marker->y), fitted, font,
                             risk ? palette->text
                             : item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP ? palette->roadmap
                             : palette->contract_end, TRUE);
    }
}

/* The line goes under the markers, inside the chart; its label goes under
 * the chart, on the side where it does not meet the other line's. */
static void
paint_line (RunwayTimelinePainter *self,
            Canvas                *canvas,
            const Frame           *frame,
            guint32                day,
            const char            *color,
            gboolean               dashed,
            const char            *label,
            gboolean               label_left)
{
  double x = day_x (self, frame, day);
  double line[4] = { x, frame->chart_y - 4, x, chart_bottom (frame) + 6 };

  if (x < frame->chart_x || x > frame->chart_x + frame->chart_width)
    return;
  if (label == NULL)
    canvas->klass->path (canvas, line, 2, PATH_POLYLINE, NULL, color, 2.5, dashed);
  else
    canvas->klass->text (canvas,
                         label_left ? x - measure_text (self, label, &line_font) - 4 : x + 4,
                         chart_bottom (frame) + 20, label, &line_font, color, FALSE);
}

static void
paint_lines (RunwayTimelinePainter *self,
             Canvas                *canvas,
             const Frame           *frame,
             gboolean               labels)
{
  guint32 today = runway_timeline_get_today (self->timeline);
  guint32 as_of = runway_timeline_get_as_of (self->timeline);
  g_autofree char *as_of_text = runway_date_format (as_of);
  g_autofree char *today_text = runway_date_format (today);
  /* Translators: the label of the as-of line on the timeline */
  g_autofree char *as_of_label = g_strdup_printf (_("as of %s"), as_of_text);
  /* Translators: the label of the today line on the timeline */
  g_autofree char *today_label = g_strdup_printf (_("today %s"), today_text);

  if (today != as_of)
    paint_line (self, canvas, frame, today, self->palette->today, FALSE,
                labels ? today_label : NULL, today < as_of);
  paint_line (self, canvas, frame, as_of, today != as_of ? self->palette->as_of
                                                         : self->palette->today,
              today != as_of, labels ? (today != as_of ? as_of_label : today_label) : NULL,
              as_of < today);
}

static void
paint_rows (RunwayTimelinePainter *self,
            Canvas                *canvas,
            const Frame           *frame)
{
  RunwayTimeline *timeline = self->timeline;
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  guint last_row = frame->first_row + frame->n_rows;
  const RunwayTimelineItem *migrations;
  guint n_migrations;
  double size = runway_timeline_get_marker_size (timeline);

  canvas->klass->push_clip (canvas, frame->chart_x, frame->chart_y - 6, frame->chart_width,
                            frame->n_rows * ROW_HEIGHT + 12);

  /* fills, then the options drawn over them, then deployments */
  for (guint pass = 0; pass < 3; pass++)
    for (guint r = frame->first_row; r < last_row; r++)
      {
        guint n;
        const RunwayTimelineItem *items = runway_timeline_get_row_items (timeline, r, &n);

        for (guint i = 0; i < n; i++)
          {
            const RunwayTimelineItem *item = &items[i];
            gboolean option = item->kind == RUNWAY_TIMELINE_ITEM_PHASE
                              && item->phase == RUNWAY_TIMELINE_PHASE_EXTENDED
                              && !(item->flags & RUNWAY_TIMELINE_CONTRACTED);

            if (pass == 0 && item->kind == RUNWAY_TIMELINE_ITEM_PHASE)
              paint_phase (self, canvas, frame, item);
            else if (pass == 1 && option)
              paint_option (self, canvas, frame, item);
            else if (pass == 2 && item->kind == RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
              paint_deployment (self, canvas, frame, item);
            else if (pass == 2 && item->kind != RUNWAY_TIMELINE_ITEM_PHASE
                     && item->kind != RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
              {
                Marker marker = { item, day_x (self, frame, item->start),
                                  row_y (frame, item->top) };

                if (item->flags & RUNWAY_TIMELINE_PINNED)
                  marker.x = frame->chart_x + size * 0.7 + 2;
                g_array_append_val (markers, marker);
              }
          }
      }

  paint_lines (self, canvas, frame, FALSE);

  migrations = runway_timeline_get_migrations (timeline, &n_migrations);
  for (guint i = 0; i < n_migrations; i++)
    {
      const RunwayTimelineItem *item = &migrations[i];

      if (MAX (item->row, item->to_row) >= frame->first_row
          && MIN (item->row, item->to_row) < last_row)
        paint_migration (self, canvas, frame, item);
    }

  paint_markers (self, canvas, frame, markers);
  canvas->klass->pop_clip (canvas);
  paint_lines (self, canvas, frame, TRUE);
}

/* -- the legend -- */

typedef enum {
  SWATCH_PHASE,
  SWATCH_OPTION,
  SWATCH_FADE,
  SWATCH_ENVIRONMENT,
  SWATCH_MIGRATION,
  SWATCH_RISK,
  SWATCH_ROADMAP,
  SWATCH_CONTRACT_END,
  SWATCH_LINE,
} SwatchKind;

typedef struct
{
  SwatchKind  kind;
  guint       which;
  const char *label;
} LegendEntry;

typedef struct
{
  const char        *heading;
  const LegendEntry *entries;
  guint              n_entries;
} LegendSection;

static const LegendEntry support_entries[] = {
  { SWATCH_PHASE, RUNWAY_TIMELINE_PHASE_BEFORE_GA, N_("before GA") },
  { SWATCH_PHASE, RUNWAY_TIMELINE_PHASE_MAINSTREAM, N_("mainstream support") },
  { SWATCH_PHASE, RUNWAY_TIMELINE_PHASE_SECURITY, N_("security fixes only") },
  { SWATCH_PHASE, RUNWAY_TIMELINE_PHASE_EXTENDED, N_("extended support, contracted") },
  { SWATCH_OPTION, 0, N_("extended support, not contracted") },
  { SWATCH_PHASE, RUNWAY_TIMELINE_PHASE_PAST_EOL, N_("past end of life, still deployed") },
  { SWATCH_FADE, 0, N_("end not announced or unknown") },
};

static const LegendEntry deployment_entries[] = {
  { SWATCH_ENVIRONMENT, 3, N_("production") },
  { SWATCH_ENVIRONMENT, 2, N_("acceptance") },
  { SWATCH_ENVIRONMENT, 1, N_("test") },
  { SWATCH_ENVIRONMENT, 0, N_("development") },
};

static const LegendEntry migration_entries[] = {
  { SWATCH_MIGRATION, 0, N_("planned") },
  { SWATCH_MIGRATION, 1, N_("in progress") },
  { SWATCH_MIGRATION, 2, N_("done") },
};

static const LegendEntry risk_entries[] = {
  { SWATCH_RISK, RUNWAY_SEVERITY_CRITICAL, N_("critical") },
  { SWATCH_RISK, RUNWAY_SEVERITY_HIGH, N_("high") },
  { SWATCH_RISK, RUNWAY_SEVERITY_MEDIUM, N_("medium") },
  { SWATCH_RISK, RUNWAY_SEVERITY_LOW, N_("low") },
};

static const LegendEntry vendor_entries[] = {
  { SWATCH_ROADMAP, 0, N_("announced") },
  { SWATCH_ROADMAP, 1, N_("expected") },
  { SWATCH_ROADMAP, 2, N_("rumoured") },
  { SWATCH_CONTRACT_END, 0, N_("contract ends") },
};

static const LegendEntry line_entries[] = {
  { SWATCH_LINE, 0, N_("today") },
  { SWATCH_LINE, 1, N_("as-of date") },
};

static const LegendSection legend_sections[] = {
  { N_("Vendor support:"), support_entries, G_N_ELEMENTS (support_entries) },
  { N_("Deployed in:"), deployment_entries, G_N_ELEMENTS (deployment_entries) },
  { N_("Migrations:"), migration_entries, G_N_ELEMENTS (migration_entries) },
  { N_("Risks:"), risk_entries, G_N_ELEMENTS (risk_entries) },
  { N_("Vendor roadmap:"), vendor_entries, G_N_ELEMENTS (vendor_entries) },
  { N_("Lines:"), line_entries, G_N_ELEMENTS (line_entries) },
};

static double
swatch_width (const LegendEntry *entry)
{
  switch (entry->kind)
    {
    case SWATCH_RISK:
    case SWATCH_ROADMAP:
    case SWATCH_CONTRACT_END:
      return 16;
    case SWATCH_LINE:
      return 10;
    case SWATCH_PHASE:
    case SWATCH_OPTION:
    case SWATCH_FADE:
    case SWATCH_ENVIRONMENT:
    case SWATCH_MIGRATION:
    default:
      return 30;
    }
}

static void
paint_swatch (RunwayTimelinePainter *self,
              Canvas                *canvas,
              const LegendEntry     *entry,
              double                 x,
              double                 centre)
{
  const RunwayTimelinePalette *palette = self->palette;
  double w = swatch_width (entry);

  switch (entry->kind)
    {
    case SWATCH_PHASE:
      canvas->klass->fill_rect (canvas, x, centre - 7, w, 14, palette->phases[entry->which], 1);
      if (entry->which == RUNWAY_TIMELINE_PHASE_PAST_EOL)
        canvas->klass->hatch_rect (canvas, x, centre - 7, w, 14);
      break;
    case SWATCH_OPTION:
      {
        double box[8] = { x + 1, centre - 6, x + w - 1, centre - 6, x + w - 1, centre + 6,
                          x + 1, centre + 6 };

        canvas->klass->fill_rect (canvas, x + 1, centre - 6, w - 2, 12,
                                  palette->phases[RUNWAY_TIMELINE_PHASE_EXTENDED], 0.18);
        canvas->klass->path (canvas, box, 4, PATH_POLYGON, NULL,
                             palette->phases[RUNWAY_TIMELINE_PHASE_EXTENDED], 2, TRUE);
      }
      break;
    case SWATCH_FADE:
      canvas->klass->fade_rect (canvas, x, centre - 7, w, 14,
                                palette->phases[RUNWAY_TIMELINE_PHASE_MAINSTREAM], x, x + 6);
      break;
    case SWATCH_ENVIRONMENT:
      canvas->klass->fill_rect (canvas, x, centre - 4, w, 8, palette->environments[entry->which],
                                1);
      break;
    case SWATCH_MIGRATION:
      {
        const char *color = entry->which == 2 ? palette->migration_done : palette->migration;
        double line[4] = { x, centre, x + w - 6, centre };

        canvas->klass->path (canvas, line, 2, PATH_POLYLINE, NULL, color, 2.5, entry->which == 0);
        paint_arrow_head (canvas, x + w, centre, 1, 0, color);
      }
      break;
    case SWATCH_RISK:
      paint_risk_marker (self, canvas, entry->which, x + 8, centre, 14);
      break;
    case SWATCH_ROADMAP:
      paint_flag (canvas, x + 4, centre, 14, palette->roadmap, palette->background, entry->which);
      break;
    case SWATCH_CONTRACT_END:
      paint_contract_end (canvas, x + 8, centre, 14, palette->contract_end);
      break;
    case SWATCH_LINE:
    default:
      {
        double line[4] = { x + 5, centre - 9, x + 5, centre + 9 };

        canvas->klass->path (canvas, line, 2, PATH_POLYLINE, NULL,
                             entry->which == 0 ? palette->today : palette->as_of, 2.5,
                             entry->which == 1);
      }
      break;
    }
}

/* Lays the legend out in lines across @width; paints it when @canvas is
 * not %NULL. Returns its height. */
static double
layout_legend (RunwayTimelinePainter *self,
               Canvas                *canvas,
               double                 left,
               double                 top,
               double                 width)
{
  double x = left, line = 0;
  double right = left + width;

  for (guint s = 0; s < G_N_ELEMENTS (legend_sections); s++)
    {
      const LegendSection *section = &legend_sections[s];
      const char *heading = _(section->heading);
      double heading_width = measure_text (self, heading, &legend_heading_font);
      double first_width = swatch_width (&section->entries[0]) + 6
                           + measure_text (self, _(section->entries[0].label), &legend_font);

      if (x > left && x + heading_width + 8 + first_width > right)
        {
          x = left;
          line++;
        }
      if (canvas != NULL)
        canvas->klass->text (canvas, x, centred_baseline (&legend_heading_font,
                                                          top + line * LEGEND_LINE + 10),
                             heading, &legend_heading_font, self->palette->text, FALSE);
      x += heading_width + 8;

      for (guint e = 0; e < section->n_entries; e++)
        {
          const LegendEntry *entry = &section->entries[e];
          const char *label = _(entry->label);
          double entry_width = swatch_width (entry) + 6 + measure_text (self, label, &legend_font);
          double centre;

          if (x > left && x + entry_width > right)
            {
              x = left + 16;
              line++;
            }
          centre = top + line * LEGEND_LINE + 10;
          if (canvas != NULL)
            {
              paint_swatch (self, canvas, entry, x, centre);
              canvas->klass->text (canvas, x + swatch_width (entry) + 6,
                                   centred_baseline (&legend_font, centre), label, &legend_font,
                                   self->palette->secondary_text, FALSE);
            }
          x += entry_width + 14;
        }
      x += 18;
    }
  return (line + 1) * LEGEND_LINE;
}

static void
paint_page (RunwayTimelinePainter *self,
            Canvas                *canvas,
            const Frame           *frame)
{
  const RunwayTimelinePalette *palette = self->palette;
  double bottom = chart_bottom (frame);
  double divider[4] = { frame->chart_x, frame->axis_y, frame->chart_x, bottom };
  double axis_rule[4] = { MARGIN, frame->chart_y, frame->width - MARGIN, frame->chart_y };
  double bottom_rule[4] = { MARGIN, bottom, frame->width - MARGIN, bottom };

  canvas->klass->fill_rect (canvas, 0, 0, frame->width, frame->height, palette->background, 1);
  paint_title (self, canvas, frame);
  paint_row_backgrounds (self, canvas, frame);
  paint_axis (self, canvas, frame);
  canvas->klass->path (canvas, axis_rule, 2, PATH_POLYLINE, NULL, palette->grid_major, 1, FALSE);
  canvas->klass->path (canvas, bottom_rule, 2, PATH_POLYLINE, NULL, palette->grid_major, 1,
                       FALSE);
  canvas->klass->path (canvas, divider, 2, PATH_POLYLINE, NULL, palette->grid_major, 1, FALSE);
  paint_labels (self, canvas, frame);

  if (frame->n_rows == 0)
    canvas->klass->text (canvas, frame->chart_x + 12, frame->chart_y + 24,
                         _("Nothing to show: no row matches the filters."), &release_font,
                         palette->secondary_text, FALSE);
  else
    paint_rows (self, canvas, frame);

  layout_legend (self, canvas, MARGIN, frame->legend_y, frame->width - 2 * MARGIN);
}

/* -- laying out pages -- */

static double
measure_label_column (RunwayTimelinePainter *self,
                      double                 width)
{
  guint n_rows = runway_timeline_get_n_rows (self->timeline);
  double widest = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (self->timeline, r);
      g_autofree char *text = row->collapsed ? g_strdup_printf (_("%s (+%u)"), row->label,
                                                                row->n_hidden)
                                             : NULL;

      widest = MAX (widest, label_indent (row)
                            + measure_text (self, text ? text : row->label, row_font (row)));
    }
  return CLAMP (widest + 24, 200, width * 0.3);
}

/* Sets the frame's columns and the timeline's zoom for the width. */
static void
layout_columns (RunwayTimelinePainter *self,
                Frame                 *frame)
{
  RunwayTimeline *timeline = self->timeline;
  double days = (double) runway_timeline_get_last_day (timeline) + 1
                - runway_timeline_get_first_day (timeline);

  frame->label_x = MARGIN;
  frame->label_width = measure_label_column (self, frame->width);
  frame->chart_x = MARGIN + frame->label_width;
  frame->chart_width = frame->width - MARGIN - frame->chart_x;
  frame->axis_y = MARGIN + 70;
  frame->chart_y = frame->axis_y + AXIS_HEIGHT;
  frame->legend_height = layout_legend (self, NULL, MARGIN, 0, frame->width - 2 * MARGIN);

  runway_timeline_set_row_height (timeline, ROW_HEIGHT);
  runway_timeline_set_zoom (timeline, frame->chart_width / days);
}

static double
page_height_for_rows (const Frame *frame,
                      guint        n_rows)
{
  return frame->chart_y + n_rows * ROW_HEIGHT + BOTTOM_GAP + frame->legend_height + MARGIN;
}

static cairo_status_t
write_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, RUNWAY_TIMELINE_PAINTER_ERROR, RUNWAY_TIMELINE_PAINTER_ERROR_FAILED,
               _("Could not draw the timeline: %s"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
render_png (RunwayTimelinePainter  *self,
            Frame                  *frame,
            GByteArray             *out,
            GError                **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  CairoCanvas canvas;
  cairo_status_t status;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) frame->width,
                                        (int) ceil (frame->height));
  cr = cairo_create (surface);
  init_cairo_canvas (&canvas, cr);
  paint_page (self, &canvas.canvas, frame);
  clear_cairo_canvas (&canvas);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_bytes, out);
  cairo_surface_destroy (surface);
  return check_cairo (status, error);
}

/* The first row of each page. A break falls before a product or a group
 * where one is in the page's last third, so a product's releases stay
 * together under their heading, and headings never end a page. */
static GArray *
dup_page_starts (RunwayTimeline *timeline,
                 guint           n_rows,
                 guint           per_page)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first = 0;

  g_array_append_val (starts, first);
  while (first + per_page < n_rows)
    {
      guint next = first + per_page;

      for (guint r = next; r > first + per_page * 2 / 3; r--)
        if (runway_timeline_get_row (timeline, r)->kind != RUNWAY_TIMELINE_ROW_RELEASE)
          {
            next = r;
            break;
          }
      while (next > first + 1
             && runway_timeline_get_row (timeline, next - 1)->kind != RUNWAY_TIMELINE_ROW_RELEASE
             && runway_timeline_get_row (timeline, next - 1)->kind != RUNWAY_TIMELINE_ROW_PRODUCT)
        next--;
      g_array_append_val (starts, next);
      first = next;
    }
  return starts;
}

static gboolean
render_pdf (RunwayTimelinePainter  *self,
            Frame                  *frame,
            GByteArray             *out,
            GError                **error)
{
  double scale = A4_LONG / frame->width;
  double page_height = A4_SHORT / scale;
  guint n_rows = frame->n_rows;
  guint per_page;
  g_autoptr(GArray) starts = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  CairoCanvas canvas;
  cairo_status_t status;
  const char *title = self->title;

  per_page = (guint) MAX (4, floor ((page_height - page_height_for_rows (frame, 0))
                                    / ROW_HEIGHT));
  starts = dup_page_starts (self->timeline, n_rows, per_page);
  frame->n_pages = starts->len;
  frame->height = page_height;

  surface = cairo_pdf_surface_create_for_stream (write_bytes, out, A4_LONG, A4_SHORT);
  if (title == NULL)
    title = runway_entity_get_string (RUNWAY_ENTITY (runway_plan_get_settings (
                                        runway_timeline_get_plan (self->timeline))),
                                      RUNWAY_SETTINGS_NAME);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Runway");
  cr = cairo_create (surface);
  init_cairo_canvas (&canvas, cr);
  for (guint page = 0; page < frame->n_pages; page++)
    {
      frame->page = page;
      frame->first_row = g_array_index (starts, guint, page);
      frame->n_rows = (page + 1 < starts->len ? g_array_index (starts, guint, page + 1) : n_rows)
                      - frame->first_row;
      frame->legend_y = chart_bottom (frame) + BOTTOM_GAP;
      cairo_save (cr);
      cairo_scale (cr, scale, scale);
      paint_page (self, &canvas.canvas, frame);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  clear_cairo_canvas (&canvas);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_cairo (status, error);
}

static void
render_svg (RunwayTimelinePainter *self,
            Frame                 *frame,
            GByteArray            *out)
{
  SvgCanvas canvas = { { &svg_canvas_class }, g_string_new (NULL), 0 };
  const char *title = self->title;
  g_autofree char *escaped = NULL;

  if (title == NULL)
    title = runway_entity_get_string (RUNWAY_ENTITY (runway_plan_get_settings (
                                        runway_timeline_get_plan (self->timeline))),
                                      RUNWAY_SETTINGS_NAME);
  escaped = g_markup_escape_text (title, -1);

  g_string_append (canvas.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  append_attribute (canvas.out, "width", frame->width);
  append_attribute (canvas.out, "height", ceil (frame->height));
  g_string_append (canvas.out, " viewBox=\"0 0");
  g_string_append_c (canvas.out, ' ');
  append_number (canvas.out, frame->width);
  g_string_append_c (canvas.out, ' ');
  append_number (canvas.out, ceil (frame->height));
  g_string_append_printf (canvas.out, "\" font-family=\"%s\">\n<title>%s</title>\n",
                          SVG_FONT_FAMILY, escaped);
  g_string_append (canvas.out, "<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" "
                               "width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">"
                               "<rect width=\"2.5\" height=\"8\" fill=\"#ffffff\" "
                               "fill-opacity=\"0.55\"/></pattern></defs>\n");
  paint_page (self, &canvas.canvas, frame);
  g_string_append (canvas.out, "</svg>\n");
  g_byte_array_append (out, (const guint8 *) canvas.out->str, canvas.out->len);
  g_string_free (canvas.out, TRUE);
}

/* -- GObject -- */

static void
runway_timeline_painter_finalize (GObject *object)
{
  RunwayTimelinePainter *self = RUNWAY_TIMELINE_PAINTER (object);

  g_clear_object (&self->timeline);
  g_clear_object (&self->measure);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (runway_timeline_painter_parent_class)->finalize (object);
}

static void
runway_timeline_painter_class_init (RunwayTimelinePainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = runway_timeline_painter_finalize;
}

static void
runway_timeline_painter_init (RunwayTimelinePainter *self)
{
  self->width = DEFAULT_WIDTH;
  self->palette = &light_palette;
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  set_up_context (self->context);
  self->measure = pango_layout_new (self->context);
}

/* -- public API -- */

/**
 * runway_timeline_format_for_path:
 *
 * Picks the format from @path's extension (.png, .svg, .pdf, in any case).
 *
 * Returns: %FALSE with %RUNWAY_TIMELINE_PAINTER_ERROR_FORMAT for any other
 */
gboolean
runway_timeline_format_for_path (const char            *path,
                                 RunwayTimelineFormat  *out_format,
                                 GError               **error)
{
  static const struct { const char *extension; RunwayTimelineFormat format; } formats[] = {
    { ".png", RUNWAY_TIMELINE_FORMAT_PNG },
    { ".svg", RUNWAY_TIMELINE_FORMAT_SVG },
    { ".pdf", RUNWAY_TIMELINE_FORMAT_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].extension) && strlen (lower) > 4)
      {
        *out_format = formats[i].format;
        return TRUE;
      }
  g_set_error (error, RUNWAY_TIMELINE_PAINTER_ERROR, RUNWAY_TIMELINE_PAINTER_ERROR_FORMAT,
               _("“%s” does not end in .png, .svg or .pdf"), path);
  return FALSE;
}

RunwayTimelineShape
runway_timeline_shape_for_severity (RunwaySeverity severity)
{
  switch (severity)
    {
    case RUNWAY_SEVERITY_CRITICAL:
      return RUNWAY_TIMELINE_SHAPE_DIAMOND;
    case RUNWAY_SEVERITY_HIGH:
      return RUNWAY_TIMELINE_SHAPE_TRIANGLE;
    case RUNWAY_SEVERITY_MEDIUM:
      return RUNWAY_TIMELINE_SHAPE_CIRCLE;
    case RUNWAY_SEVERITY_LOW:
    default:
      return RUNWAY_TIMELINE_SHAPE_SQUARE;
    }
}

const RunwayTimelinePalette *
runway_timeline_palette_get_light (void)
{
  return &light_palette;
}

/**
 * runway_timeline_painter_new:
 *
 * A painter sets @timeline's zoom and row height to fit its width whenever
 * it renders; give it a timeline of its own when a widget shows the same one.
 *
 * Returns: (transfer full): the painter
 */
RunwayTimelinePainter *
runway_timeline_painter_new (RunwayTimeline *timeline)
{
  RunwayTimelinePainter *self;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (timeline), NULL);

  self = g_object_new (RUNWAY_TYPE_TIMELINE_PAINTER, NULL);
  self->timeline = g_object_ref (timeline);
  return self;
}

/* @title: (nullable): the heading; %NULL: the plan's name */
void
runway_timeline_painter_set_title (RunwayTimelinePainter *self,
                                   const char            *title)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_PAINTER (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

/* @subtitle: (nullable): the line under the title: filters, range, as-of date */
void
runway_timeline_painter_set_subtitle (RunwayTimelinePainter *self,
                                      const char            *subtitle)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_PAINTER (self));

  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

/* @width: the picture's width in pixels (a PDF page's, scaled to A4) */
void
runway_timeline_painter_set_width (RunwayTimelinePainter *self,
                                   guint                  width)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_PAINTER (self));

  self->width = CLAMP (width, MIN_WIDTH, MAX_WIDTH);
}

/**
 * runway_timeline_painter_render:
 *
 * Paints the whole timeline (every row, the whole range) in @format.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
runway_timeline_painter_render (RunwayTimelinePainter  *self,
                                RunwayTimelineFormat    format,
                                GError                **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  Frame frame = { 0 };

  g_return_val_if_fail (RUNWAY_IS_TIMELINE_PAINTER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  frame.width = self->width;
  frame.n_rows = runway_timeline_get_n_rows (self->timeline);
  frame.n_pages = 1;
  layout_columns (self, &frame);
  frame.legend_y = chart_bottom (&frame) + BOTTOM_GAP;
  frame.height = page_height_for_rows (&frame, frame.n_rows);

  switch (format)
    {
    case RUNWAY_TIMELINE_FORMAT_PNG:
      if (frame.height > MAX_IMAGE_HEIGHT)
        {
          g_set_error (error, RUNWAY_TIMELINE_PAINTER_ERROR,
                       RUNWAY_TIMELINE_PAINTER_ERROR_TOO_LARGE,
                       _("The timeline has %u rows, too many for one image: filter it, or "
                         "export a PDF, which has pages"), frame.n_rows);
          return NULL;
        }
      if (!render_png (self, &frame, out, error))
        return NULL;
      break;
    case RUNWAY_TIMELINE_FORMAT_PDF:
      if (!render_pdf (self, &frame, out, error))
        return NULL;
      break;
    case RUNWAY_TIMELINE_FORMAT_SVG:
    default:
      render_svg (self, &frame, out);
      break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
