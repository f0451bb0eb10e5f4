/* runway-plan.c — a plan: the document, its model and its edits
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan keeps every entity of the file in memory as a live GObject,
 * one GListModel per kind, and changes them only through add, update and
 * remove. Each edit writes rows inside a transaction and records, per row,
 * the values before and after; undo writes the befores back, redo the
 * afters. The same record lets a failed edit restore the in-memory model
 * after SQLite rolled the file back, so memory and file never disagree.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "runway-plan-private.h"

typedef struct
{
  RunwayKind   kind;
  gint64       id;
  RunwayValue *before;  /* NULL: the row was added */
  RunwayValue *after;   /* NULL: the row was removed */
} RowChange;

typedef struct
{
  char      *label;
  GPtrArray *changes;   /* RowChange, in the order they were made */
} ChangeSet;

struct _RunwayPlan
{
  GObject      parent_instance;

  RunwayStore *store;
  RunwaySettings *settings;

  RunwayEntityModel *models[RUNWAY_N_KINDS];
  GHashTable  *unique[RUNWAY_N_KINDS];    /* unique key → id; made when first asked */
  GHashTable  *children;                  /* parent id (0: roots) → GListStore */

  GPtrArray   *undo_stack;                /* ChangeSet */
  GPtrArray   *redo_stack;
  ChangeSet   *current;                   /* the edit group being made */
  guint        depth;                     /* nesting of edit operations */
  gboolean     filling;                   /* the group is a fill: no history */
  GHashTable  *fill_ids[RUNWAY_N_KINDS];  /* ids a fill added without an entity */
  GHashTable  *fill_unique[RUNWAY_N_KINDS]; /* their unique keys → id */
  guint64      fill_revision;             /* the revision the fill started at */
  guint64      revision;                  /* counts every change to the model */
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RunwayPlan, runway_plan, G_TYPE_OBJECT)

static void
row_change_free (gpointer data)
{
  RowChange *change = data;
  const RunwayTable *table = runway_schema_get_table (change->kind);

  runway_values_free (table, change->before);
  runway_values_free (table, change->after);
  g_free (change);
}

static ChangeSet *
change_set_new (const char *label)
{
  ChangeSet *set = g_new0 (ChangeSet, 1);

  set->label = g_strdup (label);
  set->changes = g_ptr_array_new_with_free_func (row_change_free);
  return set;
}

static void
change_set_free (gpointer data)
{
  ChangeSet *set = data;

  if (set == NULL)
    return;
  g_free (set->label);
  g_ptr_array_unref (set->changes);
  g_free (set);
}

static gint
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 ia = runway_entity_get_id ((RunwayEntity *) a);
  gint64 ib = runway_entity_get_id ((RunwayEntity *) b);

  return ia < ib ? -1 : ia > ib;
}

static gboolean
is_ascii (const char *text)
{
  for (; *text; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;
  return TRUE;
}

/* A unique key being built: on the stack while it fits, so making one
 * costs a single allocation (opening a large plan makes 200,000). */
typedef struct
{
  char     stack[256];
  gsize    len;
  GString *heap;   /* once the key outgrew the stack */
} KeyBuilder;

static void
key_append (KeyBuilder *key,
            const char *text,
            gsize       len)
{
  if (key->heap == NULL && key->len + len < sizeof key->stack)
    {
      memcpy (key->stack + key->len, text, len);
      key->len += len;
      return;
    }
  if (key->heap == NULL)
    key->heap = g_string_new_len (key->stack, (gssize) key->len);
  g_string_append_len (key->heap, text, (gssize) len);
}

/* Appends @text lowered, for ASCII text: NFKC leaves ASCII as it is and
 * case folding lowers it, so this is the folded key without the two
 * allocations of the general path. */
static void
key_append_ascii_folded (KeyBuilder *key,
                         const char *text)
{
  gsize len = strlen (text);
  char *start;

  key_append (key, text, len);
  start = key->heap != NULL ? key->heap->str + key->heap->len - len : key->stack + key->len - len;
  for (gsize i = 0; i < len; i++)
    start[i] = g_ascii_tolower (start[i]);
}

/* Decimal digits without printf, which was a tenth of the time of opening
 * a large plan. */
static void
key_append_int (KeyBuilder *key,
                gint64      value)
{
  char digits[24];
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  guint n = sizeof digits;

  do
    {
      digits[--n] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    digits[--n] = '-';
  key_append (key, digits + n, sizeof digits - n);
}

/**
 * runway_plan_dup_unique_key:
 *
 * Returns: (nullable): the key under which an entity must be unique
 * ("12\x1fpostgresql"), or %NULL for kinds without one.
 */
char *
runway_plan_dup_unique_key (const RunwayTable *table,
                            const RunwayValue *values)
{
  KeyBuilder key;

  if (table->unique == NULL)
    return NULL;

  key.len = 0;
  key.heap = NULL;
  for (const int *c = table->unique; *c >= 0; c++)
    {
      const RunwayColumn *column = &table->columns[*c];

      if (c != table->unique)
        key_append (&key, "\x1f", 1);

      if (column->type == RUNWAY_COLUMN_REF)
        key_append_int (&key, values[*c].i);
      else if (values[*c].s == NULL)
        ;
      else if ((column->flags & RUNWAY_COLUMN_FOLD) && is_ascii (values[*c].s))
        key_append_ascii_folded (&key, values[*c].s);
      else if (column->flags & RUNWAY_COLUMN_FOLD)
        {
          g_autofree char *normal = g_utf8_normalize (values[*c].s, -1, G_NORMALIZE_ALL);
          g_autofree char *folded = g_utf8_casefold (normal ? normal : values[*c].s, -1);

          key_append (&key, folded, strlen (folded));
        }
      else
        key_append (&key, values[*c].s, strlen (values[*c].s));
    }

  if (key.heap != NULL)
    return g_string_free (key.heap, FALSE);
  return g_strndup (key.stack, key.len);
}

/* Whether a row of @kind has @id, an entity or a row a fill added. */
gboolean
runway_plan_has_row (RunwayPlan *self,
                     RunwayKind  kind,
                     gint64      id)
{
  return runway_entity_model_find (self->models[kind], id, NULL) ||
         (self->fill_ids[kind] != NULL &&
          g_hash_table_contains (self->fill_ids[kind], GSIZE_TO_POINTER ((gsize) id)));
}

/* The unique keys of @kind's rows, or %NULL for a kind without them. Made
 * the first time an edit or a search needs them: opening a plan to look at
 * it never does, and making them was a tenth of an open. Of rows that
 * share a key (a damaged file) the one with the lowest id holds it, and
 * runway_plan_check() reports the others. */
static GHashTable *
ensure_unique (RunwayPlan *self,
               RunwayKind  kind)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  RunwayEntityModel *model = self->models[kind];
  GHashTable *index;
  guint n;

  if (self->unique[kind] != NULL || table->unique == NULL)
    return self->unique[kind];

  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = runway_entity_model_get_n_rows (model);
  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_entity_model_peek_values (model, i);
      char *key = runway_plan_dup_unique_key (table, values);

      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, GSIZE_TO_POINTER ((gsize) values[0].i));
      else
        g_free (key);
    }
  self->unique[kind] = index;
  return index;
}

