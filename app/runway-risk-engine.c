/* runway-risk-engine.c — the risks of a plan and who can keep it running
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules are DESIGN.md's table; where it leaves room, this is what they
 * mean here (tests/test-risks.c pins each of these down):
 *
 * Dates. A lifecycle milestone's date is the last day of that support, as
 * vendors publish them ("support ends on 2027-01-12"): on that day the
 * release is still supported, from the next day on it is not. So a
 * milestone has *passed* when it is before the as-of date, a migration that
 * ends on the day of the end of life is in time, and a deployment whose
 * until date is the end of life is retired in time. `ended` has passed on
 * an unknown day (the risk has no date), `none` never comes, and an unknown
 * end of life is a risk of its own (lifecycle-unknown). A warning window
 * runs from the as-of date to the same day N months later, both included.
 *
 * Deployed. A deployment counts on the as-of date when it has started (no
 * from date, or one not after the as-of date) and not ended (no until date,
 * or one not before it). One that starts later is not there yet: set the
 * as-of date to see the world as it will be then.
 *
 * Release rules (eol-passed, eol-soon, extended-only, eos-passed, eos-soon,
 * no-migration, lifecycle-unknown) give one risk per release and capability
 * it runs for; the message names the environments. A release past its end
 * of life is covered by extended support when that is contracted and its
 * end is not before the as-of date, or is `none` (no end announced). A
 * contracted extended support whose end is unknown or `ended` does not
 * cover it: Runway cannot tell it still runs. eol-soon and eos-soon only
 * count deployments that still run after the milestone. no-migration fires
 * for an end of life up to the end of the horizon (one before its start has
 * been reached too and still needs a way out) when no planned or
 * in-progress migration leaves the release for that capability.
 *
 * migration-late: a planned or in-progress migration whose end date is
 * after the end of life of the release it leaves, unless contracted
 * extended support lasts until the migration ends; dated the end of life.
 *
 * Staffing. The practitioners and experts who know a deployed product count
 * with their whole FTE share (it says how much of a person there is, and
 * each of their products can call on it); learners do not count.
 * understaffed: their FTE is below the plan's minimum. single-expert:
 * exactly one practitioner or expert knows the product, so the bus factor
 * is one (learners cannot keep it running alone). Nobody at all is not
 * single-expert but understaffed, with its own message.
 *
 * Capabilities with deployments: ownership-gap names every area of the nine
 * that no team covers (one risk per capability); no-alternative when all
 * its deployed releases are of one product, it records no alternative
 * product and no planned or in-progress migration goes to another product.
 *
 * contract-ends: a vendor's contract ends before a deployment of one of its
 * products does (one without until date runs on, so it needs the contract);
 * one risk per vendor, product and capability, dated the contract's end.
 *
 * Acceptances cover the risks with the same rule and subject while they
 * have not expired (expires not before the as-of date) and, when they
 * record a date, as long as the risk still bites on that date: a changed
 * date is a changed risk.
 *
 * Speed. Walking the plan's GObjects alone costs more than DESIGN.md's
 * 10 ms for a large estate, so what the rules read is copied once into
 * flat arrays (a RunwayRiskIndex kept on the plan until it changes), with
 * deployments grouped by release and capability, every name a risk may
 * show made, and every subject ranked in sort order. A computation then
 * walks those arrays for its as-of date with dates as yyyymmdd numbers,
 * and yields compact records that sort on two integers; RunwayRisk objects
 * are only made from them when someone reads them (RunwayRiskList), or all
 * at once by runway_plan_compute_risks(). Nothing scans the plan per risk.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "runway-entity-private.h"
#include "runway-plan-private.h"
#include "runway-risk-engine-private.h"
#include "runway-risk-private.h"

/* FTE shares are sums of decimals such as 0.8; 0.1 + 0.2 is not 0.3. */
#define FTE_EPSILON 1e-9

#define INDEX_KEY "runway-risk-index"
#define NO_ENVIRONMENT 0xff

/* yyyymmdd: dates compare as numbers and print without a calendar. */
typedef guint32 Date;

#define NO_DATE 0
#define FOREVER G_MAXUINT32

typedef struct
{
  RunwayMilestoneKind kind;
  Date                date;     /* for RUNWAY_MILESTONE_DATE */
} Milestone;

typedef struct
{
  Date    from;                 /* NO_DATE: since always */
  Date    until;                /* FOREVER: runs on */
  guint8  environment;          /* index in runway_environments */
} Deployment;

/* Where a release runs for one capability: its deployments, in a row. */
typedef struct
{
  guint    release;
  guint    capability;
  guint    first;               /* in deployments */
  guint    n;
  gboolean migrating;           /* a migration away is planned or under way */
} Use;

typedef struct
{
  gint64     id;
  guint      product;
  guint      first_use;         /* in uses, which are sorted by release */
  guint      n_uses;
  Milestone  end_of_support;
  Milestone  end_of_life;
  Milestone  extended;
  gboolean   contracted;
  guint      rank;              /* of its title among all subjects */
  char      *title;             /* GRefStrings: "PostgreSQL 13" */
  char      *version;
} Release;

typedef struct
{
  gint64  id;
  gint64  vendor_id;
  Date    contract_end;         /* the vendor's, or NO_DATE */
  double  fte;                  /* of practitioners and experts */
  guint   n_knowers;
  gint64  sole_knower;          /* a person id, when n_knowers is 1 */
  guint   rank;
  guint   vendor_rank;
  char   *name;                 /* GRefStrings */
  char   *vendor_name;
  char   *sole_knower_name;
} Product;

typedef struct
{
  gint64    id;
  guint     covered_areas;      /* bit i: runway_responsibility_areas[i] */
  gboolean  has_alternative;
  gboolean  exit_planned;       /* a migration to another product is planned or under way */
  guint     rank;
  char     *name;               /* GRefStrings */
  char     *missing_areas;
} Capability;

/* migration-late does not depend on the as-of date: found once. */
typedef struct
{
  gint64  id;
  Date    date;                 /* the end of life it comes after; NO_DATE: ended */
  Date    end;
  guint   rank;
  char   *title;                /* GRefStrings */
  char   *capability;
  gint64  capability_id;
  char   *product;
  gint64  product_id;
  char   *version;
  gint64  release_id;
  char   *release_title;
} LateMigration;

struct _RunwayRiskIndex
{
  grefcount   ref_count;
  RunwayPlan *plan;             /* while it is the plan's current index; not a reference */
  guint64     revision;         /* the plan's revision it was built from */
  gulong      changed_handler;
  GListModel *models[RUNWAY_N_KINDS];   /* the models it watches, held */
  gulong      items_handlers[RUNWAY_N_KINDS];
  GArray     *deployments;      /* Deployment */
  GArray     *uses;             /* Use, by release then capability */
  GArray     *releases;         /* Release */
  GArray     *products;         /* Product */
  GArray     *capabilities;     /* Capability */
  GArray     *late_migrations;  /* LateMigration */
  const char **subjects;        /* by rank: the entries' strings, in byte order */
  guint       n_ranks;
};

/* Each id's entry, while building. Ids are SQLite row ids, dense in
 * practice, so an array indexed by id serves; sparse ones get a table. */
typedef struct
{
  guint      *slots;            /* entry + 1, by id */
  gint64      n_slots;
  GHashTable *table;            /* gint64* → entry + 1, when ids are sparse */
} IdMap;

typedef struct
{
  RunwayRiskIndex *index;
  RunwayPlan      *plan;
  IdMap            releases;
  IdMap            products;
  IdMap            capabilities;
} Builder;

/* Where a release runs for a capability on the as-of date. */
typedef struct
{
  guint environments;           /* bit i: runway_environments[i] */
  Date  until;                  /* the latest until date of those running; FOREVER: none */
} Running;

/* A product that runs for a capability after its vendor's contract ends. */
typedef struct
{
  guint product;
  guint capability;
} ContractHit;

typedef struct
{
  RunwayRiskIndex *index;
  Date             as_of;
  Date             eol_window_end;
  Date             eos_window_end;
  Date             horizon_end;
  double           min_fte;
  guint8          *product_deployed;
  gint            *capability_product;  /* the one product it runs on; -1 none, -2 several */
  GArray          *contract_hits;       /* ContractHit */
  GArray          *records;             /* RunwayRiskRecord */
  guint8          *accepted_ranks;      /* bit per rank: has an acceptance; NULL: none has */
  GHashTable      *acceptances;         /* rank → GPtrArray of RunwayAcceptance */
} Computation;

static const char * const area_labels[] = {
  N_("operations"), N_("maintenance"), N_("design and integration"), N_("security"),
  N_("resilience"), N_("quality assurance"), N_("strategy and roadmap"),
  N_("customer support"), N_("cost and licences"),
};

