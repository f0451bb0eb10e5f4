/* runway-entity.h — the common base of everything a plan holds
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "runway-date.h"
#include "runway-schema.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ENTITY (runway_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (RunwayEntity, runway_entity, RUNWAY, ENTITY, GObject)

struct _RunwayEntityClass
{
  GObjectClass parent_class;

  RunwayKind kind;

  /*< private >*/
  gpointer padding[4];
};

/*
 * An entity is either *live* (it belongs to a RunwayPlan, which changes it
 * only through its edit API and notifies its properties) or a *draft*
 * (made with runway_entity_new() or runway_entity_copy(), freely set, then
 * handed to runway_plan_add() or runway_plan_update()). Setting a property
 * of a live entity is a programming error.
 *
 * Every column of the entity's table is a property of the same name as the
 * XML attribute: integers and references as gint64 (0: no reference),
 * REAL as double, BOOL as gboolean, everything else as a string (dates as
 * YYYY-MM-DD; milestones also "ended" or "none"; NULL for unknown).
 */

RunwayEntity    *runway_entity_new            (RunwayKind     kind);
RunwayEntity    *runway_entity_new_with       (RunwayKind     kind,
                                               const char    *first_property,
                                               ...) G_GNUC_NULL_TERMINATED;
RunwayEntity    *runway_entity_copy           (RunwayEntity  *self);
GType            runway_kind_get_gtype        (RunwayKind     kind);

RunwayKind       runway_entity_get_kind       (RunwayEntity  *self);
gint64           runway_entity_get_id         (RunwayEntity  *self);
gboolean         runway_entity_is_live        (RunwayEntity  *self);
char            *runway_entity_dup_label      (RunwayEntity  *self);

const char      *runway_entity_get_string     (RunwayEntity  *self,
                                               guint          column);
gint64           runway_entity_get_int        (RunwayEntity  *self,
                                               guint          column);
double           runway_entity_get_real       (RunwayEntity  *self,
                                               guint          column);
RunwayMilestone  runway_entity_get_milestone  (RunwayEntity  *self,
                                               guint          column);

void             runway_entity_set_string     (RunwayEntity  *self,
                                               guint          column,
                                               const char    *value);
void             runway_entity_set_int        (RunwayEntity  *self,
                                               guint          column,
                                               gint64         value);
void             runway_entity_set_real       (RunwayEntity  *self,
                                               guint          column,
                                               double         value);

G_END_DECLS
