/* runway-entity.c — the common base of everything a plan holds
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "runway-entity-private.h"
#include "runway-entities.h"

#define MAX_COLUMNS 16

typedef struct
{
  RunwayValue *values;
  gboolean     live;
  gboolean     packed;   /* values and their strings are one block */
  RunwayRowArena *arena; /* holds that block, if it is not the entity's own */
} RunwayEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RunwayEntity, runway_entity, G_TYPE_OBJECT)

/* Property ids are column index + 1, so one table serves every kind. */
static GParamSpec *column_pspecs[RUNWAY_N_KINDS][MAX_COLUMNS];

/* Values runway_entity_new_from_values() hands to constructed(), so a
 * loaded entity is built once instead of filled with defaults first and
 * then overwritten: opening a large plan makes 200,000 of them. */
static _Thread_local RunwayValue *adopt_values;
static _Thread_local RunwayRowArena *adopt_arena;

static const RunwayTable *
table_of (RunwayEntity *self)
{
  return runway_schema_get_table (RUNWAY_ENTITY_GET_CLASS (self)->kind);
}

static gboolean
is_text_type (RunwayColumnType type)
{
  switch (type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
    case RUNWAY_COLUMN_MILESTONE:
    case RUNWAY_COLUMN_ENUM:
      return TRUE;
    case RUNWAY_COLUMN_ID:
    case RUNWAY_COLUMN_INT:
    case RUNWAY_COLUMN_REAL:
    case RUNWAY_COLUMN_BOOL:
    case RUNWAY_COLUMN_REF:
    default:
      return FALSE;
    }
}

RunwayValue *
runway_values_new (const RunwayTable *table)
{
  RunwayValue *values = g_new0 (RunwayValue, table->n_columns);

  /* Defaults a new entity starts with: the least surprising valid value. */
  for (guint i = 0; i < table->n_columns; i++)
    {
      const RunwayColumn *column = &table->columns[i];

      if (column->type == RUNWAY_COLUMN_ENUM)
        values[i].s = g_strdup (column->enum_values[0]);
      else if (column->type == RUNWAY_COLUMN_INT)
        values[i].i = (gint64) column->min;
    }

  switch (table->kind)
    {
    case RUNWAY_KIND_PERSON:
      values[RUNWAY_PERSON_FTE].d = 1.0;
      break;
    case RUNWAY_KIND_CAPABILITY:
      values[RUNWAY_CAPABILITY_CRITICALITY].i = 2;
      break;
    case RUNWAY_KIND_SKILL:
      g_free (values[RUNWAY_SKILL_LEVEL].s);
      values[RUNWAY_SKILL_LEVEL].s = g_strdup ("practitioner");
      break;
    case RUNWAY_KIND_SETTINGS:
      values[RUNWAY_SETTINGS_MIN_FTE].d = 3.0;
      values[RUNWAY_SETTINGS_EOL_WARNING_MONTHS].i = 12;
      values[RUNWAY_SETTINGS_EOS_WARNING_MONTHS].i = 6;
      break;
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_PRODUCT:
    case RUNWAY_KIND_RELEASE:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_DEPLOYMENT:
    case RUNWAY_KIND_MIGRATION:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      break;
    }

  return values;
}

RunwayValue *
runway_values_copy (const RunwayTable *table,
                    const RunwayValue *values)
{
  RunwayValue *copy = g_new0 (RunwayValue, table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (is_text_type (table->columns[i].type))
        copy[i].s = g_strdup (values[i].s);
      else
        copy[i] = values[i];
    }
  return copy;
}

void
runway_values_free (const RunwayTable *table,
                    RunwayValue       *values)
{
  if (values == NULL)
    return;

  for (guint i = 0; i < table->n_columns; i++)
    if (is_text_type (table->columns[i].type))
      g_free (values[i].s);
  g_free (values);
}

gboolean
runway_values_equal (const RunwayTable *table,
                     guint              column,
                     const RunwayValue *a,
                     const RunwayValue *b)
{
  RunwayColumnType type = table->columns[column].type;

  if (is_text_type (type))
    return g_strcmp0 (a[column].s, b[column].s) == 0;
  if (type == RUNWAY_COLUMN_REAL)
    return a[column].d == b[column].d;
  return a[column].i == b[column].i;
}

