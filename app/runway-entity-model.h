/* runway-entity-model.h — the rows of one kind, entities made when asked for
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-entity-private.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ENTITY_MODEL (runway_entity_model_get_type ())

G_DECLARE_FINAL_TYPE (RunwayEntityModel, runway_entity_model, RUNWAY, ENTITY_MODEL, GObject)

RunwayEntityModel *runway_entity_model_new          (RunwayKind          kind,
                                                     RunwayRowArena     *arena);
gboolean           runway_entity_model_append_row   (RunwayEntityModel  *self,
                                                     const RunwayValue  *values);
void               runway_entity_model_rows_added   (RunwayEntityModel  *self,
                                                     guint               from);
guint              runway_entity_model_get_n_rows   (RunwayEntityModel  *self);
gboolean           runway_entity_model_find         (RunwayEntityModel  *self,
                                                     gint64              id,
                                                     guint              *position);
const RunwayValue *runway_entity_model_peek_values  (RunwayEntityModel  *self,
                                                     guint               position);
RunwayEntity      *runway_entity_model_peek_entity  (RunwayEntityModel  *self,
                                                     guint               position);
RunwayEntity      *runway_entity_model_peek_made    (RunwayEntityModel  *self,
                                                     guint               position);
void               runway_entity_model_insert       (RunwayEntityModel  *self,
                                                     RunwayEntity       *entity);
void               runway_entity_model_remove       (RunwayEntityModel  *self,
                                                     guint               position);
void               runway_entity_model_clear        (RunwayEntityModel  *self);

G_END_DECLS