/* The id of the row of @kind that holds the unique @key, or 0. */
gint64
runway_plan_lookup_unique_id (RunwayPlan *self,
                              RunwayKind  kind,
                              const char *key)
{
  GHashTable *unique = ensure_unique (self, kind);
  gpointer id;

  if (key == NULL)
    return 0;
  if (unique != NULL && g_hash_table_lookup_extended (unique, key, NULL, &id))
    return (gint64) GPOINTER_TO_SIZE (id);
  if (self->fill_unique[kind] != NULL &&
      g_hash_table_lookup_extended (self->fill_unique[kind], key, NULL, &id))
    return (gint64) GPOINTER_TO_SIZE (id);
  return 0;
}

RunwayEntity *
runway_plan_lookup_unique (RunwayPlan *self,
                           RunwayKind  kind,
                           const char *key)
{
  GHashTable *unique = ensure_unique (self, kind);
  gpointer id;

  if (unique == NULL || key == NULL ||
      !g_hash_table_lookup_extended (unique, key, NULL, &id))
    return NULL;
  return runway_plan_lookup (self, kind, (gint64) GPOINTER_TO_SIZE (id));
}

/* Returns: (nullable): the values of the row of @kind with @id, without
 * making its entity; valid until the plan changes. */
const RunwayValue *
runway_plan_peek_row (RunwayPlan *self,
                      RunwayKind  kind,
                      gint64      id)
{
  guint position;

  if (!runway_entity_model_find (self->models[kind], id, &position))
    return NULL;
  return runway_entity_model_peek_values (self->models[kind], position);
}

/* Returns: the values of the row of @kind at @position in id order,
 * without making its entity; valid until the plan changes. */
const RunwayValue *
runway_plan_peek_row_at (RunwayPlan *self,
                         RunwayKind  kind,
                         guint       position)
{
  return runway_entity_model_peek_values (self->models[kind], position);
}

static GListStore *
ensure_children (RunwayPlan *self,
                 gint64      parent_id)
{
  GListStore *store = g_hash_table_lookup (self->children, &parent_id);

  if (store == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = parent_id;
      store = g_list_store_new (RUNWAY_TYPE_CAPABILITY);
      g_hash_table_insert (self->children, key, store);
    }
  return store;
}

static void
remove_from_store (GListStore *store,
                   gpointer    item)
{
  guint position;

  if (store != NULL && g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

/* Makes the in-memory model match one row: @values NULL removes it. */
/* A fill keeps an entity only for the settings and the capabilities, whose
 * rules read other rows (the capability tree); for every other kind the
 * rules only ask whether an id or a unique key is taken, so an id set and
 * the key index are enough. Keeping 200,000 entities was nearly all of an
 * import's memory. */
static gboolean
is_kept_in_fill (RunwayKind kind)
{
  return kind == RUNWAY_KIND_SETTINGS || kind == RUNWAY_KIND_CAPABILITY;
}

static void
clear_fill_index (RunwayPlan *self)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_clear_pointer (&self->fill_ids[k], g_hash_table_unref);
      g_clear_pointer (&self->fill_unique[k], g_hash_table_unref);
    }
}

static void
add_to_fill_index (RunwayPlan *self,
                   RunwayKind  kind,
                   gint64      id,
                   char       *key)   /* taken */
{
  if (self->fill_ids[kind] == NULL)
    self->fill_ids[kind] = g_hash_table_new (NULL, NULL);
  g_hash_table_add (self->fill_ids[kind], GSIZE_TO_POINTER ((gsize) id));
  if (key == NULL)
    return;
  if (self->fill_unique[kind] == NULL)
    self->fill_unique[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_hash_table_contains (self->fill_unique[kind], key))
    g_hash_table_insert (self->fill_unique[kind], key, GSIZE_TO_POINTER ((gsize) id));
  else
    g_free (key);
}

/* Whether the row @id is the one that holds @key in @unique. */
static gboolean
holds_key (GHashTable *unique,
           const char *key,
           gint64      id)
{
  gpointer holder;

  return g_hash_table_lookup_extended (unique, key, NULL, &holder) &&
         (gint64) GPOINTER_TO_SIZE (holder) == id;
}

static void
apply_row (RunwayPlan        *self,
           RunwayKind         kind,
           gint64             id,
           const RunwayValue *values)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  RunwayEntityModel *model = self->models[kind];
  GHashTable *unique = self->unique[kind];   /* kept up to date once made */
  RunwayEntity *entity = NULL;
  g_autofree char *old_key = NULL;
  g_autofree char *new_key = NULL;
  guint position;

  self->revision++;

  /* Whoever holds the row's entity hears of the change through it. */
  if (runway_entity_model_find (model, id, &position))
    entity = runway_entity_model_peek_entity (model, position);
  if (unique != NULL && entity != NULL)
    old_key = runway_plan_dup_unique_key (table, runway_entity_peek_values (entity));
  if (unique != NULL && values != NULL)
    new_key = runway_plan_dup_unique_key (table, values);

  if (entity != NULL && values == NULL)
    {
      g_autoptr(RunwayEntity) hold = g_object_ref (entity);

      if (old_key != NULL && holds_key (unique, old_key, id))
        g_hash_table_remove (unique, old_key);
      if (kind == RUNWAY_KIND_CAPABILITY)
        {
          gint64 parent = runway_entity_get_int (entity, RUNWAY_CAPABILITY_PARENT);

          remove_from_store (g_hash_table_lookup (self->children, &parent), entity);
        }
      runway_entity_model_remove (model, position);
    }
  else if (entity != NULL)
    {
      gint64 old_parent = 0;

      if (kind == RUNWAY_KIND_CAPABILITY)
        old_parent = runway_entity_get_int (entity, RUNWAY_CAPABILITY_PARENT);
      if (old_key != NULL && g_strcmp0 (old_key, new_key) != 0)
        {
          if (holds_key (unique, old_key, id))
            g_hash_table_remove (unique, old_key);
          if (!g_hash_table_contains (unique, new_key))
            g_hash_table_insert (unique, g_steal_pointer (&new_key), GSIZE_TO_POINTER ((gsize) id));
        }

      runway_entity_replace_values (entity, values);

      if (kind == RUNWAY_KIND_CAPABILITY && old_parent != values[RUNWAY_CAPABILITY_PARENT].i)
        {
          remove_from_store (g_hash_table_lookup (self->children, &old_parent), entity);
          g_list_store_insert_sorted (ensure_children (self, values[RUNWAY_CAPABILITY_PARENT].i),
                                      entity, compare_by_id, NULL);
        }
    }
  else if (values != NULL && self->filling && !is_kept_in_fill (kind))
    add_to_fill_index (self, kind, id,
                       new_key != NULL ? g_steal_pointer (&new_key)
                                       : runway_plan_dup_unique_key (table, values));
  else if (values != NULL)
    {
      g_autoptr(RunwayEntity) created = runway_entity_new_from_values (kind, values);

      runway_entity_set_live (created, TRUE);
      if (new_key != NULL && !g_hash_table_contains (unique, new_key))
        g_hash_table_insert (unique, g_steal_pointer (&new_key), GSIZE_TO_POINTER ((gsize) id));
      if (kind == RUNWAY_KIND_CAPABILITY)
        g_list_store_insert_sorted (ensure_children (self, values[RUNWAY_CAPABILITY_PARENT].i),
                                    created, compare_by_id, NULL);
      if (kind == RUNWAY_KIND_SETTINGS)
        g_set_object (&self->settings, RUNWAY_SETTINGS (created));
      runway_entity_model_insert (model, created);
    }
}

