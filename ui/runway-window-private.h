/* runway-window-private.h — what the window's own files share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-timeline-view.h"
#include "runway-window.h"

G_BEGIN_DECLS

/* runway-window-exchange.c: import and export */
void runway_window_class_add_exchange_actions (GtkWidgetClass *widget_class);
void runway_window_update_exchange_actions     (RunwayWindow   *self);

RunwayTimelineView *runway_window_get_timeline_view (RunwayWindow *self);

G_END_DECLS
