/* runway-plan-private.h — what the plan's own files share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity-model.h"
#include "runway-entity-private.h"
#include "runway-plan.h"

G_BEGIN_DECLS

char    *runway_plan_dup_unique_key     (const RunwayTable  *table,
                                         const RunwayValue  *values);
gboolean runway_plan_check_values       (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         const RunwayValue  *values,
                                         GError            **error);
gboolean runway_plan_check_entity       (RunwayPlan         *self,
                                         RunwayEntity       *entity,
                                         GError            **error);
RunwayEntity *runway_plan_lookup_unique (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         const char         *key);
gint64   runway_plan_lookup_unique_id   (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         const char         *key);
gboolean runway_plan_has_row            (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         gint64              id);
const RunwayValue *runway_plan_peek_row    (RunwayPlan         *self,
                                            RunwayKind          kind,
                                            gint64              id);
const RunwayValue *runway_plan_peek_row_at (RunwayPlan         *self,
                                            RunwayKind          kind,
                                            guint               position);
char    *runway_plan_dup_row_title      (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         const RunwayValue  *values);
gboolean runway_plan_begin_fill         (RunwayPlan         *self,
                                         GError            **error);
gint64   runway_plan_fill_add           (RunwayPlan         *self,
                                         RunwayKind          kind,
                                         RunwayValue        *values,
                                         GError            **error);

G_END_DECLS
