/* runway-timeline-view.c — the timeline on screen: a scrollable, zoomable painter of the layout
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget is its own viewport: a GtkScrollable whose adjustments count
 * pixels of the chart (days × zoom across, rows × row height down), with a
 * sticky label column on the left and a sticky date axis on top painted
 * over it. Every frame asks the layout (RunwayTimeline) for what meets the
 * visible rectangle and paints only that, in the layout's paint order, with
 * the painter's colours and shapes so the screen and the export agree.
 *
 * Nothing is made per frame while scrolling: text goes through a cache of
 * PangoLayouts keyed by font, width and text; markers, the hatch tile and
 * the expander triangles are render nodes made once per palette; migration
 * arrows are cached per item until the zoom or the layout changes; what
 * lies under the lines and markers is painted once into an image that a
 * pan reuses (ensure_layer()), and the markers of the area that image
 * covers are found with it, so a pan picks the markers in view out of
 * them by row instead of querying every bar in view, and appends each
 * marker's placed node as it made it the first time; the axis ticks are
 * computed once per zoom for the whole range. Colours are resolved when
 * the style changes (light, dark, high contrast), never per frame.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <inttypes.h>
#include <math.h>

#include "runway-date.h"
#include "runway-entity.h"
#include "runway-schema.h"
#include "runway-timeline-painter.h"
#include "runway-timeline-view.h"
#include "runway-utils.h"

#define ROW_HEIGHT        32.0
#define AXIS_HEIGHT       46.0
#define LABEL_WIDTH       270.0
#define INDENT            18.0
#define MIN_ZOOM          0.01     /* pixels per day: a century on a screen */
#define MAX_ZOOM          60.0
#define ZOOM_STEP         1.5
#define HANDLE_REACH      7.0      /* pixels either side of a draggable end */
#define MAX_LAYOUTS       4000     /* the text cache starts again past this */
#define MAX_ARROWS        2000
#define MIN_LABEL_ROW     10.0     /* rows thinner than this carry no text */
#define LAYER_MARGIN      256.0    /* chart pixels the cached layer reaches past the view */
#define MAX_MARKER_LABEL  320      /* pixels a roadmap or contract label takes at most */

typedef enum {
  FONT_GROUP,
  FONT_PRODUCT,
  FONT_RELEASE,
  FONT_DETAIL,
  FONT_YEAR,
  FONT_AXIS,
  FONT_MARKER,
  FONT_ROADMAP,
  FONT_LINE,
  N_FONTS
} FontRole;

/* The painter's palette as GdkRGBA, plus what only the screen needs. */
typedef struct
{
  GdkRGBA background;
  GdkRGBA text;
  GdkRGBA secondary_text;
  GdkRGBA grid;
  GdkRGBA grid_major;
  GdkRGBA group_band;
  GdkRGBA row_rule;
  GdkRGBA label_background;
  GdkRGBA axis_background;
  GdkRGBA selection;
  GdkRGBA selection_outline;
  GdkRGBA halo;
  GdkRGBA hatch;
  GdkRGBA phases[RUNWAY_TIMELINE_N_PHASES];
  GdkRGBA option_fill;
  GdkRGBA environments[4];
  GdkRGBA severities[4];
  GdkRGBA marker_outline;
  GdkRGBA roadmap;
  GdkRGBA contract_end;
  GdkRGBA migration;
  GdkRGBA migration_done;
  GdkRGBA today;
  GdkRGBA as_of;
} Colors;

typedef enum {
  DRAG_NONE,
  DRAG_PAN,
  DRAG_EDIT,
} DragMode;

/* A marker in the cached layer's area, found when the layer is made: the
 * box a query finds it by and, once painted, its node placed where it was
 * painted, so a pan appends it again instead of making it again. */
typedef struct
{
  const RunwayTimelineItem *item;
  double                    x0;
  double                    y0;
  double                    x1;
  double                    y1;
  GskRenderNode            *placed;
  double                    placed_x;
  double                    placed_y;
} AreaMarker;

typedef struct
{
  const RunwayTimelineItem *item;
  double                    x;
  double                    y;
  AreaMarker               *area;            /* NULL: painted without the layer */
} Marker;

struct _RunwayTimelineView
{
  GtkWidget                 parent_instance;

  RunwayPlan               *plan;
  RunwayTimeline           *timeline;
  GPtrArray                *risks;
  gint64                    vendor_id;

  GtkAdjustment            *hadjustment;
  GtkAdjustment            *vadjustment;
  guint                     hscroll_policy : 1;
  guint                     vscroll_policy : 1;
  gboolean                  positioned;      /* the first allocation placed the view */
  double                    label_width;
  double                    text_scale;      /* 1, larger for a projector */

  /* per-frame scratch, kept across frames */
  GPtrArray                *visible;
  GArray                   *markers;
  GString                  *key;
  GArray                   *area_markers;    /* AreaMarker in the layer's area, by row */

  /* caches */
  GArray                   *ticks;           /* whole range, at ticks_zoom */
  double                    ticks_zoom;
  GHashTable               *layouts;         /* "font|width|text" → PangoLayout */
  GHashTable               *arrows;          /* RunwayTimelineItem * → GskRenderNode */
  double                    arrows_zoom;     /* what the arrows were drawn at */
  double                    arrows_row_height;
  PangoFontDescription     *fonts[N_FONTS];
  GskRenderNode            *risk_nodes[4];
  GskRenderNode            *flag_nodes[3];
  GskRenderNode            *contract_node;
  GskRenderNode            *hatch_node;
  GskRenderNode            *dots_node;
  GskRenderNode            *expander_nodes[2];  /* open, shut */
  double                    marker_nodes_size;
  GskRenderNode            *layer;           /* bands, grid, bars, arrows: one image */
  graphene_rect_t           layer_area;      /* what it covers, in chart pixels */
  double                    layer_zoom;
  double                    layer_row_height;
  int                       layer_selected_row;
  int                       layer_scale;
  GskRenderNode            *labels;          /* the label column's rows, as last painted */
  guint                     labels_first_row;
  guint                     labels_n_rows;
  double                    labels_row_height;
  double                    labels_width;
  int                       labels_selected_row;
  double                    frame_zoom;      /* what the last frame was drawn at */
  double                    frame_row_height;

  Colors                    colors;
  gboolean                  dark;
  gboolean                  high_contrast;

  /* the selection: an entity, the row it was picked on and maybe an item */
  RunwayEntity             *selected;
  char                     *selected_key;
  const RunwayTimelineItem *selected_item;   /* until the layout changes */
  char                     *description;

  /* gestures */
  DragMode                  drag_mode;
  double                    drag_start_h;
  double                    drag_start_v;
  double                    drag_dx;
  RunwayKind                drag_kind;
  gint64                    drag_id;
  double                    drag_day;        /* the dragged end, before the drag */
  double                    pinch_zoom;
  double                    pinch_x;
  double                    pointer_x;
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_GROUPING,
  PROP_DEPLOYED_ONLY,
  PROP_VENDOR,
  PROP_ZOOM,
  PROP_SELECTED_ENTITY,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  SIGNAL_ACTIVATE_ITEM,
  SIGNAL_ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (RunwayTimelineView, runway_timeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/* -- colours -- */

static void
parse_color (GdkRGBA    *rgba,
             const char *text)
{
  if (!gdk_rgba_parse (rgba, text))
    *rgba = (GdkRGBA) { 0, 0, 0, 1 };
}

static void
set_rgba (GdkRGBA *rgba,
          guint32  rgb,
          double   alpha)
{
  rgba->red = ((rgb >> 16) & 0xff) / 255.0;
  rgba->green = ((rgb >> 8) & 0xff) / 255.0;
  rgba->blue = (rgb & 0xff) / 255.0;
  rgba->alpha = alpha;
}

/* The screen's colours are CSS named colours (@define-color), so a style
 * sheet decides them: style-dark.css and style-hc.css (loaded by
 * AdwApplication with the dark and high-contrast styles) turn the ground
 * and the text over, and a theme may change any of them. What CSS does not
 * name comes from the export painter's light palette, so screen and paper
 * agree by default. */
typedef struct
{
  const char *name;
  gsize       offset;
} NamedColor;

#define NAMED(name, field) { name, G_STRUCT_OFFSET (Colors, field) }

static const NamedColor named_colors[] = {
  NAMED ("timeline_background", background),
  NAMED ("timeline_text", text),
  NAMED ("timeline_secondary_text", secondary_text),
  NAMED ("timeline_grid", grid),
  NAMED ("timeline_grid_major", grid_major),
  NAMED ("timeline_group_band", group_band),
  NAMED ("timeline_row_rule", row_rule),
  NAMED ("timeline_label_background", label_background),
  NAMED ("timeline_axis_background", axis_background),
  NAMED ("timeline_selection", selection),
  NAMED ("timeline_selection_outline", selection_outline),
  NAMED ("timeline_hatch", hatch),
  NAMED ("timeline_marker_outline", marker_outline),
  NAMED ("timeline_migration", migration),
  NAMED ("timeline_migration_done", migration_done),
  NAMED ("timeline_roadmap", roadmap),
  NAMED ("timeline_contract_end", contract_end),
  NAMED ("timeline_today", today),
  NAMED ("timeline_as_of", as_of),
  NAMED ("timeline_before_ga", phases[RUNWAY_TIMELINE_PHASE_BEFORE_GA]),
  NAMED ("timeline_mainstream", phases[RUNWAY_TIMELINE_PHASE_MAINSTREAM]),
  NAMED ("timeline_security", phases[RUNWAY_TIMELINE_PHASE_SECURITY]),
  NAMED ("timeline_extended", phases[RUNWAY_TIMELINE_PHASE_EXTENDED]),
  NAMED ("timeline_past_eol", phases[RUNWAY_TIMELINE_PHASE_PAST_EOL]),
  NAMED ("timeline_development", environments[0]),
  NAMED ("timeline_test", environments[1]),
  NAMED ("timeline_acceptance", environments[2]),
  NAMED ("timeline_production", environments[3]),
  NAMED ("timeline_critical", severities[RUNWAY_SEVERITY_CRITICAL]),
  NAMED ("timeline_high", severities[RUNWAY_SEVERITY_HIGH]),
  NAMED ("timeline_medium", severities[RUNWAY_SEVERITY_MEDIUM]),
  NAMED ("timeline_low", severities[RUNWAY_SEVERITY_LOW]),
};

static void
resolve_colors (RunwayTimelineView *self)
{
  const RunwayTimelinePalette *light = runway_timeline_palette_get_light ();
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  Colors *c = &self->colors;

  parse_color (&c->background, light->background);
  parse_color (&c->text, light->text);
  parse_color (&c->secondary_text, light->secondary_text);
  parse_color (&c->grid, light->grid);
  parse_color (&c->grid_major, light->grid_major);
  parse_color (&c->group_band, light->group_band);
  parse_color (&c->row_rule, light->row_rule);
  for (guint i = 0; i < RUNWAY_TIMELINE_N_PHASES; i++)
    parse_color (&c->phases[i], light->phases[i]);
  for (guint i = 0; i < 4; i++)
    {
      parse_color (&c->environments[i], light->environments[i]);
      parse_color (&c->severities[i], light->severities[i]);
    }
  parse_color (&c->marker_outline, light->marker_outline);
  parse_color (&c->roadmap, light->roadmap);
  parse_color (&c->contract_end, light->contract_end);
  parse_color (&c->migration, light->migration);
  parse_color (&c->migration_done, light->migration_done);
  parse_color (&c->today, light->today);
  parse_color (&c->as_of, light->as_of);
  set_rgba (&c->label_background, 0xf6f8fa, 1);
  set_rgba (&c->axis_background, 0xf6f8fa, 1);
  set_rgba (&c->selection, 0x3584e4, 0.16);
  set_rgba (&c->selection_outline, 0x1c71d8, 1);
  set_rgba (&c->hatch, 0xffffff, 0.55);

  for (guint i = 0; i < G_N_ELEMENTS (named_colors); i++)
    {
      GdkRGBA color;

      if (gtk_style_context_lookup_color (context, named_colors[i].name, &color))
        *(GdkRGBA *) G_STRUCT_MEMBER_P (c, named_colors[i].offset) = color;
    }

  c->halo = c->background;
  c->halo.alpha = 0.85;
  c->option_fill = c->phases[RUNWAY_TIMELINE_PHASE_EXTENDED];
  c->option_fill.alpha = 0.18;
}

/* -- caches -- */

static void
clear_area_marker (gpointer data)
{
  AreaMarker *marker = data;

  g_clear_pointer (&marker->placed, gsk_render_node_unref);
}

/* The layer and the markers found with it: both hold the layout's items
 * and the marker nodes of the palette. */
static void
clear_layer (RunwayTimelineView *self)
{
  g_clear_pointer (&self->layer, gsk_render_node_unref);
  if (self->area_markers != NULL)
    g_array_set_size (self->area_markers, 0);
}

/* The label column holds the layout's rows, the palette and the fonts. */
static void
clear_labels (RunwayTimelineView *self)
{
  g_clear_pointer (&self->labels, gsk_render_node_unref);
}

static void
clear_nodes (RunwayTimelineView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->risk_nodes); i++)
    g_clear_pointer (&self->risk_nodes[i], gsk_render_node_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->flag_nodes); i++)
    g_clear_pointer (&self->flag_nodes[i], gsk_render_node_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->expander_nodes); i++)
    g_clear_pointer (&self->expander_nodes[i], gsk_render_node_unref);
  g_clear_pointer (&self->contract_node, gsk_render_node_unref);
  g_clear_pointer (&self->hatch_node, gsk_render_node_unref);
  g_clear_pointer (&self->dots_node, gsk_render_node_unref);
  g_hash_table_remove_all (self->arrows);
  clear_layer (self);
  clear_labels (self);
}

static void
clear_layouts (RunwayTimelineView *self)
{
  g_hash_table_remove_all (self->layouts);
}

static void
clear_fonts (RunwayTimelineView *self)
{
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  clear_labels (self);
}

static void
ensure_fonts (RunwayTimelineView *self)
{
  static const struct { double size; gboolean bold; gboolean italic; } specs[N_FONTS] = {
    [FONT_GROUP] = { 15, TRUE, FALSE },
    [FONT_PRODUCT] = { 14, TRUE, FALSE },
    [FONT_RELEASE] = { 14, FALSE, FALSE },
    [FONT_DETAIL] = { 12, FALSE, FALSE },
    [FONT_YEAR] = { 14, TRUE, FALSE },
    [FONT_AXIS] = { 12, FALSE, FALSE },
    [FONT_MARKER] = { 12, TRUE, FALSE },
    [FONT_ROADMAP] = { 12, FALSE, TRUE },
    [FONT_LINE] = { 12, TRUE, FALSE },
  };
  PangoContext *context;
  const PangoFontDescription *base;

  if (self->fonts[0] != NULL)
    return;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  base = pango_context_get_font_description (context);
  for (guint i = 0; i < N_FONTS; i++)
    {
      /* the family follows the desktop; the sizes are the export's, in
       * pixels, so a workshop reads the screen as it reads the slides */
      self->fonts[i] = base != NULL ? pango_font_description_copy (base)
                                    : pango_font_description_new ();
      pango_font_description_set_absolute_size (self->fonts[i],
                                                specs[i].size * self->text_scale * PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], specs[i].bold ? PANGO_WEIGHT_BOLD
                                                                       : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_style (self->fonts[i], specs[i].italic ? PANGO_STYLE_ITALIC
                                                                        : PANGO_STYLE_NORMAL);
    }
}

