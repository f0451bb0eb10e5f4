/* runway-utils.h — small helpers the widgets share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "runway-plan.h"

G_BEGIN_DECLS

const char *runway_kind_get_noun        (RunwayKind  kind,
                                         guint       n);
char       *runway_format_count         (guint       n);
char       *runway_dup_count_label      (RunwayKind  kind,
                                         guint       n);
char       *runway_dup_entity_name      (RunwayPlan *plan,
                                         RunwayKind  kind,
                                         gint64      id);
char       *runway_dup_readable_enum_value (const char *value);
char       *runway_dup_enum_label       (const char *value);
char       *runway_format_day           (guint32     day);
char       *runway_format_date_text     (const char *text);

G_END_DECLS
