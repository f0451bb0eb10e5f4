/* runway-alternative.h — a product that could realise a capability instead
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ALTERNATIVE (runway_alternative_get_type ())

G_DECLARE_FINAL_TYPE (RunwayAlternative, runway_alternative, RUNWAY, ALTERNATIVE, RunwayEntity)

G_END_DECLS
