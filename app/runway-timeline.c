/* runway-timeline.c — the timeline's layout: a plan as pure geometry on a time axis
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laying out happens in two steps, each done lazily by the first getter
 * after something changed. The *tree* (a node per possible row, with its
 * items relative to the row) depends on the plan, the range, the grouping,
 * the filters and the risks. The *rows* flatten the tree under the collapse
 * state: collapsing a group only flattens again. Each row's items are kept
 * sorted by start day with the row's longest item, so a viewport is found
 * by binary search in the rows it covers; migrations, which cross rows, are
 * kept apart, sorted by their upper row. Nothing scans the plan to draw.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "runway-timeline.h"

#define MARKER_RATIO 0.5
#define DEFAULT_ZOOM 0.5
#define DEFAULT_ROW_HEIGHT 28.0
#define MIN_TICK_SPACING 40.0
#define BAR_CENTRE ((RUNWAY_TIMELINE_BAR_TOP + RUNWAY_TIMELINE_BAR_BOTTOM) / 2)
#define DEPLOYMENT_CENTRE ((RUNWAY_TIMELINE_DEPLOYMENT_TOP + RUNWAY_TIMELINE_DEPLOYMENT_BOTTOM) / 2)

/* The environments' lanes, top to bottom, as indexes into runway_environments[]:
 * production, acceptance, test, development — what matters most on top. */
static const guint environment_order[] = { 3, 2, 1, 0 };

typedef struct _Node Node;

struct _Node
{
  RunwayTimelineRowKind  kind;
  Node                  *parent;
  GPtrArray             *children;      /* Node *, owned by the tree */
  RunwayKind             entity_kind;
  gint64                 entity_id;
  gint64                 capability_id;
  const char            *key;
  const char            *label;
  const char            *title;
  const char            *detail;
  guint                  depth;
  GArray                *items;         /* RunwayTimelineItem relative to the row */
  GPtrArray             *risks;         /* RunwayRisk *, borrowed from self->risks */
  int                    worst;
  gboolean               removed;
  guint                  row;           /* the visible row it is on after flattening */
};

typedef struct
{
  Node                   *from;
  Node                   *to;
  const char             *to_label;     /* "→ PostgreSQL 17" */
  const char             *from_label;   /* "← PostgreSQL 13", when only the target shows */
  RunwayTimelineItem      item;
} PendingMigration;

/* A risk on its way to a marker: where and when it sits. */
typedef struct
{
  guint       row;
  double      day;
  double      centre;
  RunwayRisk *risk;
} Spot;

struct _RunwayTimeline
{
  GObject                 parent_instance;

  RunwayPlan             *plan;
  gulong                  changed_handler;

  /* inputs */
  guint32                 first_day;    /* 0: the plan's horizon */
  guint32                 last_day;
  RunwayTimelineGrouping  grouping;
  guint32                 as_of;        /* 0: the plan's as-of date, else today */
  guint32                 today;        /* 0: today */
  GPtrArray              *risks;
  GHashTable             *vendors;      /* ids, or NULL: no filter */
  GHashTable             *capabilities;
  GHashTable             *teams;
  gboolean                deployed_only;
  int                     min_severity;
  GHashTable             *collapsed;    /* keys */
  double                  zoom;
  double                  row_height;
  gboolean                range_valid;  /* the range resolved against the plan's horizon */
  guint32                 range_first;
  guint32                 range_last;

  /* the tree */
  gboolean                tree_dirty;
  GPtrArray              *nodes;        /* Node *, owned */
  GPtrArray              *roots;
  GArray                 *pending;      /* PendingMigration */
  GStringChunk           *strings;
  guint32                 tree_as_of;   /* the as-of date the tree was made for */

  /* the rows */
  gboolean                rows_dirty;
  GArray                 *rows;         /* RunwayTimelineRow */
  GHashTable             *row_by_key;   /* key → row index + 1 */
  GArray                 *items;        /* RunwayTimelineItem, by row, then start */
  GArray                 *row_first;    /* guint per row, into items; one more at the end */
  GArray                 *row_reach;    /* double per row: its longest item, in days */
  GArray                 *migrations;   /* RunwayTimelineItem, by upper row */
  guint                   migration_reach;
  GPtrArray              *marker_risks; /* the GPtrArrays that markers own */
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_GROUPING,
  PROP_AS_OF,
  PROP_TODAY,
  PROP_DEPLOYED_ONLY,
  PROP_MIN_SEVERITY,
  PROP_ZOOM,
  PROP_ROW_HEIGHT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (RunwayTimelineGrouping, runway_timeline_grouping,
                    G_DEFINE_ENUM_VALUE (RUNWAY_TIMELINE_GROUP_BY_CAPABILITY, "capability"),
                    G_DEFINE_ENUM_VALUE (RUNWAY_TIMELINE_GROUP_BY_VENDOR, "vendor"),
                    G_DEFINE_ENUM_VALUE (RUNWAY_TIMELINE_GROUP_BY_TEAM, "team"))

G_DEFINE_FINAL_TYPE (RunwayTimeline, runway_timeline, G_TYPE_OBJECT)

/* Ids are SQLite rowids, small and positive: they are their own hash keys. */
#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

/* Everything the tree is made from, looked up once per layout. */
typedef struct
{
  RunwayTimeline *self;
  RunwayPlan     *plan;
  double          first;
  double          range_end;
  double          as_of;
  GHashTable     *releases;            /* product id → GPtrArray of releases, by GA */
  GHashTable     *deployments;         /* release id → GPtrArray of deployments */
  GHashTable     *roadmap;             /* product id → GPtrArray of roadmap items */
  GHashTable     *products_of_vendor;  /* vendor id → GPtrArray of products */
  GHashTable     *products_of_cap;     /* capability id → GHashTable set of product ids */
  GHashTable     *owner;               /* capability id → its team id, inherited */
  GHashTable     *allowed;             /* capability ids the filters let through */
  GHashTable     *migrated;            /* release ids in shown migrations of those */
  GHashTable     *active_targets;      /* release id → GPtrArray of migrations to it */
  GHashTable     *release_nodes;       /* release id → GPtrArray of nodes */
  GHashTable     *product_nodes;
  GHashTable     *capability_nodes;
  GHashTable     *vendor_nodes;
} Build;

static void
node_free (gpointer data)
{
  Node *node = data;

  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_clear_pointer (&node->items, g_array_unref);
  g_clear_pointer (&node->risks, g_ptr_array_unref);
  g_free (node);
}

static GHashTable *
new_id_set (const gint64 *ids,
            guint         n_ids)
{
  GHashTable *set;

  if (n_ids == 0)
    return NULL;
  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (set, ID_KEY (ids[i]));
  return set;
}

static gboolean
parse_day (const char *text,
           double     *out_day)
{
  guint32 day;

  if (text == NULL || !runway_date_parse (text, &day, NULL))
    return FALSE;
  *out_day = day;
  return TRUE;
}

static void
invalidate_tree (RunwayTimeline *self)
{
  self->range_valid = FALSE;
  self->tree_dirty = TRUE;
  self->rows_dirty = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
invalidate_rows (RunwayTimeline *self)
{
  self->rows_dirty = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static guint32
resolve_day (RunwayTimeline *self,
             guint           column)
{
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (self->plan));
  guint32 day;

  if (runway_date_parse (runway_entity_get_string (settings, column), &day, NULL))
    return day;
  return 0;
}

/* Converting coordinates is hot: the range is resolved once per change. */
static void
ensure_range (RunwayTimeline *self)
{
  guint32 first, last;

  if (self->range_valid)
    return;
  first = self->first_day ? self->first_day : resolve_day (self, RUNWAY_SETTINGS_HORIZON_START);
  if (first == 0)
    first = runway_date_add_months (runway_timeline_get_today (self), -24);
  last = self->last_day ? self->last_day : resolve_day (self, RUNWAY_SETTINGS_HORIZON_END);
  if (last == 0)
    last = runway_date_add_months (runway_timeline_get_today (self), 96);
  self->range_first = first;
  self->range_last = MAX (first, last);
  self->range_valid = TRUE;
}

/* -- building the tree -- */

static GPtrArray *
lookup_list (GHashTable *table,
             gint64      id)
{
  return g_hash_table_lookup (table, ID_KEY (id));
}

static void
add_to_list (GHashTable *table,
             gint64      id,
             gpointer    item)
{
  GPtrArray *list = g_hash_table_lookup (table, ID_KEY (id));

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, ID_KEY (id), list);
    }
  g_ptr_array_add (list, item);
}

static int
compare_releases (gconstpointer a,
                  gconstpointer b)
{
  RunwayEntity *ra = *(RunwayEntity **) a;
  RunwayEntity *rb = *(RunwayEntity **) b;
  RunwayMilestone ga = runway_entity_get_milestone (ra, RUNWAY_RELEASE_GA);
  RunwayMilestone gb = runway_entity_get_milestone (rb, RUNWAY_RELEASE_GA);
  gboolean known_a = ga.kind == RUNWAY_MILESTONE_DATE;
  gboolean known_b = gb.kind == RUNWAY_MILESTONE_DATE;

  if (known_a != known_b)
    return known_a ? -1 : 1;
  if (known_a && ga.day != gb.day)
    return ga.day < gb.day ? -1 : 1;
  return runway_entity_get_id (ra) < runway_entity_get_id (rb) ? -1 : 1;
}

/* Vendors, products and teams are labelled by their names. */
static const char *
get_name (RunwayEntity *entity)
{
  return runway_entity_get_string (entity, runway_schema_get_table (
                                             runway_entity_get_kind (entity))->label_column);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  RunwayEntity *ea = *(RunwayEntity **) a;
  RunwayEntity *eb = *(RunwayEntity **) b;
  int diff = g_utf8_collate (get_name (ea), get_name (eb));

  if (diff != 0)
    return diff;
  return runway_entity_get_id (ea) < runway_entity_get_id (eb) ? -1 : 1;
}

static gboolean
migration_is_active (RunwayEntity *migration)
{
  const char *status = runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS);

  return g_strcmp0 (status, "planned") == 0 || g_strcmp0 (status, "in-progress") == 0;
}

static gboolean
migration_is_shown (RunwayEntity *migration)
{
  return g_strcmp0 (runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS),
                    "cancelled") != 0;
}

