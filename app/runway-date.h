/* runway-date.h — calendar dates and lifecycle milestones
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RunwayMilestoneKind:
 * @RUNWAY_MILESTONE_UNKNOWN: nothing is known (stored as NULL)
 * @RUNWAY_MILESTONE_DATE: a known calendar date
 * @RUNWAY_MILESTONE_ENDED: it has passed, the date is not known (`ended`)
 * @RUNWAY_MILESTONE_NONE: not announced or not offered (`none`)
 *
 * A vendor lifecycle milestone is rarely just a date; these are the four
 * things a vendor or endoflife.date can tell us.
 */
typedef enum {
  RUNWAY_MILESTONE_UNKNOWN,
  RUNWAY_MILESTONE_DATE,
  RUNWAY_MILESTONE_ENDED,
  RUNWAY_MILESTONE_NONE,
} RunwayMilestoneKind;

typedef struct {
  RunwayMilestoneKind kind;
  guint32 day;     /* Julian day number (GDate's), only for RUNWAY_MILESTONE_DATE */
} RunwayMilestone;

gboolean runway_date_parse        (const char      *text,
                                   guint32         *out_day,
                                   GError         **error);
char    *runway_date_format       (guint32          day);
guint32  runway_date_today        (void);
guint32  runway_date_add_months   (guint32          day,
                                   int              months);
gboolean runway_milestone_parse   (const char      *text,
                                   RunwayMilestone *out,
                                   GError         **error);
gboolean runway_date_is_valid_text (const char     *text);

G_END_DECLS
