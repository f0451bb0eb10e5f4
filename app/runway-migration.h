/* runway-migration.h — a capability moving from one release to another
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_MIGRATION (runway_migration_get_type ())

G_DECLARE_FINAL_TYPE (RunwayMigration, runway_migration, RUNWAY, MIGRATION, RunwayEntity)

G_END_DECLS