static void
add_product_of_capability (Build  *b,
                           gint64  capability_id,
                           gint64  release_id)
{
  RunwayEntity *release = runway_plan_lookup (b->plan, RUNWAY_KIND_RELEASE, release_id);
  GHashTable *set;

  if (release == NULL)
    return;
  set = g_hash_table_lookup (b->products_of_cap, ID_KEY (capability_id));
  if (set == NULL)
    {
      set = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (b->products_of_cap, ID_KEY (capability_id), set);
    }
  g_hash_table_add (set, ID_KEY (runway_entity_get_int (release, RUNWAY_RELEASE_PRODUCT)));
}

static void
collect_owners (Build      *b,
                GListModel *capabilities,
                gint64      inherited,
                gboolean    inherited_allowed)
{
  RunwayTimeline *self = b->self;
  guint n = g_list_model_get_n_items (capabilities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) capability = g_list_model_get_item (capabilities, i);
      gint64 id = runway_entity_get_id (capability);
      gint64 owner = runway_entity_get_int (capability, RUNWAY_CAPABILITY_OWNER);
      gboolean in_subtree = inherited_allowed
                            || self->capabilities == NULL
                            || g_hash_table_contains (self->capabilities, ID_KEY (id));

      if (owner == 0)
        owner = inherited;
      g_hash_table_insert (b->owner, ID_KEY (id), ID_KEY (owner));
      if (in_subtree
          && (self->teams == NULL || g_hash_table_contains (self->teams, ID_KEY (owner))))
        g_hash_table_add (b->allowed, ID_KEY (id));

      collect_owners (b, runway_plan_get_children (b->plan, RUNWAY_CAPABILITY (capability)), owner,
                      in_subtree && self->capabilities != NULL);
    }
}

static void
index_plan (Build *b)
{
  RunwayPlan *plan = b->plan;
  GListModel *model;
  guint n;
  GHashTableIter iter;
  gpointer value;

  b->releases = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->deployments = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->roadmap = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->products_of_vendor = g_hash_table_new_full (NULL, NULL, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
  b->products_of_cap = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) g_hash_table_unref);
  b->owner = g_hash_table_new (NULL, NULL);
  b->allowed = g_hash_table_new (NULL, NULL);
  b->migrated = g_hash_table_new (NULL, NULL);
  b->active_targets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->release_nodes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->product_nodes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->capability_nodes = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) g_ptr_array_unref);
  b->vendor_nodes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  /* The models' items are live entities the plan holds, so borrowing them
   * for the length of a layout is safe. */
  model = runway_plan_get_model (plan, RUNWAY_KIND_RELEASE);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (model, i);

      add_to_list (b->releases, runway_entity_get_int (release, RUNWAY_RELEASE_PRODUCT), release);
    }
  g_hash_table_iter_init (&iter, b->releases);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_releases);

  model = runway_plan_get_model (plan, RUNWAY_KIND_PRODUCT);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (model, i);

      add_to_list (b->products_of_vendor, runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR),
                   product);
    }
  g_hash_table_iter_init (&iter, b->products_of_vendor);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_by_name);

  model = runway_plan_get_model (plan, RUNWAY_KIND_ROADMAP_ITEM);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) item = g_list_model_get_item (model, i);

      add_to_list (b->roadmap, runway_entity_get_int (item, RUNWAY_ROADMAP_ITEM_PRODUCT), item);
    }

  model = runway_plan_get_model (plan, RUNWAY_KIND_DEPLOYMENT);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) deployment = g_list_model_get_item (model, i);
      gint64 release = runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_RELEASE);

      add_to_list (b->deployments, release, deployment);
      add_product_of_capability (b, runway_entity_get_int (deployment,
                                                           RUNWAY_DEPLOYMENT_CAPABILITY), release);
    }

  collect_owners (b, runway_plan_get_children (plan, NULL), 0, FALSE);

  model = runway_plan_get_model (plan, RUNWAY_KIND_MIGRATION);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) migration = g_list_model_get_item (model, i);
      gint64 capability = runway_entity_get_int (migration, RUNWAY_MIGRATION_CAPABILITY);
      gint64 from = runway_entity_get_int (migration, RUNWAY_MIGRATION_FROM);
      gint64 to = runway_entity_get_int (migration, RUNWAY_MIGRATION_TO);

      if (!migration_is_shown (migration))
        continue;
      add_product_of_capability (b, capability, from);
      add_product_of_capability (b, capability, to);
      if (g_hash_table_contains (b->allowed, ID_KEY (capability)))
        {
          g_hash_table_add (b->migrated, ID_KEY (from));
          g_hash_table_add (b->migrated, ID_KEY (to));
        }
      if (migration_is_active (migration))
        add_to_list (b->active_targets, to, migration);
    }
}

static void
build_clear (Build *b)
{
  g_clear_pointer (&b->releases, g_hash_table_unref);
  g_clear_pointer (&b->deployments, g_hash_table_unref);
  g_clear_pointer (&b->roadmap, g_hash_table_unref);
  g_clear_pointer (&b->products_of_vendor, g_hash_table_unref);
  g_clear_pointer (&b->products_of_cap, g_hash_table_unref);
  g_clear_pointer (&b->owner, g_hash_table_unref);
  g_clear_pointer (&b->allowed, g_hash_table_unref);
  g_clear_pointer (&b->migrated, g_hash_table_unref);
  g_clear_pointer (&b->active_targets, g_hash_table_unref);
  g_clear_pointer (&b->release_nodes, g_hash_table_unref);
  g_clear_pointer (&b->product_nodes, g_hash_table_unref);
  g_clear_pointer (&b->capability_nodes, g_hash_table_unref);
  g_clear_pointer (&b->vendor_nodes, g_hash_table_unref);
}

static gboolean
is_allowed_capability (Build  *b,
                       gint64  capability_id)
{
  return g_hash_table_contains (b->allowed, ID_KEY (capability_id));
}

static Node *
new_node (Build                 *b,
          Node                  *parent,
          RunwayTimelineRowKind  kind,
          RunwayEntity          *entity,
          gint64                 capability_id,
          const char            *key_part,
          const char            *label,
          const char            *title)
{
  RunwayTimeline *self = b->self;
  Node *node = g_new0 (Node, 1);
  g_autofree char *key = parent ? g_strconcat (parent->key, "/", key_part, NULL)
                                : g_strdup (key_part);

  node->kind = kind;
  node->parent = parent;
  node->children = g_ptr_array_new ();
  node->entity_kind = entity ? runway_entity_get_kind (entity) : RUNWAY_KIND_TEAM;
  node->entity_id = entity ? runway_entity_get_id (entity) : 0;
  node->capability_id = capability_id;
  node->key = g_string_chunk_insert (self->strings, key);
  node->label = g_string_chunk_insert_const (self->strings, label);
  node->title = title ? g_string_chunk_insert_const (self->strings, title) : node->label;
  node->depth = parent ? parent->depth + 1 : 0;
  node->items = g_array_new (FALSE, TRUE, sizeof (RunwayTimelineItem));
  node->worst = -1;
  g_ptr_array_add (self->nodes, node);
  return node;
}

/* A node that got nothing below it is taken out again. */
static void
attach_or_drop (Build     *b,
                Node      *node,
                GPtrArray *siblings)
{
  if (node->children->len == 0 && node->items->len == 0
      && node->kind != RUNWAY_TIMELINE_ROW_RELEASE)
    {
      node->removed = TRUE;
      return;
    }
  g_ptr_array_add (siblings, node);
}

static void
register_node (GHashTable *table,
               gint64      id,
               Node       *node)
{
  add_to_list (table, id, node);
}

static RunwayTimelineItem
new_item (RunwayTimelineItemKind kind,
          double                 start,
          double                 end,
          double                 top,
          double                 bottom)
{
  RunwayTimelineItem item = { 0 };

  item.kind = kind;
  item.start = start;
  item.end = end;
  item.solid_start = start;
  item.solid_end = end;
  item.top = top;
  item.bottom = bottom;
  item.to_row = 0;
  return item;
}

static void
add_phase (Node                *node,
           RunwayTimelinePhase  phase,
           double               start,
           double               end,
           guint                flags)
{
  RunwayTimelineItem item;

  if (!(end > start))
    return;
  item = new_item (RUNWAY_TIMELINE_ITEM_PHASE, start, end, RUNWAY_TIMELINE_BAR_TOP,
                   RUNWAY_TIMELINE_BAR_BOTTOM);
  item.phase = phase;
  item.flags = flags;
  item.entity_kind = RUNWAY_KIND_RELEASE;
  item.entity_id = node->entity_id;
  g_array_append_val (node->items, item);
}

/* The last supported phase may end openly: solid to what is known, then a fade. */
static void
add_supported_phase (Node                *node,
                     RunwayTimelinePhase  phase,
                     double               start,
                     double               end,
                     double               known,
                     guint                flags)
{
  RunwayTimelineItem item;

  if (!(flags & RUNWAY_TIMELINE_OPEN_END))
    {
      add_phase (node, phase, start, end, flags);
      return;
    }
  known = MAX (start, known);
  item = new_item (RUNWAY_TIMELINE_ITEM_PHASE, start, known + RUNWAY_TIMELINE_FADE_DAYS,
                   RUNWAY_TIMELINE_BAR_TOP, RUNWAY_TIMELINE_BAR_BOTTOM);
  item.solid_end = known;
  item.phase = phase;
  item.flags = flags;
  item.entity_kind = RUNWAY_KIND_RELEASE;
  item.entity_id = node->entity_id;
  g_array_append_val (node->items, item);
}

static void
fade_in_first_phase (Node  *node,
                     guint  first_item)
{
  RunwayTimelineItem *item;

  if (first_item >= node->items->len)
    return;
  item = &g_array_index (node->items, RunwayTimelineItem, first_item);
  item->flags |= RUNWAY_TIMELINE_OPEN_START;
  item->solid_start = item->start;
  item->start -= RUNWAY_TIMELINE_FADE_DAYS / 2;
}