/* Writes one row change to the file: from @before (NULL: absent) to
 * @after (NULL: absent). */
static gboolean
write_row (RunwayPlan         *self,
           RunwayKind          kind,
           gint64              id,
           const RunwayValue  *before,
           const RunwayValue  *after,
           GError            **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);

  if (after == NULL)
    return runway_store_delete (self->store, kind, id, error);

  if (before == NULL)
    {
      g_autofree RunwayValue *copy = g_memdup2 (after, sizeof (RunwayValue) * table->n_columns);

      /* the id is set: undo and redo bring a row back under its own id */
      return runway_store_insert (self->store, kind, copy, error);
    }

  return runway_store_update (self->store, kind, after, error);
}

/* Undoes the in-memory part of changes [from, end) of the current group,
 * newest first; SQLite's rollback has already undone the file. */
static void
revert_memory (RunwayPlan *self,
               guint       from)
{
  GPtrArray *changes = self->current->changes;

  for (guint i = changes->len; i > from; i--)
    {
      RowChange *change = g_ptr_array_index (changes, i - 1);

      apply_row (self, change->kind, change->id, change->before);
    }
  g_ptr_array_set_size (changes, from);
}

static gboolean load (RunwayPlan  *self,
                      GError     **error);

/* Empties the in-memory model and reads it again from the file: how a
 * failed fill, which keeps no record to undo, gets back in step with the
 * rolled-back file. */
static void
reload_model (RunwayPlan *self)
{
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_clear_pointer (&self->unique[k], g_hash_table_unref);
      runway_entity_model_clear (self->models[k]);
    }
  g_hash_table_remove_all (self->children);
  g_clear_object (&self->settings);
  clear_fill_index (self);
  self->revision++;

  if (!load (self, &error))
    g_warning ("Could not read the plan again after a failed edit: %s", error->message);
}

/* Drops the outermost group after the file was rolled back. */
static void
drop_group (RunwayPlan *self)
{
  if (self->filling)
    reload_model (self);
  else
    revert_memory (self, 0);
  g_clear_pointer (&self->current, change_set_free);
  self->filling = FALSE;
}

/* One edit operation: a savepoint inside the group's transaction, so a
 * refused step of a group (a bad row of an import) leaves the rest. */
static gboolean
begin_operation (RunwayPlan  *self,
                 const char  *label,
                 guint       *out_mark,
                 GError     **error)
{
  if (self->depth == 0)
    {
      if (!runway_store_begin (self->store, error))
        return FALSE;
      self->current = change_set_new (label);
    }

  if (!self->filling && !runway_store_savepoint (self->store, error))
    {
      if (self->depth == 0)
        {
          runway_store_rollback (self->store);
          g_clear_pointer (&self->current, change_set_free);
        }
      return FALSE;
    }

  self->depth++;
  *out_mark = self->current->changes->len;
  return TRUE;
}