/* A cached layout of @text in @font, ellipsized to @width pixels when
 * @width > 0. The key is built in a GString kept across frames. */
static PangoLayout *
get_layout (RunwayTimelineView *self,
            FontRole            font,
            int                 width,
            const char         *text)
{
  PangoLayout *layout;

  g_string_printf (self->key, "%u|%d|%s", font, width, text);
  layout = g_hash_table_lookup (self->layouts, self->key->str);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (self->layouts) >= MAX_LAYOUTS)
    clear_layouts (self);
  ensure_fonts (self);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_set_font_description (layout, self->fonts[font]);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  g_hash_table_insert (self->layouts, g_strdup (self->key->str), layout);
  return layout;
}

/* A label ellipsized to @width pixels. One that fits whole in them is the
 * same laid out in MAX_MARKER_LABEL: that layout serves it whatever the
 * room, so a pan that moves the view's edge towards the label makes no
 * layout for every pixel it moves. */
static PangoLayout *
get_label_layout (RunwayTimelineView *self,
                  FontRole            font,
                  int                 width,
                  const char         *text)
{
  PangoLayout *layout = get_layout (self, font, MAX_MARKER_LABEL, text);
  int natural;

  if (width == MAX_MARKER_LABEL)
    return layout;
  pango_layout_get_pixel_size (layout, &natural, NULL);
  if (natural <= width && !pango_layout_is_ellipsized (layout))
    return layout;
  return get_layout (self, font, width, text);
}

/* -- geometry -- */

static double
get_chart_width (RunwayTimelineView *self)
{
  return MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - self->label_width);
}

static double
get_chart_height (RunwayTimelineView *self)
{
  return MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - AXIS_HEIGHT);
}

static double
get_hvalue (RunwayTimelineView *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
get_vvalue (RunwayTimelineView *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static double
get_row_height (RunwayTimelineView *self)
{
  return self->timeline != NULL ? runway_timeline_get_row_height (self->timeline) : ROW_HEIGHT;
}

static gboolean
is_group_row (const RunwayTimelineRow *row)
{
  return row->kind != RUNWAY_TIMELINE_ROW_PRODUCT && row->kind != RUNWAY_TIMELINE_ROW_RELEASE;
}

static FontRole
get_row_font (const RunwayTimelineRow *row)
{
  switch (row->kind)
    {
    case RUNWAY_TIMELINE_ROW_CAPABILITY:
    case RUNWAY_TIMELINE_ROW_VENDOR:
    case RUNWAY_TIMELINE_ROW_TEAM:
      return FONT_GROUP;
    case RUNWAY_TIMELINE_ROW_PRODUCT:
      return FONT_PRODUCT;
    case RUNWAY_TIMELINE_ROW_RELEASE:
    default:
      return FONT_RELEASE;
    }
}

/* Groups keep the toggle's room even with nothing to toggle, so siblings
 * line up (as in the export). */
static double
get_label_indent (const RunwayTimelineRow *row)
{
  return 10 + row->depth * INDENT + (row->kind != RUNWAY_TIMELINE_ROW_RELEASE ? 16 : 0);
}

static double
clamp_zoom (double zoom)
{
  return CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
}

static void
configure_adjustments (RunwayTimelineView *self)
{
  double chart_width = get_chart_width (self);
  double chart_height = get_chart_height (self);
  double width = self->timeline != NULL ? runway_timeline_get_width (self->timeline) : 0;
  double height = self->timeline != NULL ? runway_timeline_get_height (self->timeline) : 0;

  if (self->hadjustment != NULL)
    {
      double upper = MAX (width, chart_width);

      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0,
                                       upper - chart_width),
                                0, upper, MAX (1, chart_width / 20), chart_width * 0.9,
                                chart_width);
    }
  if (self->vadjustment != NULL)
    {
      double upper = MAX (height, chart_height);

      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                       upper - chart_height),
                                0, upper, get_row_height (self), chart_height * 0.9,
                                chart_height);
    }
}

static void
set_hvalue (RunwayTimelineView *self,
            double              value)
{
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, value);
}

static void
set_vvalue (RunwayTimelineView *self,
            double              value)
{
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, value);
}

static void
ensure_ticks (RunwayTimelineView *self)
{
  double zoom = runway_timeline_get_zoom (self->timeline);

  if (self->ticks != NULL && self->ticks_zoom == zoom)
    return;
  g_clear_pointer (&self->ticks, g_array_unref);
  self->ticks = runway_timeline_dup_ticks (self->timeline, 0,
                                           runway_timeline_get_width (self->timeline) + 1);
  self->ticks_zoom = zoom;
}

/* The first tick at or right of @x pixels. */
static guint
find_first_tick (RunwayTimelineView *self,
                 double              x)
{
  guint lo = 0, hi = self->ticks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      double tx = runway_timeline_day_to_x (self->timeline,
                                            g_array_index (self->ticks, RunwayTimelineTick,
                                                           mid).day);

      if (tx < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* -- small shapes, as render nodes made once -- */

static void
set_source (cairo_t       *cr,
            const GdkRGBA *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

static void
trace_polygon (cairo_t      *cr,
               const double *points,
               guint         n_points)
{
  cairo_move_to (cr, points[0], points[1]);
  for (guint i = 1; i < n_points; i++)
    cairo_line_to (cr, points[2 * i], points[2 * i + 1]);
  cairo_close_path (cr);
}

static void
trace_shape (cairo_t             *cr,
             RunwayTimelineShape  shape,
             double               size)
{
  double h = size / 2;

  switch (shape)
    {
    case RUNWAY_TIMELINE_SHAPE_DIAMOND:
      {
        double d = h * 1.2;
        double points[8] = { 0, -d, d, 0, 0, d, -d, 0 };

        trace_polygon (cr, points, 4);
      }
      break;
    case RUNWAY_TIMELINE_SHAPE_TRIANGLE:
      {
        double points[6] = { 0, -h * 1.15, h * 1.1, h * 0.85, -h * 1.1, h * 0.85 };

        trace_polygon (cr, points, 3);
      }
      break;
    case RUNWAY_TIMELINE_SHAPE_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, 0, 0, h * 0.9, 0, 2 * G_PI);
      break;
    case RUNWAY_TIMELINE_SHAPE_SQUARE:
    default:
      {
        double s = h * 0.75;

        cairo_rectangle (cr, -s, -s, 2 * s, 2 * s);
      }
      break;
    }
}

static cairo_t *
begin_cairo_node (GtkSnapshot *snapshot,
                  double       x,
                  double       y,
                  double       width,
                  double       height)
{
  graphene_rect_t bounds;

  graphene_rect_init (&bounds, x, y, width, height);
  return gtk_snapshot_append_cairo (snapshot, &bounds);
}

static GskRenderNode *
make_risk_node (RunwayTimelineView *self,
                RunwaySeverity      severity,
                double              size)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, -size * 1.5, -size * 1.5, size * 3, size * 3);
  RunwayTimelineShape shape = runway_timeline_shape_for_severity (severity);

  /* a ring of the background first, so it stands out on a bar of any colour */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  trace_shape (cr, shape, size);
  set_source (cr, &self->colors.background);
  cairo_set_line_width (cr, 5);
  cairo_stroke (cr);
  trace_shape (cr, shape, size);
  set_source (cr, &self->colors.severities[severity]);
  cairo_fill_preserve (cr);
  set_source (cr, &self->colors.marker_outline);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

static GskRenderNode *
make_flag_node (RunwayTimelineView *self,
                guint               confidence,
                double              size)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, -size, -size, size * 3, size * 2);
  double h = size / 2;
  double pennant[6] = { 0, -h, h * 1.5, -h * 0.45, 0, h * 0.1 };

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_source (cr, &self->colors.roadmap);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, 0, h);
  cairo_line_to (cr, 0, -h);
  cairo_stroke (cr);
  trace_polygon (cr, pennant, 3);
  set_source (cr, confidence == 0 ? &self->colors.roadmap : &self->colors.background);
  cairo_fill_preserve (cr);
  if (confidence == 2)
    {
      double dashes[2] = { 3, 2 };

      cairo_set_dash (cr, dashes, 2, 0);
    }
  set_source (cr, &self->colors.roadmap);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

static GskRenderNode *
make_contract_node (RunwayTimelineView *self,
                    double              size)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, -size, -size, size * 2, size * 2);
  double h = size / 2;

  set_source (cr, &self->colors.contract_end);
  cairo_rectangle (cr, -2, -h, 4, 2 * h);
  cairo_fill (cr);
  cairo_set_line_width (cr, 3);
  cairo_move_to (cr, -h * 0.8, -h);
  cairo_line_to (cr, h * 0.8, -h);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Stripes on an 8 px grid, repeated over bars past their end of life:
 * neighbouring bars line up and the hatch reads without colour. */
static GskRenderNode *
make_hatch_node (RunwayTimelineView *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, 0, 0, 8, 8);

  set_source (cr, &self->colors.hatch);
  cairo_set_line_width (cr, 2.5);
  for (double s = -8; s <= 16; s += 8)
    {
      cairo_move_to (cr, s, 8);
      cairo_line_to (cr, s + 8, 0);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Dots on a 6 px grid over security-fixes-only bars, so the phase reads
 * without colour, as the hatch does past end of life. */
static GskRenderNode *
make_dots_node (RunwayTimelineView *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, 0, 0, 6, 6);

  set_source (cr, &self->colors.hatch);
  cairo_arc (cr, 3, 3, 1.2, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

static GskRenderNode *
make_expander_node (RunwayTimelineView *self,
                    gboolean            shut)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, 0, -6, 10, 12);
  double open[6] = { 0, -3, 9, -3, 4.5, 3.5 };
  double closed[6] = { 1.5, -5, 8, 0, 1.5, 5 };

  trace_polygon (cr, shut ? closed : open, 3);
  set_source (cr, &self->colors.secondary_text);
  cairo_fill (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
ensure_nodes (RunwayTimelineView *self)
{
  double size = runway_timeline_get_marker_size (self->timeline);

  if (self->hatch_node != NULL && self->marker_nodes_size == size)
    return;
  clear_nodes (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->risk_nodes); i++)
    self->risk_nodes[i] = make_risk_node (self, i, size);
  for (guint i = 0; i < G_N_ELEMENTS (self->flag_nodes); i++)
    self->flag_nodes[i] = make_flag_node (self, i, size);
  self->contract_node = make_contract_node (self, size);
  self->hatch_node = make_hatch_node (self);
  self->dots_node = make_dots_node (self);
  self->expander_nodes[0] = make_expander_node (self, FALSE);
  self->expander_nodes[1] = make_expander_node (self, TRUE);
  self->marker_nodes_size = size;
}

/* -- painting -- */

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  graphene_rect_t rect;

  if (width <= 0 || height <= 0)
    return;
  graphene_rect_init (&rect, x, y, width, height);
  gtk_snapshot_append_color (snapshot, color, &rect);
}

static void
append_node_at (GtkSnapshot   *snapshot,
                GskRenderNode *node,
                double         x,
                double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_node (snapshot, node);
  gtk_snapshot_restore (snapshot);
}