/* The release's lifecycle phases, given the deployments on its row. */
static void
add_lifecycle (Build        *b,
               Node         *node,
               RunwayEntity *release,
               GPtrArray    *deployments)
{
  RunwayMilestone ga = runway_entity_get_milestone (release, RUNWAY_RELEASE_GA);
  RunwayMilestone eos = runway_entity_get_milestone (release, RUNWAY_RELEASE_END_OF_SUPPORT);
  RunwayMilestone eol = runway_entity_get_milestone (release, RUNWAY_RELEASE_END_OF_LIFE);
  RunwayMilestone ese = runway_entity_get_milestone (release,
                                                     RUNWAY_RELEASE_EXTENDED_SUPPORT_END);
  gboolean contracted = runway_entity_get_int (release,
                                               RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED) != 0;
  double first_deployed = INFINITY, last_deployed = -INFINITY, first_exact = INFINITY;
  double start, eol_day = NAN, split = NAN, covered;
  guint eol_flags = 0, split_flags = 0, first_phase;
  gboolean known_start = ga.kind == RUNWAY_MILESTONE_DATE;

  for (guint i = 0; deployments != NULL && i < deployments->len; i++)
    {
      RunwayEntity *deployment = g_ptr_array_index (deployments, i);
      double from, until;

      if (parse_day (runway_entity_get_string (deployment, RUNWAY_DEPLOYMENT_FROM), &from))
        first_deployed = MIN (first_deployed, from);
      if (parse_day (runway_entity_get_string (deployment, RUNWAY_DEPLOYMENT_UNTIL), &until))
        last_deployed = MAX (last_deployed, until);
      else
        last_deployed = MAX (last_deployed, b->range_end);
    }

  if (eos.kind == RUNWAY_MILESTONE_DATE)
    first_exact = MIN (first_exact, eos.day);
  if (eol.kind == RUNWAY_MILESTONE_DATE)
    first_exact = MIN (first_exact, eol.day);
  if (ese.kind == RUNWAY_MILESTONE_DATE)
    first_exact = MIN (first_exact, ese.day);

  if (known_start)
    start = ga.day;
  else
    start = MIN (isfinite (first_deployed) ? first_deployed : b->as_of, first_exact);

  if (known_start && start > b->as_of)
    add_phase (node, RUNWAY_TIMELINE_PHASE_BEFORE_GA, b->as_of, start, 0);
  first_phase = node->items->len;

  switch (eol.kind)
    {
    case RUNWAY_MILESTONE_DATE:
      eol_day = MAX (eol.day, start);
      break;
    case RUNWAY_MILESTONE_ENDED:
      eol_day = MAX (b->as_of, start);
      eol_flags = RUNWAY_TIMELINE_UNCERTAIN;
      break;
    case RUNWAY_MILESTONE_NONE:
    case RUNWAY_MILESTONE_UNKNOWN:
    default:
      eol_flags = RUNWAY_TIMELINE_OPEN_END;
      break;
    }

  if (eos.kind == RUNWAY_MILESTONE_DATE && eos.day > start
      && (isnan (eol_day) || eos.day < eol_day))
    split = eos.day;
  else if (eos.kind == RUNWAY_MILESTONE_ENDED && b->as_of > start
           && (isnan (eol_day) || b->as_of < eol_day))
    {
      split = b->as_of;
      split_flags = RUNWAY_TIMELINE_UNCERTAIN;
    }

  if (!isnan (split))
    {
      double known = MAX (split, b->as_of);

      add_phase (node, RUNWAY_TIMELINE_PHASE_MAINSTREAM, start, split, split_flags);
      add_supported_phase (node, RUNWAY_TIMELINE_PHASE_SECURITY, split, eol_day, known,
                           split_flags | eol_flags);
    }
  else
    add_supported_phase (node, RUNWAY_TIMELINE_PHASE_MAINSTREAM, start, eol_day,
                         MAX (start, b->as_of), eol_flags);

  if (!known_start)
    fade_in_first_phase (node, first_phase);

  if (isnan (eol_day))
    return;

  covered = eol_day;
  if (ese.kind == RUNWAY_MILESTONE_DATE && ese.day > eol_day)
    {
      add_phase (node, RUNWAY_TIMELINE_PHASE_EXTENDED, eol_day, ese.day,
                 contracted ? RUNWAY_TIMELINE_CONTRACTED : 0);
      if (contracted)
        covered = ese.day;
    }
  else if (contracted && (ese.kind == RUNWAY_MILESTONE_NONE
                          || ese.kind == RUNWAY_MILESTONE_UNKNOWN))
    {
      add_supported_phase (node, RUNWAY_TIMELINE_PHASE_EXTENDED, eol_day, NAN,
                           MAX (eol_day, b->as_of),
                           RUNWAY_TIMELINE_CONTRACTED | RUNWAY_TIMELINE_OPEN_END);
      covered = INFINITY;
    }

  if (last_deployed > covered)
    {
      double from = isfinite (first_deployed) ? MAX (first_deployed, covered) : covered;
      guint flags = last_deployed >= b->range_end ? RUNWAY_TIMELINE_ONGOING : 0;

      add_phase (node, RUNWAY_TIMELINE_PHASE_PAST_EOL, from, last_deployed, flags);
    }
}

static guint
environment_index (const char *environment)
{
  for (guint i = 0; runway_environments[i] != NULL; i++)
    if (g_strcmp0 (runway_environments[i], environment) == 0)
      return i;
  return 0;
}

static void
add_deployments (Build        *b,
                 Node         *node,
                 RunwayEntity *release,
                 GPtrArray    *deployments)
{
  guint present = 0, n_lanes = 0, lane_of[4] = { 0 };
  double lane_height;
  RunwayMilestone ga = runway_entity_get_milestone (release, RUNWAY_RELEASE_GA);

  for (guint i = 0; i < deployments->len; i++)
    present |= 1u << environment_index (runway_entity_get_string (g_ptr_array_index (deployments,
                                                                                     i),
                                                                  RUNWAY_DEPLOYMENT_ENVIRONMENT));
  for (guint i = 0; i < G_N_ELEMENTS (environment_order); i++)
    if (present & (1u << environment_order[i]))
      lane_of[environment_order[i]] = n_lanes++;
  if (n_lanes == 0)
    return;
  lane_height = (RUNWAY_TIMELINE_DEPLOYMENT_BOTTOM - RUNWAY_TIMELINE_DEPLOYMENT_TOP) / n_lanes;

  for (guint i = 0; i < deployments->len; i++)
    {
      RunwayEntity *deployment = g_ptr_array_index (deployments, i);
      guint environment = environment_index (runway_entity_get_string (deployment,
                                                               RUNWAY_DEPLOYMENT_ENVIRONMENT));
      double top = RUNWAY_TIMELINE_DEPLOYMENT_TOP + lane_of[environment] * lane_height;
      double from, until;
      guint flags = 0;
      RunwayTimelineItem item;

      if (!parse_day (runway_entity_get_string (deployment, RUNWAY_DEPLOYMENT_FROM), &from))
        {
          from = ga.kind == RUNWAY_MILESTONE_DATE ? ga.day : b->first;
          flags |= RUNWAY_TIMELINE_OPEN_START;
        }
      if (!parse_day (runway_entity_get_string (deployment, RUNWAY_DEPLOYMENT_UNTIL), &until))
        {
          until = MAX (b->range_end, from + 1);
          flags |= RUNWAY_TIMELINE_ONGOING;
        }
      if (!(until > from))
        continue;

      item = new_item (RUNWAY_TIMELINE_ITEM_DEPLOYMENT, from, until, top, top + lane_height);
      item.flags = flags;
      item.environment = environment;
      item.entity_kind = RUNWAY_KIND_DEPLOYMENT;
      item.entity_id = runway_entity_get_id (deployment);
      g_array_append_val (node->items, item);
    }
}

static void
add_roadmap (Build  *b,
             Node   *node,
             gint64  product_id)
{
  GPtrArray *items = lookup_list (b->roadmap, product_id);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      RunwayEntity *roadmap = g_ptr_array_index (items, i);
      const char *confidence = runway_entity_get_string (roadmap, RUNWAY_ROADMAP_ITEM_CONFIDENCE);
      RunwayTimelineItem item;
      double day;

      if (!parse_day (runway_entity_get_string (roadmap, RUNWAY_ROADMAP_ITEM_DATE), &day))
        continue;
      item = new_item (RUNWAY_TIMELINE_ITEM_ROADMAP, day, day, 0.5, 0.5);
      item.confidence = 0;
      for (guint c = 0; runway_roadmap_confidences[c] != NULL; c++)
        if (g_strcmp0 (runway_roadmap_confidences[c], confidence) == 0)
          item.confidence = c;
      item.entity_kind = RUNWAY_KIND_ROADMAP_ITEM;
      item.entity_id = runway_entity_get_id (roadmap);
      item.label = g_string_chunk_insert_const (b->self->strings,
                                                runway_entity_get_string (roadmap,
                                                                  RUNWAY_ROADMAP_ITEM_TITLE));
      g_array_append_val (node->items, item);
    }
}

/* The deployments a release row shows: its capability's, or in vendor
 * grouping those of every capability the filters let through. */
static GPtrArray *
dup_row_deployments (Build  *b,
                     gint64  release_id,
                     gint64  capability_id)
{
  GPtrArray *all = lookup_list (b->deployments, release_id);
  GPtrArray *mine = g_ptr_array_new ();

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      RunwayEntity *deployment = g_ptr_array_index (all, i);
      gint64 capability = runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_CAPABILITY);

      if (capability_id != 0 ? capability == capability_id : is_allowed_capability (b, capability))
        g_ptr_array_add (mine, deployment);
    }
  return mine;
}

/* Deployed only keeps the releases deployed on the row's capability and
 * where their planned and running migrations lead. */