static void
release_clear (Release *release)
{
  g_clear_pointer (&release->title, g_ref_string_release);
  g_clear_pointer (&release->version, g_ref_string_release);
}

static void
product_clear (Product *product)
{
  g_clear_pointer (&product->name, g_ref_string_release);
  g_clear_pointer (&product->vendor_name, g_ref_string_release);
  g_clear_pointer (&product->sole_knower_name, g_ref_string_release);
}

static void
capability_clear (Capability *capability)
{
  g_clear_pointer (&capability->name, g_ref_string_release);
  g_clear_pointer (&capability->missing_areas, g_ref_string_release);
}

static void
late_migration_clear (LateMigration *late)
{
  g_clear_pointer (&late->title, g_ref_string_release);
  g_clear_pointer (&late->capability, g_ref_string_release);
  g_clear_pointer (&late->product, g_ref_string_release);
  g_clear_pointer (&late->version, g_ref_string_release);
  g_clear_pointer (&late->release_title, g_ref_string_release);
}

static void
record_clear (RunwayRiskRecord *record)
{
  g_clear_object (&record->acceptance);
}

RunwayRiskIndex *
runway_risk_index_ref (RunwayRiskIndex *index)
{
  g_ref_count_inc (&index->ref_count);
  return index;
}

void
runway_risk_index_unref (RunwayRiskIndex *index)
{
  if (!g_ref_count_dec (&index->ref_count))
    return;

  g_assert (index->plan == NULL);
  g_free (index->subjects);
  g_array_unref (index->deployments);
  g_array_unref (index->uses);
  g_array_unref (index->releases);
  g_array_unref (index->products);
  g_array_unref (index->capabilities);
  g_array_unref (index->late_migrations);
  g_free (index);
}

/* The plan changed, or is going away: this index is no longer its own. */
static void
detach_index (gpointer data)
{
  RunwayRiskIndex *index = data;

  /* when the plan is finalized, its handlers are already gone */
  if (g_signal_handler_is_connected (index->plan, index->changed_handler))
    g_signal_handler_disconnect (index->plan, index->changed_handler);
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    if (index->models[k] != NULL)
      {
        g_signal_handler_disconnect (index->models[k], index->items_handlers[k]);
        g_clear_object (&index->models[k]);
      }
  index->plan = NULL;
  runway_risk_index_unref (index);
}

static void
on_plan_changed (RunwayPlan *plan,
                 gpointer    user_data)
{
  g_object_set_data (G_OBJECT (plan), INDEX_KEY, NULL);
}

static void
on_model_items_changed (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        gpointer    user_data)
{
  RunwayRiskIndex *index = user_data;

  g_object_set_data (G_OBJECT (index->plan), INDEX_KEY, NULL);
}

/* YYYY-MM-DD as yyyymmdd, NO_DATE if it is not one. The calendar was
 * checked when the value was stored; this only reads it. */
static Date
read_date (const char *text)
{
  Date date = 0;

  if (text == NULL)
    return NO_DATE;
  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (text[i] != '-')
            return NO_DATE;
          continue;
        }
      if (!g_ascii_isdigit (text[i]))
        return NO_DATE;
      date = date * 10 + (Date) (text[i] - '0');
    }
  return text[10] == '\0' ? date : NO_DATE;
}

static Date
day_to_date (guint32 day)
{
  g_autofree char *text = runway_date_format (day);

  return read_date (text);
}

/* Into a risk's YYYY-MM-DD field; NO_DATE leaves it empty. */
static void
write_date (char dest[11],
            Date date)
{
  if (date == NO_DATE)
    {
      *dest = '\0';
      return;
    }
  for (int i = 9; i >= 0; i--)
    {
      if (i == 4 || i == 7)
        {
          dest[i] = '-';
          continue;
        }
      dest[i] = (char) ('0' + date % 10);
      date /= 10;
    }
  dest[10] = '\0';
}

/* Values were checked when they were stored; anything else than these can
 * only come from a damaged file, and reads as unknown. */
static void
read_milestone (Milestone  *milestone,
                const char *text)
{
  milestone->kind = RUNWAY_MILESTONE_UNKNOWN;
  milestone->date = read_date (text);
  if (milestone->date != NO_DATE)
    milestone->kind = RUNWAY_MILESTONE_DATE;
  else if (g_strcmp0 (text, "ended") == 0)
    milestone->kind = RUNWAY_MILESTONE_ENDED;
  else if (g_strcmp0 (text, "none") == 0)
    milestone->kind = RUNWAY_MILESTONE_NONE;
}

static int
find_enum (const char * const *values,
           const char         *value)
{
  for (int i = 0; value != NULL && values[i] != NULL; i++)
    if (strcmp (values[i], value) == 0)
      return i;
  return -1;
}

static gboolean
is_active_migration (const RunwayValue *values)
{
  const char *status = values[RUNWAY_MIGRATION_STATUS].s;

  return g_strcmp0 (status, "planned") == 0 || g_strcmp0 (status, "in-progress") == 0;
}

static gboolean
is_counted_level (const char *level)
{
  return g_strcmp0 (level, "practitioner") == 0 || g_strcmp0 (level, "expert") == 0;
}

static char *
acquire (const char *ref_string)
{
  return ref_string ? g_ref_string_acquire ((char *) ref_string) : NULL;
}

static void
id_map_init (IdMap      *map,
             RunwayPlan *plan,
             RunwayKind  kind)
{
  guint n = runway_plan_count (plan, kind);
  gint64 max_id = 0;

  /* the models are in id order */
  if (n > 0)
    max_id = runway_plan_peek_row_at (plan, kind, n - 1)[0].i;
  if (max_id <= 4 * (gint64) n + 1024)
    {
      map->n_slots = max_id + 1;
      map->slots = g_new0 (guint, map->n_slots);
    }
  else
    map->table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_map_clear (IdMap *map)
{
  g_clear_pointer (&map->slots, g_free);
  g_clear_pointer (&map->table, g_hash_table_unref);
}

/* Returns: @id's entry, or -1 */
static int
lookup (IdMap  *map,
        gint64  id)
{
  if (map->table != NULL)
    return GPOINTER_TO_INT (g_hash_table_lookup (map->table, &id)) - 1;
  return id > 0 && id < map->n_slots ? (int) map->slots[id] - 1 : -1;
}

static void
remember (IdMap  *map,
          gint64  id,
          guint   entry)
{
  if (map->table != NULL)
    g_hash_table_insert (map->table, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (entry + 1));
  else if (id > 0 && id < map->n_slots)
    map->slots[id] = entry + 1;
}

static const char *
name_of (RunwayPlan *plan,
         RunwayKind  kind,
         gint64      id,
         guint       column)
{
  const RunwayValue *values = runway_plan_peek_row (plan, kind, id);

  return values != NULL && values[column].s != NULL ? values[column].s : "?";
}

/* Returns the entry of product @id, adding it; -1 if it is not in the plan. */
static int
add_product (Builder *builder,
             gint64   id)
{
  int found = lookup (&builder->products, id);
  const RunwayValue *values;
  const RunwayValue *vendor;
  Product product = { 0 };
  GArray *products = builder->index->products;

  if (found >= 0)
    return found;
  values = runway_plan_peek_row (builder->plan, RUNWAY_KIND_PRODUCT, id);
  if (values == NULL)
    return -1;

  product.id = id;
  product.vendor_id = values[RUNWAY_PRODUCT_VENDOR].i;
  product.name = runway_risk_ref_string (values[RUNWAY_PRODUCT_NAME].s);
  vendor = runway_plan_peek_row (builder->plan, RUNWAY_KIND_VENDOR, product.vendor_id);
  product.vendor_name = runway_risk_ref_string (vendor ? vendor[RUNWAY_VENDOR_NAME].s : "?");
  if (vendor != NULL)
    product.contract_end = read_date (vendor[RUNWAY_VENDOR_CONTRACT_END].s);
  g_array_append_val (products, product);
  remember (&builder->products, id, products->len - 1);
  return (int) products->len - 1;
}

static int
add_release (Builder *builder,
             gint64   id)
{
  int found = lookup (&builder->releases, id);
  const RunwayValue *values;
  Release release = { 0 };
  GArray *releases = builder->index->releases;
  g_autofree char *title = NULL;
  int product;

  if (found >= 0)
    return found;
  values = runway_plan_peek_row (builder->plan, RUNWAY_KIND_RELEASE, id);
  if (values == NULL)
    return -1;
  product = add_product (builder, values[RUNWAY_RELEASE_PRODUCT].i);
  if (product < 0)
    return -1;

  title = runway_plan_dup_row_title (builder->plan, RUNWAY_KIND_RELEASE, values);
  release.id = id;
  release.product = (guint) product;
  read_milestone (&release.end_of_support, values[RUNWAY_RELEASE_END_OF_SUPPORT].s);
  read_milestone (&release.end_of_life, values[RUNWAY_RELEASE_END_OF_LIFE].s);
  read_milestone (&release.extended, values[RUNWAY_RELEASE_EXTENDED_SUPPORT_END].s);
  release.contracted = values[RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED].i != 0;
  release.title = runway_risk_ref_string (title);
  release.version = runway_risk_ref_string (values[RUNWAY_RELEASE_VERSION].s);
  g_array_append_val (releases, release);
  remember (&builder->releases, id, releases->len - 1);
  return (int) releases->len - 1;
}

static int
add_capability (Builder *builder,
                gint64   id)
{
  int found = lookup (&builder->capabilities, id);
  const RunwayValue *values;
  Capability capability = { 0 };
  GArray *capabilities = builder->index->capabilities;

  if (found >= 0)
    return found;
  values = runway_plan_peek_row (builder->plan, RUNWAY_KIND_CAPABILITY, id);
  if (values == NULL)
    return -1;

  capability.id = id;
  capability.name = runway_risk_ref_string (values[RUNWAY_CAPABILITY_NAME].s);
  g_array_append_val (capabilities, capability);
  remember (&builder->capabilities, id, capabilities->len - 1);
  return (int) capabilities->len - 1;
}

/* A deployment on its way into the index, with what groups it. */
typedef struct
{
  guint      release;
  guint      capability;
  Deployment deployment;
} Pending;

static gint
compare_pending (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Pending *pa = a, *pb = b;

  if (pa->capability != pb->capability)
    return pa->capability < pb->capability ? -1 : 1;
  return 0;
}

/* By release entry (a counting sort: there are as many releases as
 * deployments, nearly), then by capability within one release. */
static GArray *
sort_pending (GArray *pending,
              guint   n_releases)
{
  g_autofree guint *starts = g_new0 (guint, n_releases + 1);
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (Pending), pending->len);

  g_array_set_size (sorted, pending->len);
  for (guint i = 0; i < pending->len; i++)
    starts[g_array_index (pending, Pending, i).release + 1]++;
  for (guint r = 0; r < n_releases; r++)
    starts[r + 1] += starts[r];
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *item = &g_array_index (pending, Pending, i);

      g_array_index (sorted, Pending, starts[item->release]++) = *item;
    }
  /* starts[r] is now where release r + 1 begins */
  for (guint r = 0, first = 0; r < n_releases; first = starts[r++])
    if (starts[r] - first > 1)
      g_qsort_with_data (&g_array_index (sorted, Pending, first), (gint) (starts[r] - first),
                         sizeof (Pending), compare_pending, NULL);
  return sorted;
}

