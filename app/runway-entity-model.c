/* runway-entity-model.c — the rows of one kind, entities made when asked for
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan's model of one kind: its rows in id order, each kept as one block
 * of values in the plan's row arena until someone asks for its
 * RunwayEntity, which is then made once, reads the same block and stays
 * with the row, so an entity keeps its identity for as long as the row
 * lives.
 *
 * Opening a large plan reads 200,000 rows; what needs them all at once
 * (the risks, the checks of a removal) reads the values directly, and a
 * list on screen only makes the entities of the rows it shows. Making a
 * GObject per row up front, and keeping it in a GListStore's tree, was
 * most of what opening a plan cost beyond reading it.
 *
 * Rows are found by id with a binary search: ids only grow, so appends
 * keep the order, and the few inserts (undo bringing back a row) move a
 * block of pointers.
 */

#include "config.h"

#include "runway-entity-model.h"

typedef struct
{
  gint64        id;
  RunwayValue  *values;   /* in the arena, until the entity is made */
  RunwayEntity *entity;   /* owned, once made; it has the values */
} Row;

struct _RunwayEntityModel
{
  GObject     parent_instance;

  RunwayKind      kind;
  GArray         *rows;   /* Row, by id */
  RunwayRowArena *arena;
};

static void runway_entity_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RunwayEntityModel, runway_entity_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      runway_entity_model_list_model_init))

static void
row_clear (gpointer data)
{
  Row *row = data;

  if (row->entity != NULL)
    {
      runway_entity_set_live (row->entity, FALSE);
      g_clear_object (&row->entity);
    }
}

static GType
runway_entity_model_get_item_type (GListModel *model)
{
  return runway_kind_get_gtype (RUNWAY_ENTITY_MODEL (model)->kind);
}

static guint
runway_entity_model_get_n_items (GListModel *model)
{
  return RUNWAY_ENTITY_MODEL (model)->rows->len;
}

static gpointer
runway_entity_model_get_item (GListModel *model,
                              guint       position)
{
  RunwayEntityModel *self = RUNWAY_ENTITY_MODEL (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (runway_entity_model_peek_entity (self, position));
}

static void
runway_entity_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = runway_entity_model_get_item_type;
  iface->get_n_items = runway_entity_model_get_n_items;
  iface->get_item = runway_entity_model_get_item;
}

static void
runway_entity_model_finalize (GObject *object)
{
  RunwayEntityModel *self = RUNWAY_ENTITY_MODEL (object);

  g_array_unref (self->rows);
  runway_row_arena_unref (self->arena);

  G_OBJECT_CLASS (runway_entity_model_parent_class)->finalize (object);
}

static void
runway_entity_model_class_init (RunwayEntityModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = runway_entity_model_finalize;
}

static void
runway_entity_model_init (RunwayEntityModel *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
}

/* @arena: where rows read from the file keep their values */
RunwayEntityModel *
runway_entity_model_new (RunwayKind      kind,
                         RunwayRowArena *arena)
{
  RunwayEntityModel *self;

  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  self = g_object_new (RUNWAY_TYPE_ENTITY_MODEL, NULL);
  self->kind = kind;
  self->arena = runway_row_arena_ref (arena);
  return self;
}

/**
 * runway_entity_model_append_row:
 * @values: a row's values, copied
 *
 * Appends a row while the plan is read, without telling anyone: call
 * runway_entity_model_rows_added() when done.
 *
 * Returns: %FALSE if its id is not above every id already there (a
 * damaged file); nothing was added then.
 */
gboolean
runway_entity_model_append_row (RunwayEntityModel *self,
                                const RunwayValue *values)
{
  Row row = { values[0].i, NULL, NULL };

  if (self->rows->len > 0 && g_array_index (self->rows, Row, self->rows->len - 1).id >= row.id)
    return FALSE;
  row.values = runway_values_copy_to_arena (runway_schema_get_table (self->kind), values,
                                            self->arena);
  g_array_append_val (self->rows, row);
  return TRUE;
}

/* Tells the model's users about the rows appended since @from. */
void
runway_entity_model_rows_added (RunwayEntityModel *self,
                                guint              from)
{
  if (self->rows->len > from)
    g_list_model_items_changed (G_LIST_MODEL (self), from, 0, self->rows->len - from);
}

guint
runway_entity_model_get_n_rows (RunwayEntityModel *self)
{
  return self->rows->len;
}

/* Returns: whether a row has @id; @position is where it is, or where it
 * would go. */
gboolean
runway_entity_model_find (RunwayEntityModel *self,
                          gint64             id,
                          guint             *position)
{
  const Row *rows = (const Row *) (gpointer) self->rows->data;
  guint low = 0;
  guint high = self->rows->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (rows[middle].id < id)
        low = middle + 1;
      else
        high = middle;
    }
  if (position != NULL)
    *position = low;
  return low < self->rows->len && rows[low].id == id;
}

/* Returns: (transfer none): the values of the row at @position, whether or
 * not its entity was made; valid until the row changes. */
const RunwayValue *
runway_entity_model_peek_values (RunwayEntityModel *self,
                                 guint              position)
{
  Row *row = &g_array_index (self->rows, Row, position);

  return row->entity != NULL ? runway_entity_peek_values (row->entity) : row->values;
}

/* Returns: (transfer none): the entity of the row at @position, made now
 * if nobody asked for it before. */
RunwayEntity *
runway_entity_model_peek_entity (RunwayEntityModel *self,
                                 guint              position)
{
  Row *row = &g_array_index (self->rows, Row, position);

  if (row->entity == NULL)
    {
      row->entity = runway_entity_new_borrowing (self->kind, g_steal_pointer (&row->values),
                                                 self->arena);
      runway_entity_set_live (row->entity, TRUE);
    }
  return row->entity;
}

/* Returns: (transfer none) (nullable): the row's entity if it was made. */
RunwayEntity *
runway_entity_model_peek_made (RunwayEntityModel *self,
                               guint              position)
{
  return g_array_index (self->rows, Row, position).entity;
}

/* Adds @entity (live, with an id no row has) in its place by id. */
void
runway_entity_model_insert (RunwayEntityModel *self,
                            RunwayEntity      *entity)
{
  Row row = { runway_entity_get_id (entity), NULL, NULL };
  guint position;

  if (runway_entity_model_find (self, row.id, &position))
    g_return_if_reached ();
  row.entity = g_object_ref (entity);
  g_array_insert_val (self->rows, position, row);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

/* Removes the row at @position; its entity, if made, is no longer live. */
void
runway_entity_model_remove (RunwayEntityModel *self,
                            guint              position)
{
  g_array_remove_index (self->rows, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

void
runway_entity_model_clear (RunwayEntityModel *self)
{
  guint n = self->rows->len;

  g_array_set_size (self->rows, 0);
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}