static gboolean
is_migration_target (Build  *b,
                     gint64  release_id,
                     gint64  capability_id)
{
  GPtrArray *migrations = lookup_list (b->active_targets, release_id);

  for (guint i = 0; migrations != NULL && i < migrations->len; i++)
    {
      RunwayEntity *migration = g_ptr_array_index (migrations, i);
      gint64 capability = runway_entity_get_int (migration, RUNWAY_MIGRATION_CAPABILITY);
      g_autoptr(GPtrArray) from_deployments = NULL;

      if (capability_id != 0 ? capability != capability_id : !is_allowed_capability (b, capability))
        continue;
      from_deployments = dup_row_deployments (b, runway_entity_get_int (migration,
                                                                        RUNWAY_MIGRATION_FROM),
                                              capability);
      if (from_deployments->len > 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_shown_release (Build        *b,
                  RunwayEntity *release,
                  gint64        capability_id,
                  GPtrArray    *deployments)
{
  gint64 id = runway_entity_get_id (release);

  if (deployments->len > 0)
    return TRUE;
  if (b->self->deployed_only)
    return is_migration_target (b, id, capability_id);
  /* grouped by vendor under a capability or team filter: what those use */
  if (capability_id == 0 && (b->self->capabilities != NULL || b->self->teams != NULL))
    return g_hash_table_contains (b->migrated, ID_KEY (id));
  return TRUE;
}

static void
add_product (Build        *b,
             Node         *parent,
             RunwayEntity *product,
             gint64        capability_id)
{
  gint64 product_id = runway_entity_get_id (product);
  g_autofree char *key = g_strdup_printf ("p%" G_GINT64_FORMAT, product_id);
  const char *name = runway_entity_get_string (product, RUNWAY_PRODUCT_NAME);
  Node *node = new_node (b, parent, RUNWAY_TIMELINE_ROW_PRODUCT, product, capability_id, key,
                         name, NULL);
  RunwayEntity *vendor = runway_plan_lookup (b->plan, RUNWAY_KIND_VENDOR,
                                             runway_entity_get_int (product,
                                                                    RUNWAY_PRODUCT_VENDOR));
  GPtrArray *releases = lookup_list (b->releases, product_id);
  gboolean any_release = FALSE;

  for (guint i = 0; releases != NULL && i < releases->len; i++)
    {
      RunwayEntity *release = g_ptr_array_index (releases, i);
      gint64 release_id = runway_entity_get_id (release);
      g_autoptr(GPtrArray) deployments = dup_row_deployments (b, release_id, capability_id);
      g_autofree char *release_key = NULL;
      g_autofree char *title = NULL;
      Node *release_node;

      if (!is_shown_release (b, release, capability_id, deployments))
        continue;

      release_key = g_strdup_printf ("r%" G_GINT64_FORMAT, release_id);
      title = runway_plan_dup_title (b->plan, release);
      release_node = new_node (b, node, RUNWAY_TIMELINE_ROW_RELEASE, release, capability_id,
                               release_key,
                               runway_entity_get_string (release, RUNWAY_RELEASE_VERSION), title);
      add_lifecycle (b, release_node, release, deployments);
      add_deployments (b, release_node, release, deployments);
      register_node (b->release_nodes, release_id, release_node);
      g_ptr_array_add (node->children, release_node);
      any_release = TRUE;
    }

  /* a product nothing on the timeline uses is noise in a filtered view */
  if (!any_release && (b->self->deployed_only || b->self->capabilities || b->self->teams))
    {
      node->removed = TRUE;
      return;
    }
  if (vendor != NULL && b->self->grouping != RUNWAY_TIMELINE_GROUP_BY_VENDOR)
    node->detail = g_string_chunk_insert_const (b->self->strings,
                                                runway_entity_get_string (vendor,
                                                                          RUNWAY_VENDOR_NAME));
  add_roadmap (b, node, product_id);
  register_node (b->product_nodes, product_id, node);
  attach_or_drop (b, node, parent ? parent->children : b->self->roots);
}

static gboolean
is_wanted_product (Build        *b,
                   RunwayEntity *product)
{
  return b->self->vendors == NULL
         || g_hash_table_contains (b->self->vendors,
                                   ID_KEY (runway_entity_get_int (product,
                                                                  RUNWAY_PRODUCT_VENDOR)));
}

static void
add_products_of_capability (Build  *b,
                            Node   *node,
                            gint64  capability_id)
{
  GHashTable *set = g_hash_table_lookup (b->products_of_cap, ID_KEY (capability_id));
  g_autoptr(GPtrArray) products = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  if (set == NULL)
    return;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      RunwayEntity *product = runway_plan_lookup (b->plan, RUNWAY_KIND_PRODUCT,
                                                  (gint64) GPOINTER_TO_SIZE (key));

      if (product != NULL && is_wanted_product (b, product))
        g_ptr_array_add (products, product);
    }
  g_ptr_array_sort (products, compare_by_name);
  for (guint i = 0; i < products->len; i++)
    add_product (b, node, g_ptr_array_index (products, i), capability_id);
}

static Node *
new_capability_node (Build        *b,
                     Node         *parent,
                     RunwayEntity *capability)
{
  gint64 id = runway_entity_get_id (capability);
  g_autofree char *key = g_strdup_printf ("c%" G_GINT64_FORMAT, id);
  Node *node = new_node (b, parent, RUNWAY_TIMELINE_ROW_CAPABILITY, capability, id, key,
                         runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME), NULL);

  register_node (b->capability_nodes, id, node);
  return node;
}

static void
add_capability_tree (Build        *b,
                     Node         *parent,
                     RunwayEntity *capability)
{
  gint64 id = runway_entity_get_id (capability);
  Node *node = new_capability_node (b, parent, capability);
  GListModel *children = runway_plan_get_children (b->plan, RUNWAY_CAPABILITY (capability));
  guint n = g_list_model_get_n_items (children);

  if (is_allowed_capability (b, id))
    add_products_of_capability (b, node, id);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) child = g_list_model_get_item (children, i);

      add_capability_tree (b, node, child);
    }
  attach_or_drop (b, node, parent ? parent->children : b->self->roots);
}

static void
build_by_capability (Build *b)
{
  GListModel *roots = runway_plan_get_children (b->plan, NULL);
  guint n = g_list_model_get_n_items (roots);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) capability = g_list_model_get_item (roots, i);

      add_capability_tree (b, NULL, capability);
    }
}

static void
build_by_vendor (Build *b)
{
  GListModel *model = runway_plan_get_model (b->plan, RUNWAY_KIND_VENDOR);
  g_autoptr(GPtrArray) vendors = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (vendors, g_list_model_get_item (model, i));
  g_ptr_array_sort (vendors, compare_by_name);

  for (guint i = 0; i < vendors->len; i++)
    {
      RunwayEntity *vendor = g_ptr_array_index (vendors, i);
      gint64 id = runway_entity_get_id (vendor);
      g_autofree char *key = g_strdup_printf ("v%" G_GINT64_FORMAT, id);
      GPtrArray *products = lookup_list (b->products_of_vendor, id);
      Node *node;
      double contract_end;

      if (b->self->vendors != NULL && !g_hash_table_contains (b->self->vendors, ID_KEY (id)))
        continue;
      node = new_node (b, NULL, RUNWAY_TIMELINE_ROW_VENDOR, vendor, 0, key,
                       runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME), NULL);
      for (guint p = 0; products != NULL && p < products->len; p++)
        add_product (b, node, g_ptr_array_index (products, p), 0);

      if (node->children->len > 0
          && parse_day (runway_entity_get_string (vendor, RUNWAY_VENDOR_CONTRACT_END),
                        &contract_end))
        {
          RunwayTimelineItem item = new_item (RUNWAY_TIMELINE_ITEM_CONTRACT_END, contract_end,
                                              contract_end, 0.5, 0.5);

          item.entity_kind = RUNWAY_KIND_VENDOR;
          item.entity_id = id;
          item.label = g_string_chunk_insert_const (b->self->strings, _("contract ends"));
          g_array_append_val (node->items, item);
        }
      register_node (b->vendor_nodes, id, node);
      attach_or_drop (b, node, b->self->roots);
    }
}

static void
collect_owned (Build      *b,
               GListModel *capabilities,
               gint64      team_id,
               GPtrArray  *owned)
{
  guint n = g_list_model_get_n_items (capabilities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) capability = g_list_model_get_item (capabilities, i);
      gint64 id = runway_entity_get_id (capability);

      if ((gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (b->owner, ID_KEY (id))) == team_id
          && is_allowed_capability (b, id))
        g_ptr_array_add (owned, g_object_ref (capability));
      collect_owned (b, runway_plan_get_children (b->plan, RUNWAY_CAPABILITY (capability)),
                     team_id, owned);
    }
}

static void
add_team (Build        *b,
          RunwayEntity *team,
          gint64        team_id)
{
  g_autofree char *key = g_strdup_printf ("t%" G_GINT64_FORMAT, team_id);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_object_unref);
  Node *node;

  collect_owned (b, runway_plan_get_children (b->plan, NULL), team_id, owned);
  node = new_node (b, NULL, RUNWAY_TIMELINE_ROW_TEAM, team, 0, key,
                   team ? runway_entity_get_string (team, RUNWAY_TEAM_NAME) : _("No owner team"),
                   NULL);
  for (guint i = 0; i < owned->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (owned, i);
      Node *capability_node = new_capability_node (b, node, capability);

      add_products_of_capability (b, capability_node, runway_entity_get_id (capability));
      attach_or_drop (b, capability_node, node->children);
    }
  attach_or_drop (b, node, b->self->roots);
}

static void
build_by_team (Build *b)
{
  GListModel *model = runway_plan_get_model (b->plan, RUNWAY_KIND_TEAM);
  g_autoptr(GPtrArray) teams = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (teams, g_list_model_get_item (model, i));
  g_ptr_array_sort (teams, compare_by_name);

  for (guint i = 0; i < teams->len; i++)
    {
      RunwayEntity *team = g_ptr_array_index (teams, i);

      if (b->self->teams == NULL
          || g_hash_table_contains (b->self->teams, ID_KEY (runway_entity_get_id (team))))
        add_team (b, team, runway_entity_get_id (team));
    }
  if (b->self->teams == NULL)
    add_team (b, NULL, 0);
}

/* The one node a migration end sits on, within the migration's capability. */
static Node *
find_release_node (Build  *b,
                   gint64  release_id,
                   gint64  capability_id)
{
  GPtrArray *nodes = lookup_list (b->release_nodes, release_id);

  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    {
      Node *node = g_ptr_array_index (nodes, i);

      if (node->capability_id == 0 || node->capability_id == capability_id)
        return node;
    }
  return NULL;
}

static const char *
dup_migration_label (Build      *b,
                     const char *arrow,
                     gint64      release_id)
{
  RunwayEntity *release = runway_plan_lookup (b->plan, RUNWAY_KIND_RELEASE, release_id);
  g_autofree char *title = release ? runway_plan_dup_title (b->plan, release) : g_strdup ("?");
  g_autofree char *label = g_strdup_printf ("%s %s", arrow, title);

  return g_string_chunk_insert (b->self->strings, label);
}

