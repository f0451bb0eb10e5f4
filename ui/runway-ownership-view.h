/* runway-ownership-view.h — which team covers each area of each capability
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_OWNERSHIP_VIEW (runway_ownership_view_get_type ())

G_DECLARE_FINAL_TYPE (RunwayOwnershipView, runway_ownership_view, RUNWAY, OWNERSHIP_VIEW,
                      GtkWidget)

GtkWidget   *runway_ownership_view_new      (void);
RunwayPlan  *runway_ownership_view_get_plan (RunwayOwnershipView  *self);
void         runway_ownership_view_set_plan (RunwayOwnershipView  *self,
                                             RunwayPlan           *plan);
gboolean     runway_ownership_view_set_team (RunwayOwnershipView  *self,
                                             gint64                capability_id,
                                             const char           *area,
                                             gint64                team_id,
                                             GError              **error);

/* What the matrix shows, for tests and assistive checks. */
const char  *runway_ownership_view_get_area_label (const char          *area);
GtkDropDown *runway_ownership_view_get_cell (RunwayOwnershipView  *self,
                                             gint64                capability_id,
                                             const char           *area);
gboolean     runway_ownership_view_is_gap   (RunwayOwnershipView  *self,
                                             gint64                capability_id,
                                             const char           *area);

G_END_DECLS
