/* runway-skill.c — what a person knows of a product
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
#include "runway-skill.h"

struct _RunwaySkill
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwaySkill, runway_skill, RUNWAY_TYPE_ENTITY)

static void
runway_skill_class_init (RunwaySkillClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_SKILL);
}

static void
runway_skill_init (RunwaySkill *self)
{
}
