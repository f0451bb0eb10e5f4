/* runway-person.h — a person of a team with an FTE share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_PERSON (runway_person_get_type ())

G_DECLARE_FINAL_TYPE (RunwayPerson, runway_person, RUNWAY, PERSON, RunwayEntity)

G_END_DECLS
