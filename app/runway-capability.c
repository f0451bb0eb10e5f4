/* runway-capability.c — what the organisation needs for a long time
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
#include "runway-capability.h"

struct _RunwayCapability
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayCapability, runway_capability, RUNWAY_TYPE_ENTITY)

static void
runway_capability_class_init (RunwayCapabilityClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_CAPABILITY);
}

static void
runway_capability_init (RunwayCapability *self)
{
}