static void
index_deployments (Builder *builder)
{
  RunwayRiskIndex *index = builder->index;
  guint n = runway_plan_count (builder->plan, RUNWAY_KIND_DEPLOYMENT);
  g_autoptr(GArray) pending = g_array_sized_new (FALSE, FALSE, sizeof (Pending), n);
  g_autoptr(GArray) sorted = NULL;

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (builder->plan, RUNWAY_KIND_DEPLOYMENT,
                                                           i);
      int release = add_release (builder, values[RUNWAY_DEPLOYMENT_RELEASE].i);
      int capability = add_capability (builder, values[RUNWAY_DEPLOYMENT_CAPABILITY].i);
      int environment = find_enum (runway_environments, values[RUNWAY_DEPLOYMENT_ENVIRONMENT].s);
      Pending item = { 0 };

      if (release < 0 || capability < 0)
        continue;
      item.release = (guint) release;
      item.capability = (guint) capability;
      item.deployment.from = read_date (values[RUNWAY_DEPLOYMENT_FROM].s);
      item.deployment.until = values[RUNWAY_DEPLOYMENT_UNTIL].s != NULL
                              ? read_date (values[RUNWAY_DEPLOYMENT_UNTIL].s) : FOREVER;
      item.deployment.environment = environment >= 0 ? (guint8) environment : NO_ENVIRONMENT;
      g_array_append_val (pending, item);
    }

  /* in a row per release and capability, releases in entry order */
  sorted = sort_pending (pending, index->releases->len);
  for (guint i = 0; i < sorted->len; i++)
    {
      Pending *item = &g_array_index (sorted, Pending, i);
      Release *release = &g_array_index (index->releases, Release, item->release);
      Use *last = index->uses->len > 0
                  ? &g_array_index (index->uses, Use, index->uses->len - 1) : NULL;

      if (last == NULL || last->release != item->release || last->capability != item->capability)
        {
          Use use = { item->release, item->capability, index->deployments->len, 0, FALSE };

          if (release->n_uses == 0)
            release->first_use = index->uses->len;
          release->n_uses++;
          g_array_append_val (index->uses, use);
          last = &g_array_index (index->uses, Use, index->uses->len - 1);
        }
      g_array_append_val (index->deployments, item->deployment);
      last->n++;
    }
}

static gboolean
is_late (const Release *from,
         Date           end)
{
  switch (from->end_of_life.kind)
    {
    case RUNWAY_MILESTONE_DATE:
      if (end <= from->end_of_life.date)
        return FALSE;
      break;
    case RUNWAY_MILESTONE_ENDED:
      break;
    case RUNWAY_MILESTONE_UNKNOWN:
    case RUNWAY_MILESTONE_NONE:
    default:
      return FALSE;
    }

  /* extended support that lasts until the migration is done bridges the gap */
  if (!from->contracted)
    return TRUE;
  switch (from->extended.kind)
    {
    case RUNWAY_MILESTONE_NONE:
      return FALSE;
    case RUNWAY_MILESTONE_DATE:
      return from->extended.date < end;
    case RUNWAY_MILESTONE_UNKNOWN:
    case RUNWAY_MILESTONE_ENDED:
    default:
      return TRUE;
    }
}

static void
add_late_migration (Builder           *builder,
                    const RunwayValue *values,
                    const RunwayValue *from_values,
                    const Release     *from)
{
  g_autofree char *title = runway_plan_dup_row_title (builder->plan, RUNWAY_KIND_MIGRATION,
                                                      values);
  g_autofree char *release_title = runway_plan_dup_row_title (builder->plan, RUNWAY_KIND_RELEASE,
                                                              from_values);
  LateMigration late = { 0 };

  late.id = values[0].i;
  late.date = from->end_of_life.date;
  late.end = read_date (values[RUNWAY_MIGRATION_END].s);
  late.title = runway_risk_ref_string (title);
  late.capability_id = values[RUNWAY_MIGRATION_CAPABILITY].i;
  late.capability = runway_risk_ref_string (name_of (builder->plan, RUNWAY_KIND_CAPABILITY,
                                                     late.capability_id,
                                                     RUNWAY_CAPABILITY_NAME));
  late.product_id = from_values[RUNWAY_RELEASE_PRODUCT].i;
  late.product = runway_risk_ref_string (name_of (builder->plan, RUNWAY_KIND_PRODUCT,
                                                  late.product_id, RUNWAY_PRODUCT_NAME));
  late.version = runway_risk_ref_string (from_values[RUNWAY_RELEASE_VERSION].s);
  late.release_id = from_values[0].i;
  late.release_title = runway_risk_ref_string (release_title);
  g_array_append_val (builder->index->late_migrations, late);
}

static void
index_migration (Builder           *builder,
                 const RunwayValue *values)
{
  RunwayRiskIndex *index = builder->index;
  const RunwayValue *from_values = runway_plan_peek_row (builder->plan, RUNWAY_KIND_RELEASE,
                                                         values[RUNWAY_MIGRATION_FROM].i);
  const RunwayValue *to_values = runway_plan_peek_row (builder->plan, RUNWAY_KIND_RELEASE,
                                                       values[RUNWAY_MIGRATION_TO].i);
  int release = lookup (&builder->releases, values[RUNWAY_MIGRATION_FROM].i);
  int capability = lookup (&builder->capabilities, values[RUNWAY_MIGRATION_CAPABILITY].i);
  Date end = read_date (values[RUNWAY_MIGRATION_END].s);
  Release from_scratch = { 0 };
  const Release *from;

  if (from_values == NULL || to_values == NULL || !is_active_migration (values))
    return;

  if (release >= 0 && capability >= 0)
    {
      Release *indexed = &g_array_index (index->releases, Release, release);

      for (guint u = indexed->first_use; u < indexed->first_use + indexed->n_uses; u++)
        if (g_array_index (index->uses, Use, u).capability == (guint) capability)
          g_array_index (index->uses, Use, u).migrating = TRUE;
    }
  if (capability >= 0
      && from_values[RUNWAY_RELEASE_PRODUCT].i != to_values[RUNWAY_RELEASE_PRODUCT].i)
    g_array_index (index->capabilities, Capability, capability).exit_planned = TRUE;

  if (end == NO_DATE)
    return;
  if (release >= 0)
    from = &g_array_index (index->releases, Release, release);
  else
    {
      /* it leaves a release that runs nowhere (any more) */
      read_milestone (&from_scratch.end_of_life, from_values[RUNWAY_RELEASE_END_OF_LIFE].s);
      read_milestone (&from_scratch.extended, from_values[RUNWAY_RELEASE_EXTENDED_SUPPORT_END].s);
      from_scratch.contracted = from_values[RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED].i != 0;
      from = &from_scratch;
    }
  if (is_late (from, end))
    add_late_migration (builder, values, from_values, from);
}