static void
notify_history (RunwayPlan *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static gboolean
commit_group (RunwayPlan  *self,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!runway_store_commit (self->store, &local_error))
    {
      drop_group (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->filling)
    {
      self->filling = FALSE;
      clear_fill_index (self);
      g_clear_pointer (&self->current, change_set_free);
      if (self->revision != self->fill_revision)
        g_signal_emit (self, signals[CHANGED], 0);
    }
  else if (self->current->changes->len > 0)
    {
      g_ptr_array_add (self->undo_stack, g_steal_pointer (&self->current));
      g_ptr_array_set_size (self->redo_stack, 0);
      notify_history (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  else
    g_clear_pointer (&self->current, change_set_free);

  return TRUE;
}

static gboolean
end_operation (RunwayPlan  *self,
               guint        mark,
               gboolean     ok,
               GError     **error)
{
  g_assert (self->depth > 0);

  self->depth--;

  if (ok && !self->filling)
    ok = runway_store_release_savepoint (self->store, error);

  if (!ok)
    {
      if (self->depth == 0)
        {
          runway_store_rollback (self->store);
          drop_group (self);
        }
      /* a fill's edits are single statements, which SQLite undoes on
       * their own when they fail, and touch the model only once written */
      else if (!self->filling)
        {
          runway_store_rollback_savepoint (self->store);
          revert_memory (self, mark);
        }
      return FALSE;
    }

  if (self->depth == 0)
    return commit_group (self, error);
  return TRUE;
}

/* Writes a row change, applies it in memory and records it for undo. */
static gboolean
record_change (RunwayPlan         *self,
               RunwayKind          kind,
               gint64              id,
               const RunwayValue  *before,
               const RunwayValue  *after,
               GError            **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  RowChange *change;

  if (!write_row (self, kind, id, before, after, error))
    return FALSE;

  if (self->filling)
    {
      apply_row (self, kind, id, after);
      return TRUE;
    }

  change = g_new0 (RowChange, 1);
  change->kind = kind;
  change->id = id;
  change->before = before ? runway_values_copy (table, before) : NULL;
  change->after = after ? runway_values_copy (table, after) : NULL;
  g_ptr_array_add (self->current->changes, change);

  apply_row (self, kind, id, after);
  return TRUE;
}

static char *
dup_kind_label (RunwayKind kind)
{
  return g_strdup (_(runway_schema_get_table (kind)->name));
}

static void
runway_plan_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RunwayPlan *self = RUNWAY_PLAN (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, runway_plan_get_path (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, runway_plan_is_read_only (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, runway_plan_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, runway_plan_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_plan_finalize (GObject *object)
{
  RunwayPlan *self = RUNWAY_PLAN (object);

  if (self->depth > 0)
    {
      g_critical ("A plan was finalized in the middle of an edit; the edit is rolled back");
      runway_store_rollback (self->store);
      g_clear_pointer (&self->current, change_set_free);
    }

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_clear_object (&self->models[k]);
      g_clear_pointer (&self->unique[k], g_hash_table_unref);
    }
  clear_fill_index (self);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->store, runway_store_close);

  G_OBJECT_CLASS (runway_plan_parent_class)->finalize (object);
}

static void
runway_plan_class_init (RunwayPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = runway_plan_get_property;
  object_class->finalize = runway_plan_finalize;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RunwayPlan::changed:
   *
   * Emitted after every committed edit, undo and redo, for views that
   * summarise the whole plan (counts, risks).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
runway_plan_init (RunwayPlan *self)
{
  g_autoptr(RunwayRowArena) arena = runway_row_arena_new ();

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      self->models[k] = runway_entity_model_new ((RunwayKind) k, arena);
    }
  self->children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->undo_stack = g_ptr_array_new_with_free_func (change_set_free);
  self->redo_stack = g_ptr_array_new_with_free_func (change_set_free);
}

typedef struct
{
  RunwayPlan *plan;
  RunwayKind  kind;
} LoadState;

static gboolean
on_row_loaded (const RunwayValue  *values,
               gpointer            user_data,
               GError            **error)
{
  LoadState *state = user_data;
  RunwayPlan *self = state->plan;
  const RunwayTable *table = runway_schema_get_table (state->kind);

  /* Rows come in id order; a damaged table b-tree can yield one twice. */
  if (!runway_entity_model_append_row (self->models[state->kind], values))
    {
      g_autofree char *display = g_filename_display_name (runway_store_get_path (self->store));

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: %s %" PRId64 " appears twice"), display,
                   table->table, values[0].i);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load (RunwayPlan  *self,
      GError     **error)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      RunwayEntityModel *model = self->models[k];
      guint from = runway_entity_model_get_n_rows (model);
      LoadState state = { self, (RunwayKind) k };

      if (!runway_store_load (self->store, (RunwayKind) k, on_row_loaded, &state, error))
        return FALSE;

      /* one items-changed for the whole kind, not one per row */
      runway_entity_model_rows_added (model, from);

      /* the tree's models hold entities: capabilities are few */
      if (k == RUNWAY_KIND_CAPABILITY)
        for (guint i = from; i < runway_entity_model_get_n_rows (model); i++)
          {
            RunwayEntity *capability = runway_entity_model_peek_entity (model, i);

            g_list_store_append (ensure_children (self, runway_entity_get_int (capability,
                                                                RUNWAY_CAPABILITY_PARENT)),
                                 capability);
          }
    }

  {
    RunwayEntity *settings = runway_plan_lookup (self, RUNWAY_KIND_SETTINGS, 1);

    if (settings == NULL)
      {
        g_autofree char *display = g_filename_display_name (runway_store_get_path (self->store));

        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged: it has no plan settings"), display);
        return FALSE;
      }
    self->settings = g_object_ref (RUNWAY_SETTINGS (settings));
  }

  ensure_children (self, 0);
  return TRUE;
}

/**
 * runway_plan_open:
 * @path: a plan file
 * @flags: %RUNWAY_STORE_OPEN_READ_ONLY to open it without ever writing
 *
 * Returns: (transfer full): the plan with all its entities loaded, or %NULL
 * with a #RUNWAY_STORE_ERROR that says what is wrong with the file.
 */
RunwayPlan *
runway_plan_open (const char            *path,
                  RunwayStoreOpenFlags   flags,
                  GError               **error)
{
  g_autoptr(RunwayPlan) self = NULL;
  RunwayStore *store;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = runway_store_open (path, flags, error);
  if (store == NULL)
    return NULL;

  self = g_object_new (RUNWAY_TYPE_PLAN, NULL);
  self->store = store;
  if (!load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * runway_plan_create:
 * @path: the new plan file; it must not exist
 * @name: (nullable): the plan's name; the file's name if %NULL
 *
 * Returns: (transfer full): a new, empty plan with default settings: a
 * horizon from the start of this year ten years ahead, 3 FTE per
 * technology, warnings 12 months before end of life and 6 before end of
 * support.
 */
RunwayPlan *
runway_plan_create (const char  *path,
                    const char  *name,
                    GError     **error)
{
  const RunwayTable *table = runway_schema_get_table (RUNWAY_KIND_SETTINGS);
  g_autofree char *base = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RunwayStore) store = NULL;
  RunwayValue *settings;

  g_return_val_if_fail (path != NULL, NULL);

  if (name == NULL || *name == '\0')
    {
      char *dot;

      base = g_filename_display_basename (path);
      dot = strrchr (base, '.');
      if (dot != NULL && dot != base)
        *dot = '\0';
      name = base;
    }

  settings = runway_values_new (table);
  settings[RUNWAY_SETTINGS_ID].i = 1;
  settings[RUNWAY_SETTINGS_NAME].s = g_strstrip (g_strdup (name));
  settings[RUNWAY_SETTINGS_HORIZON_START].s =
    g_strdup_printf ("%04d-01-01", g_date_time_get_year (now));
  settings[RUNWAY_SETTINGS_HORIZON_END].s =
    g_strdup_printf ("%04d-12-31", g_date_time_get_year (now) + 10);

  if (*settings[RUNWAY_SETTINGS_NAME].s == '\0')
    {
      runway_values_free (table, settings);
      runway_plan_set_field_error (error, RUNWAY_PLAN_ERROR_INVALID, "name",
                                   _("A plan needs a name"));
      return NULL;
    }

  store = runway_store_create (path, settings, error);
  runway_values_free (table, settings);
  if (store == NULL)
    return NULL;

  g_clear_pointer (&store, runway_store_close);
  return runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, error);
}

/**
 * runway_plan_copy_to:
 *
 * Writes a complete copy of the plan to @path (atomically, replacing it);
 * the plan stays where it is.
 */
gboolean
runway_plan_copy_to (RunwayPlan  *self,
                     const char  *path,
                     GError     **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return runway_store_copy_to (self->store, path, error);
}

/**
 * runway_plan_save_as:
 *
 * Copies the plan to @path atomically and goes on with the copy: later
 * edits, undo and redo go there. The old file is left as it was.
 */
gboolean
runway_plan_save_as (RunwayPlan  *self,
                     const char  *path,
                     GError     **error)
{
  RunwayStore *store;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (!runway_store_copy_to (self->store, path, error))
    return FALSE;

  store = runway_store_open (path, RUNWAY_STORE_OPEN_DEFAULT, error);
  if (store == NULL)
    return FALSE;

  g_clear_pointer (&self->store, runway_store_close);
  self->store = store;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  return TRUE;
}

const char *
runway_plan_get_path (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  return self->store ? runway_store_get_path (self->store) : NULL;
}

gboolean
runway_plan_is_read_only (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), TRUE);

  return self->store == NULL || runway_store_is_read_only (self->store);
}

/**
 * runway_plan_is_changed_elsewhere:
 *
 * Returns: whether another program wrote to the plan file since it was
 * opened; edits are then refused, so reopen the plan to go on
 */
gboolean
runway_plan_is_changed_elsewhere (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return self->store != NULL && runway_store_changed_elsewhere (self->store);
}

int
runway_plan_get_schema_version (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), 0);

  return runway_store_get_schema_version (self->store);
}

