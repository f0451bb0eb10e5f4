/* runway-capability.h — what the organisation needs for a long time
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_CAPABILITY (runway_capability_get_type ())

G_DECLARE_FINAL_TYPE (RunwayCapability, runway_capability, RUNWAY, CAPABILITY, RunwayEntity)

G_END_DECLS