static void
index_migrations (Builder *builder)
{
  guint n = runway_plan_count (builder->plan, RUNWAY_KIND_MIGRATION);

  for (guint i = 0; i < n; i++)
    index_migration (builder, runway_plan_peek_row_at (builder->plan, RUNWAY_KIND_MIGRATION, i));
}

static guint
count_areas (void)
{
  guint n_areas = g_strv_length ((char **) runway_responsibility_areas);

  g_assert (n_areas == G_N_ELEMENTS (area_labels));
  return n_areas;
}

static void
index_responsibilities (Builder *builder)
{
  RunwayRiskIndex *index = builder->index;
  guint n = runway_plan_count (builder->plan, RUNWAY_KIND_RESPONSIBILITY);
  guint n_areas = count_areas ();

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (builder->plan, RUNWAY_KIND_RESPONSIBILITY, i);
      int capability = lookup (&builder->capabilities,
                               values[RUNWAY_RESPONSIBILITY_CAPABILITY].i);
      int area = find_enum (runway_responsibility_areas, values[RUNWAY_RESPONSIBILITY_AREA].s);

      if (capability >= 0 && area >= 0 && values[RUNWAY_RESPONSIBILITY_TEAM].i != 0)
        g_array_index (index->capabilities, Capability, capability).covered_areas |= 1u << area;
    }

  for (guint i = 0; i < index->capabilities->len; i++)
    {
      Capability *capability = &g_array_index (index->capabilities, Capability, i);
      g_autoptr(GString) missing = g_string_new (NULL);

      for (guint a = 0; a < n_areas; a++)
        if (!(capability->covered_areas & (1u << a)))
          g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", _(area_labels[a]));
      capability->missing_areas = runway_risk_ref_string (missing->str);
    }
}

static void
index_alternatives (Builder *builder)
{
  guint n = runway_plan_count (builder->plan, RUNWAY_KIND_ALTERNATIVE);

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (builder->plan, RUNWAY_KIND_ALTERNATIVE, i);
      int capability = lookup (&builder->capabilities, values[RUNWAY_ALTERNATIVE_CAPABILITY].i);

      if (capability >= 0)
        g_array_index (builder->index->capabilities, Capability, capability).has_alternative =
          TRUE;
    }
}

static void
index_skills (Builder *builder)
{
  RunwayRiskIndex *index = builder->index;
  guint n = runway_plan_count (builder->plan, RUNWAY_KIND_SKILL);

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (builder->plan, RUNWAY_KIND_SKILL, i);
      int found = lookup (&builder->products, values[RUNWAY_SKILL_PRODUCT].i);
      const RunwayValue *person;
      Product *product;

      if (found < 0 || !is_counted_level (values[RUNWAY_SKILL_LEVEL].s))
        continue;
      person = runway_plan_peek_row (builder->plan, RUNWAY_KIND_PERSON,
                                     values[RUNWAY_SKILL_PERSON].i);
      if (person == NULL)
        continue;

      product = &g_array_index (index->products, Product, found);
      product->fte += person[RUNWAY_PERSON_FTE].d;
      product->n_knowers++;
      product->sole_knower = values[RUNWAY_SKILL_PERSON].i;
    }

  for (guint i = 0; i < index->products->len; i++)
    {
      Product *product = &g_array_index (index->products, Product, i);

      if (product->n_knowers == 1)
        product->sole_knower_name =
          runway_risk_ref_string (name_of (builder->plan, RUNWAY_KIND_PERSON,
                                           product->sole_knower, RUNWAY_PERSON_NAME));
    }
}

typedef struct
{
  const char *subject;
  guint      *rank;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const Ranked *) a)->subject, ((const Ranked *) b)->subject);
}

/* Every subject a risk can have gets its place in byte order, so that risks
 * sort on integers; equal subjects get the same rank. */
static void
rank_subjects (RunwayRiskIndex *index)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint rank = 0;

#define RANK(array, Type, field, rank_field) \
  for (guint i = 0; i < (array)->len; i++) \
    { \
      Type *entry = &g_array_index ((array), Type, i); \
      Ranked ranked = { entry->field, &entry->rank_field }; \
      g_array_append_val (all, ranked); \
    }
  RANK (index->releases, Release, title, rank)
  RANK (index->products, Product, name, rank)
  RANK (index->products, Product, vendor_name, vendor_rank)
  RANK (index->capabilities, Capability, name, rank)
  RANK (index->late_migrations, LateMigration, title, rank)
#undef RANK

  g_array_sort (all, compare_ranked);
  index->subjects = g_new (const char *, MAX (all->len, 1));
  for (guint i = 0; i < all->len; i++)
    {
      Ranked *ranked = &g_array_index (all, Ranked, i);

      if (i > 0 && strcmp (ranked->subject, (ranked - 1)->subject) != 0)
        rank++;
      *ranked->rank = rank;
      index->subjects[rank] = ranked->subject;
    }
  index->n_ranks = all->len > 0 ? rank + 1 : 0;
}

/* Returns: the rank of @subject + 1, or 0 if no risk can have it */
static guint
find_rank (RunwayRiskIndex *index,
           const char      *subject)
{
  guint low = 0;
  guint high = index->n_ranks;

  if (subject == NULL)
    return 0;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int diff = strcmp (index->subjects[middle], subject);

      if (diff == 0)
        return middle + 1;
      if (diff < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return 0;
}

static void
attach_index (RunwayRiskIndex *index,
              RunwayPlan      *plan)
{
  /* the kinds it reads; settings and acceptances are read per computation */
  static const RunwayKind kinds[] = {
    RUNWAY_KIND_VENDOR, RUNWAY_KIND_PRODUCT, RUNWAY_KIND_RELEASE, RUNWAY_KIND_PERSON,
    RUNWAY_KIND_SKILL, RUNWAY_KIND_CAPABILITY, RUNWAY_KIND_DEPLOYMENT, RUNWAY_KIND_MIGRATION,
    RUNWAY_KIND_RESPONSIBILITY, RUNWAY_KIND_ALTERNATIVE,
  };

  index->plan = plan;
  index->revision = runway_plan_get_revision (plan);
  /* "changed" follows every committed edit, undo and redo, and the
   * additions and removals of an edit group show as the models change;
   * the plan's revision also catches values changed inside a group that is
   * then abandoned. */
  index->changed_handler = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      index->models[kinds[i]] = g_object_ref (runway_plan_get_model (plan, kinds[i]));
      index->items_handlers[kinds[i]] =
        g_signal_connect (index->models[kinds[i]], "items-changed",
                          G_CALLBACK (on_model_items_changed), index);
    }
  g_object_set_data_full (G_OBJECT (plan), INDEX_KEY, runway_risk_index_ref (index),
                          detach_index);
}

static GArray *
new_array (gsize          element_size,
           guint          reserved,
           GDestroyNotify clear)
{
  GArray *array = g_array_sized_new (FALSE, TRUE, (guint) element_size, reserved);

  g_array_set_clear_func (array, clear);
  return array;
}

/* Returns: (transfer full): the index of @plan as it is now, made if the
 * plan changed since the last one */
