/* runway-timeline.h — the timeline's layout: a plan as pure geometry on a time axis
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-plan.h"
#include "runway-risk.h"

G_BEGIN_DECLS

/*
 * Coordinates. The layout is in *model coordinates*: x is a day (a Julian
 * day number, as a double, the left edge of that day) and y is a row (row
 * r spans r … r + 1). Items never hold pixels, so zooming does not lay the
 * plan out again. A zoom (pixels per day) and a row height (pixels) turn
 * them into pixels with runway_timeline_day_to_x() and
 * runway_timeline_row_to_y(): x = (day − first day) × zoom, exactly, so a
 * milestone lands on the left edge of its day. The range covers the first
 * day to the last day, both included.
 *
 * Rows, top to bottom, by grouping:
 *  - capability (the default): the capability tree, in the plan's order;
 *    under each capability the products it runs on, by name; under each
 *    product its releases, by GA (unknown last). A product belongs to a
 *    capability when one of its releases is deployed for it or a migration
 *    of that capability leaves or reaches one of its releases. Deployments,
 *    migrations and risks on these rows are that capability's only.
 *  - vendor: vendors by name, their products by name, the releases; every
 *    capability's deployments. A vendor row carries its contract end.
 *  - team: teams by name, then the capabilities each owns (a capability
 *    without an owner belongs to its nearest owned ancestor's team, else to
 *    a "No owner team" group), then products and releases as above.
 * Every product row carries the vendor's roadmap items for it. A group left
 * with nothing below it is not shown. Row keys are stable paths of ids
 * ("c12/p5/r9", "v2/p5", "t3/c12"), to keep collapse state and selection
 * across edits; a collapsed group takes one row, which then carries the risk
 * markers of everything inside it.
 *
 * A release row: lifecycle phases in the upper lane (RUNWAY_TIMELINE_BAR_TOP
 * … _BAR_BOTTOM), deployment spans in the lower lane, one sub-lane per
 * environment on the row (production on top). The phases:
 *  - before GA: from the as-of date to a GA that is still to come;
 *  - mainstream: GA to end of support, or to end of life when the vendor
 *    makes no such distinction (end of support not a date);
 *  - security only: end of support to end of life;
 *  - extended: end of life to end of extended support, CONTRACTED or not;
 *  - past end of life: from the end of what covers us (end of life, or a
 *    contracted extended support's end) to the end of the last deployment on
 *    the row, while one runs; an uncontracted extended phase is then drawn
 *    over it as an option, not as cover.
 * An end that is `none` (not announced) or unknown is not a date: the phase
 * runs solid to the as-of date (or its start, if later) and then fades out
 * over RUNWAY_TIMELINE_FADE_DAYS (solid_end < end, flag OPEN_END). An unknown
 * GA starts the bar at the first deployment (else the as-of date), fading in
 * (OPEN_START). A milestone that has `ended` at an unknown day is placed on
 * the as-of date with the UNCERTAIN flag. An ongoing deployment (no until)
 * runs to the end of the range.
 *
 * Migrations (not cancelled ones) are arrows from the deployment lane of the
 * release they leave, at their start, to the bar of the release they reach,
 * at their end; when one end is filtered out the arrow stays on the other's
 * row and is labelled with the missing end. Risks (set by the caller, open
 * ones only) sit on the day they bite — undated risks (staffing, ownership)
 * on the as-of date — on the row of their release, else product, else
 * capability, else vendor, within their capability where rows have one; risks
 * on one row and day share one marker, most severe first. Under a vendor
 * filter, risks about a capability alone (no product) are left out.
 *
 * Filters: vendors (their products only), capabilities (with their
 * subtrees), teams (the capabilities they own), deployed only (releases
 * deployed on the row's capability, plus the targets of planned and running
 * migrations away from them), minimum severity (rows with a risk at or
 * above it, and their groups; lower markers go too). Filters combine.
 *
 * For a view: keep one timeline per view (a painter sets the zoom and row
 * height of the one it is given) and redraw on "changed"; per frame, query
 * the viewport with runway_timeline_query() into an array kept across frames
 * and paint by RunwayTimelineItemKind, which is paint order; rows in view
 * come from runway_timeline_get_rows_in() and runway_timeline_get_row().
 * Clicks go to runway_timeline_hit_test(); selection and collapse state are
 * kept as row keys and found again with runway_timeline_find_row() after a
 * change. Layout happens lazily, on the first read after a change; queries
 * cost what is visible, not the plan.
 */

