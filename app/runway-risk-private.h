/* runway-risk-private.h — what the risk engine sees of a risk
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-risk.h"

G_BEGIN_DECLS

/* In the order of runway_risk_rules[]. */
typedef enum {
  RUNWAY_RULE_EOL_PASSED,
  RUNWAY_RULE_EOL_SOON,
  RUNWAY_RULE_EXTENDED_ONLY,
  RUNWAY_RULE_EOS_PASSED,
  RUNWAY_RULE_EOS_SOON,
  RUNWAY_RULE_NO_MIGRATION,
  RUNWAY_RULE_MIGRATION_LATE,
  RUNWAY_RULE_LIFECYCLE_UNKNOWN,
  RUNWAY_RULE_SINGLE_EXPERT,
  RUNWAY_RULE_UNDERSTAFFED,
  RUNWAY_RULE_OWNERSHIP_GAP,
  RUNWAY_RULE_NO_ALTERNATIVE,
  RUNWAY_RULE_CONTRACT_ENDS,
  RUNWAY_N_RULES
} RunwayRule;

/* Which wording of its rule's message a risk takes. */
typedef enum {
  RUNWAY_RISK_PLAIN,
  RUNWAY_RISK_EXTENDED_ENDED,       /* eol-passed: the contracted extended support ran out */
  RUNWAY_RISK_EXTENDED_UNRECORDED,  /* eol-passed: contracted, but its end is not recorded */
  RUNWAY_RISK_EXTENDED_CONTRACTED,  /* eol-soon: contracted extended support follows */
  RUNWAY_RISK_PAST,                 /* no-migration, contract-ends: the date has passed */
} RunwayRiskVariant;

/* A risk is a snapshot: it copies what it says, so it outlives edits of the
 * plan. Strings are GRefStrings shared by the risks of one entity; the
 * message is only made when someone reads it, because a large plan has
 * thousands of risks and a CI check reads none of their messages. */
struct _RunwayRisk
{
  GObject            parent_instance;

  RunwayRule         rule;
  RunwayRiskVariant  variant;
  char               date[11];         /* YYYY-MM-DD, or "" when not known */
  RunwayKind         subject_kind;
  gint64             subject_id;
  char              *subject;
  char              *capability;
  gint64             capability_id;
  char              *product;
  gint64             product_id;
  char              *release;
  gint64             release_id;

  /* the facts the message is made of */
  guint              environments;     /* bit i: runway_environments[i] */
  char               detail_date[11];
  char              *detail;
  double             fte;
  double             min_fte;

  char              *message;
  RunwayAcceptance  *acceptance;
};

RunwayRisk     *runway_risk_new              (RunwayRule     rule,
                                              RunwayKind     subject_kind,
                                              gint64         subject_id,
                                              const char    *subject);
RunwaySeverity  runway_rule_get_severity     (RunwayRule     rule);
const char     *runway_rule_get_id           (RunwayRule     rule);

int             runway_risk_order            (RunwayRisk    *a,
                                              RunwayRisk    *b);

/* GRefString helpers: NULL stays NULL. */
char           *runway_risk_ref_string       (const char    *text);

G_END_DECLS