static RunwayRiskIndex *
dup_index (RunwayPlan *plan)
{
  RunwayRiskIndex *index = g_object_get_data (G_OBJECT (plan), INDEX_KEY);
  guint n_deployments = runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT);
  Builder builder = { 0 };

  if (index != NULL && index->revision == runway_plan_get_revision (plan))
    return runway_risk_index_ref (index);
  if (index != NULL)
    g_object_set_data (G_OBJECT (plan), INDEX_KEY, NULL);

  index = g_new0 (RunwayRiskIndex, 1);
  g_ref_count_init (&index->ref_count);
  index->deployments = g_array_sized_new (FALSE, FALSE, sizeof (Deployment), n_deployments);
  index->uses = g_array_sized_new (FALSE, FALSE, sizeof (Use), n_deployments);
  index->releases = new_array (sizeof (Release),
                               MIN (n_deployments, runway_plan_count (plan, RUNWAY_KIND_RELEASE)),
                               (GDestroyNotify) release_clear);
  index->products = new_array (sizeof (Product),
                               MIN (n_deployments, runway_plan_count (plan, RUNWAY_KIND_PRODUCT)),
                               (GDestroyNotify) product_clear);
  index->capabilities = new_array (sizeof (Capability),
                                   MIN (n_deployments,
                                        runway_plan_count (plan, RUNWAY_KIND_CAPABILITY)),
                                   (GDestroyNotify) capability_clear);
  index->late_migrations = new_array (sizeof (LateMigration), 0,
                                      (GDestroyNotify) late_migration_clear);

  builder.index = index;
  builder.plan = plan;
  id_map_init (&builder.releases, plan, RUNWAY_KIND_RELEASE);
  id_map_init (&builder.products, plan, RUNWAY_KIND_PRODUCT);
  id_map_init (&builder.capabilities, plan, RUNWAY_KIND_CAPABILITY);

  index_deployments (&builder);
  index_migrations (&builder);
  index_responsibilities (&builder);
  index_alternatives (&builder);
  index_skills (&builder);
  rank_subjects (index);

  id_map_clear (&builder.releases);
  id_map_clear (&builder.products);
  id_map_clear (&builder.capabilities);

  attach_index (index, plan);
  return index;
}

static gboolean
resolve_as_of (RunwayPlan  *plan,
               const char  *as_of,
               guint32     *out_day,
               GError     **error)
{
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (plan));

  if (as_of == NULL)
    as_of = runway_entity_get_string (settings, RUNWAY_SETTINGS_AS_OF);
  if (as_of == NULL)
    {
      *out_day = runway_date_today ();
      return TRUE;
    }
  if (!runway_date_parse (as_of, out_day, error))
    {
      g_prefix_error (error, _("As-of date: "));
      return FALSE;
    }
  return TRUE;
}

static void
computation_clear (Computation *c)
{
  g_clear_pointer (&c->index, runway_risk_index_unref);
  g_clear_pointer (&c->product_deployed, g_free);
  g_clear_pointer (&c->capability_product, g_free);
  g_clear_pointer (&c->contract_hits, g_array_unref);
  g_clear_pointer (&c->records, g_array_unref);
  g_clear_pointer (&c->accepted_ranks, g_free);
  g_clear_pointer (&c->acceptances, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Computation, computation_clear)

/* Which ranks have acceptances, so a risk looks only if its subject has one. */
static void
gather_acceptances (Computation *c,
                    RunwayPlan  *plan)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_ACCEPTANCE);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      RunwayEntity *acceptance = g_list_model_get_item (model, i);
      const char *subject = runway_entity_peek_values (acceptance)[RUNWAY_ACCEPTANCE_SUBJECT].s;
      guint rank = find_rank (c->index, subject);
      GPtrArray *list;

      if (rank-- == 0)
        {
          /* it accepts something that is not a risk of this plan */
          g_object_unref (acceptance);
          continue;
        }
      if (c->acceptances == NULL)
        {
          c->acceptances = g_hash_table_new_full (NULL, NULL, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);
          c->accepted_ranks = g_new0 (guint8, c->index->n_ranks / 8 + 1);
        }
      list = g_hash_table_lookup (c->acceptances, GUINT_TO_POINTER (rank));
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (c->acceptances, GUINT_TO_POINTER (rank), list);
        }
      g_ptr_array_add (list, acceptance);
      c->accepted_ranks[rank / 8] |= (guint8) (1u << (rank % 8));
    }
}

static gboolean
start_computation (Computation  *c,
                   RunwayPlan   *plan,
                   const char   *as_of,
                   GError      **error)
{
  const RunwayValue *settings = runway_entity_peek_values (RUNWAY_ENTITY (
                                  runway_plan_get_settings (plan)));
  guint32 day;

  if (!resolve_as_of (plan, as_of, &day, error))
    return FALSE;

  c->index = dup_index (plan);
  c->as_of = day_to_date (day);
  c->eol_window_end = day_to_date (runway_date_add_months (
                                     day, (int) settings[RUNWAY_SETTINGS_EOL_WARNING_MONTHS].i));
  c->eos_window_end = day_to_date (runway_date_add_months (
                                     day, (int) settings[RUNWAY_SETTINGS_EOS_WARNING_MONTHS].i));
  c->horizon_end = read_date (settings[RUNWAY_SETTINGS_HORIZON_END].s);
  c->min_fte = settings[RUNWAY_SETTINGS_MIN_FTE].d;
  c->product_deployed = g_new0 (guint8, c->index->products->len);
  c->capability_product = g_new (gint, c->index->capabilities->len);
  for (guint i = 0; i < c->index->capabilities->len; i++)
    c->capability_product[i] = -1;
  c->contract_hits = g_array_new (FALSE, FALSE, sizeof (ContractHit));
  c->records = new_array (sizeof (RunwayRiskRecord), c->index->uses->len,
                          (GDestroyNotify) record_clear);
  gather_acceptances (c, plan);
  return TRUE;
}

/* How a use looks on the as-of date; FALSE if none of it runs then. */
static gboolean
read_running (Computation *c,
              const Use   *use,
              Running     *running)
{
  const Deployment *deployment = &g_array_index (c->index->deployments, Deployment, use->first);
  gboolean deployed = FALSE;

  running->environments = 0;
  running->until = NO_DATE;

  for (guint d = 0; d < use->n; d++, deployment++)
    {
      if (deployment->from > c->as_of || deployment->until < c->as_of)
        continue;

      deployed = TRUE;
      if (deployment->environment != NO_ENVIRONMENT)
        running->environments |= 1u << deployment->environment;
      running->until = MAX (running->until, deployment->until);
    }
  return deployed;
}

/* Whether something still runs after the last day of @date. */
static gboolean
runs_after (const Running *running,
            Date           date)
{
  return running->until > date;
}

static void
match_acceptance (Computation      *c,
                  RunwayRiskRecord *record,
                  guint             rank)
{
  GPtrArray *list = g_hash_table_lookup (c->acceptances, GUINT_TO_POINTER (rank));
  const char *rule = runway_rule_get_id ((RunwayRule) record->rule);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      RunwayEntity *acceptance = g_ptr_array_index (list, i);
      const RunwayValue *values = runway_entity_peek_values (acceptance);

      if (g_strcmp0 (values[RUNWAY_ACCEPTANCE_RULE].s, rule) == 0
          && read_date (values[RUNWAY_ACCEPTANCE_EXPIRES].s) >= c->as_of
          && (values[RUNWAY_ACCEPTANCE_DATE].s == NULL
              || read_date (values[RUNWAY_ACCEPTANCE_DATE].s) == record->date))
        {
          record->acceptance = g_object_ref (RUNWAY_ACCEPTANCE (acceptance));
          return;
        }
    }
}

static RunwayRiskRecord *
add_record (Computation *c,
            RunwayRule   rule,
            guint        rank,
            guint        source,
            Date         date)
{
  RunwayRiskRecord record = { 0 };

  record.order = ((guint64) runway_rule_get_severity (rule) << 32) | date;
  record.tie = ((guint64) rank << 8) | rule;
  record.source = source;
  record.date = date;
  record.rule = (guint8) rule;
  if (c->accepted_ranks != NULL && (c->accepted_ranks[rank / 8] & (1u << (rank % 8))))
    match_acceptance (c, &record, rank);
  g_array_append_val (c->records, record);
  return &g_array_index (c->records, RunwayRiskRecord, c->records->len - 1);
}

static void
add_release_record (Computation       *c,
                    RunwayRule         rule,
                    RunwayRiskVariant  variant,
                    guint              use,
                    const Running     *running,
                    Date               date)
{
  const Use *entry = &g_array_index (c->index->uses, Use, use);
  const Release *release = &g_array_index (c->index->releases, Release, entry->release);
  RunwayRiskRecord *record = add_record (c, rule, release->rank, use, date);

  record->variant = (guint8) variant;
  record->environments = (guint16) running->environments;
}

