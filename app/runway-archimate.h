/* runway-archimate.h — export to the ArchiMate Model Exchange File Format
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-plan.h"
#include "runway-selection.h"

G_BEGIN_DECLS

#define RUNWAY_ARCHIMATE_NAMESPACE "http://www.opengroup.org/xsd/archimate/3.0/"

gboolean runway_plan_export_archimate (RunwayPlan       *plan,
                                       RunwaySelection  *selection,
                                       GOutputStream    *out,
                                       GError          **error);

G_END_DECLS
