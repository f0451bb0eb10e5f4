/* runway-person.c — a person of a team with an FTE share
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
#include "runway-person.h"

struct _RunwayPerson
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayPerson, runway_person, RUNWAY_TYPE_ENTITY)

static void
runway_person_class_init (RunwayPersonClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_PERSON);
}

static void
runway_person_init (RunwayPerson *self)
{
}
