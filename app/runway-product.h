/* runway-product.h — a product that realises capabilities
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_PRODUCT (runway_product_get_type ())

G_DECLARE_FINAL_TYPE (RunwayProduct, runway_product, RUNWAY, PRODUCT, RunwayEntity)

G_END_DECLS
