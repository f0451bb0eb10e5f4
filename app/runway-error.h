/* runway-error.h — error domains of the core
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RUNWAY_STORE_ERROR (runway_store_error_quark ())

/**
 * RunwayStoreError:
 * Why a plan file could not be opened, created or written.
 */
typedef enum {
  RUNWAY_STORE_ERROR_NOT_FOUND,     /* no such file */
  RUNWAY_STORE_ERROR_NOT_REGULAR,   /* a directory or a device */
  RUNWAY_STORE_ERROR_NOT_SQLITE,    /* not an SQLite database at all */
  RUNWAY_STORE_ERROR_NOT_A_PLAN,    /* SQLite, but another application's */
  RUNWAY_STORE_ERROR_NEWER_SCHEMA,  /* written by a newer Runway */
  RUNWAY_STORE_ERROR_CORRUPT,       /* damaged or truncated */
  RUNWAY_STORE_ERROR_READ_ONLY,     /* the plan cannot be written */
  RUNWAY_STORE_ERROR_EXISTS,        /* refusing to overwrite */
  RUNWAY_STORE_ERROR_BUSY,          /* locked by another program */
  RUNWAY_STORE_ERROR_IO,            /* the disk said no */
  RUNWAY_STORE_ERROR_CHANGED,       /* another program wrote it while open */
} RunwayStoreError;

#define RUNWAY_PLAN_ERROR (runway_plan_error_quark ())

/**
 * RunwayPlanError:
 * Why an edit was refused. Errors about one field carry its property name,
 * see runway_plan_error_get_field().
 */
typedef enum {
  RUNWAY_PLAN_ERROR_INVALID,        /* a value is not acceptable */
  RUNWAY_PLAN_ERROR_DUPLICATE,      /* the name/version is taken */
  RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
  RUNWAY_PLAN_ERROR_CYCLE,          /* a capability would contain itself */
  RUNWAY_PLAN_ERROR_IN_USE,         /* still referenced, removal refused */
  RUNWAY_PLAN_ERROR_NOT_FOUND,      /* the entity is not (any more) in the plan */
  RUNWAY_PLAN_ERROR_NOTHING_TO_UNDO,
} RunwayPlanError;

GQuark      runway_store_error_quark     (void);
GQuark      runway_plan_error_quark      (void);

const char *runway_plan_error_get_field  (const GError *error);
void        runway_plan_set_field_error  (GError      **error,
                                          gint          code,
                                          const char   *field,
                                          const char   *format,
                                          ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