static void
append_layout_at (GtkSnapshot   *snapshot,
                  PangoLayout   *layout,
                  const GdkRGBA *color,
                  double         x,
                  double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* Text centred on @centre, on a translucent patch of the background so it
 * reads over bars and grid lines. */
static double
append_label (RunwayTimelineView *self,
              GtkSnapshot        *snapshot,
              PangoLayout        *layout,
              const GdkRGBA      *color,
              double              x,
              double              centre,
              gboolean            halo)
{
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (halo)
    append_rect (snapshot, &self->colors.halo, x - 2, centre - height / 2.0, width + 4, height);
  append_layout_at (snapshot, layout, color, x, centre - height / 2.0);
  return width;
}

/* A dashed line, as one repeat node over one dash. */
static void
append_dashes (GtkSnapshot   *snapshot,
               const GdkRGBA *color,
               double         x,
               double         y,
               double         width,
               double         height,
               gboolean       vertical,
               double         dash,
               double         gap)
{
  graphene_rect_t bounds, child;

  if (width <= 0 || height <= 0)
    return;
  graphene_rect_init (&bounds, x, y, width, height);
  if (vertical)
    graphene_rect_init (&child, x, 0, width, dash + gap);
  else
    graphene_rect_init (&child, 0, y, dash + gap, height);
  gtk_snapshot_push_repeat (snapshot, &bounds, &child);
  if (vertical)
    append_rect (snapshot, color, x, 0, width, dash);
  else
    append_rect (snapshot, color, 0, y, dash, height);
  gtk_snapshot_pop (snapshot);
}

typedef struct
{
  double left;     /* the visible stretch, in chart pixels */
  double right;
  double top;
  double bottom;
  double row_height;
} Frame;

/* A bar thinner than a few pixels, snapped to whole pixels (at least one
 * high): the renderer fills pixel-aligned boxes without antialiasing,
 * several times faster, and a zoomed-out estate is thousands of them. */
static void
append_thin_rect (GtkSnapshot   *snapshot,
                  const Frame   *frame,
                  const GdkRGBA *color,
                  double         x0,
                  double         y0,
                  double         x1,
                  double         y1)
{
  double px0 = round (x0 - frame->left), px1 = round (x1 - frame->left);
  double py0 = floor (y0 - frame->top), py1 = MAX (py0 + 1, round (y1 - frame->top));

  if (px1 <= px0)
    px1 = px0 + 1;
  append_rect (snapshot, color, px0 + frame->left, py0 + frame->top, px1 - px0, py1 - py0);
}

/* The phases apart from their colours: before GA is a thinner bar,
 * security fixes only is dotted, contracted extended support has a line
 * along its middle, past end of life is hatched; mainstream is plain. */
static void
paint_phase_pattern (RunwayTimelineView   *self,
                     GtkSnapshot          *snapshot,
                     RunwayTimelinePhase   phase,
                     GskRenderNode        *dots,
                     GskRenderNode        *hatch,
                     double                x,
                     double                y,
                     double                width,
                     double                height)
{
  graphene_rect_t bounds, tile;

  switch (phase)
    {
    case RUNWAY_TIMELINE_PHASE_SECURITY:
    case RUNWAY_TIMELINE_PHASE_PAST_EOL:
      graphene_rect_init (&bounds, x, y, width, height);
      if (phase == RUNWAY_TIMELINE_PHASE_SECURITY)
        graphene_rect_init (&tile, 0, 0, 6, 6);
      else
        graphene_rect_init (&tile, 0, 0, 8, 8);
      gtk_snapshot_push_repeat (snapshot, &bounds, &tile);
      gtk_snapshot_append_node (snapshot, phase == RUNWAY_TIMELINE_PHASE_SECURITY ? dots : hatch);
      gtk_snapshot_pop (snapshot);
      break;
    case RUNWAY_TIMELINE_PHASE_EXTENDED:
      append_rect (snapshot, &self->colors.hatch, x, y + height / 2 - 1, width, 2);
      break;
    case RUNWAY_TIMELINE_PHASE_BEFORE_GA:
    case RUNWAY_TIMELINE_PHASE_MAINSTREAM:
    case RUNWAY_TIMELINE_N_PHASES:
    default:
      break;
    }
}

static void
paint_phase (RunwayTimelineView       *self,
             GtkSnapshot              *snapshot,
             const Frame              *frame,
             const RunwayTimelineItem *item)
{
  const GdkRGBA *color = &self->colors.phases[item->phase];
  double x0 = runway_timeline_day_to_x (self->timeline, item->start);
  double x1 = runway_timeline_day_to_x (self->timeline, item->end);
  double y0 = item->top * frame->row_height;
  double y1 = item->bottom * frame->row_height;
  double cx0 = MAX (x0, frame->left - 4);
  double cx1 = MIN (x1, frame->right + 4);

  if (cx1 <= cx0)
    return;
  if (item->phase == RUNWAY_TIMELINE_PHASE_BEFORE_GA)
    {
      double quarter = (y1 - y0) / 4;

      y0 += quarter;
      y1 -= quarter;
    }
  /* bars a few pixels thin (a zoomed-out estate) get no hatch and no
   * gradient: they would not show, and they cost the renderer most */
  if (y1 - y0 < 4)
    {
      double s0 = MAX (runway_timeline_day_to_x (self->timeline, item->solid_start), cx0);
      double s1 = MIN (runway_timeline_day_to_x (self->timeline, item->solid_end), cx1);

      append_thin_rect (snapshot, frame, color, s0, y0, s1, y1);
      return;
    }
  if (item->solid_start > item->start || item->solid_end < item->end)
    {
      double s0 = runway_timeline_day_to_x (self->timeline, item->solid_start);
      double s1 = runway_timeline_day_to_x (self->timeline, item->solid_end);
      double w = x1 - x0;
      GdkRGBA clear = *color;
      GskColorStop stops[4];
      graphene_rect_t bounds;

      clear.alpha = 0;
      stops[0] = (GskColorStop) { 0, s0 > x0 ? clear : *color };
      stops[1] = (GskColorStop) { CLAMP ((s0 - x0) / w, 0, 1), *color };
      stops[2] = (GskColorStop) { CLAMP ((s1 - x0) / w, stops[1].offset, 1), *color };
      stops[3] = (GskColorStop) { 1, s1 < x1 ? clear : *color };
      graphene_rect_init (&bounds, cx0, y0, cx1 - cx0, y1 - y0);
      gtk_snapshot_append_linear_gradient (snapshot, &bounds, &GRAPHENE_POINT_INIT (x0, y0),
                                           &GRAPHENE_POINT_INIT (x1, y0), stops, 4);
    }
  else
    append_rect (snapshot, color, cx0, y0, cx1 - cx0, y1 - y0);

  paint_phase_pattern (self, snapshot, item->phase, self->dots_node, self->hatch_node,
                       cx0, y0, cx1 - cx0, y1 - y0);
}

/* Extended support with no contract: an option, a dashed box over the bars. */
static void
paint_option (RunwayTimelineView       *self,
              GtkSnapshot              *snapshot,
              const Frame              *frame,
              const RunwayTimelineItem *item)
{
  const GdkRGBA *color = &self->colors.phases[RUNWAY_TIMELINE_PHASE_EXTENDED];
  double x0 = runway_timeline_day_to_x (self->timeline, item->start) + 1;
  double x1 = runway_timeline_day_to_x (self->timeline, item->end) - 1;
  double y0 = item->top * frame->row_height + 1;
  double y1 = item->bottom * frame->row_height - 1;
  double cx0 = MAX (x0, frame->left - 4);
  double cx1 = MIN (x1, frame->right + 4);

  if (cx1 <= cx0)
    return;
  if (y1 - y0 < 6)
    {
      /* too thin for dashes to read */
      append_thin_rect (snapshot, frame, &self->colors.option_fill, cx0, y0, cx1, y1);
      return;
    }
  append_rect (snapshot, &self->colors.option_fill, cx0, y0, cx1 - cx0, y1 - y0);
  append_dashes (snapshot, color, cx0, y0, cx1 - cx0, 2, FALSE, 6, 3);
  append_dashes (snapshot, color, cx0, y1 - 2, cx1 - cx0, 2, FALSE, 6, 3);
  if (x0 >= cx0)
    append_dashes (snapshot, color, x0, y0, 2, y1 - y0, TRUE, 6, 3);
  if (x1 <= cx1)
    append_dashes (snapshot, color, x1 - 2, y0, 2, y1 - y0, TRUE, 6, 3);
}

/* Environments apart from their colours: production is solid, the others
 * dashed ever finer, from acceptance down to development. */
static void
append_environment (RunwayTimelineView *self,
                    GtkSnapshot        *snapshot,
                    guint               environment,
                    double              x,
                    double              y,
                    double              width,
                    double              height)
{
  static const double dashes[][2] = {
    { 2, 2 },   /* development */
    { 5, 3 },   /* test */
    { 12, 3 },  /* acceptance */
  };
  const GdkRGBA *color = &self->colors.environments[MIN (environment, 3)];

  if (environment >= G_N_ELEMENTS (dashes))
    append_rect (snapshot, color, x, y, width, height);
  else
    append_dashes (snapshot, color, x, y, width, height, FALSE, dashes[environment][0],
                   dashes[environment][1]);
}

static void
paint_deployment (RunwayTimelineView       *self,
                  GtkSnapshot              *snapshot,
                  const Frame              *frame,
                  const RunwayTimelineItem *item)
{
  double x0 = MAX (runway_timeline_day_to_x (self->timeline, item->start), frame->left - 4);
  double x1 = MIN (runway_timeline_day_to_x (self->timeline, item->end), frame->right + 4);
  double y0 = item->top * frame->row_height + 0.5;
  double y1 = item->bottom * frame->row_height - 0.5;

  if (self->drag_mode == DRAG_EDIT && self->drag_kind == RUNWAY_KIND_DEPLOYMENT
      && item->entity_id == self->drag_id)
    x1 = runway_timeline_day_to_x (self->timeline, item->end) + self->drag_dx;
  if (y1 - y0 < 4)
    append_thin_rect (snapshot, frame, &self->colors.environments[MIN (item->environment, 3)],
                      x0, y0, x1, y1);
  else
    append_environment (self, snapshot, item->environment, x0, y0, x1 - x0, y1 - y0);
}

static void
trace_migration (cairo_t *cr,
                 double   x0,
                 double   y0,
                 double   x1,
                 double   y1)
{
  double mid = (x0 + x1) / 2;

  cairo_move_to (cr, x0, y0);
  cairo_curve_to (cr, mid, y0, mid, y1, x1 - 4, y1);
}

/* A migration's head: filled while it is to come, hollow once it is done,
 * so the two read apart without their colours. */
static void
fill_arrow_head (cairo_t       *cr,
                 const GdkRGBA *color,
                 const GdkRGBA *background,
                 gboolean       done)
{
  if (done)
    {
      set_source (cr, background);
      cairo_fill_preserve (cr);
      set_source (cr, color);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    {
      set_source (cr, color);
      cairo_fill (cr);
    }
}

static GskRenderNode *
make_arrow_node (RunwayTimelineView       *self,
                 const RunwayTimelineItem *item,
                 double                    row_height,
                 double                    dx)
{
  const char *status = runway_migration_statuses[item->status];
  gboolean done = g_strcmp0 (status, "done") == 0;
  gboolean planned = g_strcmp0 (status, "planned") == 0;
  const GdkRGBA *color = done ? &self->colors.migration_done : &self->colors.migration;
  double x0 = runway_timeline_day_to_x (self->timeline, item->start);
  double x1 = MAX (runway_timeline_day_to_x (self->timeline, item->end) + dx, x0 + 12);
  double y0 = item->top * row_height;
  double y1 = item->bottom * row_height;
  double mid = (x0 + x1) / 2;
  double hx = x1 - mid, hy = y1 == y0 ? 0 : (y1 - y0) * 0.2;
  double length = hypot (hx, hy);
  double ux, uy;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = begin_cairo_node (snapshot, x0 - 8, MIN (y0, y1) - 10, x1 - x0 + 16,
                                  fabs (y1 - y0) + 20);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  trace_migration (cr, x0, y0, x1, y1);
  set_source (cr, &self->colors.background);
  cairo_set_line_width (cr, 5.5);
  cairo_stroke (cr);
  trace_migration (cr, x0, y0, x1, y1);
  if (planned)
    {
      double dashes[2] = { 6, 4 };

      cairo_set_dash (cr, dashes, 2, 0);
    }
  set_source (cr, color);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* the tail: where it leaves */
  cairo_new_sub_path (cr);
  cairo_arc (cr, x0, y0, 3.5, 0, 2 * G_PI);
  set_source (cr, color);
  cairo_fill_preserve (cr);
  set_source (cr, &self->colors.background);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  /* the head: where it arrives, on its end date */
  if (length < 1e-6)
    {
      hx = 1;
      hy = 0;
      length = 1;
    }
  ux = hx / length;
  uy = hy / length;
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - 10 * ux + 5 * uy, y1 - 10 * uy - 5 * ux);
  cairo_line_to (cr, x1 - 10 * ux - 5 * uy, y1 - 10 * uy + 5 * ux);
  cairo_close_path (cr);
  fill_arrow_head (cr, color, &self->colors.background, done);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
paint_migration (RunwayTimelineView       *self,
                 GtkSnapshot              *snapshot,
                 const Frame              *frame,
                 const RunwayTimelineItem *item)
{
  gboolean dragged = self->drag_mode == DRAG_EDIT && self->drag_kind == RUNWAY_KIND_MIGRATION
                     && item->entity_id == self->drag_id;
  GskRenderNode *node = dragged ? NULL : g_hash_table_lookup (self->arrows, item);

  if (dragged)
    {
      g_autoptr(GskRenderNode) moving = make_arrow_node (self, item, frame->row_height,
                                                        self->drag_dx);

      gtk_snapshot_append_node (snapshot, moving);
    }
  else
    {
      if (node == NULL)
        {
          if (g_hash_table_size (self->arrows) >= MAX_ARROWS)
            g_hash_table_remove_all (self->arrows);
          node = make_arrow_node (self, item, frame->row_height, 0);
          g_hash_table_insert (self->arrows, (gpointer) item, node);
        }
      gtk_snapshot_append_node (snapshot, node);
    }

  /* an arrow that stays on its row names the other end */
  if (item->row == item->to_row && item->label != NULL && frame->row_height >= MIN_LABEL_ROW)
    {
      double x0 = runway_timeline_day_to_x (self->timeline, item->start);
      double x1 = MAX (runway_timeline_day_to_x (self->timeline, item->end), x0 + 12);
      gboolean done = g_strcmp0 (runway_migration_statuses[item->status], "done") == 0;

      append_label (self, snapshot, get_layout (self, FONT_ROADMAP, -1, item->label),
                    done ? &self->colors.migration_done : &self->colors.migration,
                    x1 + 5, item->bottom * frame->row_height, TRUE);
    }
}

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

/* The marker's label, in @out (reused); FALSE when it has none. */
static gboolean
format_marker_label (RunwayTimelineView       *self,
                     const RunwayTimelineItem *item,
                     GString                  *out)
{
  if (item->label == NULL)
    return FALSE;
  if (item->kind == RUNWAY_TIMELINE_ITEM_RISK && item->risks != NULL && item->risks->len > 1)
    /* Translators: a risk marker's label: rule id and how many more risks */
    g_string_printf (out, _("%s +%u"), item->label, item->risks->len - 1);
  else
    g_string_assign (out, item->label);
  return TRUE;
}

/* A marker of the layer's area where it was painted last is appended as
 * it was: its placed node is made once, not once a frame. */
static void
append_placed (GtkSnapshot   *snapshot,
               AreaMarker    *marker,
               GskRenderNode *node,
               double         x,
               double         y)
{
  if (marker->placed == NULL || marker->placed_x != x || marker->placed_y != y)
    {
      g_autoptr(GskTransform) transform = gsk_transform_translate (NULL,
                                                                   &GRAPHENE_POINT_INIT (x, y));

      g_clear_pointer (&marker->placed, gsk_render_node_unref);
      marker->placed = gsk_transform_node_new (node, transform);
      marker->placed_x = x;
      marker->placed_y = y;
    }
  gtk_snapshot_append_node (snapshot, marker->placed);
}

static void
paint_markers (RunwayTimelineView *self,
               GtkSnapshot        *snapshot,
               const Frame        *frame)
{
  double size = runway_timeline_get_marker_size (self->timeline);
  GArray *markers = self->markers;
  g_autoptr(GString) text = NULL;

  if (markers->len == 0)
    return;
  /* they come by row and day, so in order unless one waits at the left
   * edge; the sort is stable, so skipping it on sorted ones changes nothing */
  for (guint i = 1; i < markers->len; i++)
    if (compare_markers (&g_array_index (markers, Marker, i - 1),
                         &g_array_index (markers, Marker, i)) > 0)
      {
        g_array_sort (markers, compare_markers);
        break;
      }

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
        GskRenderNode *node;

        if ((item->kind == RUNWAY_TIMELINE_ITEM_RISK) != (pass == 1))
          continue;
        if (item->kind == RUNWAY_TIMELINE_ITEM_RISK)
          node = self->risk_nodes[MIN ((guint) item->severity, 3)];
        else if (item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP)
          node = self->flag_nodes[MIN (item->confidence, 2)];
        else
          node = self->contract_node;
        if (marker->area != NULL)
          append_placed (snapshot, marker->area, node, marker->x, marker->y);
        else
          append_node_at (snapshot, node, marker->x, marker->y);
      }

  if (frame->row_height < MIN_LABEL_ROW)
    return;

  /* labels only where they fit before the next marker on the row; the
   * GString is the one allocation here, and only for rows with markers */
  text = g_string_sized_new (64);
  for (guint i = 0; i < markers->len; i++)
    {
      Marker *marker = &g_array_index (markers, Marker, i);
      const RunwayTimelineItem *item = marker->item;
      gboolean risk = item->kind == RUNWAY_TIMELINE_ITEM_RISK;
      double x = marker->x + size * (item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP ? 0.85 : 0.7) + 3;
      double limit = frame->right - 4;
      PangoLayout *layout;
      int width;

      if (i + 1 < markers->len && g_array_index (markers, Marker, i + 1).item->row == item->row)
        limit = MIN (limit, g_array_index (markers, Marker, i + 1).x - size * 0.7 - 4);
      if (limit - x < 40 || !format_marker_label (self, item, text))
        continue;
      if (risk)
        layout = get_layout (self, FONT_MARKER, -1, text->str);
      else
        layout = get_label_layout (self, FONT_ROADMAP, (int) MIN (limit - x, MAX_MARKER_LABEL),
                                   text->str);
      pango_layout_get_pixel_size (layout, &width, NULL);
      if (risk && width > limit - x)
        continue;
      append_label (self, snapshot, layout,
                    risk ? &self->colors.text
                    : item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP ? &self->colors.roadmap
                    : &self->colors.contract_end,
                    x, marker->y, TRUE);
    }
}

static void
paint_line (RunwayTimelineView *self,
            GtkSnapshot        *snapshot,
            const Frame        *frame,
            guint32             day,
            const GdkRGBA      *color,
            gboolean            dashed)
{
  double x = runway_timeline_day_to_x (self->timeline, day);

  if (x < frame->left - 2 || x > frame->right + 2)
    return;
  if (dashed)
    append_dashes (snapshot, color, x - 1.25, frame->top, 2.5, frame->bottom - frame->top, TRUE,
                   8, 5);
  else
    append_rect (snapshot, color, x - 1.25, frame->top, 2.5, frame->bottom - frame->top);
}

/* The outline of the selection: the whole bar of a selected release, else
 * the selected item. */
static void
paint_selection (RunwayTimelineView *self,
                 GtkSnapshot        *snapshot,
                 const Frame        *frame)
{
  RunwayKind kind;
  gint64 id;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = 0, y1 = 0;
  GdkRGBA colors[4];
  float widths[4] = { 2, 2, 2, 2 };
  GskRoundedRect outline;

  if (self->selected == NULL)
    return;
  kind = runway_entity_get_kind (self->selected);
  id = runway_entity_get_id (self->selected);
  for (guint i = 0; i < self->visible->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (self->visible, i);
      gboolean match = self->selected_item != NULL
                       ? item == self->selected_item
                         || (self->selected_item->kind == RUNWAY_TIMELINE_ITEM_PHASE
                             && item->kind == RUNWAY_TIMELINE_ITEM_PHASE
                             && item->row == self->selected_item->row)
                       : item->kind != RUNWAY_TIMELINE_ITEM_RISK && item->entity_kind == kind
                         && item->entity_id == id;
      double size = runway_timeline_get_marker_size (self->timeline);

      if (!match || item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
        continue;
      if (item->kind == RUNWAY_TIMELINE_ITEM_PHASE || item->kind == RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
        {
          x0 = MIN (x0, runway_timeline_day_to_x (self->timeline, item->start));
          x1 = MAX (x1, runway_timeline_day_to_x (self->timeline, item->end));
          y0 = item->top * frame->row_height;
          y1 = item->bottom * frame->row_height;
          if (item->kind == RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
            break;
        }
      else
        {
          x0 = runway_timeline_day_to_x (self->timeline, item->start) - size * 0.8;
          x1 = x0 + size * 1.6;
          y0 = item->top * frame->row_height - size * 0.8;
          y1 = y0 + size * 1.6;
          break;
        }
    }
  if (x1 <= x0)
    return;
  x0 = MAX (x0, frame->left - 4);
  x1 = MIN (x1, frame->right + 4);
  for (guint i = 0; i < 4; i++)
    colors[i] = self->colors.selection_outline;
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6),
                                   3);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static gboolean
is_marker (const RunwayTimelineItem *item)
{
  return item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP
         || item->kind == RUNWAY_TIMELINE_ITEM_CONTRACT_END
         || item->kind == RUNWAY_TIMELINE_ITEM_RISK;
}

static void
add_marker (RunwayTimelineView       *self,
            const Frame              *frame,
            const RunwayTimelineItem *item,
            AreaMarker               *area)
{
  Marker marker = { item, runway_timeline_day_to_x (self->timeline, item->start),
                    item->top * frame->row_height, area };

  /* a marker from before the range waits at its left edge */
  if (item->flags & RUNWAY_TIMELINE_PINNED)
    marker.x = MAX (marker.x, frame->left + runway_timeline_get_marker_size (self->timeline) * 0.7
                              + 2);
  g_array_append_val (self->markers, marker);
}

/* What lies under the lines and markers: row bands (with the selected
 * row's), the grid, the bars in the layout's order and the migration
 * arrows. */
static void
paint_layer (RunwayTimelineView *self,
             GtkSnapshot        *snapshot,
             const Frame        *frame,
             int                 selected_row)
{
  RunwayTimeline *timeline = self->timeline;
  const Colors *c = &self->colors;
  guint first_row = 0;
  guint n_rows = runway_timeline_get_rows_in (timeline, frame->top, frame->bottom - frame->top,
                                              &first_row);

  /* rows: group bands, the selected row, rules */
  for (guint r = first_row; r < first_row + n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);
      double y = r * frame->row_height;

      if (is_group_row (row))
        append_rect (snapshot, &c->group_band, frame->left, y, frame->right - frame->left,
                     frame->row_height);
      if ((int) r == selected_row)
        append_rect (snapshot, &c->selection, frame->left, y, frame->right - frame->left,
                     frame->row_height);
      if (frame->row_height >= 4)
        append_rect (snapshot, &c->row_rule, frame->left, y + frame->row_height - 1,
                     frame->right - frame->left, 1);
    }

  /* the grid */
  for (guint i = find_first_tick (self, frame->left); i < self->ticks->len; i++)
    {
      const RunwayTimelineTick *tick = &g_array_index (self->ticks, RunwayTimelineTick, i);
      double x = runway_timeline_day_to_x (timeline, tick->day);

      if (x > frame->right)
        break;
      append_rect (snapshot, tick->major ? &c->grid_major : &c->grid, x, frame->top, 1,
                   frame->bottom - frame->top);
    }

  g_ptr_array_set_size (self->visible, 0);
  runway_timeline_query (timeline, frame->left, frame->top, frame->right - frame->left,
                         frame->bottom - frame->top, self->visible);

  /* fills, then the options over them, then deployments (the layout's order) */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < self->visible->len; i++)
      {
        const RunwayTimelineItem *item = g_ptr_array_index (self->visible, i);
        gboolean option = item->kind == RUNWAY_TIMELINE_ITEM_PHASE
                          && item->phase == RUNWAY_TIMELINE_PHASE_EXTENDED
                          && !(item->flags & RUNWAY_TIMELINE_CONTRACTED);

        if (pass == 0 && item->kind == RUNWAY_TIMELINE_ITEM_PHASE && !option)
          paint_phase (self, snapshot, frame, item);
        else if (pass == 1 && option)
          paint_option (self, snapshot, frame, item);
        else if (pass == 2 && item->kind == RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
          paint_deployment (self, snapshot, frame, item);
      }

  for (guint i = 0; i < self->visible->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (self->visible, i);

      if (item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
        paint_migration (self, snapshot, frame, item);
    }
}

/* Paints the layer into an image once and keeps it as a node that only
 * draws that image, made again only when the zoom, the rows, the selected
 * row or the style changed or the view left the area it covers. The cairo
 * renderer pays per node, and most for a cairo node, which it replays
 * through a scratch image of the node's size: a zoomed-out estate is ten
 * thousand bars and hundreds of arrows each as wide as its migration, so
 * a pan, or a change of the lines, markers or selection outline drawn over
 * the layer, now draws one image. */
static GskRenderNode *
ensure_layer (RunwayTimelineView *self,
              const Frame        *frame,
              int                 selected_row)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double zoom = runway_timeline_get_zoom (self->timeline);
  const graphene_rect_t *area = &self->layer_area;
  double x0, y0, x1, y1;
  Frame whole;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *image;
  cairo_t *cr;

  if (self->layer != NULL && self->layer_zoom == zoom
      && self->layer_row_height == frame->row_height && self->layer_selected_row == selected_row
      && self->layer_scale == scale && frame->left >= area->origin.x
      && frame->top >= area->origin.y && frame->right <= area->origin.x + area->size.width
      && frame->bottom <= area->origin.y + area->size.height)
    return self->layer;

  x0 = MAX (0, floor (frame->left) - LAYER_MARGIN);
  y0 = MAX (0, floor (frame->top) - LAYER_MARGIN);
  x1 = MAX (ceil (frame->right), MIN (ceil (frame->right) + LAYER_MARGIN,
                                      self->hadjustment != NULL
                                        ? gtk_adjustment_get_upper (self->hadjustment) : 0));
  y1 = MAX (ceil (frame->bottom), MIN (ceil (frame->bottom) + LAYER_MARGIN,
                                       self->vadjustment != NULL
                                         ? gtk_adjustment_get_upper (self->vadjustment) : 0));
  whole = (Frame) { x0, x1, y0, y1, frame->row_height };

  snapshot = gtk_snapshot_new ();
  paint_layer (self, snapshot, &whole, selected_row);   /* leaves the area's items */
  node = gtk_snapshot_free_to_node (snapshot);

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (x1 - x0) * scale,
                                      (int) (y1 - y0) * scale);
  cairo_surface_set_device_scale (image, scale, scale);
  if (node != NULL)
    {
      cr = cairo_create (image);
      cairo_translate (cr, -x0, -y0);
      gsk_render_node_draw (node, cr);
      cairo_destroy (cr);
    }

  clear_layer (self);
  graphene_rect_init (&self->layer_area, x0, y0, x1 - x0, y1 - y0);
  self->layer = gsk_cairo_node_new (&self->layer_area);
  cr = gsk_cairo_node_get_draw_context (self->layer);
  cairo_set_source_surface (cr, image, x0, y0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (image);

  /* the markers of the area, by row as the query found them */
  for (guint i = 0; i < self->visible->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (self->visible, i);
      AreaMarker marker = { item };

      if (!is_marker (item))
        continue;
      runway_timeline_get_item_box (self->timeline, item, &marker.x0, &marker.y0, &marker.x1,
                                    &marker.y1);
      g_array_append_val (self->area_markers, marker);
    }

  self->layer_zoom = zoom;
  self->layer_row_height = frame->row_height;
  self->layer_selected_row = selected_row;
  self->layer_scale = scale;
  return self->layer;
}

/* The markers a query of @frame would find, picked out of the layer's
 * area by row and box: a pan costs the markers in view, not a query of
 * every bar in view. */
static void
collect_area_markers (RunwayTimelineView *self,
                      const Frame        *frame)
{
  double x = frame->left, y = frame->top;
  double width = frame->right - frame->left, height = frame->bottom - frame->top;
  double right = x + width, bottom = y + height;   /* as runway_timeline_query() has them */
  guint first_row = 0, n_rows, lo = 0, hi = self->area_markers->len;

  n_rows = runway_timeline_get_rows_in (self->timeline, y, height, &first_row);
  if (n_rows == 0)
    return;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->area_markers, AreaMarker, mid).item->row < first_row)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->area_markers->len; i++)
    {
      AreaMarker *marker = &g_array_index (self->area_markers, AreaMarker, i);

      if (marker->item->row >= first_row + n_rows)
        break;
      if (marker->x0 < right && x < marker->x1 && marker->y0 < bottom && y < marker->y1)
        add_marker (self, frame, marker->item, marker);
    }
}

