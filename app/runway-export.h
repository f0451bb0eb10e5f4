/* runway-export.h — writing an export to a file or to memory, whole or not
 * at all
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-plan.h"
#include "runway-selection.h"

G_BEGIN_DECLS

/* Every export of a plan (plan XML, ArchiMate, iCalendar) has this shape. */
typedef gboolean (*RunwayExportFunc) (RunwayPlan       *plan,
                                      RunwaySelection  *selection,
                                      GOutputStream    *out,
                                      GError          **error);

gboolean  runway_export_to_file  (RunwayExportFunc   export,
                                  RunwayPlan        *plan,
                                  RunwaySelection   *selection,
                                  GFile             *file,
                                  GError           **error);
GBytes   *runway_export_to_bytes (RunwayExportFunc   export,
                                  RunwayPlan        *plan,
                                  RunwaySelection   *selection,
                                  GError           **error);

G_END_DECLS
