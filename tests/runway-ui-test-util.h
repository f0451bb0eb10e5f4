/* runway-ui-test-util.h — what the UI tests share: waiting for a real
 * window to do its work
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "runway-application.h"
#include "runway-window.h"

G_BEGIN_DECLS

/* How long a UI test waits for something that should happen at once. */
#define RUNWAY_UI_TEST_TIMEOUT_SECONDS 20

typedef gboolean (*RunwayReadyFunc) (gpointer data);
typedef gboolean (*RunwayWidgetMatch) (GtkWidget *widget, gconstpointer data);

gboolean runway_ui_test_wait_until     (RunwayReadyFunc  ready,
                                        gpointer         data);
void     runway_ui_test_drain          (void);
void     runway_ui_test_wait_for_frame (GtkWidget       *widget);
gboolean runway_ui_test_is_true        (gpointer         data);
GtkWidget *runway_ui_test_find_widget (GtkWidget       *root,
                                      GType            type,
                                      RunwayWidgetMatch match,
                                      gconstpointer    data);
RunwayWindow *runway_ui_test_present_plan (RunwayApplication *app,
                                           RunwayPlan        *plan,
                                           int                width,
                                           int                height);
void     runway_ui_test_destroy_windows (void);
void     runway_ui_test_save_png       (GtkWidget       *widget,
                                        const char      *path);

G_END_DECLS