static void
paint_chart (RunwayTimelineView *self,
             GtkSnapshot        *snapshot,
             const Frame        *frame)
{
  RunwayTimeline *timeline = self->timeline;
  const Colors *c = &self->colors;
  int selected_row = self->selected_key != NULL
                     ? runway_timeline_find_row (timeline, self->selected_key) : -1;
  guint32 today = runway_timeline_get_today (timeline);
  guint32 as_of = runway_timeline_get_as_of (timeline);

  /* A dragged bar or arrow follows the pointer: no layer for it. Nor while
   * zooming, where each frame would draw the layer and then the layer
   * again: the first frame after the zoom settled makes it. */
  g_array_set_size (self->markers, 0);
  if (self->drag_mode == DRAG_EDIT || runway_timeline_get_zoom (timeline) != self->frame_zoom
      || frame->row_height != self->frame_row_height)
    {
      paint_layer (self, snapshot, frame, selected_row);   /* leaves this frame's items */
      for (guint i = 0; i < self->visible->len; i++)
        {
          const RunwayTimelineItem *item = g_ptr_array_index (self->visible, i);

          if (is_marker (item))
            add_marker (self, frame, item, NULL);
        }
    }
  else
    {
      gtk_snapshot_append_node (snapshot, ensure_layer (self, frame, selected_row));
      collect_area_markers (self, frame);
      /* only the selection outline needs the items in view */
      g_ptr_array_set_size (self->visible, 0);
      if (self->selected != NULL)
        runway_timeline_query (timeline, frame->left, frame->top, frame->right - frame->left,
                               frame->bottom - frame->top, self->visible);
    }
  self->frame_zoom = runway_timeline_get_zoom (timeline);
  self->frame_row_height = frame->row_height;

  /* the lines go under the markers */
  if (today != as_of)
    paint_line (self, snapshot, frame, today, &c->today, FALSE);
  paint_line (self, snapshot, frame, as_of, today != as_of ? &c->as_of : &c->today,
              today != as_of);

  paint_markers (self, snapshot, frame);
  paint_selection (self, snapshot, frame);

  /* an end being dragged: where it will land */
  if (self->drag_mode == DRAG_EDIT)
    {
      double x = runway_timeline_day_to_x (timeline, self->drag_day) + self->drag_dx;
      guint32 day = (guint32) MAX (1, round (self->drag_day + self->drag_dx
                                             / runway_timeline_get_zoom (timeline)));
      g_autofree char *text = runway_format_day (day);

      append_dashes (snapshot, &c->selection_outline, x - 1, frame->top, 2,
                     frame->bottom - frame->top, TRUE, 4, 4);
      append_label (self, snapshot, get_layout (self, FONT_LINE, -1, text),
                    &c->selection_outline, x + 6, frame->top + 14, TRUE);
    }
}

static void
paint_axis (RunwayTimelineView *self,
            GtkSnapshot        *snapshot,
            const Frame        *frame)
{
  RunwayTimeline *timeline = self->timeline;
  RunwayTimelineUnit unit = runway_timeline_get_tick_unit (timeline);
  const Colors *c = &self->colors;
  double first_major = frame->right;
  guint first = find_first_tick (self, frame->left - 200);
  guint32 today = runway_timeline_get_today (timeline);
  guint32 as_of = runway_timeline_get_as_of (timeline);

  append_rect (snapshot, &c->axis_background, frame->left, 0, frame->right - frame->left,
               AXIS_HEIGHT);
  for (guint i = first; i < self->ticks->len; i++)
    {
      const RunwayTimelineTick *tick = &g_array_index (self->ticks, RunwayTimelineTick, i);
      double x = runway_timeline_day_to_x (timeline, tick->day);
      double next = i + 1 < self->ticks->len
                    ? runway_timeline_day_to_x (timeline,
                                                g_array_index (self->ticks, RunwayTimelineTick,
                                                               i + 1).day)
                    : frame->right + 1000;

      if (x > frame->right)
        break;
      append_rect (snapshot, tick->major ? &c->grid_major : &c->grid, x,
                   tick->major ? 0 : 24, 1, tick->major ? AXIS_HEIGHT : AXIS_HEIGHT - 24);
      if (tick->major)
        {
          if (x >= frame->left)
            first_major = MIN (first_major, x);
          append_layout_at (snapshot, get_layout (self, FONT_YEAR, -1, tick->year), &c->text,
                            x + 4, 3);
        }
      if (unit != RUNWAY_TIMELINE_UNIT_YEAR)
        {
          PangoLayout *layout = get_layout (self, FONT_AXIS, -1, tick->label);
          int width;

          pango_layout_get_pixel_size (layout, &width, NULL);
          if (width + 6 <= next - x)
            append_layout_at (snapshot, layout, &c->secondary_text, x + 3, 25);
        }
    }

  /* the year the view starts in, while its first January is off screen */
  if (first_major - frame->left > 56)
    {
      GDate date;
      char year[8];

      g_date_clear (&date, 1);
      g_date_set_julian (&date, (guint32) MAX (1, runway_timeline_x_to_day (timeline,
                                                                              frame->left)));
      g_snprintf (year, sizeof year, "%u", g_date_get_year (&date));
      append_rect (snapshot, &c->axis_background, frame->left, 0, 52, 22);
      append_layout_at (snapshot, get_layout (self, FONT_YEAR, -1, year), &c->text,
                        frame->left + 4, 3);
    }

  /* the today and as-of lines are named on the axis, where no bar hides them */
  for (guint i = 0; i < 2; i++)
    {
      guint32 day = i == 0 ? today : as_of;
      double x = runway_timeline_day_to_x (timeline, day);
      PangoLayout *layout;
      int width;

      if ((i == 1 && today == as_of) || x < frame->left || x > frame->right)
        continue;
      /* Translators: short names of the today and as-of lines on the timeline's axis */
      layout = get_layout (self, FONT_LINE, -1,
                           i == 0 ? C_("timeline line", "today") : C_("timeline line", "as of"));
      pango_layout_get_pixel_size (layout, &width, NULL);
      append_rect (snapshot, i == 0 || today == as_of ? &c->today : &c->as_of, x - 1.25,
                   AXIS_HEIGHT - 22, 2.5, 22);
      if ((i == 0) == (today < as_of) && today != as_of)
        x -= width + 10;
      append_rect (snapshot, &c->axis_background, x + 3, AXIS_HEIGHT - 21, width + 6, 18);
      append_layout_at (snapshot, layout, i == 0 || today == as_of ? &c->today : &c->as_of,
                        x + 6, AXIS_HEIGHT - 20);
    }
  append_rect (snapshot, &c->grid_major, frame->left, AXIS_HEIGHT - 1, frame->right - frame->left,
               1);
}

