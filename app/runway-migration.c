/* runway-migration.c — a capability moving from one release to another
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
#include "runway-migration.h"

struct _RunwayMigration
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayMigration, runway_migration, RUNWAY_TYPE_ENTITY)

static void
runway_migration_class_init (RunwayMigrationClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_MIGRATION);
}

static void
runway_migration_init (RunwayMigration *self)
{
}
