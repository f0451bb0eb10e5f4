/* runway-timeline-legend.c — what the timeline's colours and shapes mean
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per symbol: the swatch exactly as the view paints it (the view
 * draws it, so the legend cannot drift from the timeline) and its meaning.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-timeline-legend.h"

#define SWATCH_WIDTH  36.0
#define LINE_HEIGHT   24.0
#define GAP           10.0

struct _RunwayTimelineLegend
{
  GtkWidget           parent_instance;

  RunwayTimelineView *view;
  PangoLayout        *labels[RUNWAY_TIMELINE_N_SYMBOLS];
};

G_DEFINE_FINAL_TYPE (RunwayTimelineLegend, runway_timeline_legend, GTK_TYPE_WIDGET)

static void
clear_labels (RunwayTimelineLegend *self)
{
  for (guint i = 0; i < RUNWAY_TIMELINE_N_SYMBOLS; i++)
    g_clear_object (&self->labels[i]);
}

static PangoLayout *
ensure_label (RunwayTimelineLegend *self,
              RunwayTimelineSymbol  symbol)
{
  if (self->labels[symbol] == NULL)
    self->labels[symbol] =
      gtk_widget_create_pango_layout (GTK_WIDGET (self), runway_timeline_symbol_get_label (symbol));
  return self->labels[symbol];
}

static void
runway_timeline_legend_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  RunwayTimelineLegend *self = RUNWAY_TIMELINE_LEGEND (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = (int) (LINE_HEIGHT * RUNWAY_TIMELINE_N_SYMBOLS);
  else
    {
      int widest = 0;

      for (guint i = 0; i < RUNWAY_TIMELINE_N_SYMBOLS; i++)
        {
          int width = 0;

          pango_layout_get_pixel_size (ensure_label (self, i), &width, NULL);
          widest = MAX (widest, width);
        }
      *minimum = *natural = (int) (SWATCH_WIDTH + GAP) + widest;
    }
}

static void
runway_timeline_legend_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  RunwayTimelineLegend *self = RUNWAY_TIMELINE_LEGEND (widget);
  const GdkRGBA *color;

  if (self->view == NULL)
    return;

  color = runway_timeline_view_get_text_color (self->view, FALSE);
  for (guint i = 0; i < RUNWAY_TIMELINE_N_SYMBOLS; i++)
    {
      PangoLayout *label = ensure_label (self, i);
      int height = 0;

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, LINE_HEIGHT * i + 4));
      runway_timeline_view_snapshot_symbol (self->view, snapshot, i, SWATCH_WIDTH,
                                            LINE_HEIGHT - 8);
      gtk_snapshot_restore (snapshot);

      pango_layout_get_pixel_size (label, NULL, &height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (SWATCH_WIDTH + GAP,
                                                              LINE_HEIGHT * i +
                                                              (LINE_HEIGHT - height) / 2));
      gtk_snapshot_append_layout (snapshot, label, color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
runway_timeline_legend_css_changed (GtkWidget         *widget,
                                    GtkCssStyleChange *change)
{
  /* the font may have changed: lay the labels out again */
  clear_labels (RUNWAY_TIMELINE_LEGEND (widget));
  GTK_WIDGET_CLASS (runway_timeline_legend_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
runway_timeline_legend_dispose (GObject *object)
{
  RunwayTimelineLegend *self = RUNWAY_TIMELINE_LEGEND (object);

  clear_labels (self);
  g_clear_object (&self->view);

  G_OBJECT_CLASS (runway_timeline_legend_parent_class)->dispose (object);
}

static void
runway_timeline_legend_class_init (RunwayTimelineLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_timeline_legend_dispose;
  widget_class->measure = runway_timeline_legend_measure;
  widget_class->snapshot = runway_timeline_legend_snapshot;
  widget_class->css_changed = runway_timeline_legend_css_changed;

  gtk_widget_class_set_css_name (widget_class, "legend");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
runway_timeline_legend_init (RunwayTimelineLegend *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 6);

  /* a screen reader gets the legend as text */
  for (guint i = 0; i < RUNWAY_TIMELINE_N_SYMBOLS; i++)
    g_string_append_printf (description, "%s%s", i ? "; " : "",
                            runway_timeline_symbol_get_label (i));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

GtkWidget *
runway_timeline_legend_new (void)
{
  return g_object_new (RUNWAY_TYPE_TIMELINE_LEGEND, NULL);
}

void
runway_timeline_legend_set_view (RunwayTimelineLegend *self,
                                 RunwayTimelineView   *view)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE_LEGEND (self));
  g_return_if_fail (view == NULL || RUNWAY_IS_TIMELINE_VIEW (view));

  if (g_set_object (&self->view, view))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}