#define RUNWAY_TIMELINE_BAR_TOP          0.14
#define RUNWAY_TIMELINE_BAR_BOTTOM       0.56
#define RUNWAY_TIMELINE_DEPLOYMENT_TOP   0.62
#define RUNWAY_TIMELINE_DEPLOYMENT_BOTTOM 0.90
#define RUNWAY_TIMELINE_FADE_DAYS        365

/* No minimum severity: every row. */
#define RUNWAY_TIMELINE_ALL_SEVERITIES   (-1)

typedef enum {
  RUNWAY_TIMELINE_GROUP_BY_CAPABILITY,
  RUNWAY_TIMELINE_GROUP_BY_VENDOR,
  RUNWAY_TIMELINE_GROUP_BY_TEAM,
} RunwayTimelineGrouping;

#define RUNWAY_TYPE_TIMELINE_GROUPING (runway_timeline_grouping_get_type ())
GType runway_timeline_grouping_get_type (void) G_GNUC_CONST;

typedef enum {
  RUNWAY_TIMELINE_ROW_CAPABILITY,
  RUNWAY_TIMELINE_ROW_VENDOR,
  RUNWAY_TIMELINE_ROW_TEAM,
  RUNWAY_TIMELINE_ROW_PRODUCT,
  RUNWAY_TIMELINE_ROW_RELEASE,
} RunwayTimelineRowKind;

/* In the order they are painted. */
typedef enum {
  RUNWAY_TIMELINE_ITEM_PHASE,
  RUNWAY_TIMELINE_ITEM_DEPLOYMENT,
  RUNWAY_TIMELINE_ITEM_MIGRATION,
  RUNWAY_TIMELINE_ITEM_ROADMAP,
  RUNWAY_TIMELINE_ITEM_CONTRACT_END,
  RUNWAY_TIMELINE_ITEM_RISK,
} RunwayTimelineItemKind;

typedef enum {
  RUNWAY_TIMELINE_PHASE_BEFORE_GA,
  RUNWAY_TIMELINE_PHASE_MAINSTREAM,
  RUNWAY_TIMELINE_PHASE_SECURITY,
  RUNWAY_TIMELINE_PHASE_EXTENDED,
  RUNWAY_TIMELINE_PHASE_PAST_EOL,
  RUNWAY_TIMELINE_N_PHASES
} RunwayTimelinePhase;

typedef enum {
  RUNWAY_TIMELINE_OPEN_START  = 1 << 0,  /* the start is not known: fades in */
  RUNWAY_TIMELINE_OPEN_END    = 1 << 1,  /* the end is `none` or unknown: fades out */
  RUNWAY_TIMELINE_UNCERTAIN   = 1 << 2,  /* an `ended` milestone placed on the as-of date */
  RUNWAY_TIMELINE_CONTRACTED  = 1 << 3,  /* extended support we hold a contract for */
  RUNWAY_TIMELINE_ONGOING     = 1 << 4,  /* a deployment with no end: runs to the range's end */
  RUNWAY_TIMELINE_PINNED      = 1 << 5,  /* a marker whose day is before the range */
} RunwayTimelineItemFlags;

