/* runway-roadmap-item.h — a dated item of a vendor's roadmap for a product
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ROADMAP_ITEM (runway_roadmap_item_get_type ())

G_DECLARE_FINAL_TYPE (RunwayRoadmapItem, runway_roadmap_item, RUNWAY, ROADMAP_ITEM, RunwayEntity)

G_END_DECLS
