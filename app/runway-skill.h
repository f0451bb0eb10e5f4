/* runway-skill.h — what a person knows of a product
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_SKILL (runway_skill_get_type ())

G_DECLARE_FINAL_TYPE (RunwaySkill, runway_skill, RUNWAY, SKILL, RunwayEntity)

G_END_DECLS
