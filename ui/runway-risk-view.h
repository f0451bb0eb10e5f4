/* runway-risk-view.h — the Risks view: the plan's risks, filtered, and
 * their acceptance
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"
#include "runway-risk.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_RISK_VIEW (runway_risk_view_get_type ())

G_DECLARE_FINAL_TYPE (RunwayRiskView, runway_risk_view, RUNWAY, RISK_VIEW, GtkWidget)

GtkWidget      *runway_risk_view_new              (void);

RunwayPlan     *runway_risk_view_get_plan         (RunwayRiskView *self);
void            runway_risk_view_set_plan         (RunwayRiskView *self,
                                                   RunwayPlan     *plan);
const char     *runway_risk_view_get_as_of        (RunwayRiskView *self);
void            runway_risk_view_set_as_of        (RunwayRiskView *self,
                                                   const char     *as_of);

/* Filters: what the dropdowns and the search entry hold. */
void            runway_risk_view_set_min_severity (RunwayRiskView *self,
                                                   RunwaySeverity  severity);
void            runway_risk_view_set_search_text  (RunwayRiskView *self,
                                                   const char     *text);

/* What the view shows: the open and accepted risks that pass the filters
 * (the column views' models), and the counts of the header line. */
GListModel     *runway_risk_view_get_open_risks     (RunwayRiskView *self);
GListModel     *runway_risk_view_get_accepted_risks (RunwayRiskView *self);
guint           runway_risk_view_get_n_open         (RunwayRiskView *self);
guint           runway_risk_view_get_n_accepted     (RunwayRiskView *self);
const char     *runway_risk_view_get_summary        (RunwayRiskView *self);

RunwayRisk     *runway_risk_view_get_selected     (RunwayRiskView *self);
void            runway_risk_view_select           (RunwayRiskView *self,
                                                   guint           position);

gboolean        runway_risk_view_check_expiry     (const char     *expires,
                                                   GError        **error);
gboolean        runway_risk_view_accept_selected  (RunwayRiskView *self,
                                                   const char     *justification,
                                                   const char     *owner,
                                                   const char     *expires,
                                                   GError        **error);
AdwMessageDialog *runway_risk_view_present_accept_dialog (RunwayRiskView *self);

G_END_DECLS
