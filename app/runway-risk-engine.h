/* runway-risk-engine.h — the risks of a plan and who can keep it running
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-plan.h"
#include "runway-risk.h"

G_BEGIN_DECLS

GPtrArray *runway_plan_compute_risks    (RunwayPlan  *plan,
                                         const char  *as_of,
                                         GError     **error);
char      *runway_plan_dup_as_of        (RunwayPlan  *plan,
                                         const char  *as_of,
                                         GError     **error);

/* One person who knows a deployed product. */
typedef struct
{
  char       *person;     /* the person's name */
  gint64      person_id;
  char       *team;       /* the team's name */
  const char *level;      /* "learning", "practitioner" or "expert" */
  double      fte;        /* the person's FTE share */
  gboolean    counts;     /* practitioners and experts count, learners do not */
} RunwayStaffingMember;

/* Who knows one deployed product, against the plan's minimum. */
typedef struct
{
  gint64      product_id;
  char       *product;    /* the product's name */
  char       *vendor;     /* its vendor's name */
  GPtrArray  *members;    /* RunwayStaffingMember: experts, practitioners, learners */
  double      fte;        /* the FTE of the practitioners and experts */
  double      min_fte;    /* the plan's minimum */
  guint       n_knowers;  /* how many practitioners and experts */
  gboolean    understaffed;
  gboolean    single_expert;
} RunwayStaffing;

GPtrArray *runway_plan_compute_staffing (RunwayPlan     *plan,
                                         const char     *as_of,
                                         GError        **error);
void       runway_staffing_free         (RunwayStaffing *staffing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwayStaffing, runway_staffing_free)

G_END_DECLS