static void
paint_labels (RunwayTimelineView *self,
              GtkSnapshot        *snapshot,
              const Frame        *frame,
              guint               first_row,
              guint               n_rows,
              int                 selected_row)
{
  RunwayTimeline *timeline = self->timeline;
  const Colors *c = &self->colors;
  char text[512];

  for (guint r = first_row; r < first_row + n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);
      double y = r * frame->row_height;
      double centre = y + frame->row_height / 2;
      double x = get_label_indent (row);
      int room = (int) (self->label_width - x - 10);
      PangoLayout *layout;
      int width, height;

      if (is_group_row (row))
        append_rect (snapshot, &c->group_band, 0, y, self->label_width, frame->row_height);
      if ((int) r == selected_row)
        append_rect (snapshot, &c->selection, 0, y, self->label_width, frame->row_height);
      if (frame->row_height >= 4)
        append_rect (snapshot, &c->row_rule, 0, y + frame->row_height - 1, self->label_width, 1);
      if (frame->row_height < MIN_LABEL_ROW || room < 20)
        continue;

      if (row->expandable)
        append_node_at (snapshot, self->expander_nodes[row->collapsed ? 1 : 0], x - 14, centre);
      if (row->collapsed)
        /* Translators: a collapsed group's label and how many rows it hides */
        g_snprintf (text, sizeof text, _("%s (+%u)"), row->label, row->n_hidden);
      else
        g_strlcpy (text, row->label, sizeof text);
      layout = get_layout (self, get_row_font (row), room, text);
      pango_layout_get_pixel_size (layout, &width, &height);
      append_layout_at (snapshot, layout, &c->text, x, centre - height / 2.0);

      /* the vendor after a product, where it fits whole */
      if (row->detail != NULL && !pango_layout_is_ellipsized (layout))
        {
          PangoLayout *detail = get_layout (self, FONT_DETAIL, -1, row->detail);
          int detail_width, detail_height;

          pango_layout_get_pixel_size (detail, &detail_width, &detail_height);
          if (x + width + 8 + detail_width <= self->label_width - 10)
            append_layout_at (snapshot, detail, &c->secondary_text, x + width + 8,
                              centre - detail_height / 2.0);
        }
    }
}

/* The label column's rows in view, painted again only when they, their
 * height, the column's width or the selected row changed: a pan across
 * appends them as they were, and one down paints only the rows in view. */
static GskRenderNode *
ensure_labels (RunwayTimelineView *self,
               const Frame        *frame,
               guint               first_row,
               guint               n_rows)
{
  int selected_row = self->selected_key != NULL
                     ? runway_timeline_find_row (self->timeline, self->selected_key) : -1;
  GtkSnapshot *snapshot;

  if (self->labels != NULL && self->labels_first_row == first_row
      && self->labels_n_rows == n_rows && self->labels_row_height == frame->row_height
      && self->labels_width == self->label_width && self->labels_selected_row == selected_row)
    return self->labels;

  g_clear_pointer (&self->labels, gsk_render_node_unref);
  snapshot = gtk_snapshot_new ();
  paint_labels (self, snapshot, frame, first_row, n_rows, selected_row);
  self->labels = gtk_snapshot_free_to_node (snapshot);
  self->labels_first_row = first_row;
  self->labels_n_rows = n_rows;
  self->labels_row_height = frame->row_height;
  self->labels_width = self->label_width;
  self->labels_selected_row = selected_row;
  return self->labels;
}

/* The whole widget, as one snapshot: the chart scrolled under the sticky
 * axis and label column. */
static void
paint (RunwayTimelineView *self,
       GtkSnapshot        *snapshot)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double chart_width = get_chart_width (self);
  double chart_height = get_chart_height (self);
  double hvalue = get_hvalue (self);
  double vvalue = get_vvalue (self);
  double lw = self->label_width;
  Frame frame = { hvalue, hvalue + chart_width, vvalue, vvalue + chart_height,
                  get_row_height (self) };
  guint first_row = 0, n_rows;
  GskRenderNode *labels;

  append_rect (snapshot, &self->colors.background, 0, 0, width, height);
  if (self->timeline == NULL || chart_width <= 0 || chart_height <= 0)
    return;
  ensure_ticks (self);
  ensure_nodes (self);
  if (self->arrows_zoom != runway_timeline_get_zoom (self->timeline)
      || self->arrows_row_height != frame.row_height)
    {
      g_hash_table_remove_all (self->arrows);
      self->arrows_zoom = runway_timeline_get_zoom (self->timeline);
      self->arrows_row_height = frame.row_height;
    }
  n_rows = runway_timeline_get_rows_in (self->timeline, vvalue, chart_height, &first_row);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (lw, AXIS_HEIGHT, chart_width,
                                                         chart_height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (lw - hvalue, AXIS_HEIGHT - vvalue));
  paint_chart (self, snapshot, &frame);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (lw, 0, chart_width, AXIS_HEIGHT));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (lw - hvalue, 0));
  paint_axis (self, snapshot, &frame);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);

  append_rect (snapshot, &self->colors.label_background, 0, 0, lw, height);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, AXIS_HEIGHT, lw, chart_height));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, AXIS_HEIGHT - vvalue));
  labels = ensure_labels (self, &frame, first_row, n_rows);
  if (labels != NULL)
    gtk_snapshot_append_node (snapshot, labels);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
  append_rect (snapshot, &self->colors.grid_major, 0, AXIS_HEIGHT - 1, lw, 1);
  append_rect (snapshot, &self->colors.grid_major, lw - 1, 0, 1, height);
}

/* -- the selection -- */

static char *
dup_milestone_text (RunwayEntity *entity,
                    guint         column)
{
  const char *value = runway_entity_get_string (entity, column);

  if (value == NULL)
    return g_strdup (_("unknown"));
  if (g_str_equal (value, "none"))
    return g_strdup (_("not announced"));
  if (g_str_equal (value, "ended"))
    return g_strdup (_("ended, date unknown"));
  return runway_format_date_text (value);
}

/* A date as the user's locale shows it; interned, as a plan has few
 * distinct days and the callers only borrow it. */
static const char *
get_date_text (RunwayEntity *entity,
               guint         column)
{
  const char *value = runway_entity_get_string (entity, column);
  g_autofree char *text = NULL;

  if (value == NULL)
    return "…";
  text = runway_format_date_text (value);
  return g_intern_string (text);
}

/* What the user reads for an enumeration's value ("In progress"); interned
 * like the dates, from a handful of values. */
static const char *
get_enum_label (RunwayEntity *entity,
                guint         column)
{
  const char *value = runway_entity_get_string (entity, column);
  g_autofree char *label = NULL;

  if (value == NULL)
    return "…";
  label = runway_dup_enum_label (value);
  return g_intern_string (label);
}

static guint
count_risks (RunwayTimelineView *self,
             RunwayEntity       *entity)
{
  RunwayKind kind = runway_entity_get_kind (entity);
  gint64 id = runway_entity_get_id (entity);
  guint n = 0;

  if (self->risks == NULL)
    return 0;
  for (guint i = 0; i < self->risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (self->risks, i);

      if (runway_risk_is_accepted (risk))
        continue;
      if ((kind == RUNWAY_KIND_RELEASE && runway_risk_get_release_id (risk) == id)
          || (kind == RUNWAY_KIND_PRODUCT && runway_risk_get_product_id (risk) == id)
          || (kind == RUNWAY_KIND_CAPABILITY && runway_risk_get_capability_id (risk) == id))
        n++;
    }
  return n;
}

static char *
dup_entity_title (RunwayTimelineView *self,
                  RunwayEntity       *entity)
{
  char *title = runway_plan_dup_title (self->plan, entity);

  return title != NULL ? title : runway_entity_dup_label (entity);
}

static char *
dup_release_title (RunwayTimelineView *self,
                   gint64              id)
{
  RunwayEntity *release = runway_plan_lookup (self->plan, RUNWAY_KIND_RELEASE, id);

  return release != NULL ? dup_entity_title (self, release) : g_strdup ("?");
}

/* One line that says what is selected, for the accessible description and
 * the window's status. */
static char *
dup_description (RunwayTimelineView       *self,
                 RunwayEntity             *entity,
                 const RunwayTimelineItem *item)
{
  g_autofree char *title = dup_entity_title (self, entity);

  if (item != NULL && item->kind == RUNWAY_TIMELINE_ITEM_RISK && item->risks != NULL
      && item->risks->len > 0)
    {
      RunwayRisk *risk = g_ptr_array_index (item->risks, 0);

      /* Translators: a selected risk marker: subject, rule, severity, message */
      return g_strdup_printf (_("%s, risk %s (%s): %s"), title, runway_risk_get_rule (risk),
                              runway_severity_to_string (runway_risk_get_severity (risk)),
                              runway_risk_get_message (risk));
    }

  switch (runway_entity_get_kind (entity))
    {
    case RUNWAY_KIND_RELEASE:
      {
        g_autofree char *eol = dup_milestone_text (entity, RUNWAY_RELEASE_END_OF_LIFE);
        guint n = count_risks (self, entity);
        g_autofree char *risks = n == 0 ? g_strdup (_("no risks"))
                                 : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk",
                                                                 "%u risks", n), n);

        /* Translators: a selected release: name, end of life, how many risks */
        return g_strdup_printf (_("%s, end of life %s, %s"), title, eol, risks);
      }
    case RUNWAY_KIND_DEPLOYMENT:
      {
        g_autofree char *release = dup_release_title (self, runway_entity_get_int (
                                                        entity, RUNWAY_DEPLOYMENT_RELEASE));

        /* Translators: a selected deployment: release, environment, instances, from, until */
        return g_strdup_printf (_("%s in %s, %" PRId64 " instances, %s – %s"), release,
                                get_enum_label (entity, RUNWAY_DEPLOYMENT_ENVIRONMENT),
                                runway_entity_get_int (entity, RUNWAY_DEPLOYMENT_INSTANCES),
                                get_date_text (entity, RUNWAY_DEPLOYMENT_FROM),
                                runway_entity_get_string (entity, RUNWAY_DEPLOYMENT_UNTIL)
                                ? get_date_text (entity, RUNWAY_DEPLOYMENT_UNTIL)
                                : _("ongoing"));
      }
    case RUNWAY_KIND_MIGRATION:
      {
        g_autofree char *from = dup_release_title (self, runway_entity_get_int (
                                                     entity, RUNWAY_MIGRATION_FROM));
        g_autofree char *to = dup_release_title (self, runway_entity_get_int (
                                                   entity, RUNWAY_MIGRATION_TO));

        /* Translators: a selected migration: from, to, start, end, status */
        return g_strdup_printf (_("Migration %s → %s, %s – %s, %s"), from, to,
                                get_date_text (entity, RUNWAY_MIGRATION_START),
                                get_date_text (entity, RUNWAY_MIGRATION_END),
                                get_enum_label (entity, RUNWAY_MIGRATION_STATUS));
      }
    case RUNWAY_KIND_ROADMAP_ITEM:
      /* Translators: a selected roadmap item: title, date, confidence */
      return g_strdup_printf (_("Roadmap: %s, %s, %s"),
                              runway_entity_get_string (entity, RUNWAY_ROADMAP_ITEM_TITLE),
                              get_date_text (entity, RUNWAY_ROADMAP_ITEM_DATE),
                              get_enum_label (entity, RUNWAY_ROADMAP_ITEM_CONFIDENCE));
    case RUNWAY_KIND_PRODUCT:
    case RUNWAY_KIND_CAPABILITY:
      {
        guint n = count_risks (self, entity);

        if (n == 0)
          return g_steal_pointer (&title);
        /* Translators: a selected product or capability and how many risks it has */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u risk", "%s, %u risks", n),
                                title, n);
      }
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_SKILL:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      return g_steal_pointer (&title);
    }
}

