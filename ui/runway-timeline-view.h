/* runway-timeline-view.h — the timeline on screen: a scrollable, zoomable painter of the layout
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "runway-plan.h"
#include "runway-timeline.h"

G_BEGIN_DECLS

/* What the legend explains: every colour and shape the view paints. */
typedef enum {
  RUNWAY_TIMELINE_SYMBOL_BEFORE_GA,
  RUNWAY_TIMELINE_SYMBOL_MAINSTREAM,
  RUNWAY_TIMELINE_SYMBOL_SECURITY,
  RUNWAY_TIMELINE_SYMBOL_EXTENDED,
  RUNWAY_TIMELINE_SYMBOL_OPTION,
  RUNWAY_TIMELINE_SYMBOL_PAST_EOL,
  RUNWAY_TIMELINE_SYMBOL_OPEN_END,
  RUNWAY_TIMELINE_SYMBOL_PRODUCTION,
  RUNWAY_TIMELINE_SYMBOL_ACCEPTANCE,
  RUNWAY_TIMELINE_SYMBOL_TEST,
  RUNWAY_TIMELINE_SYMBOL_DEVELOPMENT,
  RUNWAY_TIMELINE_SYMBOL_MIGRATION_PLANNED,
  RUNWAY_TIMELINE_SYMBOL_MIGRATION_IN_PROGRESS,
  RUNWAY_TIMELINE_SYMBOL_MIGRATION_DONE,
  RUNWAY_TIMELINE_SYMBOL_RISK_CRITICAL,
  RUNWAY_TIMELINE_SYMBOL_RISK_HIGH,
  RUNWAY_TIMELINE_SYMBOL_RISK_MEDIUM,
  RUNWAY_TIMELINE_SYMBOL_RISK_LOW,
  RUNWAY_TIMELINE_SYMBOL_ROADMAP_ANNOUNCED,
  RUNWAY_TIMELINE_SYMBOL_ROADMAP_EXPECTED,
  RUNWAY_TIMELINE_SYMBOL_ROADMAP_RUMOURED,
  RUNWAY_TIMELINE_SYMBOL_CONTRACT_END,
  RUNWAY_TIMELINE_SYMBOL_TODAY,
  RUNWAY_TIMELINE_SYMBOL_AS_OF,
  RUNWAY_TIMELINE_N_SYMBOLS
} RunwayTimelineSymbol;

#define RUNWAY_TYPE_TIMELINE_VIEW (runway_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (RunwayTimelineView, runway_timeline_view, RUNWAY, TIMELINE_VIEW, GtkWidget)

GtkWidget              *runway_timeline_view_new              (void);

RunwayPlan             *runway_timeline_view_get_plan         (RunwayTimelineView     *self);
void                    runway_timeline_view_set_plan         (RunwayTimelineView     *self,
                                                               RunwayPlan             *plan);
RunwayTimeline         *runway_timeline_view_get_timeline     (RunwayTimelineView     *self);
void                    runway_timeline_view_set_risks        (RunwayTimelineView     *self,
                                                               GPtrArray              *risks);

/* What is shown */
RunwayTimelineGrouping  runway_timeline_view_get_grouping     (RunwayTimelineView     *self);
void                    runway_timeline_view_set_grouping     (RunwayTimelineView     *self,
                                                               RunwayTimelineGrouping  grouping);
gboolean                runway_timeline_view_get_deployed_only (RunwayTimelineView    *self);
void                    runway_timeline_view_set_deployed_only (RunwayTimelineView    *self,
                                                               gboolean                deployed_only);
gint64                  runway_timeline_view_get_vendor       (RunwayTimelineView     *self);
void                    runway_timeline_view_set_vendor       (RunwayTimelineView     *self,
                                                               gint64                  vendor_id);

/* Where it is looked at */
double                  runway_timeline_view_get_zoom         (RunwayTimelineView     *self);
void                    runway_timeline_view_set_zoom         (RunwayTimelineView     *self,
                                                               double                  pixels_per_day);
void                    runway_timeline_view_zoom_at          (RunwayTimelineView     *self,
                                                               double                  pixels_per_day,
                                                               double                  x);
void                    runway_timeline_view_zoom_in          (RunwayTimelineView     *self);
void                    runway_timeline_view_zoom_out         (RunwayTimelineView     *self);
void                    runway_timeline_view_zoom_to_fit      (RunwayTimelineView     *self);
void                    runway_timeline_view_scroll_to_day    (RunwayTimelineView     *self,
                                                               double                  day);
void                    runway_timeline_view_go_to_today      (RunwayTimelineView     *self);
gboolean                runway_timeline_view_get_visible_range (RunwayTimelineView    *self,
                                                               double                 *first_day,
                                                               double                 *last_day);
double                  runway_timeline_view_get_day_at       (RunwayTimelineView     *self,
                                                               double                  x);
void                    runway_timeline_view_get_point        (RunwayTimelineView     *self,
                                                               double                  day,
                                                               double                  row,
                                                               double                 *x,
                                                               double                 *y);
double                  runway_timeline_view_get_label_width  (RunwayTimelineView     *self);
double                  runway_timeline_view_get_axis_height  (RunwayTimelineView     *self);

void                    runway_timeline_view_set_text_scale   (RunwayTimelineView     *self,
                                                               double                  scale);
double                  runway_timeline_view_get_text_scale   (RunwayTimelineView     *self);
/* The selection */
gboolean                runway_timeline_view_select_at        (RunwayTimelineView     *self,
                                                               double                  x,
                                                               double                  y);
gboolean                runway_timeline_view_select_entity    (RunwayTimelineView     *self,
                                                               RunwayEntity           *entity);
void                    runway_timeline_view_unselect         (RunwayTimelineView     *self);
RunwayEntity           *runway_timeline_view_get_selected_entity (RunwayTimelineView  *self);
const char             *runway_timeline_view_get_selection_description (RunwayTimelineView *self);
void                    runway_timeline_view_activate_selection (RunwayTimelineView   *self);

/* Direct manipulation, as the drag gesture does it; for tests and scripts */
gboolean                runway_timeline_view_drag             (RunwayTimelineView     *self,
                                                               double                  start_x,
                                                               double                  start_y,
                                                               double                  end_x,
                                                               double                  end_y);

/* The legend's swatches, drawn as the view draws the timeline */
const char             *runway_timeline_symbol_get_label      (RunwayTimelineSymbol    symbol);
void                    runway_timeline_view_snapshot_symbol  (RunwayTimelineView     *self,
                                                               GtkSnapshot            *snapshot,
                                                               RunwayTimelineSymbol    symbol,
                                                               double                  width,
                                                               double                  height);
const GdkRGBA          *runway_timeline_view_get_text_color   (RunwayTimelineView     *self,
                                                               gboolean                secondary);

G_END_DECLS
