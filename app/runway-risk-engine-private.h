/* runway-risk-engine-private.h — what the risk list sees of the engine
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-risk-engine.h"

G_BEGIN_DECLS

/* What the rules read of a plan, flat; shared by the computations made from
 * it, and outliving the plan's edits (a list keeps its own reference). */
typedef struct _RunwayRiskIndex RunwayRiskIndex;

/* One risk, before it is a RunwayRisk: what sorts it and where its facts
 * are in the index. */
typedef struct
{
  guint64           order;         /* severity, then date (yyyymmdd, 0 first) */
  guint64           tie;           /* then subject (its rank), then rule */
  RunwayAcceptance *acceptance;    /* owned, or NULL */
  guint             source;        /* the entry it is about, by rule */
  guint             other;         /* a second entry: contract-ends, no-alternative */
  guint32           date;          /* yyyymmdd, 0: none */
  guint16           environments;
  guint8            rule;          /* RunwayRule */
  guint8            variant;       /* RunwayRiskVariant */
} RunwayRiskRecord;

RunwayRiskIndex *runway_risk_index_ref        (RunwayRiskIndex         *index);
void             runway_risk_index_unref      (RunwayRiskIndex         *index);

GArray          *runway_risk_engine_run       (RunwayPlan              *plan,
                                               const char              *as_of,
                                               RunwayRiskIndex        **out_index,
                                               double                  *out_min_fte,
                                               char                   **out_as_of,
                                               GError                 **error);
RunwayRisk      *runway_risk_index_make_risk  (RunwayRiskIndex         *index,
                                               const RunwayRiskRecord  *record,
                                               double                   min_fte);
RunwaySeverity   runway_risk_record_get_severity (const RunwayRiskRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwayRiskIndex, runway_risk_index_unref)

G_END_DECLS
