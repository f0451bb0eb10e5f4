/* runway-core.h — everything the core library offers
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-date.h"
#include "runway-entities.h"
#include "runway-entity.h"
#include "runway-error.h"
#include "runway-export.h"
#include "runway-plan.h"
#include "runway-schema.h"
#include "runway-selection.h"
#include "runway-store.h"
#include "runway-xml.h"
#include "runway-archimate.h"
#include "runway-ics.h"
#include "runway-risk.h"
#include "runway-risk-engine.h"
#include "runway-risk-list.h"
#include "runway-lifecycle.h"
#include "runway-timeline.h"
#include "runway-timeline-painter.h"