static void
check_end_of_life (Computation   *c,
                   guint          use,
                   const Running *running)
{
  const Use *entry = &g_array_index (c->index->uses, Use, use);
  const Release *release = &g_array_index (c->index->releases, Release, entry->release);
  const Milestone *extended = &release->extended;
  Date eol = release->end_of_life.date;
  gboolean passed;

  switch (release->end_of_life.kind)
    {
    case RUNWAY_MILESTONE_UNKNOWN:
      add_release_record (c, RUNWAY_RULE_LIFECYCLE_UNKNOWN, RUNWAY_RISK_PLAIN, use, running,
                          NO_DATE);
      return;
    case RUNWAY_MILESTONE_NONE:
      return;
    case RUNWAY_MILESTONE_ENDED:
      passed = TRUE;
      break;
    case RUNWAY_MILESTONE_DATE:
    default:
      passed = eol < c->as_of;
      break;
    }

  if (passed)
    {
      gboolean extended_runs = extended->kind == RUNWAY_MILESTONE_NONE
                               || (extended->kind == RUNWAY_MILESTONE_DATE
                                   && extended->date >= c->as_of);

      if (release->contracted && extended_runs)
        add_release_record (c, RUNWAY_RULE_EXTENDED_ONLY, RUNWAY_RISK_PLAIN, use, running,
                            extended->date);
      else if (release->contracted && extended->kind == RUNWAY_MILESTONE_DATE)
        add_release_record (c, RUNWAY_RULE_EOL_PASSED, RUNWAY_RISK_EXTENDED_ENDED, use, running,
                            extended->date);
      else if (release->contracted && extended->kind == RUNWAY_MILESTONE_UNKNOWN)
        add_release_record (c, RUNWAY_RULE_EOL_PASSED, RUNWAY_RISK_EXTENDED_UNRECORDED, use,
                            running, eol);
      else
        add_release_record (c, RUNWAY_RULE_EOL_PASSED, RUNWAY_RISK_PLAIN, use, running, eol);
    }
  else if (eol <= c->eol_window_end && runs_after (running, eol))
    {
      gboolean bridged = release->contracted
                         && (extended->kind == RUNWAY_MILESTONE_NONE
                             || (extended->kind == RUNWAY_MILESTONE_DATE && extended->date > eol));

      add_release_record (c, RUNWAY_RULE_EOL_SOON,
                          bridged ? RUNWAY_RISK_EXTENDED_CONTRACTED : RUNWAY_RISK_PLAIN,
                          use, running, eol);
    }

  if (!entry->migrating
      && (eol == NO_DATE || (eol <= c->horizon_end && runs_after (running, eol))))
    add_release_record (c, RUNWAY_RULE_NO_MIGRATION, passed ? RUNWAY_RISK_PAST : RUNWAY_RISK_PLAIN,
                        use, running, eol);
}

static void
check_end_of_support (Computation   *c,
                      guint          use,
                      const Running *running)
{
  const Use *entry = &g_array_index (c->index->uses, Use, use);
  const Release *release = &g_array_index (c->index->releases, Release, entry->release);
  Date eos = release->end_of_support.date;

  switch (release->end_of_support.kind)
    {
    case RUNWAY_MILESTONE_ENDED:
      add_release_record (c, RUNWAY_RULE_EOS_PASSED, RUNWAY_RISK_PLAIN, use, running, NO_DATE);
      break;
    case RUNWAY_MILESTONE_DATE:
      if (eos < c->as_of)
        add_release_record (c, RUNWAY_RULE_EOS_PASSED, RUNWAY_RISK_PLAIN, use, running, eos);
      else if (eos <= c->eos_window_end && runs_after (running, eos))
        add_release_record (c, RUNWAY_RULE_EOS_SOON, RUNWAY_RISK_PLAIN, use, running, eos);
      break;
    case RUNWAY_MILESTONE_UNKNOWN:
    case RUNWAY_MILESTONE_NONE:
    default:
      break;
    }
}

/* The release rules, and what the other rules need to know of what runs. */
static void
check_uses (Computation *c)
{
  RunwayRiskIndex *index = c->index;

  for (guint u = 0; u < index->uses->len; u++)
    {
      const Use *use = &g_array_index (index->uses, Use, u);
      const Release *release = &g_array_index (index->releases, Release, use->release);
      const Product *product = &g_array_index (index->products, Product, release->product);
      gint *runs_on = &c->capability_product[use->capability];
      Running running;

      if (!read_running (c, use, &running))
        continue;

      c->product_deployed[release->product] = TRUE;
      if (*runs_on == -1)
        *runs_on = (gint) release->product;
      else if (*runs_on != (gint) release->product)
        *runs_on = -2;

      check_end_of_life (c, u, &running);
      check_end_of_support (c, u, &running);

      if (product->contract_end != NO_DATE && runs_after (&running, product->contract_end))
        {
          ContractHit hit = { release->product, use->capability };

          g_array_append_val (c->contract_hits, hit);
        }
    }
}

static gboolean
is_understaffed (const Product *product,
                 double         min_fte)
{
  return product->fte + FTE_EPSILON < min_fte;
}

static gboolean
is_single_expert (const Product *product)
{
  return product->n_knowers == 1;
}

static void
check_staffing (Computation *c)
{
  for (guint p = 0; p < c->index->products->len; p++)
    {
      const Product *product = &g_array_index (c->index->products, Product, p);

      if (!c->product_deployed[p])
        continue;
      if (is_single_expert (product))
        add_record (c, RUNWAY_RULE_SINGLE_EXPERT, product->rank, p, NO_DATE);
      if (is_understaffed (product, c->min_fte))
        add_record (c, RUNWAY_RULE_UNDERSTAFFED, product->rank, p, NO_DATE);
    }
}

static void
check_capabilities (Computation *c)
{
  guint all_areas = (1u << count_areas ()) - 1;

  for (guint i = 0; i < c->index->capabilities->len; i++)
    {
      const Capability *capability = &g_array_index (c->index->capabilities, Capability, i);
      gint runs_on = c->capability_product[i];

      if (runs_on == -1)
        continue;
      if (capability->covered_areas != all_areas)
        add_record (c, RUNWAY_RULE_OWNERSHIP_GAP, capability->rank, i, NO_DATE);
      if (runs_on >= 0 && !capability->has_alternative && !capability->exit_planned)
        add_record (c, RUNWAY_RULE_NO_ALTERNATIVE, capability->rank, i, NO_DATE)->other =
          (guint) runs_on;
    }
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const ContractHit *ha = a, *hb = b;

  if (ha->product != hb->product)
    return ha->product < hb->product ? -1 : 1;
  if (ha->capability != hb->capability)
    return ha->capability < hb->capability ? -1 : 1;
  return 0;
}

static void
check_contracts (Computation *c)
{
  /* several releases of one product for one capability are one risk */
  g_array_sort (c->contract_hits, compare_hits);
  for (guint i = 0; i < c->contract_hits->len; i++)
    {
      const ContractHit *hit = &g_array_index (c->contract_hits, ContractHit, i);
      const Product *product = &g_array_index (c->index->products, Product, hit->product);
      RunwayRiskRecord *record;

      if (i > 0 && compare_hits (hit, hit - 1) == 0)
        continue;
      record = add_record (c, RUNWAY_RULE_CONTRACT_ENDS, product->vendor_rank, hit->product,
                           product->contract_end);
      record->other = hit->capability;
      if (product->contract_end < c->as_of)
        record->variant = RUNWAY_RISK_PAST;
    }
}

static void
check_migrations (Computation *c)
{
  for (guint i = 0; i < c->index->late_migrations->len; i++)
    {
      const LateMigration *late = &g_array_index (c->index->late_migrations, LateMigration, i);

      add_record (c, RUNWAY_RULE_MIGRATION_LATE, late->rank, i, late->date);
    }
}

/* What tells apart two risks of one rule and subject: the capability and
 * product they concern (a release that runs for two capabilities). */
static void
get_record_names (RunwayRiskIndex        *index,
                  const RunwayRiskRecord *record,
                  const char            **capability,
                  const char            **product)
{
  *capability = *product = "";
  switch ((RunwayRule) record->rule)
    {
    case RUNWAY_RULE_EOL_PASSED:
    case RUNWAY_RULE_EOL_SOON:
    case RUNWAY_RULE_EXTENDED_ONLY:
    case RUNWAY_RULE_EOS_PASSED:
    case RUNWAY_RULE_EOS_SOON:
    case RUNWAY_RULE_NO_MIGRATION:
    case RUNWAY_RULE_LIFECYCLE_UNKNOWN:
      {
        const Use *use = &g_array_index (index->uses, Use, record->source);

        *capability = g_array_index (index->capabilities, Capability, use->capability).name;
      }
      break;
    case RUNWAY_RULE_MIGRATION_LATE:
      *capability =
        g_array_index (index->late_migrations, LateMigration, record->source).capability;
      break;
    case RUNWAY_RULE_CONTRACT_ENDS:
      *capability = g_array_index (index->capabilities, Capability, record->other).name;
      *product = g_array_index (index->products, Product, record->source).name;
      break;
    case RUNWAY_RULE_SINGLE_EXPERT:
    case RUNWAY_RULE_UNDERSTAFFED:
    case RUNWAY_RULE_OWNERSHIP_GAP:
    case RUNWAY_RULE_NO_ALTERNATIVE:
    case RUNWAY_N_RULES:
    default:
      break;
    }
  if (*capability == NULL)
    *capability = "";
}