/* The values and every string in one allocation: a loaded entity is
 * read far more often than edited, and a release has eight text columns,
 * so this saves seven allocations per row (and as many frees). */
static gsize
packed_size (const RunwayTable *table,
             const RunwayValue *values)
{
  gsize size = sizeof (RunwayValue) * table->n_columns;

  for (guint i = 0; i < table->n_columns; i++)
    if (is_text_type (table->columns[i].type) && values[i].s != NULL)
      size += strlen (values[i].s) + 1;
  return size;
}

static RunwayValue *
pack_into (const RunwayTable *table,
           const RunwayValue *values,
           gpointer           block)
{
  RunwayValue *copy = block;
  char *strings = (char *) (copy + table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    {
      if (is_text_type (table->columns[i].type) && values[i].s != NULL)
        {
          gsize len = strlen (values[i].s) + 1;

          memcpy (strings, values[i].s, len);
          copy[i].s = strings;
          strings += len;
        }
      else
        copy[i] = values[i];
    }
  return copy;
}

/* Returns: a copy of @values in one block, freed with g_free(). */
RunwayValue *
runway_values_copy_packed (const RunwayTable *table,
                           const RunwayValue *values)
{
  return pack_into (table, values, g_malloc (packed_size (table, values)));
}

/* Returns: a copy of @values in one block of @arena. */
RunwayValue *
runway_values_copy_to_arena (const RunwayTable *table,
                             const RunwayValue *values,
                             RunwayRowArena    *arena)
{
  return pack_into (table, values, runway_row_arena_alloc (arena, packed_size (table, values)));
}

static void
free_values (RunwayEntity        *self,
             RunwayEntityPrivate *priv)
{
  if (priv->arena != NULL)
    g_clear_pointer (&priv->arena, runway_row_arena_unref);
  else if (priv->packed)
    g_free (priv->values);
  else
    runway_values_free (table_of (self), priv->values);
  priv->values = NULL;
  priv->packed = FALSE;
}

/* Before a string is replaced on its own, it must be its own allocation. */
static void
unpack_values (RunwayEntity        *self,
               RunwayEntityPrivate *priv)
{
  RunwayValue *copy;

  if (!priv->packed)
    return;
  copy = runway_values_copy (table_of (self), priv->values);
  free_values (self, priv);
  priv->values = copy;
}

static void
runway_entity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RunwayEntity *self = RUNWAY_ENTITY (object);
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);
  const RunwayTable *table = table_of (self);
  guint column = prop_id - 1;

  g_assert (column < table->n_columns);

  switch (table->columns[column].type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
    case RUNWAY_COLUMN_MILESTONE:
    case RUNWAY_COLUMN_ENUM:
      g_value_set_string (value, priv->values[column].s);
      break;
    case RUNWAY_COLUMN_REAL:
      g_value_set_double (value, priv->values[column].d);
      break;
    case RUNWAY_COLUMN_BOOL:
      g_value_set_boolean (value, priv->values[column].i != 0);
      break;
    case RUNWAY_COLUMN_ID:
    case RUNWAY_COLUMN_INT:
    case RUNWAY_COLUMN_REF:
    default:
      g_value_set_int64 (value, priv->values[column].i);
      break;
    }
}

static void
runway_entity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RunwayEntity *self = RUNWAY_ENTITY (object);
  const RunwayTable *table = table_of (self);
  guint column = prop_id - 1;

  g_assert (column < table->n_columns);

  switch (table->columns[column].type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
    case RUNWAY_COLUMN_MILESTONE:
    case RUNWAY_COLUMN_ENUM:
      runway_entity_set_string (self, column, g_value_get_string (value));
      break;
    case RUNWAY_COLUMN_REAL:
      runway_entity_set_real (self, column, g_value_get_double (value));
      break;
    case RUNWAY_COLUMN_BOOL:
      runway_entity_set_int (self, column, g_value_get_boolean (value) ? 1 : 0);
      break;
    case RUNWAY_COLUMN_ID:
    case RUNWAY_COLUMN_INT:
    case RUNWAY_COLUMN_REF:
    default:
      runway_entity_set_int (self, column, g_value_get_int64 (value));
      break;
    }
}