static void
add_migrations (Build *b)
{
  GListModel *model = runway_plan_get_model (b->plan, RUNWAY_KIND_MIGRATION);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) migration = g_list_model_get_item (model, i);
      gint64 capability = runway_entity_get_int (migration, RUNWAY_MIGRATION_CAPABILITY);
      gint64 from_id = runway_entity_get_int (migration, RUNWAY_MIGRATION_FROM);
      gint64 to_id = runway_entity_get_int (migration, RUNWAY_MIGRATION_TO);
      const char *status = runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS);
      PendingMigration pending = { 0 };
      double start, end;
      gboolean has_start, has_end;

      if (!migration_is_shown (migration) || !is_allowed_capability (b, capability))
        continue;
      pending.from = find_release_node (b, from_id, capability);
      pending.to = find_release_node (b, to_id, capability);
      if (pending.from == NULL && pending.to == NULL)
        continue;

      has_start = parse_day (runway_entity_get_string (migration, RUNWAY_MIGRATION_START), &start);
      has_end = parse_day (runway_entity_get_string (migration, RUNWAY_MIGRATION_END), &end);
      if (!has_start)
        start = has_end ? end : b->as_of;
      if (!has_end)
        end = start;

      pending.item = new_item (RUNWAY_TIMELINE_ITEM_MIGRATION, start, MAX (start, end), 0, 0);
      pending.item.flags = (has_start ? 0 : RUNWAY_TIMELINE_OPEN_START)
                           | (has_end ? 0 : RUNWAY_TIMELINE_OPEN_END);
      for (guint s = 0; runway_migration_statuses[s] != NULL; s++)
        if (g_strcmp0 (runway_migration_statuses[s], status) == 0)
          pending.item.status = s;
      pending.item.entity_kind = RUNWAY_KIND_MIGRATION;
      pending.item.entity_id = runway_entity_get_id (migration);
      /* filters applied later may still take either end away */
      pending.to_label = dup_migration_label (b, "→", to_id);
      pending.from_label = dup_migration_label (b, "←", from_id);
      g_array_append_val (b->self->pending, pending);
    }
}

static void
place_risk (Build      *b,
            RunwayRisk *risk)
{
  const char *subject_kind = runway_risk_get_subject_kind (risk);
  gint64 capability = runway_risk_get_capability_id (risk);
  GPtrArray *candidates = NULL;

  if (runway_risk_is_accepted (risk))
    return;
  /* a vendor's slice is about its products */
  if (b->self->vendors != NULL && runway_risk_get_product_id (risk) == 0
      && runway_risk_get_release_id (risk) == 0 && g_strcmp0 (subject_kind, "vendor") != 0)
    return;
  if (runway_risk_get_release_id (risk) != 0)
    candidates = lookup_list (b->release_nodes, runway_risk_get_release_id (risk));
  else if (runway_risk_get_product_id (risk) != 0)
    candidates = lookup_list (b->product_nodes, runway_risk_get_product_id (risk));
  else if (capability != 0)
    candidates = lookup_list (b->capability_nodes, capability);
  else if (g_strcmp0 (subject_kind, "vendor") == 0)
    candidates = lookup_list (b->vendor_nodes, runway_risk_get_subject_id (risk));

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    {
      Node *node = g_ptr_array_index (candidates, i);
      int severity = (int) runway_risk_get_severity (risk);

      if (node->removed
          || (capability != 0 && node->capability_id != 0 && node->capability_id != capability))
        continue;
      if (b->self->min_severity >= 0 && severity > b->self->min_severity)
        continue;
      if (node->risks == NULL)
        node->risks = g_ptr_array_new ();
      g_ptr_array_add (node->risks, risk);
      if (node->worst < 0 || severity < node->worst)
        node->worst = severity;
    }
}

/* Minimum severity: a node stays when it or something below it has a risk. */
static gboolean
prune_by_severity (Node *node)
{
  gboolean keep = node->worst >= 0;

  for (guint i = 0; i < node->children->len;)
    {
      Node *child = g_ptr_array_index (node->children, i);

      if (prune_by_severity (child))
        {
          keep = TRUE;
          i++;
        }
      else
        g_ptr_array_remove_index (node->children, i);
    }
  node->removed = !keep;
  return keep;
}

static void
build_tree (RunwayTimeline *self)
{
  Build b = { 0 };

  g_ptr_array_set_size (self->nodes, 0);
  g_ptr_array_set_size (self->roots, 0);
  g_array_set_size (self->pending, 0);
  g_string_chunk_clear (self->strings);

  b.self = self;
  b.plan = self->plan;
  ensure_range (self);
  b.first = self->range_first;
  b.range_end = (double) self->range_last + 1;
  self->tree_as_of = runway_timeline_get_as_of (self);
  b.as_of = self->tree_as_of;

  index_plan (&b);
  switch (self->grouping)
    {
    case RUNWAY_TIMELINE_GROUP_BY_VENDOR:
      build_by_vendor (&b);
      break;
    case RUNWAY_TIMELINE_GROUP_BY_TEAM:
      build_by_team (&b);
      break;
    case RUNWAY_TIMELINE_GROUP_BY_CAPABILITY:
    default:
      build_by_capability (&b);
      break;
    }

  for (guint i = 0; self->risks != NULL && i < self->risks->len; i++)
    place_risk (&b, g_ptr_array_index (self->risks, i));

  if (self->min_severity >= 0)
    {
      for (guint i = 0; i < self->roots->len;)
        {
          if (prune_by_severity (g_ptr_array_index (self->roots, i)))
            i++;
          else
            g_ptr_array_remove_index (self->roots, i);
        }
    }

  add_migrations (&b);
  build_clear (&b);
  self->tree_dirty = FALSE;
  self->rows_dirty = TRUE;
}

/* -- flattening into rows -- */

static double
marker_centre (const RunwayTimelineRow *row)
{
  return row->kind == RUNWAY_TIMELINE_ROW_RELEASE ? BAR_CENTRE : 0.5;
}

static guint
count_shown_below (RunwayTimeline *self,
                   Node           *node)
{
  guint n = 0;

  for (guint i = 0; i < node->children->len; i++)
    {
      Node *child = g_ptr_array_index (node->children, i);

      n++;
      if (!g_hash_table_contains (self->collapsed, child->key))
        n += count_shown_below (self, child);
    }
  return n;
}

static double
risk_day (RunwayTimeline *self,
          RunwayRisk     *risk)
{
  double day;

  if (parse_day (runway_risk_get_date (risk), &day))
    return day;
  /* staffing and ownership risks hold now */
  return self->tree_as_of;
}

/* A collapsed group takes in the risks of everything inside it. */
static void
hide_below (RunwayTimeline *self,
            Node           *node,
            guint           row,
            GArray         *spots,
            int            *worst)
{
  for (guint i = 0; i < node->children->len; i++)
    {
      Node *child = g_ptr_array_index (node->children, i);

      child->row = row;
      for (guint r = 0; child->risks != NULL && r < child->risks->len; r++)
        {
          RunwayRisk *risk = g_ptr_array_index (child->risks, r);
          Spot spot = { row, risk_day (self, risk), 0.5, risk };

          g_array_append_val (spots, spot);
        }
      if (child->worst >= 0 && (*worst < 0 || child->worst < *worst))
        *worst = child->worst;
      hide_below (self, child, row, spots, worst);
    }
}

static void
flatten (RunwayTimeline *self,
         Node           *node,
         int             parent,
         GArray         *spots)
{
  RunwayTimelineRow row = { 0 };
  guint index = self->rows->len;

  row.kind = node->kind;
  row.key = node->key;
  row.label = node->label;
  row.title = node->title;
  row.detail = node->detail;
  row.depth = node->depth;
  row.parent = parent;
  row.entity_kind = node->entity_kind;
  row.entity_id = node->entity_id;
  row.capability_id = node->capability_id;
  row.expandable = node->children->len > 0;
  row.collapsed = row.expandable && g_hash_table_contains (self->collapsed, node->key);
  row.worst_severity = node->worst;
  node->row = index;

  for (guint i = 0; i < node->items->len; i++)
    {
      RunwayTimelineItem item = g_array_index (node->items, RunwayTimelineItem, i);

      item.row = item.to_row = index;
      item.top += index;
      item.bottom += index;
      g_array_append_val (self->items, item);
    }
  for (guint i = 0; node->risks != NULL && i < node->risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (node->risks, i);
      Spot spot = { index, risk_day (self, risk), marker_centre (&row), risk };

      g_array_append_val (spots, spot);
    }

  if (row.collapsed)
    {
      row.n_hidden = count_shown_below (self, node);
      hide_below (self, node, index, spots, &row.worst_severity);
    }
  g_array_append_val (self->rows, row);
  g_hash_table_insert (self->row_by_key, (gpointer) row.key, GUINT_TO_POINTER (index + 1));

  if (!row.collapsed)
    for (guint i = 0; i < node->children->len; i++)
      flatten (self, g_ptr_array_index (node->children, i), (int) index, spots);
}

static int
compare_spots (gconstpointer a,
               gconstpointer b)
{
  const Spot *sa = a;
  const Spot *sb = b;

  if (sa->row != sb->row)
    return sa->row < sb->row ? -1 : 1;
  if (sa->day != sb->day)
    return sa->day < sb->day ? -1 : 1;
  return runway_risk_compare (sa->risk, sb->risk);
}

/* One marker per row and day, led by its most severe risk. */
static void
add_markers (RunwayTimeline *self,
             GArray         *spots)
{
  g_array_sort (spots, compare_spots);

  for (guint i = 0; i < spots->len;)
    {
      Spot *first = &g_array_index (spots, Spot, i);
      RunwayTimelineItem item = new_item (RUNWAY_TIMELINE_ITEM_RISK, first->day, first->day,
                                          first->row + first->centre,
                                          first->row + first->centre);
      GPtrArray *risks = g_ptr_array_new_with_free_func (g_object_unref);
      guint j;

      for (j = i; j < spots->len; j++)
        {
          Spot *spot = &g_array_index (spots, Spot, j);

          if (spot->row != first->row || spot->day != first->day)
            break;
          if (!g_ptr_array_find (risks, spot->risk, NULL))
            g_ptr_array_add (risks, g_object_ref (spot->risk));
        }
      item.row = item.to_row = first->row;
      item.severity = runway_risk_get_severity (first->risk);
      item.risks = risks;
      item.label = runway_risk_get_rule (first->risk);
      item.entity_kind = runway_schema_kind_for_table (runway_risk_get_subject_kind (first->risk));
      item.entity_id = runway_risk_get_subject_id (first->risk);
      if (item.start < self->range_first)
        item.flags |= RUNWAY_TIMELINE_PINNED;
      g_ptr_array_add (self->marker_risks, risks);
      g_array_append_val (self->items, item);
      i = j;
    }
}

static double
row_centre_of (RunwayTimeline *self,
               Node           *node,
               double          release_centre)
{
  const RunwayTimelineRow *row = &g_array_index (self->rows, RunwayTimelineRow, node->row);

  /* a release hidden in a collapsed group is drawn to the group's row */
  if (row->kind == RUNWAY_TIMELINE_ROW_RELEASE)
    return node->row + release_centre;
  return node->row + 0.5;
}

