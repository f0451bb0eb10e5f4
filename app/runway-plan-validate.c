/* runway-plan-validate.c — the rules every edit of a plan must pass
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same rules guard runway_plan_add()/runway_plan_update() and
 * runway_plan_check(), so what an editor refuses is exactly what a check of
 * a hand-edited or damaged file reports. Each error names its field (see
 * runway_plan_error_get_field()) and says what to do.
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include "runway-plan-private.h"

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Checks column @c of a row. A date or milestone it parses is left in
 * @milestone (UNKNOWN for anything else), for check_date_order(). */
static gboolean
check_column (RunwayPlan         *self,
              const RunwayTable  *table,
              guint               c,
              const RunwayValue  *values,
              RunwayMilestone    *milestone,
              GError            **error)
{
  const RunwayColumn *column = &table->columns[c];
  const RunwayValue *value = &values[c];

  milestone->kind = RUNWAY_MILESTONE_UNKNOWN;
  milestone->day = 0;

  switch (column->type)
    {
    case RUNWAY_COLUMN_ID:
      return TRUE;

    case RUNWAY_COLUMN_TEXT:
      if ((column->flags & RUNWAY_COLUMN_REQUIRED) &&
          is_blank (value->s))
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: must not be empty"), _(column->label));
          return FALSE;
        }
      if (value->s != NULL && !g_utf8_validate (value->s, -1, NULL))
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: is not valid UTF-8 text"), _(column->label));
          return FALSE;
        }
      return TRUE;

    case RUNWAY_COLUMN_DATE:
      if (value->s == NULL)
        {
          if (column->flags & RUNWAY_COLUMN_REQUIRED)
            {
              runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                           _("%s: a date is required"), _(column->label));
              return FALSE;
            }
          return TRUE;
        }
      else
        {
          g_autoptr(GError) local_error = NULL;
          guint32 day;

          if (!runway_date_parse (value->s, &day, &local_error))
            {
              runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                           "%s: %s", _(column->label), local_error->message);
              return FALSE;
            }
          milestone->kind = RUNWAY_MILESTONE_DATE;
          milestone->day = day;
        }
      return TRUE;

    case RUNWAY_COLUMN_MILESTONE:
      {
        g_autoptr(GError) local_error = NULL;

        if (!runway_milestone_parse (value->s, milestone, &local_error))
          {
            runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                         "%s: %s", _(column->label), local_error->message);
            return FALSE;
          }
      }
      return TRUE;

    case RUNWAY_COLUMN_ENUM:
      if (value->s == NULL || !g_strv_contains (column->enum_values, value->s))
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **) column->enum_values);

          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: “%s” is not one of %s"), _(column->label),
                                       value->s ? value->s : "", allowed);
          return FALSE;
        }
      return TRUE;

    case RUNWAY_COLUMN_BOOL:
      if (value->i != 0 && value->i != 1)
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: must be yes or no"), _(column->label));
          return FALSE;
        }
      return TRUE;

    case RUNWAY_COLUMN_INT:
      if ((double) value->i < column->min || (double) value->i > column->max)
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: must be between %g and %g"), _(column->label),
                                       column->min, column->max);
          return FALSE;
        }
      return TRUE;

    case RUNWAY_COLUMN_REAL:
      if (!isfinite (value->d) || value->d > column->max ||
          (column->min_exclusive ? value->d <= column->min : value->d < column->min))
        {
          if (column->min_exclusive)
            runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                         _("%s: must be more than %g and at most %g"),
                                         _(column->label), column->min, column->max);
          else
            runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                         _("%s: must be between %g and %g"),
                                         _(column->label), column->min, column->max);
          return FALSE;
        }
      return TRUE;

    case RUNWAY_COLUMN_REF:
      if (value->i == 0)
        {
          if (column->flags & RUNWAY_COLUMN_REQUIRED)
            {
              runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                           _("%s: is required"), _(column->label));
              return FALSE;
            }
          return TRUE;
        }
      if (!runway_plan_has_row (self, column->ref_kind, value->i))
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                                       column->property,
                                       _("%s: there is no %s with id %" PRId64),
                                       _(column->label),
                                       _(runway_schema_get_table (column->ref_kind)->name),
                                       value->i);
          return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* Known dates must come in order; "ended", "none" and unknown say nothing
 * about order, so they are never compared. @milestones are the row's
 * dates as check_column() parsed them: parsing each date again here was
 * as much as the rest of the checks of a release. */
