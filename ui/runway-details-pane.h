/* runway-details-pane.h — what the selected entity is, and what can be added to it
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_DETAILS_PANE (runway_details_pane_get_type ())

G_DECLARE_FINAL_TYPE (RunwayDetailsPane, runway_details_pane, RUNWAY, DETAILS_PANE, AdwBin)

void          runway_details_pane_set_plan     (RunwayDetailsPane *self,
                                                RunwayPlan        *plan);
RunwayEntity *runway_details_pane_get_entity   (RunwayDetailsPane *self);
void          runway_details_pane_set_entity   (RunwayDetailsPane *self,
                                                RunwayEntity      *entity);
guint         runway_details_pane_get_child_kinds (RunwayKind      kind,
                                                RunwayKind        *kinds);

G_END_DECLS
