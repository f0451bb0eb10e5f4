/* runway-removal-dialog.h — asking before an entity and its parts go
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "runway-plan.h"

G_BEGIN_DECLS

GtkWidget *runway_removal_dialog_new (GtkWindow    *parent,
                                      RunwayPlan   *plan,
                                      RunwayEntity *entity);
void       runway_confirm_removal    (GtkWindow    *parent,
                                      RunwayPlan   *plan,
                                      RunwayEntity *entity);

G_END_DECLS
