/* runway-responsibility.c — the team that covers an area of a capability
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
#include "runway-responsibility.h"

struct _RunwayResponsibility
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayResponsibility, runway_responsibility, RUNWAY_TYPE_ENTITY)

static void
runway_responsibility_class_init (RunwayResponsibilityClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_RESPONSIBILITY);
}

static void
runway_responsibility_init (RunwayResponsibility *self)
{
}
