/* runway-ics.h — the milestones that matter to a plan, as iCalendar
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-plan.h"
#include "runway-selection.h"

G_BEGIN_DECLS

#define RUNWAY_ICS_PRODID "-//Runway//Runway 0.1//EN"

gboolean runway_plan_export_ics (RunwayPlan       *plan,
                                 RunwaySelection  *selection,
                                 GOutputStream    *out,
                                 GError          **error);

G_END_DECLS
