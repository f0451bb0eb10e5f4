/* runway-responsibility.h — the team that covers an area of a capability
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_RESPONSIBILITY (runway_responsibility_get_type ())

G_DECLARE_FINAL_TYPE (RunwayResponsibility, runway_responsibility, RUNWAY, RESPONSIBILITY,
                      RunwayEntity)

G_END_DECLS
