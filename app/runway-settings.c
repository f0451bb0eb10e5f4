/* runway-settings.c — the settings of a plan: name, horizon, as-of date, thresholds
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
#include "runway-settings.h"

struct _RunwaySettings
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwaySettings, runway_settings, RUNWAY_TYPE_ENTITY)

static void
runway_settings_class_init (RunwaySettingsClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_SETTINGS);
}

static void
runway_settings_init (RunwaySettings *self)
{
}
