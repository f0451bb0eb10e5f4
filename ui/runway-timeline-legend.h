/* runway-timeline-legend.h — what the timeline's colours and shapes mean
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "runway-timeline-view.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_TIMELINE_LEGEND (runway_timeline_legend_get_type ())

G_DECLARE_FINAL_TYPE (RunwayTimelineLegend, runway_timeline_legend, RUNWAY, TIMELINE_LEGEND,
                      GtkWidget)

GtkWidget *runway_timeline_legend_new      (void);
void       runway_timeline_legend_set_view (RunwayTimelineLegend *self,
                                            RunwayTimelineView   *view);

G_END_DECLS
