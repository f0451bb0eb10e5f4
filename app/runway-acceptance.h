/* runway-acceptance.h — an accepted risk, with its justification and expiry
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ACCEPTANCE (runway_acceptance_get_type ())

G_DECLARE_FINAL_TYPE (RunwayAcceptance, runway_acceptance, RUNWAY, ACCEPTANCE, RunwayEntity)

G_END_DECLS
