/* runway-vendor.h — a vendor: who sells and supports products
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-entity.h"

G_BEGIN_DECLS

#define RUNWAY_TYPE_VENDOR (runway_vendor_get_type ())

G_DECLARE_FINAL_TYPE (RunwayVendor, runway_vendor, RUNWAY, VENDOR, RunwayEntity)

G_END_DECLS