static void
update_accessible_description (RunwayTimelineView *self)
{
  if (self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Selects @entity, picked on @row_index (-1: its own row, if shown) through
 * @item (nullable). */
static void
set_selection (RunwayTimelineView       *self,
               RunwayEntity             *entity,
               int                       row_index,
               const RunwayTimelineItem *item)
{
  const RunwayTimelineRow *row = row_index >= 0
                                 ? runway_timeline_get_row (self->timeline, row_index) : NULL;
  gboolean changed = entity != self->selected;

  g_free (self->selected_key);
  self->selected_key = row != NULL ? g_strdup (row->key) : NULL;
  changed = changed || item != self->selected_item;
  self->selected_item = item;
  g_set_object (&self->selected, entity);
  g_clear_pointer (&self->description, g_free);
  if (entity != NULL)
    self->description = dup_description (self, entity, item);
  update_accessible_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

static RunwayEntity *
lookup_row_entity (RunwayTimelineView      *self,
                   const RunwayTimelineRow *row)
{
  return runway_plan_lookup (self->plan, row->entity_kind, row->entity_id);
}

/* The entity an item stands for: a risk marker selects its subject. */
static RunwayEntity *
lookup_item_entity (RunwayTimelineView       *self,
                    const RunwayTimelineItem *item)
{
  return runway_plan_lookup (self->plan, item->entity_kind, item->entity_id);
}

static int
find_entity_row (RunwayTimelineView *self,
                 RunwayEntity       *entity)
{
  RunwayKind kind = runway_entity_get_kind (entity);
  gint64 id = runway_entity_get_id (entity);
  guint n = runway_timeline_get_n_rows (self->timeline);

  for (guint r = 0; r < n; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (self->timeline, r);

      if (row->entity_kind == kind && row->entity_id == id)
        return (int) r;
    }
  return -1;
}

static void
scroll_to_row (RunwayTimelineView *self,
               guint               row)
{
  double rh = get_row_height (self);
  double top = row * rh;
  double v = get_vvalue (self);
  double page = get_chart_height (self);

  if (top < v)
    set_vvalue (self, top);
  else if (top + rh > v + page)
    set_vvalue (self, top + rh - page);
}

static void
scroll_to_item (RunwayTimelineView       *self,
                const RunwayTimelineItem *item)
{
  double x0 = runway_timeline_day_to_x (self->timeline, item->start);
  double x1 = runway_timeline_day_to_x (self->timeline, item->end);
  double h = get_hvalue (self);
  double page = get_chart_width (self);

  scroll_to_row (self, item->row);
  if (x1 < h + 20 || x0 > h + page - 20)
    set_hvalue (self, x0 - page / 3);
}

/* -- drag-editing -- */

/* The end of a migration or of a deployment span under the point (chart
 * pixels), which a drag moves. */
static const RunwayTimelineItem *
find_end_handle (RunwayTimelineView *self,
                 double              px,
                 double              py)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  double rh = get_row_height (self);
  const RunwayTimelineItem *best = NULL;
  double best_distance = G_MAXDOUBLE;

  runway_timeline_query (self->timeline, px - 20, py - rh, 40, 2 * rh, found);
  for (guint i = 0; i < found->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (found, i);
      double x0 = runway_timeline_day_to_x (self->timeline, item->start);
      double x1 = runway_timeline_day_to_x (self->timeline, item->end);
      double distance;

      if (item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
        {
          if (item->flags & RUNWAY_TIMELINE_OPEN_END)
            continue;
          x1 = MAX (x1, x0 + 12);
          if (fabs (py - item->bottom * rh) > rh * 0.35)
            continue;
        }
      else if (item->kind == RUNWAY_TIMELINE_ITEM_DEPLOYMENT)
        {
          if (item->flags & RUNWAY_TIMELINE_ONGOING)
            continue;
          if (py < item->top * rh - 3 || py > item->bottom * rh + 3)
            continue;
        }
      else
        continue;
      distance = fabs (px - x1);
      if (distance <= HANDLE_REACH && distance < best_distance)
        {
          best = item;
          best_distance = distance;
        }
    }
  return best;
}

static void
begin_drag (RunwayTimelineView *self,
            double              x,
            double              y)
{
  const RunwayTimelineItem *handle = NULL;

  self->drag_mode = DRAG_NONE;
  self->drag_dx = 0;
  if (self->timeline == NULL)
    return;
  if (x >= self->label_width && y >= AXIS_HEIGHT && self->plan != NULL
      && !runway_plan_is_read_only (self->plan))
    handle = find_end_handle (self, x - self->label_width + get_hvalue (self),
                              y - AXIS_HEIGHT + get_vvalue (self));
  if (handle != NULL)
    {
      self->drag_mode = DRAG_EDIT;
      self->drag_kind = handle->kind == RUNWAY_TIMELINE_ITEM_MIGRATION ? RUNWAY_KIND_MIGRATION
                                                                       : RUNWAY_KIND_DEPLOYMENT;
      self->drag_id = handle->entity_id;
      self->drag_day = handle->end;
    }
  else
    {
      self->drag_mode = DRAG_PAN;
      self->drag_start_h = get_hvalue (self);
      self->drag_start_v = get_vvalue (self);
    }
}

static void
update_drag (RunwayTimelineView *self,
             double              dx,
             double              dy)
{
  switch (self->drag_mode)
    {
    case DRAG_PAN:
      set_hvalue (self, self->drag_start_h - dx);
      set_vvalue (self, self->drag_start_v - dy);
      break;
    case DRAG_EDIT:
      self->drag_dx = dx;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case DRAG_NONE:
    default:
      break;
    }
}

/* Moves the dragged end by whole days through the edit API: one undo step;
 * a date the plan refuses changes nothing and is reported by "error". */
static gboolean
end_drag (RunwayTimelineView *self,
          double              dx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  g_autofree char *text = NULL;
  RunwayEntity *live;
  DragMode mode = self->drag_mode;
  double days;

  self->drag_mode = DRAG_NONE;
  self->drag_dx = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (mode == DRAG_PAN)
    return TRUE;
  if (mode != DRAG_EDIT)
    return FALSE;

  days = round (dx / runway_timeline_get_zoom (self->timeline));
  if (days == 0)
    return FALSE;
  live = runway_plan_lookup (self->plan, self->drag_kind, self->drag_id);
  if (live == NULL)
    return FALSE;
  text = runway_date_format ((guint32) MAX (1, self->drag_day + days));
  draft = runway_entity_copy (live);
  g_object_set (draft, self->drag_kind == RUNWAY_KIND_MIGRATION ? "end" : "until", text, NULL);
  if (!runway_plan_update (self->plan, draft, &error))
    {
      g_signal_emit (self, signals[SIGNAL_ERROR], 0, error);
      return FALSE;
    }
  return TRUE;
}

/* -- tooltips -- */

static void
append_release_tooltip (RunwayTimelineView *self,
                        GString            *out,
                        RunwayEntity       *release)
{
  static const struct { guint column; const char *label; } milestones[] = {
    { RUNWAY_RELEASE_GA, N_("GA") },
    { RUNWAY_RELEASE_END_OF_SUPPORT, N_("End of support") },
    { RUNWAY_RELEASE_END_OF_LIFE, N_("End of life") },
    { RUNWAY_RELEASE_EXTENDED_SUPPORT_END, N_("Extended support ends") },
  };
  g_autofree char *title = dup_entity_title (self, release);

  g_string_append_printf (out, "<b>%s</b>", title);
  for (guint i = 0; i < G_N_ELEMENTS (milestones); i++)
    {
      g_autofree char *value = dup_milestone_text (release, milestones[i].column);

      if (milestones[i].column == RUNWAY_RELEASE_EXTENDED_SUPPORT_END
          && runway_entity_get_string (release, milestones[i].column) == NULL)
        continue;
      g_string_append_printf (out, "\n%s: %s", _(milestones[i].label), value);
    }
  if (runway_entity_get_string (release, RUNWAY_RELEASE_EXTENDED_SUPPORT_END) != NULL)
    g_string_append_printf (out, " (%s)",
                            runway_entity_get_int (release,
                                                   RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED)
                            ? _("contracted") : _("not contracted"));
}

static char *
dup_tooltip_markup (RunwayTimelineView       *self,
                    const RunwayTimelineItem *item)
{
  g_autoptr(GString) out = g_string_new (NULL);
  RunwayEntity *entity = lookup_item_entity (self, item);

  switch (item->kind)
    {
    case RUNWAY_TIMELINE_ITEM_PHASE:
      if (entity == NULL)
        return NULL;
      append_release_tooltip (self, out, entity);
      break;
    case RUNWAY_TIMELINE_ITEM_DEPLOYMENT:
      {
        g_autofree char *release = NULL;

        if (entity == NULL)
          return NULL;
        release = dup_release_title (self, runway_entity_get_int (entity,
                                                                  RUNWAY_DEPLOYMENT_RELEASE));
        g_string_append_printf (out, "<b>%s</b>\n%s: %s\n%s: %" G_GINT64_FORMAT "\n%s – %s",
                                release, _("Environment"),
                                get_enum_label (entity, RUNWAY_DEPLOYMENT_ENVIRONMENT),
                                _("Instances"),
                                runway_entity_get_int (entity, RUNWAY_DEPLOYMENT_INSTANCES),
                                get_date_text (entity, RUNWAY_DEPLOYMENT_FROM),
                                runway_entity_get_string (entity, RUNWAY_DEPLOYMENT_UNTIL)
                                ? get_date_text (entity, RUNWAY_DEPLOYMENT_UNTIL)
                                : _("ongoing"));
      }
      break;
    case RUNWAY_TIMELINE_ITEM_MIGRATION:
      {
        g_autofree char *from = NULL;
        g_autofree char *to = NULL;

        if (entity == NULL)
          return NULL;
        from = dup_release_title (self, runway_entity_get_int (entity, RUNWAY_MIGRATION_FROM));
        to = dup_release_title (self, runway_entity_get_int (entity, RUNWAY_MIGRATION_TO));
        g_string_append_printf (out, "<b>%s → %s</b>\n%s – %s\n%s: %s", from, to,
                                get_date_text (entity, RUNWAY_MIGRATION_START),
                                get_date_text (entity, RUNWAY_MIGRATION_END), _("Status"),
                                get_enum_label (entity, RUNWAY_MIGRATION_STATUS));
      }
      break;
    case RUNWAY_TIMELINE_ITEM_ROADMAP:
      if (entity == NULL)
        return NULL;
      g_string_append_printf (out, "<b>%s</b>\n%s\n%s: %s",
                              runway_entity_get_string (entity, RUNWAY_ROADMAP_ITEM_TITLE),
                              get_date_text (entity, RUNWAY_ROADMAP_ITEM_DATE), _("Confidence"),
                              get_enum_label (entity, RUNWAY_ROADMAP_ITEM_CONFIDENCE));
      break;
    case RUNWAY_TIMELINE_ITEM_CONTRACT_END:
      {
        g_autofree char *title = entity != NULL ? dup_entity_title (self, entity) : NULL;

        g_string_append_printf (out, "<b>%s</b>\n%s: %s", title != NULL ? title : "",
                                _("Contract ends"),
                                entity != NULL ? get_date_text (entity, RUNWAY_VENDOR_CONTRACT_END)
                                               : "…");
      }
      break;
    case RUNWAY_TIMELINE_ITEM_RISK:
      for (guint i = 0; item->risks != NULL && i < item->risks->len; i++)
        {
          RunwayRisk *risk = g_ptr_array_index (item->risks, i);

          g_string_append_printf (out, "%s<b>%s</b> · %s%s%s\n%s", i > 0 ? "\n\n" : "",
                                  runway_risk_get_rule (risk),
                                  runway_severity_to_string (runway_risk_get_severity (risk)),
                                  runway_risk_get_date (risk) != NULL ? " · " : "",
                                  runway_risk_get_date (risk) != NULL
                                  ? runway_risk_get_date (risk) : "",
                                  runway_risk_get_message (risk));
        }
      break;
    default:
      return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* -- callbacks -- */

static void
on_adjustment_value_changed (GtkAdjustment      *adjustment,
                             RunwayTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_timeline_changed (RunwayTimeline     *timeline,
                     RunwayTimelineView *self)
{
  /* items are gone: forget what pointed at them */
  self->selected_item = NULL;
  g_hash_table_remove_all (self->arrows);
  clear_layer (self);
  clear_labels (self);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_ptr_array_set_size (self->visible, 0);
  if (self->selected != NULL && !runway_entity_is_live (self->selected))
    set_selection (self, NULL, -1, NULL);
  else if (self->selected != NULL)
    {
      g_clear_pointer (&self->description, g_free);
      self->description = dup_description (self, self->selected, NULL);
      update_accessible_description (self);
    }
  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_style_manager_notify (AdwStyleManager    *manager,
                         GParamSpec         *pspec,
                         RunwayTimelineView *self)
{
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);

  if (dark == self->dark && high_contrast == self->high_contrast)
    return;
  /* the style sheets change with these and css_changed follows; a
   * theme without our colours gets the light palette either way */
  self->dark = dark;
  self->high_contrast = high_contrast;
  resolve_colors (self);
  clear_nodes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_scale_factor_notify (GObject            *object,
                        GParamSpec         *pspec,
                        RunwayTimelineView *self)
{
  clear_layouts (self);
  clear_nodes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_begin (GtkGestureDrag     *gesture,
               double              x,
               double              y,
               RunwayTimelineView *self)
{
  if (x < self->label_width)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  begin_drag (self, x, y);
  if (self->drag_mode == DRAG_EDIT)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_drag_update (GtkGestureDrag     *gesture,
                double              dx,
                double              dy,
                RunwayTimelineView *self)
{
  update_drag (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag     *gesture,
             double              dx,
             double              dy,
             RunwayTimelineView *self)
{
  end_drag (self, dx);
}

static void
on_click_pressed (GtkGestureClick    *gesture,
                  int                 n_press,
                  double              x,
                  double              y,
                  RunwayTimelineView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->timeline == NULL || y < AXIS_HEIGHT)
    return;

  if (x < self->label_width)
    {
      int r = runway_timeline_get_row_at (self->timeline, y - AXIS_HEIGHT + get_vvalue (self));
      const RunwayTimelineRow *row = r >= 0 ? runway_timeline_get_row (self->timeline, r) : NULL;

      if (row == NULL)
        return;
      /* the triangle and the room left of it toggle the group */
      if (row->expandable && x < get_label_indent (row) + 2)
        {
          runway_timeline_set_collapsed (self->timeline, row->key, !row->collapsed);
          return;
        }
      if (n_press == 2 && row->expandable)
        runway_timeline_set_collapsed (self->timeline, row->key, !row->collapsed);
      else
        set_selection (self, lookup_row_entity (self, row), r, NULL);
      return;
    }

  runway_timeline_view_select_at (self, x, y);
  if (n_press == 2)
    runway_timeline_view_activate_selection (self);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           RunwayTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (
                            GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (self->timeline == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (ZOOM_STEP, -dy) : exp (-dy * 0.01);

      runway_timeline_view_zoom_at (self, runway_timeline_view_get_zoom (self) * factor,
                                    MAX (self->pointer_x, self->label_width));
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  set_hvalue (self, get_hvalue (self) + dx * (wheel ? get_chart_width (self) / 10 : 1));
  set_vvalue (self, get_vvalue (self) + dy * (wheel ? get_row_height (self) * 3 : 1));
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RunwayTimelineView       *self)
{
  const char *cursor = NULL;

  self->pointer_x = x;
  if (self->drag_mode == DRAG_NONE && self->timeline != NULL && x >= self->label_width
      && y >= AXIS_HEIGHT && find_end_handle (self, x - self->label_width + get_hvalue (self),
                                              y - AXIS_HEIGHT + get_vvalue (self)) != NULL)
    cursor = "ew-resize";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
on_zoom_begin (GtkGesture         *gesture,
               GdkEventSequence   *sequence,
               RunwayTimelineView *self)
{
  double x, y;

  self->pinch_zoom = runway_timeline_view_get_zoom (self);
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->pinch_x = x;
  else
    self->pinch_x = self->label_width + get_chart_width (self) / 2;
}

static void
on_zoom_scale_changed (GtkGestureZoom     *gesture,
                       double              scale,
                       RunwayTimelineView *self)
{
  runway_timeline_view_zoom_at (self, self->pinch_zoom * scale, self->pinch_x);
}

/* The next selectable item on @row after (or before) @from_x. */
static const RunwayTimelineItem *
find_neighbour_item (RunwayTimelineView *self,
                     guint               row,
                     double              from_day,
                     gint64              from_id,
                     gboolean            forward)
{
  const RunwayTimelineItem *best = NULL;
  guint n = 0;
  const RunwayTimelineItem *items = runway_timeline_get_row_items (self->timeline, row, &n);

  for (guint i = 0; i < n; i++)
    {
      const RunwayTimelineItem *item = &items[i];

      if (item->entity_id == from_id || item->kind == RUNWAY_TIMELINE_ITEM_PHASE)
        continue;
      if (forward ? item->start <= from_day : item->start >= from_day)
        continue;
      if (best == NULL || (forward ? item->start < best->start : item->start > best->start))
        best = item;
    }
  return best;
}

static void
move_selection (RunwayTimelineView *self,
                int                 rows,
                int                 items)
{
  int current = self->selected_key != NULL ? runway_timeline_find_row (self->timeline,
                                                                       self->selected_key) : -1;
  guint n_rows = runway_timeline_get_n_rows (self->timeline);

  if (n_rows == 0)
    return;
  if (rows != 0 || current < 0)
    {
      int next = current < 0 ? 0 : CLAMP (current + rows, 0, (int) n_rows - 1);
      const RunwayTimelineRow *row = runway_timeline_get_row (self->timeline, next);

      set_selection (self, lookup_row_entity (self, row), next, NULL);
      scroll_to_row (self, next);
      return;
    }
  else
    {
      const RunwayTimelineItem *item;
      double from = self->selected_item != NULL
                    ? self->selected_item->start
                    : runway_timeline_x_to_day (self->timeline, items > 0
                                                ? get_hvalue (self) - 1
                                                : get_hvalue (self) + get_chart_width (self) + 1);

      item = find_neighbour_item (self, current, from,
                                  self->selected_item != NULL ? self->selected_item->entity_id : -1,
                                  items > 0);
      if (item == NULL)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return;
        }
      set_selection (self, lookup_item_entity (self, item), current, item);
      scroll_to_item (self, item);
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RunwayTimelineView    *self)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  if (self->timeline == NULL || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      runway_timeline_view_zoom_in (self);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      runway_timeline_view_zoom_out (self);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      if (!control)
        return FALSE;
      runway_timeline_view_zoom_to_fit (self);
      return TRUE;
    case GDK_KEY_t:
    case GDK_KEY_T:
      runway_timeline_view_go_to_today (self);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1, 0);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1, 0);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_selection (self, 0, -1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_selection (self, 0, 1);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (control)
        set_vvalue (self, 0);
      else
        set_hvalue (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (control)
        set_vvalue (self, G_MAXDOUBLE);
      else
        set_hvalue (self, G_MAXDOUBLE);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      set_vvalue (self, get_vvalue (self) - get_chart_height (self) * 0.9);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      set_vvalue (self, get_vvalue (self) + get_chart_height (self) * 0.9);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      runway_timeline_view_activate_selection (self);
      return TRUE;
    case GDK_KEY_Escape:
      runway_timeline_view_unselect (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_query_tooltip (GtkWidget          *widget,
                  int                 x,
                  int                 y,
                  gboolean            keyboard,
                  GtkTooltip         *tooltip,
                  RunwayTimelineView *self)
{
  const RunwayTimelineItem *item;
  g_autofree char *markup = NULL;

  if (self->timeline == NULL || keyboard || x < self->label_width || y < AXIS_HEIGHT)
    return FALSE;
  item = runway_timeline_hit_test (self->timeline, x - self->label_width + get_hvalue (self),
                                   y - AXIS_HEIGHT + get_vvalue (self));
  if (item == NULL)
    return FALSE;
  markup = dup_tooltip_markup (self, item);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* -- GtkWidget -- */

static void
runway_timeline_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  paint (RUNWAY_TIMELINE_VIEW (widget), snapshot);
}

static void
runway_timeline_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 1200 : 600;
}

static void
runway_timeline_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (widget);

  /* the label column gives way on narrow windows */
  self->label_width = MIN (LABEL_WIDTH * self->text_scale, floor (width * 0.35));
  if (self->timeline != NULL && !self->positioned && width > 0 && get_chart_width (self) > 0)
    {
      double days = (runway_timeline_get_last_day (self->timeline)
                     - runway_timeline_get_first_day (self->timeline) + 1.0);

      /* a first look of about six years, or all of it if less */
      self->positioned = TRUE;
      runway_timeline_set_zoom (self->timeline,
                                clamp_zoom (get_chart_width (self) / MIN (days, 6 * 365.25)));
      configure_adjustments (self);
      runway_timeline_view_go_to_today (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }
  configure_adjustments (self);
}

static void
runway_timeline_view_css_changed (GtkWidget         *widget,
                                  GtkCssStyleChange *change)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (runway_timeline_view_parent_class)->css_changed (widget, change);
  /* the font or the colours may have changed: resolve them here, once,
   * never while painting */
  clear_fonts (self);
  clear_layouts (self);
  resolve_colors (self);
  clear_nodes (self);
  gtk_widget_queue_draw (widget);
}

/* -- GObject -- */

static void
set_adjustment (RunwayTimelineView  *self,
                GtkAdjustment      **slot,
                GtkAdjustment       *adjustment)
{
  if (adjustment != NULL && *slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed), self);
  configure_adjustments (self);
}

static void
runway_timeline_view_dispose (GObject *object)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (object);

  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (),
                                        on_style_manager_notify, self);
  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_func (self->timeline, on_timeline_changed, self);
  g_clear_object (&self->timeline);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_object (&self->selected);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  if (self->arrows != NULL)
    clear_nodes (self);

  G_OBJECT_CLASS (runway_timeline_view_parent_class)->dispose (object);
}

static void
runway_timeline_view_finalize (GObject *object)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (object);

  clear_fonts (self);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_pointer (&self->arrows, g_hash_table_unref);
  g_clear_pointer (&self->visible, g_ptr_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->area_markers, g_array_unref);
  g_string_free (self->key, TRUE);
  g_free (self->selected_key);
  g_free (self->description);

  G_OBJECT_CLASS (runway_timeline_view_parent_class)->finalize (object);
}

static void
runway_timeline_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_GROUPING:
      g_value_set_enum (value, runway_timeline_view_get_grouping (self));
      break;
    case PROP_DEPLOYED_ONLY:
      g_value_set_boolean (value, runway_timeline_view_get_deployed_only (self));
      break;
    case PROP_VENDOR:
      g_value_set_int64 (value, self->vendor_id);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, runway_timeline_view_get_zoom (self));
      break;
    case PROP_SELECTED_ENTITY:
      g_value_set_object (value, self->selected);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_timeline_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RunwayTimelineView *self = RUNWAY_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      runway_timeline_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_GROUPING:
      runway_timeline_view_set_grouping (self, g_value_get_enum (value));
      break;
    case PROP_DEPLOYED_ONLY:
      runway_timeline_view_set_deployed_only (self, g_value_get_boolean (value));
      break;
    case PROP_VENDOR:
      runway_timeline_view_set_vendor (self, g_value_get_int64 (value));
      break;
    case PROP_ZOOM:
      runway_timeline_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SELECTED_ENTITY:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_timeline_view_class_init (RunwayTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_timeline_view_dispose;
  object_class->finalize = runway_timeline_view_finalize;
  object_class->get_property = runway_timeline_view_get_property;
  object_class->set_property = runway_timeline_view_set_property;

  widget_class->snapshot = runway_timeline_view_snapshot;
  widget_class->measure = runway_timeline_view_measure;
  widget_class->size_allocate = runway_timeline_view_size_allocate;
  widget_class->css_changed = runway_timeline_view_css_changed;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, RUNWAY_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] =
    g_param_spec_enum ("grouping", NULL, NULL, RUNWAY_TYPE_TIMELINE_GROUPING,
                       RUNWAY_TIMELINE_GROUP_BY_CAPABILITY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPLOYED_ONLY] =
    g_param_spec_boolean ("deployed-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VENDOR] =
    g_param_spec_int64 ("vendor", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 0.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, RUNWAY_TYPE_ENTITY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * RunwayTimelineView::activate-item:
   * @entity: the selected entity
   *
   * Double-click or Enter on the selection: the window opens it.
   */
  signals[SIGNAL_ACTIVATE_ITEM] =
    g_signal_new ("activate-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, RUNWAY_TYPE_ENTITY);

  /**
   * RunwayTimelineView::error:
   * @error: why an edit by dragging was refused
   *
   * Nothing changed; the window shows it as a toast.
   */
  signals[SIGNAL_ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
runway_timeline_view_init (RunwayTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (
                                 GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->visible = g_ptr_array_new ();
  self->markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  self->area_markers = g_array_new (FALSE, FALSE, sizeof (AreaMarker));
  g_array_set_clear_func (self->area_markers, clear_area_marker);
  self->key = g_string_sized_new (128);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->arrows = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                        (GDestroyNotify) gsk_render_node_unref);
  self->label_width = LABEL_WIDTH;
  self->text_scale = 1.0;
  self->dark = adw_style_manager_get_dark (manager);
  self->high_contrast = adw_style_manager_get_high_contrast (manager);
  resolve_colors (self);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_manager_notify), self, 0);
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (on_style_manager_notify), self, 0);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_notify), self);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), self);

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, key);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (widget, motion);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline"), -1);
}

/* -- public API -- */

GtkWidget *
runway_timeline_view_new (void)
{
  return g_object_new (RUNWAY_TYPE_TIMELINE_VIEW, NULL);
}

RunwayPlan *
runway_timeline_view_get_plan (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), NULL);

  return self->plan;
}

/**
 * runway_timeline_view_set_plan:
 * @plan: (nullable): the plan to show
 *
 * Shows @plan in a layout of its own, grouped by capability, around today.
 */
void
runway_timeline_view_set_plan (RunwayTimelineView *self,
                               RunwayPlan         *plan)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  set_selection (self, NULL, -1, NULL);
  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_func (self->timeline, on_timeline_changed, self);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_hash_table_remove_all (self->arrows);
  clear_layer (self);
  clear_labels (self);
  g_ptr_array_set_size (self->visible, 0);
  g_set_object (&self->plan, plan);
  self->vendor_id = 0;

  if (plan != NULL)
    {
      self->timeline = runway_timeline_new (plan);
      runway_timeline_set_row_height (self->timeline, ROW_HEIGHT * self->text_scale);
      g_signal_connect (self->timeline, "changed", G_CALLBACK (on_timeline_changed), self);
    }
  self->positioned = FALSE;
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * runway_timeline_view_get_timeline:
 *
 * Returns: (transfer none) (nullable): the layout shown, for its filters
 */
RunwayTimeline *
runway_timeline_view_get_timeline (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), NULL);

  return self->timeline;
}