static void
place_migrations (RunwayTimeline *self)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingMigration *pending = &g_array_index (self->pending, PendingMigration, i);
      Node *from = pending->from && !pending->from->removed ? pending->from : NULL;
      Node *to = pending->to && !pending->to->removed ? pending->to : NULL;
      RunwayTimelineItem item = pending->item;

      if (from == NULL && to == NULL)
        continue;
      item.label = from != NULL ? pending->to_label : pending->from_label;
      if (from != NULL && to != NULL)
        {
          item.row = from->row;
          item.to_row = to->row;
          item.top = row_centre_of (self, from, DEPLOYMENT_CENTRE);
          item.bottom = row_centre_of (self, to, BAR_CENTRE);
          if (item.row == item.to_row)
            item.bottom = item.top;
        }
      else
        {
          Node *only = from ? from : to;

          item.row = item.to_row = only->row;
          item.top = item.bottom = row_centre_of (self, only, DEPLOYMENT_CENTRE);
        }
      g_array_append_val (self->migrations, item);
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const RunwayTimelineItem *ia = a;
  const RunwayTimelineItem *ib = b;

  if (ia->row != ib->row)
    return ia->row < ib->row ? -1 : 1;
  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  return (int) ia->kind - (int) ib->kind;
}

static int
compare_migrations (gconstpointer a,
                    gconstpointer b)
{
  const RunwayTimelineItem *ia = a;
  const RunwayTimelineItem *ib = b;
  guint ra = MIN (ia->row, ia->to_row);
  guint rb = MIN (ib->row, ib->to_row);

  if (ra != rb)
    return ra < rb ? -1 : 1;
  return ia->start < ib->start ? -1 : ia->start > ib->start;
}

static void
build_rows (RunwayTimeline *self)
{
  g_autoptr(GArray) spots = g_array_new (FALSE, FALSE, sizeof (Spot));
  guint n_rows;

  g_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->row_by_key);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->migrations, 0);
  g_ptr_array_set_size (self->marker_risks, 0);

  for (guint i = 0; i < self->roots->len; i++)
    flatten (self, g_ptr_array_index (self->roots, i), -1, spots);
  add_markers (self, spots);
  g_array_sort (self->items, compare_items);

  n_rows = self->rows->len;
  g_array_set_size (self->row_first, n_rows + 1);
  g_array_set_size (self->row_reach, n_rows);
  for (guint r = 0, i = 0; r <= n_rows; r++)
    {
      double reach = 0;

      g_array_index (self->row_first, guint, r) = i;
      if (r == n_rows)
        break;
      for (; i < self->items->len && g_array_index (self->items, RunwayTimelineItem, i).row == r;
           i++)
        {
          RunwayTimelineItem *item = &g_array_index (self->items, RunwayTimelineItem, i);

          reach = MAX (reach, item->end - item->start);
        }
      g_array_index (self->row_reach, double, r) = reach;
    }

  place_migrations (self);
  g_array_sort (self->migrations, compare_migrations);
  self->migration_reach = 0;
  for (guint i = 0; i < self->migrations->len; i++)
    {
      RunwayTimelineItem *item = &g_array_index (self->migrations, RunwayTimelineItem, i);
      guint span = MAX (item->row, item->to_row) - MIN (item->row, item->to_row);

      self->migration_reach = MAX (self->migration_reach, span);
    }

  self->rows_dirty = FALSE;
}

static void
ensure_layout (RunwayTimeline *self)
{
  if (self->tree_dirty)
    build_tree (self);
  if (self->rows_dirty)
    build_rows (self);
}

/* -- the viewport -- */

typedef struct
{
  double x0, x1, y0, y1;
} Box;

static gboolean
is_marker (const RunwayTimelineItem *item)
{
  return item->kind == RUNWAY_TIMELINE_ITEM_RISK || item->kind == RUNWAY_TIMELINE_ITEM_ROADMAP
         || item->kind == RUNWAY_TIMELINE_ITEM_CONTRACT_END;
}

/* The same arithmetic as runway_timeline_day_to_x() and friends, without
 * their checks: a query calls this for every item in view. The caller has
 * resolved the range. */
static Box
item_box (RunwayTimeline           *self,
          const RunwayTimelineItem *item)
{
  Box box;

  g_assert (self->range_valid);
  box.x0 = (item->start - self->range_first) * self->zoom;
  box.x1 = (item->end - self->range_first) * self->zoom;
  box.y0 = MIN (item->top, item->bottom) * self->row_height;
  box.y1 = MAX (item->top, item->bottom) * self->row_height;
  if (is_marker (item))
    {
      double half = self->row_height * MARKER_RATIO / 2;

      box.x0 -= half;
      box.x1 += half;
      box.y0 -= half;
      box.y1 += half;
    }
  return box;
}

static gboolean
boxes_meet (const Box *a,
            const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* The first item of @row that may reach @day: items are by start, and none
 * is longer than the row's reach. */
static guint
find_first_item (RunwayTimeline *self,
                 guint           row,
                 double          day)
{
  guint lo = g_array_index (self->row_first, guint, row);
  guint hi = g_array_index (self->row_first, guint, row + 1);
  double from = day - g_array_index (self->row_reach, double, row);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->items, RunwayTimelineItem, mid).start < from)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static double
distance_to_segment (double px, double py,
                     double ax, double ay,
                     double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double length = dx * dx + dy * dy;
  double t = length > 0 ? ((px - ax) * dx + (py - ay) * dy) / length : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

/* Migrations are drawn as a cubic curve with level ends; follow it. */
static double
distance_to_migration (RunwayTimeline           *self,
                       const RunwayTimelineItem *item,
                       double                    x,
                       double                    y)
{
  double x0 = runway_timeline_day_to_x (self, item->start);
  double x1 = runway_timeline_day_to_x (self, item->end);
  double y0 = runway_timeline_row_to_y (self, item->top);
  double y1 = runway_timeline_row_to_y (self, item->bottom);
  double best = G_MAXDOUBLE, px = x0, py = y0;

  for (guint i = 1; i <= 16; i++)
    {
      double t = i / 16.0, u = 1 - t;
      double mid = (x0 + x1) / 2;
      double qx = u * u * u * x0 + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * x1;
      double qy = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;

      best = MIN (best, distance_to_segment (x, y, px, py, qx, qy));
      px = qx;
      py = qy;
    }
  return best;
}

/* -- GObject -- */

static void
on_plan_changed (RunwayPlan     *plan,
                 RunwayTimeline *self)
{
  invalidate_tree (self);
}

static void
runway_timeline_dispose (GObject *object)
{
  RunwayTimeline *self = RUNWAY_TIMELINE (object);

  g_clear_signal_handler (&self->changed_handler, self->plan);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->risks, g_ptr_array_unref);

  G_OBJECT_CLASS (runway_timeline_parent_class)->dispose (object);
}

static void
runway_timeline_finalize (GObject *object)
{
  RunwayTimeline *self = RUNWAY_TIMELINE (object);

  g_clear_pointer (&self->vendors, g_hash_table_unref);
  g_clear_pointer (&self->capabilities, g_hash_table_unref);
  g_clear_pointer (&self->teams, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->roots, g_ptr_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->row_by_key, g_hash_table_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->row_first, g_array_unref);
  g_clear_pointer (&self->row_reach, g_array_unref);
  g_clear_pointer (&self->migrations, g_array_unref);
  g_clear_pointer (&self->marker_risks, g_ptr_array_unref);

  G_OBJECT_CLASS (runway_timeline_parent_class)->finalize (object);
}

static void
runway_timeline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RunwayTimeline *self = RUNWAY_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_GROUPING:
      g_value_set_enum (value, self->grouping);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, runway_timeline_get_as_of (self));
      break;
    case PROP_TODAY:
      g_value_set_uint (value, runway_timeline_get_today (self));
      break;
    case PROP_DEPLOYED_ONLY:
      g_value_set_boolean (value, self->deployed_only);
      break;
    case PROP_MIN_SEVERITY:
      g_value_set_int (value, self->min_severity);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_ROW_HEIGHT:
      g_value_set_double (value, self->row_height);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_timeline_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RunwayTimeline *self = RUNWAY_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_GROUPING:
      runway_timeline_set_grouping (self, g_value_get_enum (value));
      break;
    case PROP_AS_OF:
      runway_timeline_set_as_of (self, g_value_get_uint (value));
      break;
    case PROP_TODAY:
      runway_timeline_set_today (self, g_value_get_uint (value));
      break;
    case PROP_DEPLOYED_ONLY:
      runway_timeline_set_deployed_only (self, g_value_get_boolean (value));
      break;
    case PROP_MIN_SEVERITY:
      runway_timeline_set_min_severity (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      runway_timeline_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_ROW_HEIGHT:
      runway_timeline_set_row_height (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_timeline_constructed (GObject *object)
{
  RunwayTimeline *self = RUNWAY_TIMELINE (object);

  G_OBJECT_CLASS (runway_timeline_parent_class)->constructed (object);

  g_assert (RUNWAY_IS_PLAN (self->plan));
  self->changed_handler = g_signal_connect (self->plan, "changed", G_CALLBACK (on_plan_changed),
                                            self);
}

static void
runway_timeline_class_init (RunwayTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = runway_timeline_constructed;
  object_class->dispose = runway_timeline_dispose;
  object_class->finalize = runway_timeline_finalize;
  object_class->get_property = runway_timeline_get_property;
  object_class->set_property = runway_timeline_set_property;

  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, RUNWAY_TYPE_PLAN,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                               | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] = g_param_spec_enum ("grouping", NULL, NULL,
                                                 RUNWAY_TYPE_TIMELINE_GROUPING,
                                                 RUNWAY_TIMELINE_GROUP_BY_CAPABILITY, flags);
  properties[PROP_AS_OF] = g_param_spec_uint ("as-of", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_TODAY] = g_param_spec_uint ("today", NULL, NULL, 0, G_MAXUINT32, 0, flags);
  properties[PROP_DEPLOYED_ONLY] = g_param_spec_boolean ("deployed-only", NULL, NULL, FALSE,
                                                         flags);
  properties[PROP_MIN_SEVERITY] = g_param_spec_int ("min-severity", NULL, NULL,
                                                    RUNWAY_TIMELINE_ALL_SEVERITIES,
                                                    RUNWAY_SEVERITY_LOW,
                                                    RUNWAY_TIMELINE_ALL_SEVERITIES, flags);
  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, 1e-4, 1e4, DEFAULT_ZOOM,
                                               flags);
  properties[PROP_ROW_HEIGHT] = g_param_spec_double ("row-height", NULL, NULL, 1, 1000,
                                                     DEFAULT_ROW_HEIGHT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RunwayTimeline::changed:
   *
   * The rows or items are no longer what they were: read them again. Zoom
   * and row height only notify their properties, as they move no item.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
runway_timeline_init (RunwayTimeline *self)
{
  self->min_severity = RUNWAY_TIMELINE_ALL_SEVERITIES;
  self->zoom = DEFAULT_ZOOM;
  self->row_height = DEFAULT_ROW_HEIGHT;
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->nodes = g_ptr_array_new_with_free_func (node_free);
  self->roots = g_ptr_array_new ();
  self->pending = g_array_new (FALSE, TRUE, sizeof (PendingMigration));
  self->strings = g_string_chunk_new (4096);
  self->rows = g_array_new (FALSE, TRUE, sizeof (RunwayTimelineRow));
  self->row_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  self->items = g_array_new (FALSE, TRUE, sizeof (RunwayTimelineItem));
  self->row_first = g_array_new (FALSE, TRUE, sizeof (guint));
  self->row_reach = g_array_new (FALSE, TRUE, sizeof (double));
  self->migrations = g_array_new (FALSE, TRUE, sizeof (RunwayTimelineItem));
  self->marker_risks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->tree_dirty = TRUE;
  self->rows_dirty = TRUE;
}

/* -- public API -- */

/**
 * runway_timeline_new:
 *
 * Returns: (transfer full): a layout of @plan over its horizon, grouped by
 * capability, that follows the plan's edits
 */
RunwayTimeline *
runway_timeline_new (RunwayPlan *plan)
{
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);

  return g_object_new (RUNWAY_TYPE_TIMELINE, "plan", plan, NULL);
}

RunwayPlan *
runway_timeline_get_plan (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), NULL);

  return self->plan;
}