/**
 * RunwayTimelineItem:
 * @kind: what it is
 * @flags: #RunwayTimelineItemFlags
 * @row: the row it is on; a migration: the row it leaves
 * @to_row: a migration: the row it reaches (== @row when on one row)
 * @start: first day (a marker: its day)
 * @end: day after the last (a marker: == @start)
 * @solid_start: where a fade-in ends (== @start when there is none)
 * @solid_end: where a fade-out starts (== @end when there is none)
 * @top: upper edge, in rows (a marker or migration start: its centre)
 * @bottom: lower edge, in rows (a migration: the y of its arrow head)
 * @phase: a phase item's phase
 * @environment: a deployment's index in runway_environments[]
 * @status: a migration's index in runway_migration_statuses[]
 * @confidence: a roadmap item's index in runway_roadmap_confidences[]
 * @severity: a risk marker's worst severity
 * @entity_kind: what @entity_id is: the release (phases), deployment,
 *   migration, roadmap item or vendor (contract end); a risk marker: the
 *   subject of its first risk
 * @entity_id: see @entity_kind
 * @label: a migration's other end ("→ PostgreSQL 17"), a roadmap item's
 *   title, a risk marker's first rule id; otherwise %NULL
 * @risks: (element-type RunwayRisk): a risk marker's risks, most severe first
 *
 * One thing drawn. Items belong to the layout and stay valid until it
 * changes ("changed").
 */
typedef struct
{
  RunwayTimelineItemKind  kind;
  guint                   flags;
  guint                   row;
  guint                   to_row;
  double                  start;
  double                  end;
  double                  solid_start;
  double                  solid_end;
  double                  top;
  double                  bottom;
  RunwayTimelinePhase     phase;
  guint                   environment;
  guint                   status;
  guint                   confidence;
  RunwaySeverity          severity;
  RunwayKind              entity_kind;
  gint64                  entity_id;
  const char             *label;
  GPtrArray              *risks;
} RunwayTimelineItem;

/**
 * RunwayTimelineRow:
 * @key: stable across layouts: for collapse state and selection
 * @label: what the label column shows ("Relational database", "PostgreSQL", "13")
 * @title: the whole name ("PostgreSQL 13")
 * @detail: (nullable): context for the label: a product's vendor when not
 *   grouped by vendor
 * @parent: the index of the group row above it, or -1
 * @expandable: a group with rows below it
 * @collapsed: a group shown as one row
 * @n_hidden: how many rows its collapse hides
 * @worst_severity: the worst risk on it (a collapsed group: inside it), or -1
 */
typedef struct
{
  RunwayTimelineRowKind  kind;
  const char            *key;
  const char            *label;
  const char            *title;
  const char            *detail;
  guint                  depth;
  int                    parent;
  RunwayKind             entity_kind;
  gint64                 entity_id;
  gint64                 capability_id;
  gboolean               expandable;
  gboolean               collapsed;
  guint                  n_hidden;
  int                    worst_severity;
} RunwayTimelineRow;

typedef enum {
  RUNWAY_TIMELINE_UNIT_MONTH,
  RUNWAY_TIMELINE_UNIT_QUARTER,
  RUNWAY_TIMELINE_UNIT_YEAR,
} RunwayTimelineUnit;

/* An axis tick: @label names the unit it starts ("Mar", "Q2", "2027");
 * @major ones start a year and also carry it in @year. */
typedef struct
{
  guint32   day;
  gboolean  major;
  char      label[24];
  char      year[8];
} RunwayTimelineTick;

#define RUNWAY_TYPE_TIMELINE (runway_timeline_get_type ())

G_DECLARE_FINAL_TYPE (RunwayTimeline, runway_timeline, RUNWAY, TIMELINE, GObject)

RunwayTimeline           *runway_timeline_new             (RunwayPlan              *plan);
RunwayPlan               *runway_timeline_get_plan        (RunwayTimeline          *self);

/* What is laid out */
void                      runway_timeline_set_range       (RunwayTimeline          *self,
                                                           guint32                  first_day,
                                                           guint32                  last_day);
guint32                   runway_timeline_get_first_day   (RunwayTimeline          *self);
guint32                   runway_timeline_get_last_day    (RunwayTimeline          *self);
void                      runway_timeline_set_grouping    (RunwayTimeline          *self,
                                                           RunwayTimelineGrouping   grouping);
RunwayTimelineGrouping    runway_timeline_get_grouping    (RunwayTimeline          *self);
void                      runway_timeline_set_as_of       (RunwayTimeline          *self,
                                                           guint32                  day);
guint32                   runway_timeline_get_as_of       (RunwayTimeline          *self);
void                      runway_timeline_set_today       (RunwayTimeline          *self,
                                                           guint32                  day);
