/* runway-staffing-view.h — who knows which deployed product, editable in place
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_STAFFING_VIEW (runway_staffing_view_get_type ())

G_DECLARE_FINAL_TYPE (RunwayStaffingView, runway_staffing_view, RUNWAY, STAFFING_VIEW, GtkWidget)

GtkWidget  *runway_staffing_view_new             (void);
RunwayPlan *runway_staffing_view_get_plan        (RunwayStaffingView  *self);
void        runway_staffing_view_set_plan        (RunwayStaffingView  *self,
                                                  RunwayPlan          *plan);
gboolean    runway_staffing_view_set_level       (RunwayStaffingView  *self,
                                                  gint64               person_id,
                                                  gint64               product_id,
                                                  const char          *level,
                                                  GError             **error);

/* What the matrix shows, for tests and assistive checks. */
GtkDropDown *runway_staffing_view_get_cell       (RunwayStaffingView  *self,
                                                  gint64               person_id,
                                                  gint64               product_id);
GtkLabel    *runway_staffing_view_get_fte_label  (RunwayStaffingView  *self,
                                                  gint64               product_id);
gboolean     runway_staffing_view_is_flagged     (RunwayStaffingView  *self,
                                                  gint64               product_id,
                                                  gboolean            *understaffed,
                                                  gboolean            *single_expert);

G_END_DECLS
