/* runway-lifecycle.h — import of vendor lifecycle data from endoflife.date
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-plan.h"

G_BEGIN_DECLS

/* What the importer writes to a release's lifecycle-source: releases with
 * this source are kept up to date by later imports; a release without one
 * was made or edited by hand and the importer does not overwrite it. */
#define RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE "endoflife.date"

#define RUNWAY_LIFECYCLE_ERROR (runway_lifecycle_error_quark ())

/**
 * RunwayLifecycleError:
 * Why lifecycle data could not be imported at all. Nothing was written.
 */
typedef enum {
  RUNWAY_LIFECYCLE_ERROR_UNREADABLE,       /* not text, or too big */
  RUNWAY_LIFECYCLE_ERROR_PARSE,            /* not endoflife.date data in a form we know */
  RUNWAY_LIFECYCLE_ERROR_NEEDS_PRODUCT,    /* the data does not say which product it is about */
  RUNWAY_LIFECYCLE_ERROR_NO_SUCH_PRODUCT,  /* the product asked for is not in the data */
  RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED, /* every release of the data had to be skipped */
} RunwayLifecycleError;

/**
 * RunwayLifecycleFormat:
 * @RUNWAY_LIFECYCLE_FORMAT_CSV: one row per release cycle, many products
 * @RUNWAY_LIFECYCLE_FORMAT_API_V1: endoflife.date's API v1 JSON for one product
 * @RUNWAY_LIFECYCLE_FORMAT_API_V0: its legacy v0 JSON array for one product
 */
typedef enum {
  RUNWAY_LIFECYCLE_FORMAT_CSV,
  RUNWAY_LIFECYCLE_FORMAT_API_V1,
  RUNWAY_LIFECYCLE_FORMAT_API_V0,
} RunwayLifecycleFormat;

/**
 * RunwayLifecycleNoteKind:
 * @RUNWAY_LIFECYCLE_NOTE_CREATED: a vendor or product was created
 * @RUNWAY_LIFECYCLE_NOTE_KEPT: a value set by hand was kept although the data disagrees
 * @RUNWAY_LIFECYCLE_NOTE_SKIPPED: a release of the data was not imported
 */
typedef enum {
  RUNWAY_LIFECYCLE_NOTE_CREATED,
  RUNWAY_LIFECYCLE_NOTE_KEPT,
  RUNWAY_LIFECYCLE_NOTE_SKIPPED,
} RunwayLifecycleNoteKind;

typedef struct _RunwayLifecycleReport RunwayLifecycleReport;

GQuark                 runway_lifecycle_error_quark         (void);

RunwayLifecycleReport *runway_plan_import_lifecycle         (RunwayPlan             *plan,
                                                             GBytes                 *data,
                                                             const char             *product,
                                                             const char             *vendor,
                                                             GError                **error);

void                   runway_lifecycle_report_free         (RunwayLifecycleReport  *self);
RunwayLifecycleFormat  runway_lifecycle_report_get_format   (RunwayLifecycleReport  *self);
guint                  runway_lifecycle_report_get_added    (RunwayLifecycleReport  *self);
guint                  runway_lifecycle_report_get_updated  (RunwayLifecycleReport  *self);
guint                  runway_lifecycle_report_get_unchanged (RunwayLifecycleReport *self);
guint                  runway_lifecycle_report_get_kept     (RunwayLifecycleReport  *self);
guint                  runway_lifecycle_report_get_skipped  (RunwayLifecycleReport  *self);
guint                  runway_lifecycle_report_get_n_notes  (RunwayLifecycleReport  *self);
const char            *runway_lifecycle_report_get_note     (RunwayLifecycleReport  *self,
                                                             guint                   index,
                                                             RunwayLifecycleNoteKind *out_kind);
char                  *runway_lifecycle_report_dup_summary  (RunwayLifecycleReport  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwayLifecycleReport, runway_lifecycle_report_free)

G_END_DECLS
