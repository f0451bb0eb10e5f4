/* runway-application.h — the Runway application: windows, app actions, about
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RUNWAY_TYPE_APPLICATION (runway_application_get_type ())

G_DECLARE_FINAL_TYPE (RunwayApplication, runway_application, RUNWAY, APPLICATION,
                      AdwApplication)

RunwayApplication *runway_application_new (void);

G_END_DECLS