/**
 * runway_plan_get_revision:
 *
 * Returns: a number that changes with every change to the plan's entities
 * (edits, undo, redo, and edits of a group that is later abandoned), so a
 * cache of something computed from the plan knows when it is stale.
 */
guint64
runway_plan_get_revision (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), 0);

  return self->revision;
}

RunwaySettings *
runway_plan_get_settings (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  return self->settings;
}

/**
 * runway_plan_get_model:
 *
 * Returns: (transfer none): every entity of @kind, live, in id order.
 */
GListModel *
runway_plan_get_model (RunwayPlan *self,
                       RunwayKind  kind)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);
  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  return G_LIST_MODEL (self->models[kind]);
}

/**
 * runway_plan_get_children:
 * @parent: (nullable): a capability, or %NULL for the roots
 *
 * Returns: (transfer none): the capabilities directly below @parent; the
 * model lives as long as the plan, so a GtkTreeListModel can hold it.
 */
GListModel *
runway_plan_get_children (RunwayPlan       *self,
                          RunwayCapability *parent)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  return G_LIST_MODEL (ensure_children (self,
                                        parent ? runway_entity_get_id (RUNWAY_ENTITY (parent))
                                               : 0));
}

guint
runway_plan_count (RunwayPlan *self,
                   RunwayKind  kind)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), 0);
  g_return_val_if_fail (kind < RUNWAY_N_KINDS, 0);

  return runway_entity_model_get_n_rows (self->models[kind]);
}

/**
 * runway_plan_make_entities:
 *
 * A plan makes the entity of a row the first time someone asks for it.
 * A program about to show every row (a timeline, lists) calls this on the
 * thread that opened the plan, so the thread that draws does not pay for
 * making them.
 */
void
runway_plan_make_entities (RunwayPlan *self)
{
  g_return_if_fail (RUNWAY_IS_PLAN (self));

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    for (guint i = 0; i < runway_entity_model_get_n_rows (self->models[k]); i++)
      runway_entity_model_peek_entity (self->models[k], i);
}

/**
 * runway_plan_lookup:
 *
 * Returns: (transfer none) (nullable): the live entity of @kind with @id.
 */
RunwayEntity *
runway_plan_lookup (RunwayPlan *self,
                    RunwayKind  kind,
                    gint64      id)
{
  guint position;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);
  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  if (!runway_entity_model_find (self->models[kind], id, &position))
    return NULL;
  return runway_entity_model_peek_entity (self->models[kind], position);
}

/**
 * runway_plan_find_by_name:
 *
 * Finds a vendor, team or capability by name, as a user types it (case and
 * Unicode form do not matter).
 *
 * Returns: (transfer none) (nullable): the entity
 */
RunwayEntity *
runway_plan_find_by_name (RunwayPlan *self,
                          RunwayKind  kind,
                          const char *name)
{
  const RunwayTable *table;
  g_autofree RunwayValue *values = NULL;
  g_autofree char *key = NULL;
  g_autofree char *trimmed = NULL;
  int column;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  table = runway_schema_get_table (kind);
  column = runway_schema_find_column (table, "name");
  if (table->unique == NULL || table->unique[0] != column || table->unique[1] != -1)
    return NULL;

  trimmed = g_strstrip (g_strdup (name));
  values = g_new0 (RunwayValue, table->n_columns);
  values[column].s = trimmed;
  key = runway_plan_dup_unique_key (table, values);
  return runway_plan_lookup_unique (self, kind, key);
}

static const char *
name_of (RunwayPlan *self,
         RunwayKind  kind,
         gint64      id,
         guint       column)
{
  const RunwayValue *values = runway_plan_peek_row (self, kind, id);

  return values != NULL && values[column].s != NULL ? values[column].s : "?";
}

/* "PostgreSQL 16"; not printf: the risks make the title of every
 * deployed release. */
static char *
release_values_title (RunwayPlan        *self,
                      const RunwayValue *release)
{
  return g_strconcat (name_of (self, RUNWAY_KIND_PRODUCT, release[RUNWAY_RELEASE_PRODUCT].i,
                               RUNWAY_PRODUCT_NAME),
                      " ", release[RUNWAY_RELEASE_VERSION].s, NULL);
}

static char *
release_title (RunwayPlan *self,
               gint64      release_id)
{
  const RunwayValue *release = runway_plan_peek_row (self, RUNWAY_KIND_RELEASE, release_id);

  if (release == NULL)
    return g_strdup ("?");
  return release_values_title (self, release);
}

/* runway_plan_dup_title() of a row, read from its values: what needs the
 * titles of many rows need not make their entities. */