static gboolean
check_date_order (const RunwayTable      *table,
                  const RunwayValue      *values,
                  const RunwayMilestone  *milestones,
                  const int              *order,
                  GError                **error)
{
  int last = -1;
  RunwayMilestone last_milestone = { RUNWAY_MILESTONE_UNKNOWN, 0 };

  for (const int *c = order; *c >= 0; c++)
    {
      RunwayMilestone milestone = milestones[*c];

      if (milestone.kind != RUNWAY_MILESTONE_DATE)
        continue;

      if (last >= 0 && milestone.day < last_milestone.day)
        {
          const RunwayColumn *column = &table->columns[*c];
          g_autofree char *earlier = g_utf8_strdown (_(table->columns[last].label), -1);

          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, column->property,
                                       _("%s: %s is before %s (%s)"),
                                       _(column->label), values[*c].s, earlier,
                                       values[last].s);
          return FALSE;
        }
      last = *c;
      last_milestone = milestone;
    }
  return TRUE;
}

static const int release_order[] = {
  RUNWAY_RELEASE_GA, RUNWAY_RELEASE_END_OF_SUPPORT, RUNWAY_RELEASE_END_OF_LIFE,
  RUNWAY_RELEASE_EXTENDED_SUPPORT_END, -1
};
static const int release_sale_order[] = { RUNWAY_RELEASE_GA, RUNWAY_RELEASE_END_OF_SALE, -1 };
static const int settings_order[] = {
  RUNWAY_SETTINGS_HORIZON_START, RUNWAY_SETTINGS_HORIZON_END, -1
};
static const int deployment_order[] = { RUNWAY_DEPLOYMENT_FROM, RUNWAY_DEPLOYMENT_UNTIL, -1 };
static const int migration_order[] = { RUNWAY_MIGRATION_START, RUNWAY_MIGRATION_END, -1 };

static gboolean
check_capability_parent (RunwayPlan         *self,
                         const RunwayValue  *values,
                         GError            **error)
{
  gint64 id = values[RUNWAY_CAPABILITY_ID].i;
  gint64 parent = values[RUNWAY_CAPABILITY_PARENT].i;
  guint steps = runway_plan_count (self, RUNWAY_KIND_CAPABILITY) + 1;

  /* Walk up from the new parent; meeting ourselves means a cycle. The step
   * bound also ends a walk through a cycle already in a damaged file. */
  while (parent != 0 && steps-- > 0)
    {
      RunwayEntity *ancestor;

      if (id != 0 && parent == id)
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_CYCLE, "parent",
                                       _("Parent capability: a capability cannot be placed "
                                         "inside itself or one of its own sub-capabilities"));
          return FALSE;
        }
      ancestor = runway_plan_lookup (self, RUNWAY_KIND_CAPABILITY, parent);
      if (ancestor == NULL)
        break;
      parent = runway_entity_get_int (ancestor, RUNWAY_CAPABILITY_PARENT);
    }

  if (parent != 0 && steps == G_MAXUINT)
    {
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_CYCLE, "parent",
                                   _("Parent capability: the capability tree has a cycle"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_kind_rules (RunwayPlan             *self,
                  RunwayKind              kind,
                  const RunwayValue      *values,
                  const RunwayMilestone  *milestones,
                  GError                **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);

  switch (kind)
    {
    case RUNWAY_KIND_RELEASE:
      return check_date_order (table, values, milestones, release_order, error) &&
             check_date_order (table, values, milestones, release_sale_order, error);
    case RUNWAY_KIND_SETTINGS:
      return check_date_order (table, values, milestones, settings_order, error);
    case RUNWAY_KIND_DEPLOYMENT:
      return check_date_order (table, values, milestones, deployment_order, error);
    case RUNWAY_KIND_MIGRATION:
      if (!check_date_order (table, values, milestones, migration_order, error))
        return FALSE;
      if (values[RUNWAY_MIGRATION_FROM].i == values[RUNWAY_MIGRATION_TO].i)
        {
          runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, "to",
                                       _("To release: a migration must move to another "
                                         "release than the one it leaves"));
          return FALSE;
        }
      return TRUE;
    case RUNWAY_KIND_CAPABILITY:
      return check_capability_parent (self, values, error);
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_PRODUCT:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_SKILL:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      return TRUE;
    }
}

