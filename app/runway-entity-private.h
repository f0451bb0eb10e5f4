/* runway-entity-private.h — what the plan and the store see of an entity
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"
#include "runway-row-arena.h"

G_BEGIN_DECLS

/* One column's value; which member is in use follows from the column type. */
typedef union {
  gint64  i;   /* ID, INT, BOOL, REF */
  double  d;   /* REAL */
  char   *s;   /* TEXT, DATE, MILESTONE, ENUM; NULL for SQL NULL */
} RunwayValue;

RunwayValue *runway_values_new            (const RunwayTable  *table);
RunwayValue *runway_values_copy_packed    (const RunwayTable  *table,
                                           const RunwayValue  *values);
RunwayValue *runway_values_copy_to_arena  (const RunwayTable  *table,
                                           const RunwayValue  *values,
                                           RunwayRowArena     *arena);
RunwayValue *runway_values_copy           (const RunwayTable  *table,
                                           const RunwayValue  *values);
void         runway_values_free           (const RunwayTable  *table,
                                           RunwayValue        *values);
gboolean     runway_values_equal          (const RunwayTable  *table,
                                           guint               column,
                                           const RunwayValue  *a,
                                           const RunwayValue  *b);

const RunwayValue *runway_entity_peek_values  (RunwayEntity  *self);
RunwayEntity *runway_entity_new_borrowing   (RunwayKind          kind,
                                             RunwayValue        *packed,
                                             RunwayRowArena     *arena);
RunwayEntity *runway_entity_new_from_values (RunwayKind          kind,
                                             const RunwayValue  *values);
void          runway_entity_replace_values  (RunwayEntity       *self,
                                             const RunwayValue  *values);
void          runway_entity_set_live        (RunwayEntity       *self,
                                             gboolean            live);
void          runway_entity_normalize       (RunwayEntity       *self);

void          runway_entity_class_install_columns (RunwayEntityClass *klass,
                                                   RunwayKind         kind);

G_END_DECLS