char *
runway_plan_dup_row_title (RunwayPlan        *self,
                           RunwayKind         kind,
                           const RunwayValue *values)
{
  const RunwayTable *table = runway_schema_get_table (kind);

  switch (kind)
    {
    case RUNWAY_KIND_RELEASE:
      return release_values_title (self, values);
    case RUNWAY_KIND_DEPLOYMENT:
      {
        g_autofree char *release = release_title (self, values[RUNWAY_DEPLOYMENT_RELEASE].i);

        /* Translators: "PostgreSQL 16 in production for Relational database" */
        return g_strdup_printf (_("%s in %s for %s"), release,
                                values[RUNWAY_DEPLOYMENT_ENVIRONMENT].s,
                                name_of (self, RUNWAY_KIND_CAPABILITY,
                                         values[RUNWAY_DEPLOYMENT_CAPABILITY].i,
                                         RUNWAY_CAPABILITY_NAME));
      }
    case RUNWAY_KIND_MIGRATION:
      {
        g_autofree char *from = release_title (self, values[RUNWAY_MIGRATION_FROM].i);
        g_autofree char *to = release_title (self, values[RUNWAY_MIGRATION_TO].i);

        return g_strdup_printf ("%s → %s", from, to);
      }
    case RUNWAY_KIND_SKILL:
      /* Translators: "Anna de Vries on PostgreSQL" */
      return g_strdup_printf (_("%s on %s"),
                              name_of (self, RUNWAY_KIND_PERSON, values[RUNWAY_SKILL_PERSON].i,
                                       RUNWAY_PERSON_NAME),
                              name_of (self, RUNWAY_KIND_PRODUCT, values[RUNWAY_SKILL_PRODUCT].i,
                                       RUNWAY_PRODUCT_NAME));
    case RUNWAY_KIND_RESPONSIBILITY:
      return g_strdup_printf ("%s: %s",
                              name_of (self, RUNWAY_KIND_CAPABILITY,
                                       values[RUNWAY_RESPONSIBILITY_CAPABILITY].i,
                                       RUNWAY_CAPABILITY_NAME),
                              values[RUNWAY_RESPONSIBILITY_AREA].s);
    case RUNWAY_KIND_ALTERNATIVE:
      return g_strdup_printf ("%s: %s",
                              name_of (self, RUNWAY_KIND_CAPABILITY,
                                       values[RUNWAY_ALTERNATIVE_CAPABILITY].i,
                                       RUNWAY_CAPABILITY_NAME),
                              name_of (self, RUNWAY_KIND_PRODUCT,
                                       values[RUNWAY_ALTERNATIVE_PRODUCT].i,
                                       RUNWAY_PRODUCT_NAME));
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_PRODUCT:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_CAPABILITY:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      {
        RunwayColumnType type = table->columns[table->label_column].type;
        gboolean is_text = type == RUNWAY_COLUMN_TEXT || type == RUNWAY_COLUMN_ENUM ||
                           type == RUNWAY_COLUMN_DATE || type == RUNWAY_COLUMN_MILESTONE;

        /* as runway_entity_dup_label() */
        if (is_text && values[table->label_column].s != NULL)
          return g_strdup (values[table->label_column].s);
        return g_strdup_printf ("#%" G_GINT64_FORMAT, values[0].i);
      }
    }
}

/**
 * runway_plan_dup_title:
 *
 * Returns: (transfer full): how a user recognises @entity in a list or a
 * message: "PostgreSQL 16", "PostgreSQL 13 → PostgreSQL 17".
 */
char *
runway_plan_dup_title (RunwayPlan   *self,
                       RunwayEntity *entity)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (entity), NULL);

  return runway_plan_dup_row_title (self, runway_entity_get_kind (entity),
                                    runway_entity_peek_values (entity));
}

static gboolean
check_not_in_group_of_other_plan (RunwayPlan    *self,
                                  RunwayEntity  *entity,
                                  GError       **error)
{
  RunwayKind kind = runway_entity_get_kind (entity);
  gint64 id = runway_entity_get_id (entity);

  if (id != 0 && runway_plan_lookup (self, kind, id) == NULL)
    {
      g_autofree char *label = runway_entity_dup_label (entity);

      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                   _("The %s “%s” is no longer in the plan"),
                   _(runway_schema_get_table (kind)->name), label);
      return FALSE;
    }
  return TRUE;
}

/**
 * runway_plan_add:
 * @draft: a draft entity (its id is ignored)
 *
 * Validates @draft and adds it to the plan as a new entity.
 *
 * Returns: the new entity's id, or 0 with @error set.
 */
gint64
runway_plan_add (RunwayPlan    *self,
                 RunwayEntity  *draft,
                 GError       **error)
{
  g_autofree char *label = NULL;
  g_autofree char *kind_label = NULL;
  RunwayKind kind;
  RunwayValue *values;
  guint mark;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), 0);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (draft), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  kind = runway_entity_get_kind (draft);
  if (kind == RUNWAY_KIND_SETTINGS)
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("A plan has exactly one set of settings; change them instead"));
      return 0;
    }

  values = runway_values_copy (runway_schema_get_table (kind), runway_entity_peek_values (draft));
  if (self->filling)
    {
      id = runway_plan_fill_add (self, kind, values, error);
      runway_values_free (runway_schema_get_table (kind), values);
      return id;
    }

  /* the values as they will be added, without the draft's id */
  values[0].i = 0;
  ok = runway_plan_check_values (self, kind, values, error);
  if (ok)
    {
      kind_label = dup_kind_label (kind);
      label = runway_entity_dup_label (draft);
      {
        /* Translators: an undo label, "Add release “16”" */
        g_autofree char *undo_label = g_strdup_printf (_("Add %s “%s”"), kind_label, label);

        ok = begin_operation (self, undo_label, &mark, error);
      }
    }
  if (ok)
    {
      ok = runway_store_insert (self->store, kind, values, error);
      if (ok)
        {
          /* the row is in; record it as an add so undo removes it */
          const RunwayTable *table = runway_schema_get_table (kind);
          RowChange *change = g_new0 (RowChange, 1);

          id = values[0].i;
          change->kind = kind;
          change->id = id;
          change->after = runway_values_copy (table, values);
          g_ptr_array_add (self->current->changes, change);
          apply_row (self, kind, id, values);
        }
      ok = end_operation (self, mark, ok, error);
    }

  runway_values_free (runway_schema_get_table (kind), values);
  return ok ? id : 0;
}

/**
 * runway_plan_update:
 * @draft: a copy of a live entity (runway_entity_copy()) with its changes
 *
 * Validates @draft and makes the live entity with its id equal to it.
 */
gboolean
runway_plan_update (RunwayPlan    *self,
                    RunwayEntity  *draft,
                    GError       **error)
{
  RunwayEntity *live;
  g_autofree char *undo_label = NULL;
  g_autofree char *label = NULL;
  g_autofree char *kind_label = NULL;
  g_autofree RunwayValue *before = NULL;
  RunwayKind kind;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = runway_entity_get_kind (draft);
  id = runway_entity_get_id (draft);
  live = runway_plan_lookup (self, kind, id);
  if (live == NULL)
    {
      label = runway_entity_dup_label (draft);
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                   _("The %s “%s” is no longer in the plan"),
                   _(runway_schema_get_table (kind)->name), label);
      return FALSE;
    }

  if (!runway_plan_validate (self, draft, error))
    return FALSE;

  kind_label = dup_kind_label (kind);
  label = runway_entity_dup_label (live);
  /* Translators: an undo label, "Change release “16”" */
  undo_label = g_strdup_printf (_("Change %s “%s”"), kind_label, label);

  if (!begin_operation (self, undo_label, &mark, error))
    return FALSE;

  {
    const RunwayTable *table = runway_schema_get_table (kind);
    RunwayValue *old = runway_values_copy (table, runway_entity_peek_values (live));
    gboolean same = TRUE;

    for (guint i = 0; i < table->n_columns && same; i++)
      same = runway_values_equal (table, i, old, runway_entity_peek_values (draft));

    /* Nothing changed: no write, no undo step. */
    ok = same || record_change (self, kind, id, old, runway_entity_peek_values (draft), error);
    runway_values_free (table, old);
  }

  return end_operation (self, mark, ok, error);
}