static void
set_duplicate_error (RunwayPlan         *self,
                     RunwayKind          kind,
                     const RunwayValue  *values,
                     GError            **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  int last = table->unique[0];

  for (const int *c = table->unique; *c >= 0; c++)
    last = *c;

  switch (kind)
    {
    case RUNWAY_KIND_PRODUCT:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "name",
                                   _("Name: this vendor already has a product “%s”"),
                                   values[RUNWAY_PRODUCT_NAME].s);
      break;
    case RUNWAY_KIND_RELEASE:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "version",
                                   _("Version: this product already has a release “%s”"),
                                   values[RUNWAY_RELEASE_VERSION].s);
      break;
    case RUNWAY_KIND_SKILL:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "product",
                                   _("Product: this person already has a skill for it; change "
                                     "its level instead"));
      break;
    case RUNWAY_KIND_DEPLOYMENT:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "environment",
                                   _("Environment: this release is already deployed in %s for "
                                     "this capability; change its instances instead"),
                                   values[RUNWAY_DEPLOYMENT_ENVIRONMENT].s);
      break;
    case RUNWAY_KIND_RESPONSIBILITY:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "area",
                                   _("Area: a team already covers %s for this capability"),
                                   values[RUNWAY_RESPONSIBILITY_AREA].s);
      break;
    case RUNWAY_KIND_ALTERNATIVE:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "product",
                                   _("Product: it is already an alternative for this "
                                     "capability"));
      break;
    case RUNWAY_KIND_ACCEPTANCE:
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE, "subject",
                                   _("Subject: this risk is already accepted"));
      break;
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_CAPABILITY:
    case RUNWAY_KIND_MIGRATION:
    case RUNWAY_N_KINDS:
    default:
      /* Translators: "Name: there is already a vendor “Oracle”" */
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_DUPLICATE,
                                   table->columns[last].property,
                                   _("%s: there is already a %s “%s”"),
                                   _(table->columns[last].label), _(table->name),
                                   values[last].s);
      break;
    }
}

/* The rules of runway_plan_validate() for a row's values. */
gboolean
runway_plan_check_values (RunwayPlan         *self,
                          RunwayKind          kind,
                          const RunwayValue  *values,
                          GError            **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  g_autofree RunwayMilestone *heap = NULL;
  RunwayMilestone stack[32];
  RunwayMilestone *milestones = stack;

  if (table->n_columns > G_N_ELEMENTS (stack))
    milestones = heap = g_new (RunwayMilestone, table->n_columns);

  for (guint c = 0; c < table->n_columns; c++)
    if (!check_column (self, table, c, values, &milestones[c], error))
      return FALSE;

  if (!check_kind_rules (self, kind, values, milestones, error))
    return FALSE;

  if (table->unique != NULL)
    {
      g_autofree char *key = runway_plan_dup_unique_key (table, values);
      gint64 holder = runway_plan_lookup_unique_id (self, kind, key);

      if (holder != 0 && holder != values[0].i)
        {
          set_duplicate_error (self, kind, values, error);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * runway_plan_validate:
 * @draft: a draft (new, or a copy of a live entity with changes)
 *
 * Checks @draft against every rule of the plan without changing anything:
 * required fields, dates, milestone order, ranges, references,
 * uniqueness, the capability tree. An editor calls it as the user types.
 *
 * Returns: %TRUE if @draft could be stored as it is.
 */
gboolean
runway_plan_validate (RunwayPlan    *self,
                      RunwayEntity  *draft,
                      GError       **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (draft), FALSE);

  return runway_plan_check_values (self, runway_entity_get_kind (draft),
                                   runway_entity_peek_values (draft), error);
}

/* The same rules for a live entity, plus what only a loaded file can get
 * wrong: a second entity with the same unique key. */
gboolean
runway_plan_check_entity (RunwayPlan    *self,
                          RunwayEntity  *entity,
                          GError       **error)
{
  RunwayKind kind = runway_entity_get_kind (entity);
  const RunwayTable *table = runway_schema_get_table (kind);
  const RunwayValue *values = runway_entity_peek_values (entity);

  if (!runway_plan_check_values (self, kind, values, error))
    return FALSE;

  if (table->unique != NULL)
    {
      g_autofree char *key = runway_plan_dup_unique_key (table, values);

      if (runway_plan_lookup_unique (self, kind, key) != entity)
        {
          set_duplicate_error (self, kind, values, error);
          return FALSE;
        }
    }
  return TRUE;
}
