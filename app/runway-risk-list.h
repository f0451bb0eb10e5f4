/* runway-risk-list.h — the risks of a plan on a day, as a list model
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-plan.h"
#include "runway-risk.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_RISK_LIST (runway_risk_list_get_type ())

G_DECLARE_FINAL_TYPE (RunwayRiskList, runway_risk_list, RUNWAY, RISK_LIST, GObject)

RunwayRiskList *runway_risk_list_new           (RunwayPlan      *plan,
                                                const char      *as_of,
                                                GError         **error);
const char     *runway_risk_list_get_as_of     (RunwayRiskList  *self);
RunwaySeverity  runway_risk_list_get_severity  (RunwayRiskList  *self,
                                                guint            position);
gboolean        runway_risk_list_is_accepted   (RunwayRiskList  *self,
                                                guint            position);
guint           runway_risk_list_count         (RunwayRiskList  *self,
                                                RunwaySeverity   severity,
                                                gboolean         accepted);

G_END_DECLS
