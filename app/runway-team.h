/* runway-team.h — a team and its support line
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_TEAM (runway_team_get_type ())

G_DECLARE_FINAL_TYPE (RunwayTeam, runway_team, RUNWAY, TEAM, RunwayEntity)

G_END_DECLS