/**
 * runway_timeline_view_set_risks:
 * @risks: (nullable) (element-type RunwayRisk): from runway_plan_compute_risks()
 *
 * The risks to mark, and to count in the selection's description.
 */
void
runway_timeline_view_set_risks (RunwayTimelineView *self,
                                GPtrArray          *risks)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (risks != NULL)
    g_ptr_array_ref (risks);
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  self->risks = risks;
  if (self->timeline != NULL)
    runway_timeline_set_risks (self->timeline, risks);
}

RunwayTimelineGrouping
runway_timeline_view_get_grouping (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), RUNWAY_TIMELINE_GROUP_BY_CAPABILITY);

  return self->timeline != NULL ? runway_timeline_get_grouping (self->timeline)
                                : RUNWAY_TIMELINE_GROUP_BY_CAPABILITY;
}

void
runway_timeline_view_set_grouping (RunwayTimelineView     *self,
                                   RunwayTimelineGrouping  grouping)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->timeline == NULL || runway_timeline_get_grouping (self->timeline) == grouping)
    return;
  runway_timeline_set_grouping (self->timeline, grouping);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

gboolean
runway_timeline_view_get_deployed_only (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), FALSE);

  return self->timeline != NULL && runway_timeline_get_deployed_only (self->timeline);
}

void
runway_timeline_view_set_deployed_only (RunwayTimelineView *self,
                                        gboolean            deployed_only)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  deployed_only = !!deployed_only;
  if (self->timeline == NULL || runway_timeline_get_deployed_only (self->timeline) == deployed_only)
    return;
  runway_timeline_set_deployed_only (self->timeline, deployed_only);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPLOYED_ONLY]);
}

gint64
runway_timeline_view_get_vendor (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 0);

  return self->vendor_id;
}

/**
 * runway_timeline_view_set_vendor:
 * @vendor_id: show only this vendor's products, or 0 for every vendor
 */
void
runway_timeline_view_set_vendor (RunwayTimelineView *self,
                                 gint64              vendor_id)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->vendor_id == vendor_id)
    return;
  self->vendor_id = vendor_id;
  if (self->timeline != NULL)
    runway_timeline_set_vendors (self->timeline, vendor_id != 0 ? &self->vendor_id : NULL,
                                 vendor_id != 0 ? 1 : 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR]);
}

/* Returns: pixels per day */
double
runway_timeline_view_get_zoom (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 0);

  return self->timeline != NULL ? runway_timeline_get_zoom (self->timeline) : 0.5;
}

/* Zooms around the middle of the chart. */
void
runway_timeline_view_set_zoom (RunwayTimelineView *self,
                               double              pixels_per_day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  runway_timeline_view_zoom_at (self, pixels_per_day,
                                self->label_width + get_chart_width (self) / 2);
}

/**
 * runway_timeline_view_zoom_at:
 * @pixels_per_day: the new zoom
 * @x: a widget x; the day under it stays under it
 */
void
runway_timeline_view_zoom_at (RunwayTimelineView *self,
                              double              pixels_per_day,
                              double              x)
{
  double day;

  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  pixels_per_day = clamp_zoom (pixels_per_day);
  if (self->timeline == NULL || runway_timeline_get_zoom (self->timeline) == pixels_per_day)
    return;
  self->positioned = TRUE;
  day = runway_timeline_view_get_day_at (self, x);
  runway_timeline_set_zoom (self->timeline, pixels_per_day);
  g_hash_table_remove_all (self->arrows);
  configure_adjustments (self);
  set_hvalue (self, runway_timeline_day_to_x (self->timeline, day) - (x - self->label_width));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
runway_timeline_view_zoom_in (RunwayTimelineView *self)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  runway_timeline_view_set_zoom (self, runway_timeline_view_get_zoom (self) * ZOOM_STEP);
}

void
runway_timeline_view_zoom_out (RunwayTimelineView *self)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  runway_timeline_view_set_zoom (self, runway_timeline_view_get_zoom (self) / ZOOM_STEP);
}

/* Zooms so the whole range fits across the chart. */
void
runway_timeline_view_zoom_to_fit (RunwayTimelineView *self)
{
  double days;

  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->timeline == NULL || get_chart_width (self) <= 0)
    return;
  days = runway_timeline_get_last_day (self->timeline)
         - runway_timeline_get_first_day (self->timeline) + 1.0;
  runway_timeline_view_zoom_at (self, get_chart_width (self) / days, self->label_width);
  set_hvalue (self, 0);
}

/* Brings @day to the left edge of the chart (as far as the range allows). */
void
runway_timeline_view_scroll_to_day (RunwayTimelineView *self,
                                    double              day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->timeline == NULL)
    return;
  set_hvalue (self, runway_timeline_day_to_x (self->timeline, day));
}

/* Shows today a quarter of the way across, with more future than past. */
void
runway_timeline_view_go_to_today (RunwayTimelineView *self)
{
  double visible_days;

  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->timeline == NULL)
    return;
  visible_days = get_chart_width (self) / runway_timeline_get_zoom (self->timeline);
  runway_timeline_view_scroll_to_day (self, runway_timeline_get_today (self->timeline)
                                            - visible_days / 4);
}

/**
 * runway_timeline_view_get_visible_range:
 * @first_day: (out) (optional): the day at the chart's left edge
 * @last_day: (out) (optional): the day at its right edge
 *
 * Returns: %FALSE when nothing is shown
 */
gboolean
runway_timeline_view_get_visible_range (RunwayTimelineView *self,
                                        double             *first_day,
                                        double             *last_day)
{
  double h;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), FALSE);

  if (self->timeline == NULL || get_chart_width (self) <= 0)
    return FALSE;
  h = get_hvalue (self);
  if (first_day != NULL)
    *first_day = runway_timeline_x_to_day (self->timeline, h);
  if (last_day != NULL)
    *last_day = runway_timeline_x_to_day (self->timeline, h + get_chart_width (self));
  return TRUE;
}

