/* runway-entity-editor.h — one dialog that adds or edits any entity of a plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_ENTITY_EDITOR (runway_entity_editor_get_type ())

G_DECLARE_FINAL_TYPE (RunwayEntityEditor, runway_entity_editor, RUNWAY, ENTITY_EDITOR, AdwWindow)

GtkWidget  *runway_entity_editor_new_for_add  (GtkWindow          *parent,
                                               RunwayPlan         *plan,
                                               RunwayKind          kind,
                                               RunwayEntity       *parent_or_null);
GtkWidget  *runway_entity_editor_new_for_edit (GtkWindow          *parent,
                                               RunwayPlan         *plan,
                                               RunwayEntity       *entity);

gboolean    runway_entity_editor_set_field    (RunwayEntityEditor *self,
                                               const char         *property,
                                               const char         *text);
const char *runway_entity_editor_get_error    (RunwayEntityEditor *self,
                                               const char         *property);
const char *runway_entity_editor_get_message  (RunwayEntityEditor *self);
gboolean    runway_entity_editor_can_save     (RunwayEntityEditor *self);
gboolean    runway_entity_editor_save         (RunwayEntityEditor *self,
                                               GError            **error);

G_END_DECLS
