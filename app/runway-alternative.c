/* runway-alternative.c — a product that could realise a capability instead
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
#include "runway-alternative.h"

struct _RunwayAlternative
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayAlternative, runway_alternative, RUNWAY_TYPE_ENTITY)

static void
runway_alternative_class_init (RunwayAlternativeClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_ALTERNATIVE);
}

static void
runway_alternative_init (RunwayAlternative *self)
{
}