/**
 * runway_timeline_set_range:
 * @first_day: the first day shown, or 0 for the plan's horizon start
 * @last_day: the last day shown (included), or 0 for the horizon end
 */
void
runway_timeline_set_range (RunwayTimeline *self,
                           guint32         first_day,
                           guint32         last_day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (first_day == 0 || last_day == 0 || first_day <= last_day);

  if (self->first_day == first_day && self->last_day == last_day)
    return;
  self->first_day = first_day;
  self->last_day = last_day;
  invalidate_tree (self);
}

guint32
runway_timeline_get_first_day (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_range (self);
  return self->range_first;
}

guint32
runway_timeline_get_last_day (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_range (self);
  return self->range_last;
}

void
runway_timeline_set_grouping (RunwayTimeline         *self,
                              RunwayTimelineGrouping  grouping)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  if (self->grouping == grouping)
    return;
  self->grouping = grouping;
  invalidate_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

RunwayTimelineGrouping
runway_timeline_get_grouping (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), RUNWAY_TIMELINE_GROUP_BY_CAPABILITY);

  return self->grouping;
}

/**
 * runway_timeline_set_as_of:
 * @day: the day the plan is seen from, or 0 for the plan's as-of date, else
 *   today
 *
 * Where the as-of line is drawn, before-GA phases start and open ends stop
 * being solid. Compute the risks for the same day.
 */
void
runway_timeline_set_as_of (RunwayTimeline *self,
                           guint32         day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  if (self->as_of == day)
    return;
  self->as_of = day;
  invalidate_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

guint32
runway_timeline_get_as_of (RunwayTimeline *self)
{
  guint32 day;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  if (self->as_of != 0)
    return self->as_of;
  day = resolve_day (self, RUNWAY_SETTINGS_AS_OF);
  return day ? day : runway_timeline_get_today (self);
}

/* @day: the day the today line marks, or 0 for the real today (tests fix it) */
void
runway_timeline_set_today (RunwayTimeline *self,
                           guint32         day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  if (self->today == day)
    return;
  self->today = day;
  invalidate_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

guint32
runway_timeline_get_today (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  return self->today ? self->today : runway_date_today ();
}

/**
 * runway_timeline_set_risks:
 * @risks: (nullable) (element-type RunwayRisk): from runway_plan_compute_risks()
 *
 * The risks to mark; the layout keeps a reference. Accepted ones are left
 * out. Set them again after the plan changes.
 */
void
runway_timeline_set_risks (RunwayTimeline *self,
                           GPtrArray      *risks)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  if (self->risks == risks)
    return;
  /* the old markers hold their own references to the risks */
  g_clear_pointer (&self->risks, g_ptr_array_unref);
  self->risks = risks ? g_ptr_array_ref (risks) : NULL;
  invalidate_tree (self);
}

static void
replace_filter (RunwayTimeline  *self,
                GHashTable     **filter,
                const gint64    *ids,
                guint            n_ids)
{
  g_clear_pointer (filter, g_hash_table_unref);
  *filter = new_id_set (ids, n_ids);
  invalidate_tree (self);
}

/* Only these vendors' products; none: every vendor. */
void
runway_timeline_set_vendors (RunwayTimeline *self,
                             const gint64   *ids,
                             guint           n_ids)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  replace_filter (self, &self->vendors, ids, n_ids);
}

/* Only these capabilities and their subtrees; none: every capability. */
void
runway_timeline_set_capabilities (RunwayTimeline *self,
                                  const gint64   *ids,
                                  guint           n_ids)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  replace_filter (self, &self->capabilities, ids, n_ids);
}

/* Only the capabilities these teams own; none: every team. */
void
runway_timeline_set_teams (RunwayTimeline *self,
                           const gint64   *ids,
                           guint           n_ids)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  replace_filter (self, &self->teams, ids, n_ids);
}

void
runway_timeline_set_deployed_only (RunwayTimeline *self,
                                   gboolean        deployed_only)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  deployed_only = !!deployed_only;
  if (self->deployed_only == deployed_only)
    return;
  self->deployed_only = deployed_only;
  invalidate_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPLOYED_ONLY]);
}

gboolean
runway_timeline_get_deployed_only (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), FALSE);

  return self->deployed_only;
}

/* @severity: a #RunwaySeverity, or RUNWAY_TIMELINE_ALL_SEVERITIES */
void
runway_timeline_set_min_severity (RunwayTimeline *self,
                                  int             severity)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (severity >= RUNWAY_TIMELINE_ALL_SEVERITIES
                    && severity <= RUNWAY_SEVERITY_LOW);

  if (self->min_severity == severity)
    return;
  self->min_severity = severity;
  invalidate_tree (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_SEVERITY]);
}

int
runway_timeline_get_min_severity (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), RUNWAY_TIMELINE_ALL_SEVERITIES);

  return self->min_severity;
}

/* Collapsing a key that has no row (yet) is kept for when it has one. */
void
runway_timeline_set_collapsed (RunwayTimeline *self,
                               const char     *key,
                               gboolean        collapsed)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (key != NULL);

  if (!!collapsed == g_hash_table_contains (self->collapsed, key))
    return;
  if (collapsed)
    g_hash_table_add (self->collapsed, g_strdup (key));
  else
    g_hash_table_remove (self->collapsed, key);
  invalidate_rows (self);
}

gboolean
runway_timeline_is_collapsed (RunwayTimeline *self,
                              const char     *key)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  return g_hash_table_contains (self->collapsed, key);
}

void
runway_timeline_expand_all (RunwayTimeline *self)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));

  if (g_hash_table_size (self->collapsed) == 0)
    return;
  g_hash_table_remove_all (self->collapsed);
  invalidate_rows (self);
}

void
runway_timeline_set_zoom (RunwayTimeline *self,
                          double          pixels_per_day)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (pixels_per_day > 0);

  if (self->zoom == pixels_per_day)
    return;
  self->zoom = pixels_per_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

double
runway_timeline_get_zoom (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), DEFAULT_ZOOM);

  return self->zoom;
}

void
runway_timeline_set_row_height (RunwayTimeline *self,
                                double          pixels)
{
  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (pixels > 0);

  if (self->row_height == pixels)
    return;
  self->row_height = pixels;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_HEIGHT]);
}

double
runway_timeline_get_row_height (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), DEFAULT_ROW_HEIGHT);

  return self->row_height;
}

/* The side of a marker's square, in pixels: it scales with the rows. */
double
runway_timeline_get_marker_size (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  return self->row_height * MARKER_RATIO;
}

/* x of the left edge of @day, in pixels from the first day's left edge */
double
runway_timeline_day_to_x (RunwayTimeline *self,
                          double          day)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_range (self);
  return (day - self->range_first) * self->zoom;
}

double
runway_timeline_x_to_day (RunwayTimeline *self,
                          double          x)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_range (self);
  return self->range_first + x / self->zoom;
}

double
runway_timeline_row_to_y (RunwayTimeline *self,
                          double          row)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  return row * self->row_height;
}

double
runway_timeline_y_to_row (RunwayTimeline *self,
                          double          y)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  return y / self->row_height;
}

/* The whole range's width in pixels, the last day included. */
double
runway_timeline_get_width (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_range (self);
  return ((double) self->range_last + 1 - self->range_first) * self->zoom;
}

double
runway_timeline_get_height (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  return runway_timeline_get_n_rows (self) * self->row_height;
}

guint
runway_timeline_get_n_rows (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);

  ensure_layout (self);
  return self->rows->len;
}

/* Returns: (nullable): the row, valid until "changed" */
const RunwayTimelineRow *
runway_timeline_get_row (RunwayTimeline *self,
                         guint           index)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), NULL);

  ensure_layout (self);
  if (index >= self->rows->len)
    return NULL;
  return &g_array_index (self->rows, RunwayTimelineRow, index);
}

/* Returns: the index of the row with @key, or -1 (hidden or filtered out) */
int
runway_timeline_find_row (RunwayTimeline *self,
                          const char     *key)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), -1);
  g_return_val_if_fail (key != NULL, -1);

  ensure_layout (self);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->row_by_key, key)) - 1;
}

/**
 * runway_timeline_get_row_items:
 *
 * Returns: (array length=n_items): the items on @row, by start day, except
 * migrations (runway_timeline_get_migrations())
 */
const RunwayTimelineItem *
runway_timeline_get_row_items (RunwayTimeline *self,
                               guint           row,
                               guint          *n_items)
{
  guint first;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  ensure_layout (self);
  if (row >= self->rows->len)
    {
      *n_items = 0;
      return NULL;
    }
  first = g_array_index (self->row_first, guint, row);
  *n_items = g_array_index (self->row_first, guint, row + 1) - first;
  return *n_items ? &g_array_index (self->items, RunwayTimelineItem, first) : NULL;
}

