/* runway-selection.h — the part of a plan that concerns some vendors or
 * capabilities, for a filtered export
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-plan.h"

G_BEGIN_DECLS

typedef struct _RunwaySelection RunwaySelection;

RunwaySelection *runway_selection_new           (RunwayPlan          *plan,
                                                 const char * const  *vendors,
                                                 const char * const  *capabilities,
                                                 GError             **error);
void             runway_selection_free          (RunwaySelection     *self);
gboolean         runway_selection_is_everything (RunwaySelection     *self);
gboolean         runway_selection_contains      (RunwaySelection     *self,
                                                 RunwayEntity        *entity);
gboolean         runway_selection_contains_row  (RunwaySelection     *self,
                                                 RunwayKind           kind,
                                                 gint64               id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwaySelection, runway_selection_free)

G_END_DECLS
