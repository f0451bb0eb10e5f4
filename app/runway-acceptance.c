/* runway-acceptance.c — an accepted risk, with its justification and expiry
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
#include "runway-acceptance.h"

struct _RunwayAcceptance
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayAcceptance, runway_acceptance, RUNWAY_TYPE_ENTITY)

static void
runway_acceptance_class_init (RunwayAcceptanceClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_ACCEPTANCE);
}

static void
runway_acceptance_init (RunwayAcceptance *self)
{
}