/* Collects @entity and everything that goes with it, children first. */
static void
collect_removal (RunwayPlan   *self,
                 RunwayEntity *entity,
                 GHashTable   *seen,
                 GPtrArray    *order)
{
  RunwayKind kind = runway_entity_get_kind (entity);
  gint64 id = runway_entity_get_id (entity);

  g_hash_table_add (seen, entity);

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      const RunwayTable *table = runway_schema_get_table ((RunwayKind) k);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const RunwayColumn *column = &table->columns[c];
          RunwayEntityModel *model = self->models[k];
          guint n;

          if (column->type != RUNWAY_COLUMN_REF || column->ref_kind != kind ||
              column->on_remove != RUNWAY_ON_REMOVE_CASCADE)
            continue;

          /* the values, so that a scan makes only the entities it finds */
          n = runway_entity_model_get_n_rows (model);
          for (guint i = 0; i < n; i++)
            {
              RunwayEntity *other;

              if (runway_entity_model_peek_values (model, i)[c].i != id)
                continue;
              other = runway_entity_model_peek_entity (model, i);
              if (!g_hash_table_contains (seen, other))
                collect_removal (self, other, seen, order);
            }
        }
    }

  g_ptr_array_add (order, g_object_ref (entity));
}

/* Refuses the removal if something outside @seen still refers to it. */
static gboolean
check_removal_refusals (RunwayPlan  *self,
                        GHashTable  *seen,
                        GPtrArray   *order,
                        GError     **error)
{
  for (guint r = 0; r < order->len; r++)
    {
      RunwayEntity *entity = g_ptr_array_index (order, r);
      RunwayKind kind = runway_entity_get_kind (entity);
      gint64 id = runway_entity_get_id (entity);

      for (guint k = 0; k < RUNWAY_N_KINDS; k++)
        {
          const RunwayTable *table = runway_schema_get_table ((RunwayKind) k);

          for (guint c = 0; c < table->n_columns; c++)
            {
              const RunwayColumn *column = &table->columns[c];
              RunwayEntityModel *model = self->models[k];
              guint n = runway_entity_model_get_n_rows (model);
              guint users = 0;
              RunwayEntity *first = NULL;

              if (column->type != RUNWAY_COLUMN_REF || column->ref_kind != kind)
                continue;

              for (guint i = 0; i < n; i++)
                {
                  RunwayEntity *other;

                  if (runway_entity_model_peek_values (model, i)[c].i != id)
                    continue;
                  other = runway_entity_model_peek_entity (model, i);
                  if (!g_hash_table_contains (seen, other))
                    {
                      if (first == NULL)
                        first = other;
                      users++;
                    }
                }

              if (users > 0)
                {
                  g_autofree char *what = runway_plan_dup_title (self, entity);
                  g_autofree char *user = runway_plan_dup_title (self, first);

                  if (users == 1)
                    g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_IN_USE,
                                 _("“%s” is still used by the %s “%s”; change or remove that "
                                   "first"),
                                 what, _(table->name), user);
                  else
                    g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_IN_USE,
                                 _("“%s” is still used by %u %s, such as “%s”; change or remove "
                                   "those first"),
                                 what, users, _(table->plural), user);
                  return FALSE;
                }
            }
        }
    }
  return TRUE;
}

/**
 * runway_plan_dup_removal_set:
 *
 * What runway_plan_remove() would remove with @entity: its parts (a
 * product's releases, roadmap items, skills; a team's people; a
 * capability's sub-capabilities, deployments, migrations,
 * responsibilities and alternatives), children before parents, @entity
 * last. Fails with %RUNWAY_PLAN_ERROR_IN_USE when something that is not a
 * part of it still refers to it (a deployed release, a vendor with
 * products, a team that owns a capability).
 *
 * Returns: (transfer full) (element-type RunwayEntity): the entities.
 */
GPtrArray *
runway_plan_dup_removal_set (RunwayPlan    *self,
                             RunwayEntity  *entity,
                             GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  RunwayEntity *live;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (entity), NULL);

  if (!check_not_in_group_of_other_plan (self, entity, error))
    return NULL;

  live = runway_plan_lookup (self, runway_entity_get_kind (entity), runway_entity_get_id (entity));
  if (live == NULL || runway_entity_get_kind (live) == RUNWAY_KIND_SETTINGS)
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("The plan settings cannot be removed"));
      return NULL;
    }

  collect_removal (self, live, seen, order);
  if (!check_removal_refusals (self, seen, order, error))
    return NULL;

  return g_steal_pointer (&order);
}

/**
 * runway_plan_remove:
 *
 * Removes @entity and its parts (see runway_plan_dup_removal_set()) in one
 * transaction and one undo step.
 */
gboolean
runway_plan_remove (RunwayPlan    *self,
                    RunwayEntity  *entity,
                    GError       **error)
{
  g_autoptr(GPtrArray) order = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *label = NULL;
  g_autofree char *kind_label = NULL;
  guint mark;
  gboolean ok = TRUE;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!self->filling, FALSE);

  order = runway_plan_dup_removal_set (self, entity, error);
  if (order == NULL)
    return FALSE;

  kind_label = dup_kind_label (runway_entity_get_kind (entity));
  label = runway_entity_dup_label (entity);
  /* Translators: an undo label, "Remove product “Kafka”" */
  undo_label = g_strdup_printf (_("Remove %s “%s”"), kind_label, label);

  if (!begin_operation (self, undo_label, &mark, error))
    return FALSE;

  for (guint i = 0; i < order->len && ok; i++)
    {
      RunwayEntity *victim = g_ptr_array_index (order, i);
      const RunwayTable *table = runway_schema_get_table (runway_entity_get_kind (victim));
      RunwayValue *before = runway_values_copy (table, runway_entity_peek_values (victim));

      ok = record_change (self, runway_entity_get_kind (victim), runway_entity_get_id (victim),
                          before, NULL, error);
      runway_values_free (table, before);
    }

  return end_operation (self, mark, ok, error);
}

/**
 * runway_plan_begin_edit:
 * @label: what the group does, for the undo menu ("Import lifecycle data")
 *
 * Starts a group: every edit until the matching runway_plan_end_edit() is
 * one transaction and one undo step. An edit of the group that fails is
 * undone on its own and the group goes on; runway_plan_abort_edit() drops
 * the whole group. Groups nest.
 */
gboolean
runway_plan_begin_edit (RunwayPlan  *self,
                        const char  *label,
                        GError     **error)
{
  guint mark;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return begin_operation (self, label, &mark, error);
}

gboolean
runway_plan_end_edit (RunwayPlan  *self,
                      GError     **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  return end_operation (self, 0, TRUE, error);
}

/**
 * runway_plan_abort_edit:
 *
 * Drops the whole outermost group: the file and the model are as they were
 * before runway_plan_begin_edit().
 */
