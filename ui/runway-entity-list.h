/* runway-entity-list.h — one kind of entity as a searchable sidebar list
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ENTITY_LIST (runway_entity_list_get_type ())

G_DECLARE_FINAL_TYPE (RunwayEntityList, runway_entity_list, RUNWAY, ENTITY_LIST, GtkWidget)

RunwayKind  runway_entity_list_get_kind  (RunwayEntityList *self);
RunwayPlan *runway_entity_list_get_plan  (RunwayEntityList *self);
RunwayEntity *runway_entity_list_dup_selected (RunwayEntityList *self);
void        runway_entity_list_focus_search (RunwayEntityList *self);
void        runway_entity_list_set_plan  (RunwayEntityList *self,
                                          RunwayPlan       *plan);

G_END_DECLS
