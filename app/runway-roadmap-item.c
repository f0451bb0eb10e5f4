/* runway-roadmap-item.c — a dated item of a vendor's roadmap for a product
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
#include "runway-roadmap-item.h"

struct _RunwayRoadmapItem
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayRoadmapItem, runway_roadmap_item, RUNWAY_TYPE_ENTITY)

static void
runway_roadmap_item_class_init (RunwayRoadmapItemClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_ROADMAP_ITEM);
}

static void
runway_roadmap_item_init (RunwayRoadmapItem *self)
{
}
