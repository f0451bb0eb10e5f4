/* runway-vendor.c — a vendor: who sells and supports products
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
#include "runway-vendor.h"

struct _RunwayVendor
{
  RunwayEntity parent_instance;
};

G_DEFINE_FINAL_TYPE (RunwayVendor, runway_vendor, RUNWAY_TYPE_ENTITY)

static void
runway_vendor_class_init (RunwayVendorClass *klass)
{
  runway_entity_class_install_columns (RUNWAY_ENTITY_CLASS (klass), RUNWAY_KIND_VENDOR);
}

static void
runway_vendor_init (RunwayVendor *self)
{
}
