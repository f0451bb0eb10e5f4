/* runway-release.c — a release (cycle) of a product with its vendor lifecycle
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
#include "runway-release.h"

struct _RunwayRelease
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayRelease, runway_release, RUNWAY_TYPE_ENTITY)

static void
runway_release_class_init (RunwayReleaseClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_RELEASE);
}

static void
runway_release_init (RunwayRelease *self)
{
}
