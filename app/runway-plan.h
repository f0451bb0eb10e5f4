/* runway-plan.h — a plan: the document, its model and its edits
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-entities.h"
#include "runway-error.h"
#include "runway-store.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_PLAN (runway_plan_get_type ())

G_DECLARE_FINAL_TYPE (RunwayPlan, runway_plan, RUNWAY, PLAN, GObject)

RunwayPlan     *runway_plan_create          (const char            *path,
                                             const char            *name,
                                             GError               **error);
RunwayPlan     *runway_plan_open            (const char            *path,
                                             RunwayStoreOpenFlags   flags,
                                             GError               **error);
gboolean        runway_plan_save_as         (RunwayPlan            *self,
                                             const char            *path,
                                             GError               **error);
gboolean        runway_plan_copy_to         (RunwayPlan            *self,
                                             const char            *path,
                                             GError               **error);

const char     *runway_plan_get_path        (RunwayPlan            *self);
gboolean        runway_plan_is_read_only    (RunwayPlan            *self);
gboolean        runway_plan_is_changed_elsewhere (RunwayPlan       *self);
int             runway_plan_get_schema_version (RunwayPlan         *self);
RunwaySettings *runway_plan_get_settings    (RunwayPlan            *self);
guint64         runway_plan_get_revision    (RunwayPlan            *self);

GListModel     *runway_plan_get_model       (RunwayPlan            *self,
                                             RunwayKind             kind);
GListModel     *runway_plan_get_children    (RunwayPlan            *self,
                                             RunwayCapability      *parent);
void            runway_plan_make_entities   (RunwayPlan            *self);
guint           runway_plan_count           (RunwayPlan            *self,
                                             RunwayKind             kind);
RunwayEntity   *runway_plan_lookup          (RunwayPlan            *self,
                                             RunwayKind             kind,
                                             gint64                 id);
RunwayEntity   *runway_plan_find_by_name    (RunwayPlan            *self,
                                             RunwayKind             kind,
                                             const char            *name);
char           *runway_plan_dup_title       (RunwayPlan            *self,
                                             RunwayEntity          *entity);

/* Editing: every call is one transaction and one undo step, unless it runs
 * between runway_plan_begin_edit() and runway_plan_end_edit(), which make
 * the whole group one transaction and one undo step. */
gboolean        runway_plan_validate        (RunwayPlan            *self,
                                             RunwayEntity          *draft,
                                             GError               **error);
gint64          runway_plan_add             (RunwayPlan            *self,
                                             RunwayEntity          *draft,
                                             GError               **error);
gboolean        runway_plan_update          (RunwayPlan            *self,
                                             RunwayEntity          *draft,
                                             GError               **error);
gboolean        runway_plan_remove          (RunwayPlan            *self,
                                             RunwayEntity          *entity,
                                             GError               **error);
GPtrArray      *runway_plan_dup_removal_set (RunwayPlan            *self,
                                             RunwayEntity          *entity,
                                             GError               **error);

gboolean        runway_plan_begin_edit      (RunwayPlan            *self,
                                             const char            *label,
                                             GError               **error);
gboolean        runway_plan_end_edit        (RunwayPlan            *self,
                                             GError               **error);
void            runway_plan_abort_edit      (RunwayPlan            *self);

gboolean        runway_plan_can_undo        (RunwayPlan            *self);
gboolean        runway_plan_can_redo        (RunwayPlan            *self);
const char     *runway_plan_get_undo_label  (RunwayPlan            *self);
const char     *runway_plan_get_redo_label  (RunwayPlan            *self);
gboolean        runway_plan_undo            (RunwayPlan            *self,
                                             GError               **error);
gboolean        runway_plan_redo            (RunwayPlan            *self,
                                             GError               **error);
void            runway_plan_clear_history   (RunwayPlan            *self);

GPtrArray      *runway_plan_check           (RunwayPlan            *self,
                                             GError               **error);

gboolean        runway_plan_fill_demo       (RunwayPlan            *self,
                                             GError               **error);

G_END_DECLS