/* Returns: (array length=n_items): every migration arrow, by upper row */
const RunwayTimelineItem *
runway_timeline_get_migrations (RunwayTimeline *self,
                                guint          *n_items)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  ensure_layout (self);
  *n_items = self->migrations->len;
  return self->migrations->len ? &g_array_index (self->migrations, RunwayTimelineItem, 0) : NULL;
}

/**
 * runway_timeline_get_rows_in:
 * @y: top of the viewport, in pixels
 * @height: its height
 * @first_row: (out): the first row that shows in it
 *
 * Returns: how many rows show in the viewport, from @first_row on
 */
guint
runway_timeline_get_rows_in (RunwayTimeline *self,
                             double          y,
                             double          height,
                             guint          *first_row)
{
  double first, last;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);
  g_return_val_if_fail (first_row != NULL, 0);

  ensure_layout (self);
  *first_row = 0;
  if (self->rows->len == 0 || height <= 0)
    return 0;
  first = floor (MAX (0, y) / self->row_height);
  last = ceil ((y + height) / self->row_height) - 1;
  last = MIN (last, self->rows->len - 1.0);
  if (last < first || first >= self->rows->len)
    return 0;
  *first_row = (guint) first;
  return (guint) (last - first) + 1;
}

/**
 * runway_timeline_query:
 * @x: left edge of the viewport, in pixels at the current zoom
 * @y: top edge, in pixels at the current row height
 * @items: (element-type RunwayTimelineItem): where the items are appended
 *   (borrowed, valid until "changed"); reuse one array per frame
 *
 * Finds what shows in a viewport: every item whose box meets it — a bar's
 * span and lane, a marker's square of runway_timeline_get_marker_size(), a
 * migration's bounding box — and nothing else. Costs the visible rows and
 * items, not the plan.
 *
 * Returns: how many items were appended
 */
guint
runway_timeline_query (RunwayTimeline *self,
                       double          x,
                       double          y,
                       double          width,
                       double          height,
                       GPtrArray      *items)
{
  Box view = { x, x + width, y, y + height };
  double half, from_day, to_day;
  guint first_row, n_rows, before;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), 0);
  g_return_val_if_fail (items != NULL, 0);

  before = items->len;
  n_rows = runway_timeline_get_rows_in (self, y, height, &first_row);
  half = runway_timeline_get_marker_size (self) / 2;
  from_day = runway_timeline_x_to_day (self, x - half);
  to_day = runway_timeline_x_to_day (self, x + width + half);

  for (guint r = first_row; r < first_row + n_rows; r++)
    {
      guint end = g_array_index (self->row_first, guint, r + 1);

      for (guint i = find_first_item (self, r, from_day); i < end; i++)
        {
          RunwayTimelineItem *item = &g_array_index (self->items, RunwayTimelineItem, i);
          Box box;

          if (item->start > to_day)
            break;
          box = item_box (self, item);
          if (boxes_meet (&box, &view))
            g_ptr_array_add (items, item);
        }
    }

  if (self->migrations->len > 0)
    {
      double top_row = floor (y / self->row_height) - self->migration_reach;
      double bottom_row = floor ((y + height) / self->row_height);
      guint lo = 0, hi = self->migrations->len;

      /* the first migration whose upper row may reach the viewport */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          RunwayTimelineItem *item = &g_array_index (self->migrations, RunwayTimelineItem, mid);

          if ((double) MIN (item->row, item->to_row) < top_row)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint i = lo; i < self->migrations->len; i++)
        {
          RunwayTimelineItem *item = &g_array_index (self->migrations, RunwayTimelineItem, i);
          Box box;

          if ((double) MIN (item->row, item->to_row) > bottom_row)
            break;
          box = item_box (self, item);
          /* a level arrow still has a stroke's height */
          box.y1 = MAX (box.y1, box.y0 + 1);
          if (boxes_meet (&box, &view))
            g_ptr_array_add (items, item);
        }
    }

  return items->len - before;
}

/**
 * runway_timeline_get_item_box:
 * @item: an item of this layout
 * @x0: (out): left edge, in pixels at the current zoom
 * @y0: (out): top edge, in pixels at the current row height
 * @x1: (out): right edge
 * @y1: (out): bottom edge
 *
 * The box runway_timeline_query() finds @item by: it shows in a viewport
 * when x0 < the viewport's right edge, x1 > its left edge, and the same
 * for y. A view that keeps a query's result for a larger area can pick a
 * frame's items out of it with this and find what a query would.
 */
void
runway_timeline_get_item_box (RunwayTimeline           *self,
                              const RunwayTimelineItem *item,
                              double                   *x0,
                              double                   *y0,
                              double                   *x1,
                              double                   *y1)
{
  Box box;

  g_return_if_fail (RUNWAY_IS_TIMELINE (self));
  g_return_if_fail (item != NULL);

  ensure_range (self);
  box = item_box (self, item);
  if (item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
    box.y1 = MAX (box.y1, box.y0 + 1);
  *x0 = box.x0;
  *y0 = box.y0;
  *x1 = box.x1;
  *y1 = box.y1;
}

static int
hit_priority (const RunwayTimelineItem *item)
{
  switch (item->kind)
    {
    case RUNWAY_TIMELINE_ITEM_RISK:
      return 0;
    case RUNWAY_TIMELINE_ITEM_ROADMAP:
    case RUNWAY_TIMELINE_ITEM_CONTRACT_END:
      return 1;
    case RUNWAY_TIMELINE_ITEM_MIGRATION:
      return 2;
    case RUNWAY_TIMELINE_ITEM_DEPLOYMENT:
      return 3;
    case RUNWAY_TIMELINE_ITEM_PHASE:
    default:
      return 4;
    }
}

/**
 * runway_timeline_hit_test:
 * @x: in pixels, as runway_timeline_query()
 * @y: in pixels
 *
 * Returns: (nullable): the item under the point: a marker before an arrow
 * before a deployment before a phase; %NULL when there is none
 */
const RunwayTimelineItem *
runway_timeline_hit_test (RunwayTimeline *self,
                          double          x,
                          double          y)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  const RunwayTimelineItem *best = NULL;
  const double reach = 4;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), NULL);

  runway_timeline_query (self, x - reach, y - reach, 2 * reach, 2 * reach, found);
  for (guint i = 0; i < found->len; i++)
    {
      const RunwayTimelineItem *item = g_ptr_array_index (found, i);
      Box box = item_box (self, item);

      if (item->kind == RUNWAY_TIMELINE_ITEM_MIGRATION)
        {
          if (distance_to_migration (self, item, x, y) > reach)
            continue;
        }
      else if (x < box.x0 || x >= box.x1 || y < box.y0 || y >= box.y1)
        continue;
      if (best == NULL || hit_priority (item) < hit_priority (best))
        best = item;
    }
  return best;
}

/* Returns: the row at @y pixels, or -1 below the last one */
int
runway_timeline_get_row_at (RunwayTimeline *self,
                            double          y)
{
  double row;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), -1);

  ensure_layout (self);
  row = floor (y / self->row_height);
  if (row < 0 || row >= self->rows->len)
    return -1;
  return (int) row;
}

/* Months while a month is wide enough to label, then quarters, then years. */
RunwayTimelineUnit
runway_timeline_get_tick_unit (RunwayTimeline *self)
{
  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), RUNWAY_TIMELINE_UNIT_YEAR);

  if (self->zoom * 28 >= MIN_TICK_SPACING)
    return RUNWAY_TIMELINE_UNIT_MONTH;
  if (self->zoom * 90 >= MIN_TICK_SPACING)
    return RUNWAY_TIMELINE_UNIT_QUARTER;
  return RUNWAY_TIMELINE_UNIT_YEAR;
}

/**
 * runway_timeline_dup_ticks:
 * @x: the left edge of the stretch of axis, in pixels
 * @width: its width
 *
 * The ticks in [@x, @x + @width), in the unit the zoom calls for: a month
 * ("Mar"), a quarter ("Q2") or a year; a year's first tick is @major. At
 * small zooms years are skipped (every 2, 5, 10 or more) so labels never
 * crowd.
 *
 * Returns: (transfer full) (element-type RunwayTimelineTick): the ticks
 */
GArray *
runway_timeline_dup_ticks (RunwayTimeline *self,
                           double          x,
                           double          width)
{
  static const guint year_steps[] = { 1, 2, 5, 10, 20, 50, 100 };
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (RunwayTimelineTick));
  RunwayTimelineUnit unit;
  guint months, year_step = 1;
  double first, last;
  GDate date;

  g_return_val_if_fail (RUNWAY_IS_TIMELINE (self), ticks);

  unit = runway_timeline_get_tick_unit (self);
  months = unit == RUNWAY_TIMELINE_UNIT_MONTH ? 1 : unit == RUNWAY_TIMELINE_UNIT_QUARTER ? 3 : 12;
  for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
    {
      year_step = year_steps[i];
      if (year_step * 365.25 * self->zoom >= MIN_TICK_SPACING)
        break;
    }

  /* the stretch is [x, x + width): a tick on its right edge belongs to the next */
  first = MAX (1, ceil (runway_timeline_x_to_day (self, x)));
  last = runway_timeline_x_to_day (self, x + width);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) first);
  g_date_set_day (&date, 1);
  /* start on a boundary of the unit */
  while ((g_date_get_month (&date) - 1) % months != 0)
    g_date_subtract_months (&date, 1);

  while (g_date_get_julian (&date) < last)
    {
      guint32 day = g_date_get_julian (&date);
      guint month = g_date_get_month (&date);
      guint year = g_date_get_year (&date);
      RunwayTimelineTick tick = { 0 };

      if (day >= first && (months < 12 || year % year_step == 0))
        {
          tick.day = day;
          tick.major = month == 1;
          if (tick.major)
            g_snprintf (tick.year, sizeof tick.year, "%u", year);
          if (unit == RUNWAY_TIMELINE_UNIT_YEAR)
            g_snprintf (tick.label, sizeof tick.label, "%u", year);
          else if (unit == RUNWAY_TIMELINE_UNIT_QUARTER)
            /* Translators: a quarter of a year on the timeline's axis: Q2 */
            g_snprintf (tick.label, sizeof tick.label, _("Q%u"), (month - 1) / 3 + 1);
          else
            g_date_strftime (tick.label, sizeof tick.label, "%b", &date);
          g_array_append_val (ticks, tick);
        }
      g_date_add_months (&date, months);
    }
  return ticks;
}