static void
runway_entity_constructed (GObject *object)
{
  RunwayEntity *self = RUNWAY_ENTITY (object);
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  G_OBJECT_CLASS (runway_entity_parent_class)->constructed (object);

  /* Not in init: while a parent type's init runs, the instance still has
   * the parent's class, so the kind is only known from here on. Our
   * properties are not construct properties, so they are set after this. */
  if (adopt_values != NULL)
    {
      priv->values = g_steal_pointer (&adopt_values);
      priv->arena = g_steal_pointer (&adopt_arena);
      priv->packed = TRUE;
    }
  else
    priv->values = runway_values_new (table_of (self));
}

static void
runway_entity_finalize (GObject *object)
{
  RunwayEntity *self = RUNWAY_ENTITY (object);
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  free_values (self, priv);

  G_OBJECT_CLASS (runway_entity_parent_class)->finalize (object);
}

static void
runway_entity_class_init (RunwayEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = runway_entity_constructed;
  object_class->finalize = runway_entity_finalize;
}

static void
runway_entity_init (RunwayEntity *self)
{
}

/**
 * runway_entity_class_install_columns:
 *
 * Called from each entity class's class_init: makes every column of the
 * kind's table a property.
 */
void
runway_entity_class_install_columns (RunwayEntityClass *klass,
                                     RunwayKind         kind)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const RunwayTable *table = runway_schema_get_table (kind);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  g_assert (table->n_columns <= MAX_COLUMNS);

  klass->kind = kind;

  /* GObject does not inherit these: each class that installs properties
   * must name its own accessors. */
  object_class->get_property = runway_entity_get_property;
  object_class->set_property = runway_entity_set_property;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const RunwayColumn *column = &table->columns[i];
      GParamSpec *pspec;

      switch (column->type)
        {
        case RUNWAY_COLUMN_TEXT:
        case RUNWAY_COLUMN_DATE:
        case RUNWAY_COLUMN_MILESTONE:
        case RUNWAY_COLUMN_ENUM:
          pspec = g_param_spec_string (column->property, column->label, NULL, NULL, flags);
          break;
        case RUNWAY_COLUMN_REAL:
          pspec = g_param_spec_double (column->property, column->label, NULL,
                                       -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
          break;
        case RUNWAY_COLUMN_BOOL:
          pspec = g_param_spec_boolean (column->property, column->label, NULL, FALSE, flags);
          break;
        case RUNWAY_COLUMN_ID:
        case RUNWAY_COLUMN_INT:
        case RUNWAY_COLUMN_REF:
        default:
          /* Out-of-range values are the plan's to refuse, with a message,
           * so the pspec accepts any integer. */
          pspec = g_param_spec_int64 (column->property, column->label, NULL,
                                      G_MININT64, G_MAXINT64, 0, flags);
          break;
        }

      column_pspecs[kind][i] = pspec;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

GType
runway_kind_get_gtype (RunwayKind kind)
{
  switch (kind)
    {
    case RUNWAY_KIND_SETTINGS: return RUNWAY_TYPE_SETTINGS;
    case RUNWAY_KIND_VENDOR: return RUNWAY_TYPE_VENDOR;
    case RUNWAY_KIND_PRODUCT: return RUNWAY_TYPE_PRODUCT;
    case RUNWAY_KIND_RELEASE: return RUNWAY_TYPE_RELEASE;
    case RUNWAY_KIND_ROADMAP_ITEM: return RUNWAY_TYPE_ROADMAP_ITEM;
    case RUNWAY_KIND_TEAM: return RUNWAY_TYPE_TEAM;
    case RUNWAY_KIND_PERSON: return RUNWAY_TYPE_PERSON;
    case RUNWAY_KIND_SKILL: return RUNWAY_TYPE_SKILL;
    case RUNWAY_KIND_CAPABILITY: return RUNWAY_TYPE_CAPABILITY;
    case RUNWAY_KIND_DEPLOYMENT: return RUNWAY_TYPE_DEPLOYMENT;
    case RUNWAY_KIND_MIGRATION: return RUNWAY_TYPE_MIGRATION;
    case RUNWAY_KIND_RESPONSIBILITY: return RUNWAY_TYPE_RESPONSIBILITY;
    case RUNWAY_KIND_ALTERNATIVE: return RUNWAY_TYPE_ALTERNATIVE;
    case RUNWAY_KIND_ACCEPTANCE: return RUNWAY_TYPE_ACCEPTANCE;
    case RUNWAY_N_KINDS:
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

/**
 * runway_entity_new:
 *
 * Returns: (transfer full): a draft of @kind with default values and no id.
 */
RunwayEntity *
runway_entity_new (RunwayKind kind)
{
  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  return g_object_new (runway_kind_get_gtype (kind), NULL);
}

/**
 * runway_entity_new_with:
 *
 * Like g_object_new(): a draft of @kind with the given properties set.
 * Integer and reference properties take a gint64.
 */
RunwayEntity *
runway_entity_new_with (RunwayKind  kind,
                        const char *first_property,
                        ...)
{
  RunwayEntity *self;
  va_list args;

  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  va_start (args, first_property);
  self = RUNWAY_ENTITY (g_object_new_valist (runway_kind_get_gtype (kind), first_property,
                                             args));
  va_end (args);
  return self;
}

RunwayEntity *
runway_entity_new_from_values (RunwayKind         kind,
                               const RunwayValue *values)
{
  RunwayEntity *self;

  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  adopt_values = runway_values_copy_packed (runway_schema_get_table (kind), values);
  self = g_object_new (runway_kind_get_gtype (kind), NULL);
  g_assert (adopt_values == NULL);
  return self;
}

/* Makes an entity that reads @packed, a block from
 * runway_values_copy_to_arena(), for as long as it is not edited; it
 * keeps @arena alive until then. */
RunwayEntity *
runway_entity_new_borrowing (RunwayKind      kind,
                             RunwayValue    *packed,
                             RunwayRowArena *arena)
{
  RunwayEntity *self;

  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  adopt_values = packed;
  adopt_arena = runway_row_arena_ref (arena);
  self = g_object_new (runway_kind_get_gtype (kind), NULL);
  g_assert (adopt_values == NULL && adopt_arena == NULL);
  return self;
}

/**
 * runway_entity_copy:
 *
 * Returns: (transfer full): a draft with the same id and values, to edit
 * and hand to runway_plan_update().
 */
RunwayEntity *
runway_entity_copy (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), NULL);

  return runway_entity_new_from_values (runway_entity_get_kind (self), priv->values);
}

RunwayKind
runway_entity_get_kind (RunwayEntity *self)
{
  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), RUNWAY_N_KINDS);

  return RUNWAY_ENTITY_GET_CLASS (self)->kind;
}

