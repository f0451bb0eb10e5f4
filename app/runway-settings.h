/* runway-settings.h — the settings of a plan: name, horizon, as-of date, thresholds
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_SETTINGS (runway_settings_get_type ())

G_DECLARE_FINAL_TYPE (RunwaySettings, runway_settings, RUNWAY, SETTINGS, RunwayEntity)

G_END_DECLS
