/* runway-product.c — a product that realises capabilities
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
#include "runway-product.h"

struct _RunwayProduct
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayProduct, runway_product, RUNWAY_TYPE_ENTITY)

static void
runway_product_class_init (RunwayProductClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_PRODUCT);
}

static void
runway_product_init (RunwayProduct *self)
{
}
