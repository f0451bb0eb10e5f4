/* runway-team.c — a team and its support line
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns, their checks and their properties are described once, in
 * runway-schema.c; this class gives the entity its own GType so views can
 * tell kinds apart and bind to its properties.
 */

#include "config.h"

#include "runway-entity-private.h"
#include "runway-team.h"

struct _RunwayTeam
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayTeam, runway_team, RUNWAY_TYPE_ENTITY)

static void
runway_team_class_init (RunwayTeamClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_TEAM);
}

static void
runway_team_init (RunwayTeam *self)
{
}
