/* runway-selection.c — the part of a plan that concerns some vendors or
 * capabilities, for a filtered export
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A selection starts from what concerns the named vendors (their
 * products, releases and roadmaps, where those releases are deployed or
 * migrated, who knows the products) or capabilities (the subtree with its
 * deployments, migrations, responsibilities and alternatives), then adds
 * everything those refer to, so the result is a plan of its own: valid,
 * with no dangling reference, re-importable.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-plan-private.h"
#include "runway-selection.h"

struct _RunwaySelection
{
  RunwayPlan *plan;
  gboolean    everything;
  GHashTable *members[RUNWAY_N_KINDS];   /* ids */
};

/* Rows are read by their values and members kept by id, so a selection of
 * a large plan makes no entity. */
static gboolean
has_member (RunwaySelection *self,
            RunwayKind       kind,
            gint64           id)
{
  return g_hash_table_contains (self->members[kind], GSIZE_TO_POINTER ((gsize) id));
}

static void
add_with_references (RunwaySelection   *self,
                     RunwayKind         kind,
                     const RunwayValue *values)
{
  const RunwayTable *table = runway_schema_get_table (kind);

  if (values == NULL || has_member (self, kind, values[0].i))
    return;

  g_hash_table_add (self->members[kind], GSIZE_TO_POINTER ((gsize) values[0].i));

  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].type == RUNWAY_COLUMN_REF)
      add_with_references (self, table->columns[c].ref_kind,
                           runway_plan_peek_row (self->plan, table->columns[c].ref_kind,
                                                 values[c].i));
}

/* Adds every row of @kind whose column @column refers to a member. */
static gboolean
add_referring (RunwaySelection *self,
               RunwayKind       kind,
               guint            column)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  RunwayKind target = table->columns[column].ref_kind;
  guint n = runway_plan_count (self->plan, kind);
  gboolean added = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (self->plan, kind, i);

      if (has_member (self, kind, values[0].i))
        continue;
      if (values[column].i != 0 && has_member (self, target, values[column].i))
        {
          add_with_references (self, kind, values);
          added = TRUE;
        }
    }
  return added;
}

static void
add_vendor (RunwaySelection *self,
            gint64           vendor)
{
  g_hash_table_add (self->members[RUNWAY_KIND_VENDOR], GSIZE_TO_POINTER ((gsize) vendor));
  add_referring (self, RUNWAY_KIND_PRODUCT, RUNWAY_PRODUCT_VENDOR);
  add_referring (self, RUNWAY_KIND_RELEASE, RUNWAY_RELEASE_PRODUCT);
  add_referring (self, RUNWAY_KIND_ROADMAP_ITEM, RUNWAY_ROADMAP_ITEM_PRODUCT);
  add_referring (self, RUNWAY_KIND_DEPLOYMENT, RUNWAY_DEPLOYMENT_RELEASE);
  add_referring (self, RUNWAY_KIND_MIGRATION, RUNWAY_MIGRATION_FROM);
  add_referring (self, RUNWAY_KIND_MIGRATION, RUNWAY_MIGRATION_TO);
  add_referring (self, RUNWAY_KIND_ALTERNATIVE, RUNWAY_ALTERNATIVE_PRODUCT);
}

static void
add_capability_tree (RunwaySelection *self,
                     RunwayEntity    *capability)
{
  GListModel *children = runway_plan_get_children (self->plan, RUNWAY_CAPABILITY (capability));
  guint n = g_list_model_get_n_items (children);

  add_with_references (self, RUNWAY_KIND_CAPABILITY, runway_entity_peek_values (capability));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) child = g_list_model_get_item (children, i);

      add_capability_tree (self, child);
    }
}

/**
 * runway_selection_new:
 * @vendors: (nullable): vendor names
 * @capabilities: (nullable): capability names
 *
 * Returns: (transfer full): the selection; with no names at all, the whole
 * plan. %NULL with %RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE for a name the plan
 * does not have.
 */
RunwaySelection *
runway_selection_new (RunwayPlan          *plan,
                      const char * const  *vendors,
                      const char * const  *capabilities,
                      GError             **error)
{
  g_autoptr(RunwaySelection) self = g_new0 (RunwaySelection, 1);
  g_autoptr(GPtrArray) seeds = g_ptr_array_new ();

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);

  self->plan = g_object_ref (plan);

  for (guint i = 0; vendors != NULL && vendors[i] != NULL; i++)
    {
      RunwayEntity *vendor = runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, vendors[i]);

      if (vendor == NULL)
        {
          g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                       _("The plan has no vendor named “%s”"), vendors[i]);
          return NULL;
        }
      g_ptr_array_add (seeds, vendor);
    }
  for (guint i = 0; capabilities != NULL && capabilities[i] != NULL; i++)
    {
      RunwayEntity *capability = runway_plan_find_by_name (plan, RUNWAY_KIND_CAPABILITY,
                                                           capabilities[i]);

      if (capability == NULL)
        {
          g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE,
                       _("The plan has no capability named “%s”"), capabilities[i]);
          return NULL;
        }
      g_ptr_array_add (seeds, capability);
    }

  if (seeds->len == 0)
    {
      self->everything = TRUE;
      return g_steal_pointer (&self);
    }

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    self->members[k] = g_hash_table_new (NULL, NULL);
  add_with_references (self, RUNWAY_KIND_SETTINGS,
                       runway_entity_peek_values (RUNWAY_ENTITY (runway_plan_get_settings (plan))));

  for (guint i = 0; i < seeds->len; i++)
    {
      RunwayEntity *seed = g_ptr_array_index (seeds, i);

      if (runway_entity_get_kind (seed) == RUNWAY_KIND_VENDOR)
        add_vendor (self, runway_entity_get_id (seed));
      else
        {
          add_capability_tree (self, seed);
          add_referring (self, RUNWAY_KIND_DEPLOYMENT, RUNWAY_DEPLOYMENT_CAPABILITY);
          add_referring (self, RUNWAY_KIND_MIGRATION, RUNWAY_MIGRATION_CAPABILITY);
          add_referring (self, RUNWAY_KIND_RESPONSIBILITY, RUNWAY_RESPONSIBILITY_CAPABILITY);
          add_referring (self, RUNWAY_KIND_ALTERNATIVE, RUNWAY_ALTERNATIVE_CAPABILITY);
        }
    }

  /* the people who know the products in the selection, and the vendors'
   * roadmaps for them */
  add_referring (self, RUNWAY_KIND_SKILL, RUNWAY_SKILL_PRODUCT);
  add_referring (self, RUNWAY_KIND_ROADMAP_ITEM, RUNWAY_ROADMAP_ITEM_PRODUCT);

  return g_steal_pointer (&self);
}

void
runway_selection_free (RunwaySelection *self)
{
  if (self == NULL)
    return;
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    g_clear_pointer (&self->members[k], g_hash_table_unref);
  g_clear_object (&self->plan);
  g_free (self);
}

gboolean
runway_selection_is_everything (RunwaySelection *self)
{
  return self->everything;
}

/* Accepted risks are about subjects by name, not by reference, so a
 * filtered export leaves them out rather than guess. */
gboolean
runway_selection_contains (RunwaySelection *self,
                           RunwayEntity    *entity)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return runway_selection_contains_row (self, runway_entity_get_kind (entity),
                                        runway_entity_get_id (entity));
}

/* Whether the row of @kind with @id is in the selection. */
gboolean
runway_selection_contains_row (RunwaySelection *self,
                               RunwayKind       kind,
                               gint64           id)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->everything || has_member (self, kind, id);
}
