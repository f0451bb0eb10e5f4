/* runway-plan-loader.h — opening and creating plans off the main thread
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-plan.h"

G_BEGIN_DECLS

typedef enum {
  RUNWAY_LOAD_OPEN        = 0,       /* open an existing plan */
  RUNWAY_LOAD_DEMO        = 1 << 0,  /* open the demo plan, writing it first if missing */
  RUNWAY_LOAD_CREATE      = 1 << 1,  /* a new, empty plan, replacing the file if any */
} RunwayLoadFlags;

void        runway_load_plan_async   (GFile                *file,
                                      RunwayLoadFlags       flags,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
RunwayPlan *runway_load_plan_finish  (GAsyncResult         *result,
                                      GError              **error);

GFile      *runway_get_demo_file     (void);

G_END_DECLS
