/* runway-deployment.h — a capability running on a release in an environment
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_DEPLOYMENT (runway_deployment_get_type ())

G_DECLARE_FINAL_TYPE (RunwayDeployment, runway_deployment, RUNWAY, DEPLOYMENT, RunwayEntity)

G_END_DECLS