/* Returns: the day under widget x @x */
double
runway_timeline_view_get_day_at (RunwayTimelineView *self,
                                 double              x)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 0);

  if (self->timeline == NULL)
    return 0;
  return runway_timeline_x_to_day (self->timeline, x - self->label_width + get_hvalue (self));
}

/* Where @day on @row (rows, as the layout's items) is, in widget pixels. */
void
runway_timeline_view_get_point (RunwayTimelineView *self,
                                double              day,
                                double              row,
                                double             *x,
                                double             *y)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (x != NULL)
    *x = self->timeline != NULL
         ? runway_timeline_day_to_x (self->timeline, day) - get_hvalue (self) + self->label_width
         : 0;
  if (y != NULL)
    *y = row * get_row_height (self) - get_vvalue (self) + AXIS_HEIGHT;
}

double
runway_timeline_view_get_label_width (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 0);

  return self->label_width;
}

double
runway_timeline_view_get_axis_height (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 0);

  return AXIS_HEIGHT;
}

/**
 * runway_timeline_view_select_at:
 * @x: widget x
 * @y: widget y
 *
 * Selects what is under the point: an item (a marker before an arrow before
 * a deployment before a bar), else the row's own entity.
 *
 * Returns: whether something is selected now
 */
gboolean
runway_timeline_view_select_at (RunwayTimelineView *self,
                                double              x,
                                double              y)
{
  const RunwayTimelineItem *item;
  double px, py;
  int r;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), FALSE);

  if (self->timeline == NULL || y < AXIS_HEIGHT)
    return FALSE;
  px = x - self->label_width + get_hvalue (self);
  py = y - AXIS_HEIGHT + get_vvalue (self);
  r = runway_timeline_get_row_at (self->timeline, py);
  item = x >= self->label_width ? runway_timeline_hit_test (self->timeline, px, py) : NULL;
  if (item != NULL)
    {
      RunwayEntity *entity = lookup_item_entity (self, item);

      if (entity != NULL)
        {
          set_selection (self, entity, item->row, item);
          return TRUE;
        }
    }
  if (r >= 0)
    {
      RunwayEntity *entity = lookup_row_entity (self, runway_timeline_get_row (self->timeline, r));

      set_selection (self, entity, entity != NULL ? r : -1, NULL);
      return entity != NULL;
    }
  set_selection (self, NULL, -1, NULL);
  return FALSE;
}

/**
 * runway_timeline_view_select_entity:
 * @entity: (nullable): a live entity of the plan
 *
 * Selects @entity and scrolls its row into view.
 *
 * Returns: whether it is shown (it is selected either way)
 */
gboolean
runway_timeline_view_select_entity (RunwayTimelineView *self,
                                    RunwayEntity       *entity)
{
  int r;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (entity == NULL || RUNWAY_IS_ENTITY (entity), FALSE);

  if (entity == NULL || self->timeline == NULL)
    {
      set_selection (self, NULL, -1, NULL);
      return FALSE;
    }
  r = find_entity_row (self, entity);
  set_selection (self, entity, r, NULL);
  if (r >= 0)
    scroll_to_row (self, r);
  return r >= 0;
}

void
runway_timeline_view_unselect (RunwayTimelineView *self)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  set_selection (self, NULL, -1, NULL);
}

/**
 * runway_timeline_view_get_selected_entity:
 *
 * Returns: (transfer none) (nullable): the selection
 */
RunwayEntity *
runway_timeline_view_get_selected_entity (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), NULL);

  return self->selected;
}

/**
 * runway_timeline_view_get_selection_description:
 *
 * Returns: (nullable): one line about the selection, as the accessible
 *   description says it: "PostgreSQL 13, end of life 2025-11-13, 2 risks"
 */
const char *
runway_timeline_view_get_selection_description (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), NULL);

  return self->description;
}

/* Emits "activate-item" for the selection, if any. */
void
runway_timeline_view_activate_selection (RunwayTimelineView *self)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));

  if (self->selected != NULL)
    g_signal_emit (self, signals[SIGNAL_ACTIVATE_ITEM], 0, self->selected);
}

/**
 * runway_timeline_view_drag:
 *
 * Drags from one widget point to another as the pointer would: from the
 * end of a migration or deployment span it moves that date (an undoable
 * edit, or "error"), from anywhere else it pans.
 *
 * Returns: whether the view panned or the plan changed
 */
gboolean
runway_timeline_view_drag (RunwayTimelineView *self,
                           double              start_x,
                           double              start_y,
                           double              end_x,
                           double              end_y)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), FALSE);

  begin_drag (self, start_x, start_y);
  update_drag (self, end_x - start_x, end_y - start_y);
  return end_drag (self, end_x - start_x);
}

static const char * const symbol_labels[RUNWAY_TIMELINE_N_SYMBOLS] = {
  [RUNWAY_TIMELINE_SYMBOL_BEFORE_GA] = N_("before GA"),
  [RUNWAY_TIMELINE_SYMBOL_MAINSTREAM] = N_("mainstream support"),
  [RUNWAY_TIMELINE_SYMBOL_SECURITY] = N_("security fixes only"),
  [RUNWAY_TIMELINE_SYMBOL_EXTENDED] = N_("extended support, contracted"),
  [RUNWAY_TIMELINE_SYMBOL_OPTION] = N_("extended support, not contracted"),
  [RUNWAY_TIMELINE_SYMBOL_PAST_EOL] = N_("past end of life, still deployed"),
  [RUNWAY_TIMELINE_SYMBOL_OPEN_END] = N_("end not announced or unknown"),
  [RUNWAY_TIMELINE_SYMBOL_PRODUCTION] = N_("production"),
  [RUNWAY_TIMELINE_SYMBOL_ACCEPTANCE] = N_("acceptance"),
  [RUNWAY_TIMELINE_SYMBOL_TEST] = N_("test"),
  [RUNWAY_TIMELINE_SYMBOL_DEVELOPMENT] = N_("development"),
  [RUNWAY_TIMELINE_SYMBOL_MIGRATION_PLANNED] = N_("migration planned"),
  [RUNWAY_TIMELINE_SYMBOL_MIGRATION_IN_PROGRESS] = N_("migration in progress"),
  [RUNWAY_TIMELINE_SYMBOL_MIGRATION_DONE] = N_("migration done"),
  [RUNWAY_TIMELINE_SYMBOL_RISK_CRITICAL] = N_("critical risk"),
  [RUNWAY_TIMELINE_SYMBOL_RISK_HIGH] = N_("high risk"),
  [RUNWAY_TIMELINE_SYMBOL_RISK_MEDIUM] = N_("medium risk"),
  [RUNWAY_TIMELINE_SYMBOL_RISK_LOW] = N_("low risk"),
  [RUNWAY_TIMELINE_SYMBOL_ROADMAP_ANNOUNCED] = N_("roadmap: announced"),
  [RUNWAY_TIMELINE_SYMBOL_ROADMAP_EXPECTED] = N_("roadmap: expected"),
  [RUNWAY_TIMELINE_SYMBOL_ROADMAP_RUMOURED] = N_("roadmap: rumoured"),
  [RUNWAY_TIMELINE_SYMBOL_CONTRACT_END] = N_("contract ends"),
  [RUNWAY_TIMELINE_SYMBOL_TODAY] = N_("today"),
  [RUNWAY_TIMELINE_SYMBOL_AS_OF] = N_("as-of date"),
};

/* Returns: what @symbol means, translated */
const char *
runway_timeline_symbol_get_label (RunwayTimelineSymbol symbol)
{
  g_return_val_if_fail (symbol < RUNWAY_TIMELINE_N_SYMBOLS, NULL);

  return _(symbol_labels[symbol]);
}

/**
 * runway_timeline_view_snapshot_symbol:
 *
 * Draws @symbol's swatch in a @width × @height box at the snapshot's
 * origin, with the view's current colours, for the legend.
 */
void
runway_timeline_view_snapshot_symbol (RunwayTimelineView   *self,
                                      GtkSnapshot          *snapshot,
                                      RunwayTimelineSymbol  symbol,
                                      double                width,
                                      double                height)
{
  const Colors *c = &self->colors;
  double cy = height / 2;
  double bar = MIN (14, height);
  double size = MIN (14, height);

  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));
  g_return_if_fail (symbol < RUNWAY_TIMELINE_N_SYMBOLS);

  switch (symbol)
    {
    case RUNWAY_TIMELINE_SYMBOL_BEFORE_GA:
    case RUNWAY_TIMELINE_SYMBOL_MAINSTREAM:
    case RUNWAY_TIMELINE_SYMBOL_SECURITY:
    case RUNWAY_TIMELINE_SYMBOL_EXTENDED:
    case RUNWAY_TIMELINE_SYMBOL_PAST_EOL:
      {
        RunwayTimelinePhase phase = symbol - RUNWAY_TIMELINE_SYMBOL_BEFORE_GA;
        double thickness = phase == RUNWAY_TIMELINE_PHASE_BEFORE_GA ? bar / 2 : bar;
        g_autoptr(GskRenderNode) hatch = make_hatch_node (self);
        g_autoptr(GskRenderNode) dots = make_dots_node (self);

        append_rect (snapshot, &c->phases[phase], 0, cy - thickness / 2, width, thickness);
        paint_phase_pattern (self, snapshot, phase, dots, hatch, 0, cy - thickness / 2, width,
                             thickness);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_OPTION:
      {
        const GdkRGBA *color = &c->phases[RUNWAY_TIMELINE_PHASE_EXTENDED];

        append_rect (snapshot, &c->option_fill, 1, cy - bar / 2 + 1, width - 2, bar - 2);
        append_dashes (snapshot, color, 1, cy - bar / 2 + 1, width - 2, 2, FALSE, 6, 3);
        append_dashes (snapshot, color, 1, cy + bar / 2 - 3, width - 2, 2, FALSE, 6, 3);
        append_rect (snapshot, color, 1, cy - bar / 2 + 1, 2, bar - 2);
        append_rect (snapshot, color, width - 3, cy - bar / 2 + 1, 2, bar - 2);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_OPEN_END:
      {
        const GdkRGBA *color = &c->phases[RUNWAY_TIMELINE_PHASE_MAINSTREAM];
        GdkRGBA clear = *color;
        GskColorStop stops[2];

        clear.alpha = 0;
        stops[0] = (GskColorStop) { 0.2, *color };
        stops[1] = (GskColorStop) { 1, clear };
        gtk_snapshot_append_linear_gradient (snapshot,
                                             &GRAPHENE_RECT_INIT (0, cy - bar / 2, width, bar),
                                             &GRAPHENE_POINT_INIT (0, 0),
                                             &GRAPHENE_POINT_INIT (width, 0), stops, 2);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_PRODUCTION:
    case RUNWAY_TIMELINE_SYMBOL_ACCEPTANCE:
    case RUNWAY_TIMELINE_SYMBOL_TEST:
    case RUNWAY_TIMELINE_SYMBOL_DEVELOPMENT:
      append_environment (self, snapshot, 3 - (symbol - RUNWAY_TIMELINE_SYMBOL_PRODUCTION),
                          0, cy - 4, width, 8);
      break;
    case RUNWAY_TIMELINE_SYMBOL_MIGRATION_PLANNED:
    case RUNWAY_TIMELINE_SYMBOL_MIGRATION_IN_PROGRESS:
    case RUNWAY_TIMELINE_SYMBOL_MIGRATION_DONE:
      {
        const GdkRGBA *color = symbol == RUNWAY_TIMELINE_SYMBOL_MIGRATION_DONE
                               ? &c->migration_done : &c->migration;

        if (symbol == RUNWAY_TIMELINE_SYMBOL_MIGRATION_PLANNED)
          append_dashes (snapshot, color, 0, cy - 1.25, width - 8, 2.5, FALSE, 6, 4);
        else
          append_rect (snapshot, color, 0, cy - 1.25, width - 8, 2.5);
        {
          cairo_t *cr = begin_cairo_node (snapshot, width - 12, cy - 6, 12, 12);

          cairo_move_to (cr, width - 1, cy);
          cairo_line_to (cr, width - 10, cy - 5);
          cairo_line_to (cr, width - 10, cy + 5);
          cairo_close_path (cr);
          fill_arrow_head (cr, color, &c->background,
                           symbol == RUNWAY_TIMELINE_SYMBOL_MIGRATION_DONE);
          cairo_destroy (cr);
        }
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_RISK_CRITICAL:
    case RUNWAY_TIMELINE_SYMBOL_RISK_HIGH:
    case RUNWAY_TIMELINE_SYMBOL_RISK_MEDIUM:
    case RUNWAY_TIMELINE_SYMBOL_RISK_LOW:
      {
        g_autoptr(GskRenderNode) node = make_risk_node (self, symbol
                                                        - RUNWAY_TIMELINE_SYMBOL_RISK_CRITICAL,
                                                        size);

        append_node_at (snapshot, node, width / 2, cy);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_ROADMAP_ANNOUNCED:
    case RUNWAY_TIMELINE_SYMBOL_ROADMAP_EXPECTED:
    case RUNWAY_TIMELINE_SYMBOL_ROADMAP_RUMOURED:
      {
        g_autoptr(GskRenderNode) node = make_flag_node (self, symbol
                                                        - RUNWAY_TIMELINE_SYMBOL_ROADMAP_ANNOUNCED,
                                                        size);

        append_node_at (snapshot, node, width / 2 - size / 3, cy);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_CONTRACT_END:
      {
        g_autoptr(GskRenderNode) node = make_contract_node (self, size);

        append_node_at (snapshot, node, width / 2, cy);
      }
      break;
    case RUNWAY_TIMELINE_SYMBOL_TODAY:
      append_rect (snapshot, &c->today, width / 2 - 1.25, 0, 2.5, height);
      break;
    case RUNWAY_TIMELINE_SYMBOL_AS_OF:
      append_dashes (snapshot, &c->as_of, width / 2 - 1.25, 0, 2.5, height, TRUE, 5, 3);
      break;
    case RUNWAY_TIMELINE_N_SYMBOLS:
    default:
      break;
    }
}

/**
 * runway_timeline_view_get_text_color:
 * @secondary: the colour of details rather than of names
 *
 * Returns: (transfer none): the text colour of the current style, for
 *   what is drawn next to the timeline (the legend)
 */
const GdkRGBA *
runway_timeline_view_get_text_color (RunwayTimelineView *self,
                                     gboolean            secondary)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), NULL);

  return secondary ? &self->colors.secondary_text : &self->colors.text;
}

/**
 * runway_timeline_view_set_text_scale:
 * @scale: 1 for a desk, more for a projector
 *
 * Scales the labels, the rows and the label column, so the timeline reads
 * from the back of a room.
 */
void
runway_timeline_view_set_text_scale (RunwayTimelineView *self,
                                     double              scale)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_VIEW (self));
  g_return_if_fail (scale >= 0.5 && scale <= 4.0);

  if (self->text_scale == scale)
    return;
  self->text_scale = scale;
  clear_layouts (self);
  clear_fonts (self);
  if (self->timeline != NULL)
    runway_timeline_set_row_height (self->timeline, ROW_HEIGHT * scale);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
runway_timeline_view_get_text_scale (RunwayTimelineView *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE_VIEW (self), 1.0);

  return self->text_scale;
}