guint32                   runway_timeline_get_today       (RunwayTimeline          *self);
void                      runway_timeline_set_risks       (RunwayTimeline          *self,
                                                           GPtrArray               *risks);

/* Filters */
void                      runway_timeline_set_vendors     (RunwayTimeline          *self,
                                                           const gint64            *ids,
                                                           guint                    n_ids);
void                      runway_timeline_set_capabilities (RunwayTimeline         *self,
                                                           const gint64            *ids,
                                                           guint                    n_ids);
void                      runway_timeline_set_teams       (RunwayTimeline          *self,
                                                           const gint64            *ids,
                                                           guint                    n_ids);
void                      runway_timeline_set_deployed_only (RunwayTimeline        *self,
                                                           gboolean                 deployed_only);
gboolean                  runway_timeline_get_deployed_only (RunwayTimeline        *self);
void                      runway_timeline_set_min_severity (RunwayTimeline         *self,
                                                           int                      severity);
int                       runway_timeline_get_min_severity (RunwayTimeline         *self);

/* Collapse state, by row key; kept across layouts */
void                      runway_timeline_set_collapsed   (RunwayTimeline          *self,
                                                           const char              *key,
                                                           gboolean                 collapsed);
gboolean                  runway_timeline_is_collapsed    (RunwayTimeline          *self,
                                                           const char              *key);
void                      runway_timeline_expand_all      (RunwayTimeline          *self);

/* Zoom and pixels */
void                      runway_timeline_set_zoom        (RunwayTimeline          *self,
                                                           double                   pixels_per_day);
double                    runway_timeline_get_zoom        (RunwayTimeline          *self);
void                      runway_timeline_set_row_height  (RunwayTimeline          *self,
                                                           double                   pixels);
double                    runway_timeline_get_row_height  (RunwayTimeline          *self);
double                    runway_timeline_get_marker_size (RunwayTimeline          *self);
double                    runway_timeline_day_to_x        (RunwayTimeline          *self,
                                                           double                   day);
double                    runway_timeline_x_to_day        (RunwayTimeline          *self,
                                                           double                   x);
double                    runway_timeline_row_to_y        (RunwayTimeline          *self,
                                                           double                   row);
double                    runway_timeline_y_to_row        (RunwayTimeline          *self,
                                                           double                   y);
double                    runway_timeline_get_width       (RunwayTimeline          *self);
double                    runway_timeline_get_height      (RunwayTimeline          *self);

/* The rows and items */
guint                     runway_timeline_get_n_rows      (RunwayTimeline          *self);
const RunwayTimelineRow  *runway_timeline_get_row         (RunwayTimeline          *self,
                                                           guint                    index);
int                       runway_timeline_find_row        (RunwayTimeline          *self,
                                                           const char              *key);
const RunwayTimelineItem *runway_timeline_get_row_items   (RunwayTimeline          *self,
                                                           guint                    row,
                                                           guint                   *n_items);
const RunwayTimelineItem *runway_timeline_get_migrations  (RunwayTimeline          *self,
                                                           guint                   *n_items);
guint                     runway_timeline_get_rows_in     (RunwayTimeline          *self,
                                                           double                   y,
                                                           double                   height,
                                                           guint                   *first_row);
guint                     runway_timeline_query           (RunwayTimeline          *self,
                                                           double                   x,
                                                           double                   y,
                                                           double                   width,
                                                           double                   height,
                                                           GPtrArray               *items);
void                      runway_timeline_get_item_box    (RunwayTimeline          *self,
                                                           const RunwayTimelineItem *item,
                                                           double                  *x0,
                                                           double                  *y0,
                                                           double                  *x1,
                                                           double                  *y1);
const RunwayTimelineItem *runway_timeline_hit_test        (RunwayTimeline          *self,
                                                           double                   x,
                                                           double                   y);
int                       runway_timeline_get_row_at      (RunwayTimeline          *self,
                                                           double                   y);

/* The date axis */
RunwayTimelineUnit        runway_timeline_get_tick_unit   (RunwayTimeline          *self);
GArray                   *runway_timeline_dup_ticks       (RunwayTimeline          *self,
                                                           double                   x,
                                                           double                   width);

G_END_DECLS
