/* runway-deployment.c — a capability running on a release in an environment
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns, their checks and their properties are described once, in
 * runway-schema.c; this class gives the entity its own GType so views can
 * tell kinds apart and bind to its properties.
 */

#include "config.h"

#include "runway-entity-private.h"
#include "runway-deployment.h"

struct _RunwayDeployment
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayDeployment, runway_deployment, RUNWAY_TYPE_ENTITY)

static void
runway_deployment_class_init (RunwayDeploymentClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_DEPLOYMENT);
}

static void
runway_deployment_init (RunwayDeployment *self)
{
}
