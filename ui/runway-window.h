/* runway-window.h — a plan's window: sidebar lists, timeline area, file actions
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-application.h"
#include "runway-plan.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_WINDOW (runway_window_get_type ())

G_DECLARE_FINAL_TYPE (RunwayWindow, runway_window, RUNWAY, WINDOW, AdwApplicationWindow)

RunwayWindow *runway_window_new        (RunwayApplication *application);
RunwayPlan   *runway_window_get_plan   (RunwayWindow      *self);
void          runway_window_set_plan   (RunwayWindow      *self,
                                        RunwayPlan        *plan);
gboolean      runway_window_is_loading (RunwayWindow      *self);
gboolean      runway_window_is_unused  (RunwayWindow      *self);
void          runway_window_open       (RunwayWindow      *self,
                                        GFile             *file);
void          runway_window_open_last  (RunwayWindow      *self);
void          runway_window_open_demo  (RunwayWindow      *self);
void          runway_window_show_error (RunwayWindow      *self,
                                        const char        *heading,
                                        const GError      *error);
void          runway_window_show_toast (RunwayWindow      *self,
                                        const char        *title);

G_END_DECLS