void
runway_plan_abort_edit (RunwayPlan *self)
{
  g_return_if_fail (RUNWAY_IS_PLAN (self));
  g_return_if_fail (self->depth > 0);

  runway_store_rollback (self->store);
  drop_group (self);
  self->depth = 0;
}

/**
 * runway_plan_begin_fill:
 *
 * Starts a group that fills a plan nobody has seen yet, such as the one an
 * import builds: one transaction like runway_plan_begin_edit(), with every
 * edit checked by the same rules, but it keeps no undo step and takes no
 * savepoint per edit, since there is nothing for a user to undo. Only adds
 * and updates may be made in it. End it with runway_plan_end_edit() or drop
 * it with runway_plan_abort_edit(), which reads the model again from the
 * rolled-back file.
 *
 * Apart from the settings and the capabilities, the rows a fill adds are
 * written and checked, but not loaded: they are not in the plan's models
 * or runway_plan_lookup(). Close the plan after the fill and open the file
 * to see them.
 */
gboolean
runway_plan_begin_fill (RunwayPlan  *self,
                        GError     **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  self->filling = TRUE;
  self->fill_revision = self->revision;
  runway_store_prepare_fill (self->store);
  if (!runway_plan_begin_edit (self, NULL, error))
    {
      self->filling = FALSE;
      return FALSE;
    }
  return TRUE;
}

/**
 * runway_plan_fill_add:
 * @values: (inout): the row; its id is ignored and set to the new row's
 *
 * What runway_plan_add() does for a draft, for the values of a row during a
 * fill (runway_plan_begin_fill()): the same rules, then the row is
 * written. An import adds a hundred thousand rows; building and freeing a
 * draft entity for each of them is work nobody needs.
 *
 * Returns: the new row's id, or 0 with @error set.
 */
gint64
runway_plan_fill_add (RunwayPlan   *self,
                      RunwayKind    kind,
                      RunwayValue  *values,
                      GError      **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), 0);
  g_return_val_if_fail (self->filling, 0);
  g_return_val_if_fail (kind != RUNWAY_KIND_SETTINGS && kind < RUNWAY_N_KINDS, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  values[0].i = 0;
  if (!runway_plan_check_values (self, kind, values, error) ||
      !begin_operation (self, NULL, &mark, error))
    return 0;

  ok = runway_store_insert (self->store, kind, values, error);
  if (ok)
    apply_row (self, kind, values[0].i, values);
  ok = end_operation (self, mark, ok, error);
  return ok ? values[0].i : 0;
}

gboolean
runway_plan_can_undo (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return self->undo_stack->len > 0 && self->depth == 0;
}

gboolean
runway_plan_can_redo (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return self->redo_stack->len > 0 && self->depth == 0;
}

static const char *
top_label (GPtrArray *stack)
{
  ChangeSet *set;

  if (stack->len == 0)
    return NULL;
  set = g_ptr_array_index (stack, stack->len - 1);
  return set->label;
}

const char *
runway_plan_get_undo_label (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  return top_label (self->undo_stack);
}

const char *
runway_plan_get_redo_label (RunwayPlan *self)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  return top_label (self->redo_stack);
}

/* Replays a change set backwards (undo) or forwards (redo) in one
 * transaction; on failure the file and the model stay as they were. */
static gboolean
replay (RunwayPlan  *self,
        GPtrArray   *from_stack,
        GPtrArray   *to_stack,
        gboolean     backwards,
        GError     **error)
{
  ChangeSet *set;
  guint n;
  guint done = 0;
  gboolean ok = TRUE;

  if (self->depth > 0 || from_stack->len == 0)
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOTHING_TO_UNDO,
                   backwards ? _("There is nothing to undo") : _("There is nothing to redo"));
      return FALSE;
    }

  if (!runway_store_begin (self->store, error))
    return FALSE;

  set = g_ptr_array_index (from_stack, from_stack->len - 1);
  n = set->changes->len;

  for (; done < n && ok; done++)
    {
      RowChange *change = g_ptr_array_index (set->changes, backwards ? n - 1 - done : done);
      const RunwayValue *current = backwards ? change->after : change->before;
      const RunwayValue *target = backwards ? change->before : change->after;

      ok = write_row (self, change->kind, change->id, current, target, error);
      if (ok)
        apply_row (self, change->kind, change->id, target);
    }

  if (ok)
    ok = runway_store_commit (self->store, error);
  else
    runway_store_rollback (self->store);

  if (!ok)
    {
      /* put the model back the way the rolled-back file is */
      for (guint i = done; i > 0; i--)
        {
          RowChange *change = g_ptr_array_index (set->changes, backwards ? n - i : i - 1);

          apply_row (self, change->kind, change->id, backwards ? change->after : change->before);
        }
      return FALSE;
    }

  g_ptr_array_add (to_stack, g_ptr_array_steal_index (from_stack, from_stack->len - 1));
  notify_history (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
runway_plan_undo (RunwayPlan  *self,
                  GError     **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return replay (self, self->undo_stack, self->redo_stack, TRUE, error);
}

gboolean
runway_plan_redo (RunwayPlan  *self,
                  GError     **error)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (self), FALSE);

  return replay (self, self->redo_stack, self->undo_stack, FALSE, error);
}

/**
 * runway_plan_clear_history:
 *
 * Forgets undo and redo, e.g. after the demo plan was written: a user
 * should not be offered to undo the plan's creation.
 */
void
runway_plan_clear_history (RunwayPlan *self)
{
  g_return_if_fail (RUNWAY_IS_PLAN (self));

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_history (self);
}

/**
 * runway_plan_check:
 *
 * Checks the file (SQLite's integrity and foreign key checks) and every
 * entity against the rules an edit must pass; catches what a damaged or
 * hand-edited file can hold that Runway would never write.
 *
 * Returns: (transfer full) (element-type utf8): one line per problem,
 * empty when the plan is sound; %NULL if the checks could not run.
 */
GPtrArray *
runway_plan_check (RunwayPlan  *self,
                   GError     **error)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (RUNWAY_IS_PLAN (self), NULL);

  problems = runway_store_check_integrity (self->store, error);
  if (problems == NULL)
    return NULL;

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      GListModel *model = G_LIST_MODEL (self->models[k]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          /* makes every entity: the checks are the entities' own */
          g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);
          g_autoptr(GError) local_error = NULL;

          if (!runway_plan_check_entity (self, entity, &local_error))
            {
              g_autofree char *title = runway_plan_dup_title (self, entity);

              g_ptr_array_add (problems,
                               g_strdup_printf ("%s %" G_GINT64_FORMAT " (%s): %s",
                                                _(runway_schema_get_table ((RunwayKind) k)->name),
                                                runway_entity_get_id (entity), title,
                                                local_error->message));
            }
        }
    }

  return g_steal_pointer (&problems);
}
