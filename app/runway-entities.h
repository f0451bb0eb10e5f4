/* runway-entities.h — every entity class of a plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-settings.h"
#include "runway-vendor.h"
#include "runway-product.h"
#include "runway-release.h"
#include "runway-roadmap-item.h"
#include "runway-team.h"
#include "runway-person.h"
#include "runway-skill.h"
#include "runway-capability.h"
#include "runway-deployment.h"
#include "runway-migration.h"
#include "runway-responsibility.h"
#include "runway-alternative.h"
#include "runway-acceptance.h"
