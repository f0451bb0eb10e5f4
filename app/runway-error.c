/* runway-error.c — error domains of the core
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "runway-error.h"

G_DEFINE_QUARK (runway-store-error-quark, runway_store_error)

/* The plan error domain is extended (GLib ≥ 2.68) so that an editor can put
 * the message next to the field it is about. */
typedef struct {
  char *field;
} RunwayPlanErrorPrivate;

static void
runway_plan_error_private_init (RunwayPlanErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
runway_plan_error_private_copy (const RunwayPlanErrorPrivate *src,
                                RunwayPlanErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
runway_plan_error_private_clear (RunwayPlanErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (RunwayPlanError, runway_plan_error)

/**
 * runway_plan_error_get_field:
 *
 * Returns: (nullable): the property name of the field an edit error is
 * about ("end-of-life"), or %NULL when it is about the whole entity.
 */
const char *
runway_plan_error_get_field (const GError *error)
{
  RunwayPlanErrorPrivate *priv;

  if (error == NULL || error->domain != RUNWAY_PLAN_ERROR)
    return NULL;
  priv = runway_plan_error_get_private (error);
  return priv ? priv->field : NULL;
}

void
runway_plan_set_field_error (GError     **error,
                             gint         code,
                             const char  *field,
                             const char  *format,
                             ...)
{
  g_autofree char *message = NULL;
  GError *new_error;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  new_error = g_error_new_literal (RUNWAY_PLAN_ERROR, code, message);
  if (field != NULL)
    runway_plan_error_get_private (new_error)->field = g_strdup (field);
  g_propagate_error (error, new_error);
}
