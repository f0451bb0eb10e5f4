/* runway-release.h — a release (cycle) of a product with its vendor lifecycle
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_RELEASE (runway_release_get_type ())

G_DECLARE_FINAL_TYPE (RunwayRelease, runway_release, RUNWAY, RELEASE, RunwayEntity)

G_END_DECLS