static gint
compare_records (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const RunwayRiskRecord *ra = a, *rb = b;
  const char *capability_a, *capability_b, *product_a, *product_b;
  int diff;

  if (ra->order != rb->order)
    return ra->order < rb->order ? -1 : 1;
  if (ra->tie != rb->tie)
    return ra->tie < rb->tie ? -1 : 1;

  get_record_names (user_data, ra, &capability_a, &product_a);
  get_record_names (user_data, rb, &capability_b, &product_b);
  diff = strcmp (capability_a, capability_b);
  if (diff == 0)
    diff = strcmp (product_a, product_b);
  if (diff == 0 && ra->source != rb->source)
    diff = ra->source < rb->source ? -1 : 1;
  return diff;
}

/* Sorts @records as compare_records() orders them. A large estate has
 * 50,000 risks, and a comparison sort of their records was most of what a
 * computation cost; but they sort on integers: severity, date, subject
 * rank and rule, which fit one 64-bit key. Their positions are radix-sorted
 * on that key (11 bits at a time, least significant first, skipping digits
 * every record shares), the records are put in place by following the
 * permutation's cycles, and only runs with equal keys (one release's risk
 * for several capabilities) are compared by name. Nothing as large as the
 * records is allocated: in a fresh process, touching new memory costs
 * more than sorting. */
#define DIGIT_BITS 11
#define N_DIGITS   6     /* 66 bits */
#define N_BUCKETS  (1u << DIGIT_BITS)

static gboolean
make_sort_key (const RunwayRiskRecord *record,
               guint64                *key)
{
  guint64 severity = record->order >> 32;
  guint64 date = record->order & G_MAXUINT32;

  if (severity >= 8 || date >= ((guint64) 1 << 27) || record->tie >= ((guint64) 1 << 34))
    return FALSE;
  *key = severity << 61 | date << 34 | record->tie;
  return TRUE;
}

static void
sort_records (GArray          *records,
              RunwayRiskIndex *index)
{
  RunwayRiskRecord *all = (RunwayRiskRecord *) (gpointer) records->data;
  guint n = records->len;
  g_autofree guint64 *keys = g_new (guint64, n);
  g_autofree guint32 *positions = g_new (guint32, n);
  g_autofree guint32 *scratch = g_new (guint32, n);
  g_autofree guint *counts = g_new0 (guint, N_DIGITS * N_BUCKETS);

  for (guint i = 0; i < n; i++)
    {
      if (!make_sort_key (&all[i], &keys[i]))
        {
          /* out of the key's range: a plan nobody has yet */
          g_qsort_with_data (all, (gint) n, sizeof (RunwayRiskRecord), compare_records, index);
          return;
        }
      positions[i] = i;
      for (guint d = 0; d < N_DIGITS; d++)
        counts[d * N_BUCKETS + ((keys[i] >> (d * DIGIT_BITS)) & (N_BUCKETS - 1))]++;
    }

  for (guint d = 0; d < N_DIGITS && n > 0; d++)
    {
      guint *count = &counts[d * N_BUCKETS];
      guint shift = d * DIGIT_BITS;
      guint start = 0;
      guint32 *swap;

      if (count[(keys[0] >> shift) & (N_BUCKETS - 1)] == n)
        continue;
      for (guint b = 0; b < N_BUCKETS; b++)
        {
          guint here = count[b];

          count[b] = start;
          start += here;
        }
      for (guint i = 0; i < n; i++)
        scratch[count[(keys[positions[i]] >> shift) & (N_BUCKETS - 1)]++] = positions[i];
      swap = positions;
      positions = scratch;
      scratch = swap;
    }

  /* record i goes where positions says; each cycle once */
  for (guint i = 0; i < n; i++)
    {
      RunwayRiskRecord held;
      guint j = i;

      if (positions[i] == i)
        continue;
      held = all[i];
      for (;;)
        {
          guint from = positions[j];

          positions[j] = j;
          if (from == i)
            {
              all[j] = held;
              break;
            }
          all[j] = all[from];
          j = from;
        }
    }

  /* runs of equal keys: by capability and product name, then source */
  for (guint first = 0; first < n;)
    {
      guint end = first + 1;

      while (end < n && all[end].order == all[first].order && all[end].tie == all[first].tie)
        end++;
      if (end - first > 1)
        g_qsort_with_data (&all[first], (gint) (end - first), sizeof (RunwayRiskRecord),
                           compare_records, index);
      first = end;
    }
}

#undef DIGIT_BITS
#undef N_DIGITS
#undef N_BUCKETS

/**
 * runway_risk_engine_run:
 * @as_of: (nullable): the day, YYYY-MM-DD; %NULL for the plan's as-of date,
 *   or today
 * @out_index: (out): the index the records refer to
 * @out_min_fte: (out): the plan's minimum FTE, which understaffed risks show
 * @out_as_of: (out) (optional): the day they were computed for
 *
 * Returns: (transfer full): the RunwayRiskRecords of the risks, sorted; %NULL
 *   with @error set when @as_of is not a date
 */
GArray *
runway_risk_engine_run (RunwayPlan       *plan,
                        const char       *as_of,
                        RunwayRiskIndex **out_index,
                        double           *out_min_fte,
                        char            **out_as_of,
                        GError          **error)
{
  g_auto(Computation) c = { 0 };

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!start_computation (&c, plan, as_of, error))
    return NULL;

  check_uses (&c);
  check_migrations (&c);
  check_staffing (&c);
  check_capabilities (&c);
  check_contracts (&c);
  sort_records (c.records, c.index);

  *out_index = g_steal_pointer (&c.index);
  *out_min_fte = c.min_fte;
  if (out_as_of != NULL)
    {
      *out_as_of = g_malloc (11);
      write_date (*out_as_of, c.as_of);
    }
  return g_steal_pointer (&c.records);
}

RunwaySeverity
runway_risk_record_get_severity (const RunwayRiskRecord *record)
{
  return runway_rule_get_severity ((RunwayRule) record->rule);
}

static RunwayRisk *
make_release_risk (RunwayRiskIndex        *index,
                   const RunwayRiskRecord *record)
{
  const Use *use = &g_array_index (index->uses, Use, record->source);
  const Release *release = &g_array_index (index->releases, Release, use->release);
  const Product *product = &g_array_index (index->products, Product, release->product);
  const Capability *capability = &g_array_index (index->capabilities, Capability,
                                                 use->capability);
  RunwayRisk *risk = runway_risk_new ((RunwayRule) record->rule, RUNWAY_KIND_RELEASE,
                                      release->id, release->title);

  risk->capability = acquire (capability->name);
  risk->capability_id = capability->id;
  risk->product = acquire (product->name);
  risk->product_id = product->id;
  risk->release = acquire (release->version);
  risk->release_id = release->id;
  risk->environments = record->environments;
  return risk;
}

/**
 * runway_risk_index_make_risk:
 *
 * Returns: (transfer full): the risk @record stands for
 */
RunwayRisk *
runway_risk_index_make_risk (RunwayRiskIndex        *index,
                             const RunwayRiskRecord *record,
                             double                  min_fte)
{
  RunwayRisk *risk = NULL;

  switch ((RunwayRule) record->rule)
    {
    case RUNWAY_RULE_EOL_PASSED:
    case RUNWAY_RULE_EOL_SOON:
    case RUNWAY_RULE_EXTENDED_ONLY:
    case RUNWAY_RULE_EOS_PASSED:
    case RUNWAY_RULE_EOS_SOON:
    case RUNWAY_RULE_NO_MIGRATION:
    case RUNWAY_RULE_LIFECYCLE_UNKNOWN:
      risk = make_release_risk (index, record);
      break;
    case RUNWAY_RULE_MIGRATION_LATE:
      {
        const LateMigration *late = &g_array_index (index->late_migrations, LateMigration,
                                                    record->source);

        risk = runway_risk_new (RUNWAY_RULE_MIGRATION_LATE, RUNWAY_KIND_MIGRATION, late->id,
                                late->title);
        risk->capability = acquire (late->capability);
        risk->capability_id = late->capability_id;
        risk->product = acquire (late->product);
        risk->product_id = late->product_id;
        risk->release = acquire (late->version);
        risk->release_id = late->release_id;
        risk->detail = acquire (late->release_title);
        write_date (risk->detail_date, late->end);
      }
      break;
    case RUNWAY_RULE_SINGLE_EXPERT:
    case RUNWAY_RULE_UNDERSTAFFED:
      {
        const Product *product = &g_array_index (index->products, Product, record->source);

        risk = runway_risk_new ((RunwayRule) record->rule, RUNWAY_KIND_PRODUCT, product->id,
                                product->name);
        risk->product = acquire (product->name);
        risk->product_id = product->id;
        risk->detail = acquire (product->sole_knower_name);
        risk->fte = product->fte;
        risk->min_fte = min_fte;
      }
      break;
    case RUNWAY_RULE_OWNERSHIP_GAP:
    case RUNWAY_RULE_NO_ALTERNATIVE:
      {
        const Capability *capability = &g_array_index (index->capabilities, Capability,
                                                       record->source);

        risk = runway_risk_new ((RunwayRule) record->rule, RUNWAY_KIND_CAPABILITY,
                                capability->id, capability->name);
        risk->capability = acquire (capability->name);
        risk->capability_id = capability->id;
        if (record->rule == RUNWAY_RULE_OWNERSHIP_GAP)
          risk->detail = acquire (capability->missing_areas);
        else
          {
            const Product *product = &g_array_index (index->products, Product, record->other);

            risk->product = acquire (product->name);
            risk->product_id = product->id;
          }
      }
      break;
    case RUNWAY_RULE_CONTRACT_ENDS:
      {
        const Product *product = &g_array_index (index->products, Product, record->source);
        const Capability *capability = &g_array_index (index->capabilities, Capability,
                                                       record->other);

        risk = runway_risk_new (RUNWAY_RULE_CONTRACT_ENDS, RUNWAY_KIND_VENDOR, product->vendor_id,
                                product->vendor_name);
        risk->capability = acquire (capability->name);
        risk->capability_id = capability->id;
        risk->product = acquire (product->name);
        risk->product_id = product->id;
      }
      break;
    case RUNWAY_N_RULES:
    default:
      g_assert_not_reached ();
    }

  risk->variant = (RunwayRiskVariant) record->variant;
  write_date (risk->date, record->date);
  if (record->acceptance != NULL)
    risk->acceptance = g_object_ref (record->acceptance);
  return risk;
}