gint64
runway_entity_get_id (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), 0);

  return priv->values[0].i;
}

gboolean
runway_entity_is_live (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), FALSE);

  return priv->live;
}

/**
 * runway_entity_dup_label:
 *
 * Returns: (transfer full): the entity's own name for messages ("16",
 * "PostgreSQL"); the plan adds context such as the product.
 */
char *
runway_entity_dup_label (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);
  const RunwayTable *table;
  const RunwayColumn *column;

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), NULL);

  table = table_of (self);
  column = &table->columns[table->label_column];
  if (is_text_type (column->type) && priv->values[table->label_column].s != NULL)
    return g_strdup (priv->values[table->label_column].s);
  return g_strdup_printf ("#%" G_GINT64_FORMAT, priv->values[0].i);
}

const RunwayValue *
runway_entity_peek_values (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  return priv->values;
}

/* Takes the new values of a live entity and notifies what changed. */
void
runway_entity_replace_values (RunwayEntity      *self,
                              const RunwayValue *values)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);
  const RunwayTable *table = table_of (self);
  RunwayEntityPrivate old = *priv;
  RunwayKind kind = table->kind;

  priv->values = runway_values_copy (table, values);
  priv->packed = FALSE;
  priv->arena = NULL;   /* now in old, which lets it go */

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < table->n_columns; i++)
    if (!runway_values_equal (table, i, old.values, values))
      g_object_notify_by_pspec (G_OBJECT (self), column_pspecs[kind][i]);
  g_object_thaw_notify (G_OBJECT (self));

  free_values (self, &old);
}

void
runway_entity_set_live (RunwayEntity *self,
                        gboolean      live)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  priv->live = live;
}

