/* runway-risk.h — one risk the engine found in a plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "runway-acceptance.h"

G_BEGIN_DECLS

/**
 * RunwaySeverity:
 *
 * How much a risk hurts, most severe first, so a lower value sorts first.
 */
typedef enum {
  RUNWAY_SEVERITY_CRITICAL,
  RUNWAY_SEVERITY_HIGH,
  RUNWAY_SEVERITY_MEDIUM,
  RUNWAY_SEVERITY_LOW,
} RunwaySeverity;

#define RUNWAY_TYPE_SEVERITY (runway_severity_get_type ())
GType       runway_severity_get_type    (void) G_GNUC_CONST;

const char *runway_severity_to_string   (RunwaySeverity  severity);
gboolean    runway_severity_from_string (const char     *text,
                                         RunwaySeverity *out_severity);

/* The rule ids of DESIGN.md's table, in its order; NULL-terminated. */
extern const char * const runway_risk_rules[];

gboolean    runway_risk_rule_is_known   (const char     *rule);

#define RUNWAY_TYPE_RISK (runway_risk_get_type ())

G_DECLARE_FINAL_TYPE (RunwayRisk, runway_risk, RUNWAY, RISK, GObject)

const char       *runway_risk_get_rule          (RunwayRisk *self);
RunwaySeverity    runway_risk_get_severity      (RunwayRisk *self);
const char       *runway_risk_get_date          (RunwayRisk *self);
const char       *runway_risk_get_subject_kind  (RunwayRisk *self);
gint64            runway_risk_get_subject_id    (RunwayRisk *self);
const char       *runway_risk_get_subject       (RunwayRisk *self);
const char       *runway_risk_get_capability    (RunwayRisk *self);
gint64            runway_risk_get_capability_id (RunwayRisk *self);
const char       *runway_risk_get_product       (RunwayRisk *self);
gint64            runway_risk_get_product_id    (RunwayRisk *self);
const char       *runway_risk_get_release       (RunwayRisk *self);
gint64            runway_risk_get_release_id    (RunwayRisk *self);
const char       *runway_risk_get_message       (RunwayRisk *self);
RunwayAcceptance *runway_risk_get_acceptance    (RunwayRisk *self);
gboolean          runway_risk_is_accepted       (RunwayRisk *self);

int               runway_risk_compare           (RunwayRisk *a,
                                                 RunwayRisk *b);

G_END_DECLS