/**
 * runway_plan_compute_risks:
 * @as_of: (nullable): the day to compute them for, YYYY-MM-DD; %NULL for the
 *   plan's as-of date, or today when it has none
 *
 * Computes every risk of DESIGN.md's table, accepted ones included (see
 * runway_risk_get_acceptance()), in the order of runway_risk_compare(). For
 * a view of a large plan, runway_risk_list_new() makes the same risks only
 * as they are shown.
 *
 * Returns: (transfer container) (element-type RunwayRisk): the risks, or
 *   %NULL with @error set when @as_of is not a date
 */
GPtrArray *
runway_plan_compute_risks (RunwayPlan  *plan,
                           const char  *as_of,
                           GError     **error)
{
  g_autoptr(RunwayRiskIndex) index = NULL;
  g_autoptr(GArray) records = NULL;
  GPtrArray *risks;
  double min_fte;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  records = runway_risk_engine_run (plan, as_of, &index, &min_fte, NULL, error);
  if (records == NULL)
    return NULL;

  risks = g_ptr_array_new_full (records->len, g_object_unref);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (risks, runway_risk_index_make_risk (
                              index, &g_array_index (records, RunwayRiskRecord, i), min_fte));
  return risks;
}

/**
 * runway_plan_dup_as_of:
 * @as_of: (nullable): a date a user gave, or %NULL
 *
 * Returns: (transfer full): the day risks are computed for, YYYY-MM-DD:
 *   @as_of, or else the plan's as-of date, or else today; %NULL with @error
 *   set when it is not a date
 */
char *
runway_plan_dup_as_of (RunwayPlan  *plan,
                       const char  *as_of,
                       GError     **error)
{
  guint32 day;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);

  if (!resolve_as_of (plan, as_of, &day, error))
    return NULL;
  return runway_date_format (day);
}

static void
staffing_member_free (gpointer data)
{
  RunwayStaffingMember *member = data;

  g_free (member->person);
  g_free (member->team);
  g_free (member);
}

void
runway_staffing_free (RunwayStaffing *staffing)
{
  if (staffing == NULL)
    return;
  g_free (staffing->product);
  g_free (staffing->vendor);
  g_ptr_array_unref (staffing->members);
  g_free (staffing);
}

static int
level_rank (const char *level)
{
  return g_strcmp0 (level, "expert") == 0 ? 0 : g_strcmp0 (level, "practitioner") == 0 ? 1 : 2;
}

static int
compare_names (const char *a,
               const char *b)
{
  int diff = g_ascii_strcasecmp (a, b);

  return diff != 0 ? diff : strcmp (a, b);
}

static gint
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const RunwayStaffingMember *ma = *(RunwayStaffingMember **) a;
  const RunwayStaffingMember *mb = *(RunwayStaffingMember **) b;
  int diff = level_rank (ma->level) - level_rank (mb->level);

  if (diff == 0 && ma->fte != mb->fte)
    diff = ma->fte > mb->fte ? -1 : 1;
  if (diff == 0)
    diff = compare_names (ma->person, mb->person);
  return diff;
}

static gint
compare_staffing (gconstpointer a,
                  gconstpointer b)
{
  const RunwayStaffing *sa = *(RunwayStaffing **) a;
  const RunwayStaffing *sb = *(RunwayStaffing **) b;

  return compare_names (sa->product, sb->product);
}

static void
add_member (RunwayPlan     *plan,
            RunwayStaffing *staffing,
            RunwayEntity   *person,
            const char     *level)
{
  RunwayStaffingMember *member = g_new0 (RunwayStaffingMember, 1);
  RunwayEntity *team = runway_plan_lookup (plan, RUNWAY_KIND_TEAM,
                                           runway_entity_get_int (person, RUNWAY_PERSON_TEAM));

  member->person = g_strdup (runway_entity_get_string (person, RUNWAY_PERSON_NAME));
  member->person_id = runway_entity_get_id (person);
  member->team = g_strdup (team ? runway_entity_get_string (team, RUNWAY_TEAM_NAME) : NULL);
  member->level = level;
  member->fte = runway_entity_get_real (person, RUNWAY_PERSON_FTE);
  member->counts = is_counted_level (level);
  g_ptr_array_add (staffing->members, member);
}

/**
 * runway_plan_compute_staffing:
 * @as_of: (nullable): as for runway_plan_compute_risks()
 *
 * Who knows each product deployed on the as-of date, and whether that is
 * enough: the counts the understaffed and single-expert rules use.
 *
 * Returns: (transfer container) (element-type RunwayStaffing): one entry per
 *   deployed product, by product name; %NULL with @error set when @as_of is
 *   not a date
 */
GPtrArray *
runway_plan_compute_staffing (RunwayPlan  *plan,
                              const char  *as_of,
                              GError     **error)
{
  g_auto(Computation) c = { 0 };
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) by_product = NULL;
  GListModel *skills;
  guint n;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!start_computation (&c, plan, as_of, error))
    return NULL;
  for (guint u = 0; u < c.index->uses->len; u++)
    {
      const Use *use = &g_array_index (c.index->uses, Use, u);
      Running running;

      if (read_running (&c, use, &running))
        c.product_deployed[g_array_index (c.index->releases, Release, use->release).product] =
          TRUE;
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) runway_staffing_free);
  by_product = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint p = 0; p < c.index->products->len; p++)
    {
      const Product *product = &g_array_index (c.index->products, Product, p);
      RunwayStaffing *staffing;

      if (!c.product_deployed[p])
        continue;

      staffing = g_new0 (RunwayStaffing, 1);
      staffing->product_id = product->id;
      staffing->product = g_strdup (product->name);
      staffing->vendor = g_strdup (product->vendor_name);
      staffing->members = g_ptr_array_new_with_free_func (staffing_member_free);
      staffing->fte = product->fte;
      staffing->min_fte = c.min_fte;
      staffing->n_knowers = product->n_knowers;
      staffing->understaffed = is_understaffed (product, c.min_fte);
      staffing->single_expert = is_single_expert (product);
      g_ptr_array_add (result, staffing);
      g_hash_table_insert (by_product, &staffing->product_id, staffing);
    }

  skills = runway_plan_get_model (plan, RUNWAY_KIND_SKILL);
  n = g_list_model_get_n_items (skills);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) skill = g_list_model_get_item (skills, i);
      const RunwayValue *values = runway_entity_peek_values (skill);
      RunwayStaffing *staffing = g_hash_table_lookup (by_product, &values[RUNWAY_SKILL_PRODUCT].i);
      RunwayEntity *person = runway_plan_lookup (plan, RUNWAY_KIND_PERSON,
                                                 values[RUNWAY_SKILL_PERSON].i);
      int level = find_enum (runway_skill_levels, values[RUNWAY_SKILL_LEVEL].s);

      if (staffing != NULL && person != NULL && level >= 0)
        add_member (plan, staffing, person, runway_skill_levels[level]);
    }

  for (guint i = 0; i < result->len; i++)
    g_ptr_array_sort (((RunwayStaffing *) g_ptr_array_index (result, i))->members,
                      compare_members);
  g_ptr_array_sort (result, compare_staffing);
  return g_steal_pointer (&result);
}