static gboolean
check_column (RunwayEntity *self,
              guint         column)
{
  const RunwayTable *table = table_of (self);

  g_return_val_if_fail (column < table->n_columns, FALSE);
  return TRUE;
}

const char *
runway_entity_get_string (RunwayEntity *self,
                          guint         column)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), NULL);
  g_return_val_if_fail (check_column (self, column), NULL);
  g_return_val_if_fail (is_text_type (table_of (self)->columns[column].type), NULL);

  return priv->values[column].s;
}

gint64
runway_entity_get_int (RunwayEntity *self,
                       guint         column)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), 0);
  g_return_val_if_fail (check_column (self, column), 0);
  g_return_val_if_fail (!is_text_type (table_of (self)->columns[column].type), 0);

  return priv->values[column].i;
}

double
runway_entity_get_real (RunwayEntity *self,
                        guint         column)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_val_if_fail (RUNWAY_IS_ENTITY (self), 0);
  g_return_val_if_fail (check_column (self, column), 0);
  g_return_val_if_fail (table_of (self)->columns[column].type == RUNWAY_COLUMN_REAL, 0);

  return priv->values[column].d;
}

/**
 * runway_entity_get_milestone:
 *
 * Returns: the parsed milestone; a stored value that does not parse (only
 * possible in a damaged file) reads as unknown.
 */
RunwayMilestone
runway_entity_get_milestone (RunwayEntity *self,
                             guint         column)
{
  RunwayMilestone milestone = { RUNWAY_MILESTONE_UNKNOWN, 0 };
  const char *text = runway_entity_get_string (self, column);

  if (!runway_milestone_parse (text, &milestone, NULL))
    milestone.kind = RUNWAY_MILESTONE_UNKNOWN;
  return milestone;
}

static void
warn_if_live (RunwayEntity *self)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  if (priv->live)
    g_critical ("A live %s was changed directly; edit a copy and call runway_plan_update()",
                table_of (self)->name);
}

/* Text is kept trimmed and blank text is NULL, so "  " never passes for a
 * name and an empty optional field is simply absent. */
void
runway_entity_set_string (RunwayEntity *self,
                          guint         column,
                          const char   *value)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);
  g_autofree char *trimmed = NULL;

  g_return_if_fail (RUNWAY_IS_ENTITY (self));
  g_return_if_fail (check_column (self, column));
  g_return_if_fail (is_text_type (table_of (self)->columns[column].type));

  warn_if_live (self);

  if (value != NULL)
    {
      trimmed = g_strstrip (g_strdup (value));
      if (*trimmed == '\0')
        g_clear_pointer (&trimmed, g_free);
    }

  if (g_strcmp0 (priv->values[column].s, trimmed) == 0)
    return;

  unpack_values (self, priv);
  g_free (priv->values[column].s);
  priv->values[column].s = g_steal_pointer (&trimmed);
  g_object_notify_by_pspec (G_OBJECT (self), column_pspecs[table_of (self)->kind][column]);
}

void
runway_entity_set_int (RunwayEntity *self,
                       guint         column,
                       gint64        value)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);
  RunwayColumnType type;

  g_return_if_fail (RUNWAY_IS_ENTITY (self));
  g_return_if_fail (check_column (self, column));
  type = table_of (self)->columns[column].type;
  g_return_if_fail (!is_text_type (type) && type != RUNWAY_COLUMN_REAL);

  warn_if_live (self);

  if (type == RUNWAY_COLUMN_BOOL)
    value = value != 0;
  if (priv->values[column].i == value)
    return;

  priv->values[column].i = value;
  g_object_notify_by_pspec (G_OBJECT (self), column_pspecs[table_of (self)->kind][column]);
}

void
runway_entity_set_real (RunwayEntity *self,
                        guint         column,
                        double        value)
{
  RunwayEntityPrivate *priv = runway_entity_get_instance_private (self);

  g_return_if_fail (RUNWAY_IS_ENTITY (self));
  g_return_if_fail (check_column (self, column));
  g_return_if_fail (table_of (self)->columns[column].type == RUNWAY_COLUMN_REAL);

  warn_if_live (self);

  if (priv->values[column].d == value)
    return;

  priv->values[column].d = value;
  g_object_notify_by_pspec (G_OBJECT (self), column_pspecs[table_of (self)->kind][column]);
}
