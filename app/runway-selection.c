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

#include "runway-selection.h"

struct _RunwaySelection
{
  RunwayPlan *plan;
  GHashTable *members;    /* RunwayEntity* set; NULL: everything */
};

static void
add_with_references (RunwaySelection *self,
                     RunwayEntity    *entity)
{
  const RunwayTable *table;

  if (entity == NULL || g_hash_table_contains (self->members, entity))
    return;

  g_hash_table_add (self->members, entity);

  table = runway_schema_get_table (runway_entity_get_kind (entity));
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].type == RUNWAY_COLUMN_REF)
      add_with_references (self, runway_plan_lookup (self->plan, table->columns[c].ref_kind,
                                                     runway_entity_get_int (entity, c)));
}

/* Adds every entity of @kind whose column @column refers to a member. */
static gboolean
add_referring (RunwaySelection *self,
               RunwayKind       kind,
               guint            column)
{
  GListModel *model = runway_plan_get_model (self->plan, kind);
  const RunwayTable *table = runway_schema_get_table (kind);
  RunwayKind target = table->columns[column].ref_kind;
  guint n = g_list_model_get_n_items (model);
  gboolean added = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);
      RunwayEntity *referred;

      if (g_hash_table_contains (self->members, entity))
        continue;
      referred = runway_plan_lookup (self->plan, target, runway_entity_get_int (entity, column));
      if (referred != NULL && g_hash_table_contains (self->members, referred))
        {
          add_with_references (self, entity);
          added = TRUE;
        }
    }
  return added;
}

static void
add_vendor (RunwaySelection *self,
            RunwayEntity    *vendor)
{
  g_hash_table_add (self->members, vendor);
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

  add_with_references (self, capability);
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
    return g_steal_pointer (&self);

  self->members = g_hash_table_new (NULL, NULL);
  add_with_references (self, RUNWAY_ENTITY (runway_plan_get_settings (plan)));

  for (guint i = 0; i < seeds->len; i++)
    {
      RunwayEntity *seed = g_ptr_array_index (seeds, i);

      if (runway_entity_get_kind (seed) == RUNWAY_KIND_VENDOR)
        add_vendor (self, seed);
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
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_object (&self->plan);
  g_free (self);
}

gboolean
runway_selection_is_everything (RunwaySelection *self)
{
  return self->members == NULL;
}

/* Accepted risks are about subjects by name, not by reference, so a
 * filtered export leaves them out rather than guess. */
gboolean
runway_selection_contains (RunwaySelection *self,
                           RunwayEntity    *entity)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->members == NULL)
    return TRUE;
  return g_hash_table_contains (self->members, entity);
}
