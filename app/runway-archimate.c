/* runway-archimate.c — export to the ArchiMate Model Exchange File Format
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes an Open Group exchange file (ArchiMate 3.1, the schemas in
 * tests/data/archimate/) that Archi and other EA tools import. The mapping:
 *
 *   capability          Capability; the tree as Composition (parent → child);
 *                       the owner team as an Association "owns" (ArchiMate
 *                       allows no Assignment from an actor to a capability)
 *   release             one element per release that is deployed or that a
 *                       migration leaves or reaches, typed by its product's
 *                       category (see choose_element_type()): mostly
 *                       SystemSoftware; Realization of each capability it is
 *                       deployed for, with the environments and instances
 *   vendor              BusinessActor, Association "supplies" to its releases
 *   team                BusinessActor with its people's FTE
 *   migration           WorkPackage; the owner team is assigned to it
 *                       (Assignment), Associations to both releases and to
 *                       the capability
 *
 * Lifecycle milestones, FTE figures, instance counts and the like are
 * properties with typed property definitions. A milestone that is `ended` or
 * `none` has no date to put in a `date` property, so it is said in the
 * element's documentation instead.
 *
 * The file is in English (every name carries xml:lang="en", and Archi maps
 * the top-level folders by their English names), so its words are not
 * translated; names and texts from the plan are written as they are.
 *
 * Identifiers are derived from the entity kind and id ("id-capability-3"),
 * and everything is written in id order, so two exports of the same plan are
 * byte-identical and a re-import into Archi updates rather than duplicates.
 * Written as it goes through a buffer into the GOutputStream, escaped and
 * indented the way libxml2's xmlTextWriter did it (two spaces a level,
 * hexadecimal character references for non-ASCII attribute text), so files
 * stay byte-identical to those of earlier versions.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "runway-archimate.h"
#include "runway-plan-private.h"

#define XSI_NAMESPACE "http://www.w3.org/2001/XMLSchema-instance"
#define SCHEMA_LOCATION \
  RUNWAY_ARCHIMATE_NAMESPACE " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"

/* The diagram layout, in pixels. */
#define OUT_BUFFER_SIZE   (64 * 1024)

#define VIEW_MARGIN       24
#define BOX_PADDING       12
#define BOX_LABEL         32   /* room for a capability's name above its content */
#define GAP               12
#define RELEASE_W         144
#define RELEASE_H         56
#define RELEASE_COLUMNS   3
#define CHILD_COLUMNS     3
#define CAPABILITY_MIN_W  168
#define CAPABILITY_MIN_H  72

#define MAX_ENVIRONMENTS  8

typedef enum {
  DEF_HORIZON_START,
  DEF_HORIZON_END,
  DEF_AS_OF,
  DEF_MIN_FTE,
  DEF_CRITICALITY,
  DEF_WEBSITE,
  DEF_CONTRACT_END,
  DEF_CAB_MEMBER,
  DEF_SUPPORT_LINE,
  DEF_PEOPLE,
  DEF_FTE,
  DEF_PRODUCT,
  DEF_CATEGORY,
  DEF_VERSION,
  DEF_CODENAME,
  DEF_GA,
  DEF_END_OF_SALE,
  DEF_END_OF_SUPPORT,
  DEF_END_OF_LIFE,
  DEF_EXTENDED_SUPPORT_END,
  DEF_EXTENDED_SUPPORT_CONTRACTED,
  DEF_LIFECYCLE_SOURCE,
  DEF_SKILLED_FTE,
  DEF_ENVIRONMENTS,
  DEF_INSTANCES,
  DEF_START,
  DEF_END,
  DEF_STATUS,
  N_DEFINITIONS
} Definition;

typedef struct
{
  const char *identifier;
  const char *name;
  const char *type;    /* the exchange format's DataType */
} PropertyDefinition;

static const PropertyDefinition definitions[N_DEFINITIONS] = {
  [DEF_HORIZON_START] = { "propid-horizon-start", "Horizon start", "date" },
  [DEF_HORIZON_END] = { "propid-horizon-end", "Horizon end", "date" },
  [DEF_AS_OF] = { "propid-as-of", "As-of date", "date" },
  [DEF_MIN_FTE] = { "propid-min-fte", "Minimum FTE per technology", "number" },
  [DEF_CRITICALITY] = { "propid-criticality", "Criticality", "number" },
  [DEF_WEBSITE] = { "propid-website", "Website", "string" },
  [DEF_CONTRACT_END] = { "propid-contract-end", "Contract end", "date" },
  [DEF_CAB_MEMBER] = { "propid-cab-member", "Customer Advisory Board member", "boolean" },
  [DEF_SUPPORT_LINE] = { "propid-support-line", "Support line", "number" },
  [DEF_PEOPLE] = { "propid-people", "People", "number" },
  [DEF_FTE] = { "propid-fte", "FTE", "number" },
  [DEF_PRODUCT] = { "propid-product", "Product", "string" },
  [DEF_CATEGORY] = { "propid-category", "Category", "string" },
  [DEF_VERSION] = { "propid-version", "Version", "string" },
  [DEF_CODENAME] = { "propid-codename", "Codename", "string" },
  [DEF_GA] = { "propid-ga", "General availability", "date" },
  [DEF_END_OF_SALE] = { "propid-end-of-sale", "End of sale", "date" },
  [DEF_END_OF_SUPPORT] = { "propid-end-of-support", "End of support", "date" },
  [DEF_END_OF_LIFE] = { "propid-end-of-life", "End of life", "date" },
  [DEF_EXTENDED_SUPPORT_END] = { "propid-extended-support-end", "End of extended support",
                                 "date" },
  [DEF_EXTENDED_SUPPORT_CONTRACTED] = { "propid-extended-support-contracted",
                                        "Extended support contracted", "boolean" },
  [DEF_LIFECYCLE_SOURCE] = { "propid-lifecycle-source", "Lifecycle source", "string" },
  [DEF_SKILLED_FTE] = { "propid-skilled-fte", "Skilled FTE", "number" },
  [DEF_ENVIRONMENTS] = { "propid-environments", "Environments", "string" },
  [DEF_INSTANCES] = { "propid-instances", "Instances", "number" },
  [DEF_START] = { "propid-start", "Start", "date" },
  [DEF_END] = { "propid-end", "End", "date" },
  [DEF_STATUS] = { "propid-status", "Status", "string" },
};

typedef struct
{
  Definition  definition;
  char       *value;
} Property;

typedef struct
{
  RunwayEntity      *capability;
  const RunwayValue *release;                       /* the row's values */
  gint64             instances[MAX_ENVIRONMENTS];   /* by index in runway_environments */
} Realization;

typedef struct
{
  int w;
  int h;
} Box;

typedef struct
{
  RunwayPlan       *plan;
  RunwaySelection  *selection;      /* NULL: everything */
  GOutputStream    *out;
  GError           *io_error;       /* the stream's first error */
  char             *buffer;         /* OUT_BUFFER_SIZE bytes not yet written to @out */
  gsize             buffer_len;
  GPtrArray        *open_elements;  /* names (static strings) of the elements written into */
  gboolean          tag_open;       /* the innermost start tag still takes attributes */
  gboolean          indent_end;     /* the next end tag goes on a line of its own */
  guint             n_environments;

  /* The few capabilities, vendors, teams and migrations are entities; the
   * many releases, products, deployments, people and skills are read as
   * rows (their values, which stay put while the export runs), so an
   * export of a large plan makes no entity for them. */
  GPtrArray        *capabilities;   /* borrowed, all in id order */
  GPtrArray        *vendors;
  GPtrArray        *teams;
  GPtrArray        *releases;       /* rows; only those deployed or migrated */
  GPtrArray        *migrations;
  GArray           *realizations;   /* Realization, by capability then release */
  GHashTable       *release_set;    /* release rows */
  GHashTable       *realized;       /* capability → GPtrArray of its release rows */
  GHashTable       *release_instances;    /* release row → gint64[MAX_ENVIRONMENTS] */
  GHashTable       *capability_instances; /* capability → gint64 * */
  GHashTable       *skilled_fte;    /* product row → double * */
  GHashTable       *team_fte;       /* team → double * */
  GHashTable       *team_people;    /* team → count in a pointer */
  GHashTable       *boxes;          /* capability → Box * */
  GPtrArray        *roots;          /* capabilities that get a view */
  GPtrArray        *relationship_ids;
} Export;

static void
clear_property (gpointer data)
{
  Property *property = data;

  g_free (property->value);
}

static GArray *
new_properties (void)
{
  GArray *properties = g_array_new (FALSE, TRUE, sizeof (Property));

  g_array_set_clear_func (properties, clear_property);
  return properties;
}

/* Takes @value; NULL adds nothing. */
static void
add_property (GArray     *properties,
              Definition  definition,
              char       *value)
{
  Property property = { definition, value };

  if (value != NULL)
    g_array_append_val (properties, property);
}

static void
add_text_property (GArray     *properties,
                   Definition  definition,
                   const char *text)
{
  add_property (properties, definition, g_strdup (text));
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* six significant digits hide the float noise of a sum of FTE shares */
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.6g", value));
}

/* Decimal digits at the end of @buffer, without printf: the export writes
 * some 700,000 numbers and identifiers for a large estate, and printf was
 * a tenth of its time. */
static const char *
format_digits (char   buffer[24],
               gint64 value)
{
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  guint n = 23;

  buffer[n] = '\0';
  do
    {
      buffer[--n] = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    buffer[--n] = '-';
  return buffer + n;
}

static char *
format_int (gint64 value)
{
  char buffer[24];

  return g_strdup (format_digits (buffer, value));
}

static const char *
format_bool (gboolean value)
{
  return value ? "true" : "false";
}

static void
add_milestone (GArray            *properties,
               GString           *notes,
               const RunwayValue *release,
               guint              column,
               Definition         definition)
{
  RunwayMilestone milestone = { RUNWAY_MILESTONE_UNKNOWN, 0 };

  /* as runway_entity_get_milestone(): what does not parse is unknown */
  if (!runway_milestone_parse (release[column].s, &milestone, NULL))
    milestone.kind = RUNWAY_MILESTONE_UNKNOWN;

  switch (milestone.kind)
    {
    case RUNWAY_MILESTONE_DATE:
      add_property (properties, definition, runway_date_format (milestone.day));
      break;
    case RUNWAY_MILESTONE_ENDED:
      g_string_append_printf (notes, "%s%s: passed, the date is not known.",
                              notes->len > 0 ? "\n" : "", definitions[definition].name);
      break;
    case RUNWAY_MILESTONE_NONE:
      g_string_append_printf (notes, "%s%s: none announced or offered.",
                              notes->len > 0 ? "\n" : "", definitions[definition].name);
      break;
    case RUNWAY_MILESTONE_UNKNOWN:
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
contains (Export       *ex,
          RunwayEntity *entity)
{
  return entity != NULL
         && (ex->selection == NULL || runway_selection_contains (ex->selection, entity));
}

static RunwayEntity *
lookup_ref (Export       *ex,
            RunwayEntity *entity,
            guint         column)
{
  const RunwayTable *table = runway_schema_get_table (runway_entity_get_kind (entity));

  g_assert (table->columns[column].type == RUNWAY_COLUMN_REF);
  return runway_plan_lookup (ex->plan, table->columns[column].ref_kind,
                             runway_entity_get_int (entity, column));
}

static gboolean
contains_row (Export            *ex,
              RunwayKind         kind,
              const RunwayValue *values)
{
  return values != NULL
         && (ex->selection == NULL
             || runway_selection_contains_row (ex->selection, kind, values[0].i));
}

/* The row @values (of @kind) refers to in @column. */
static const RunwayValue *
lookup_row (Export            *ex,
            RunwayKind         kind,
            const RunwayValue *values,
            guint              column)
{
  const RunwayTable *table = runway_schema_get_table (kind);

  g_assert (table->columns[column].type == RUNWAY_COLUMN_REF);
  return runway_plan_peek_row (ex->plan, table->columns[column].ref_kind, values[column].i);
}

static char *
dup_row_identifier (RunwayKind kind,
                    gint64     id)
{
  char buffer[24];

  return g_strconcat ("id-", runway_schema_get_table (kind)->table, "-",
                      format_digits (buffer, id), NULL);
}

static char *
dup_identifier (RunwayEntity *entity)
{
  return dup_row_identifier (runway_entity_get_kind (entity), runway_entity_get_id (entity));
}

static char *
dup_view_identifier (RunwayEntity *root)
{
  return g_strdup_printf ("id-view-capability-%" G_GINT64_FORMAT, runway_entity_get_id (root));
}

static double *
ensure_sum (GHashTable    *sums,
            gconstpointer key)   /* an entity or a row */
{
  double *sum = g_hash_table_lookup (sums, key);

  if (sum == NULL)
    {
      sum = g_new0 (double, 1);
      g_hash_table_insert (sums, (gpointer) key, sum);
    }
  return sum;
}

static int
find_environment (Export     *ex,
                   const char *environment)
{
  for (guint i = 0; i < ex->n_environments; i++)
    if (g_strcmp0 (runway_environments[i], environment) == 0)
      return (int) i;
  return -1;
}

/* "production (60), acceptance (25)": production first, the order DTAP is
 * usually read in. */
static char *
dup_environments (Export       *ex,
                  const gint64 *instances,
                  gint64       *total)
{
  GString *text = g_string_new (NULL);

  *total = 0;
  for (guint e = ex->n_environments; e-- > 0;)
    {
      if (instances[e] == 0)
        continue;
      g_string_append_printf (text, "%s%s (%" G_GINT64_FORMAT ")", text->len > 0 ? ", " : "",
                              runway_environments[e], instances[e]);
      *total += instances[e];
    }
  return g_string_free (text, FALSE);
}

/* The ArchiMate element type of a release, from its product's category,
 * which is free text: a service ("… (service)", SaaS, cloud) is a
 * TechnologyService; hardware, an appliance or a platform that hosts other
 * software (a container platform, a cluster) is a Node; everything else
 * (operating systems, databases, runtimes, middleware) is SystemSoftware. */
static const char *
choose_element_type (const char *category)
{
  static const char * const services[] = { "service", "saas", "cloud", NULL };
  static const char * const nodes[] = { "hardware", "appliance", "platform", "cluster", NULL };
  g_autofree char *folded = NULL;

  if (category == NULL)
    return "SystemSoftware";

  folded = g_utf8_casefold (category, -1);
  for (guint i = 0; services[i] != NULL; i++)
    if (strstr (folded, services[i]) != NULL)
      return "TechnologyService";
  for (guint i = 0; nodes[i] != NULL; i++)
    if (strstr (folded, nodes[i]) != NULL)
      return "Node";
  return "SystemSoftware";
}

static const char *
get_element_type (Export            *ex,
                  const RunwayValue *release)
{
  const RunwayValue *product = lookup_row (ex, RUNWAY_KIND_RELEASE, release,
                                           RUNWAY_RELEASE_PRODUCT);

  return choose_element_type (product != NULL ? product[RUNWAY_PRODUCT_CATEGORY].s : NULL);
}

/* ---- what goes into the file ---- */

static GPtrArray *
collect (Export     *ex,
         RunwayKind  kind)
{
  GListModel *model = runway_plan_get_model (ex->plan, kind);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *found = g_ptr_array_new ();

  /* the plan owns its entities for as long as we run, so borrow them */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);

      if (contains (ex, entity))
        g_ptr_array_add (found, entity);
    }
  return found;
}

/* The rows of @kind in the selection, as their values. */
static GPtrArray *
collect_rows (Export     *ex,
              RunwayKind  kind)
{
  guint n = runway_plan_count (ex->plan, kind);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      const RunwayValue *values = runway_plan_peek_row_at (ex->plan, kind, i);

      if (contains_row (ex, kind, values))
        g_ptr_array_add (found, (gpointer) values);
    }
  return found;
}

static int
compare_realizations (gconstpointer a,
                      gconstpointer b)
{
  const Realization *x = a;
  const Realization *y = b;
  gint64 cx = runway_entity_get_id (x->capability), cy = runway_entity_get_id (y->capability);
  gint64 rx = x->release[0].i, ry = y->release[0].i;

  if (cx != cy)
    return cx < cy ? -1 : 1;
  if (rx != ry)
    return rx < ry ? -1 : 1;
  return 0;
}

static void
collect_realizations (Export *ex)
{
  g_autoptr(GPtrArray) deployments = collect_rows (ex, RUNWAY_KIND_DEPLOYMENT);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < deployments->len; i++)
    {
      const RunwayValue *deployment = g_ptr_array_index (deployments, i);
      RunwayEntity *capability = runway_plan_lookup (ex->plan, RUNWAY_KIND_CAPABILITY,
                                                     deployment[RUNWAY_DEPLOYMENT_CAPABILITY].i);
      const RunwayValue *release = lookup_row (ex, RUNWAY_KIND_DEPLOYMENT, deployment,
                                               RUNWAY_DEPLOYMENT_RELEASE);
      const char *name = deployment[RUNWAY_DEPLOYMENT_ENVIRONMENT].s;
      int environment = find_environment (ex, name);
      g_autofree char *key = NULL;
      gpointer position;
      Realization *realization;

      if (!contains (ex, capability) || !contains_row (ex, RUNWAY_KIND_RELEASE, release) ||
          environment < 0)
        continue;

      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                             runway_entity_get_id (capability), release[0].i);
      if (!g_hash_table_lookup_extended (index, key, NULL, &position))
        {
          Realization fresh = { capability, release, { 0 } };

          g_array_append_val (ex->realizations, fresh);
          position = GUINT_TO_POINTER (ex->realizations->len - 1);
          g_hash_table_insert (index, g_steal_pointer (&key), position);
          g_hash_table_add (ex->release_set, (gpointer) release);
        }
      realization = &g_array_index (ex->realizations, Realization, GPOINTER_TO_UINT (position));
      realization->instances[environment] += deployment[RUNWAY_DEPLOYMENT_INSTANCES].i;
    }

  g_array_sort (ex->realizations, compare_realizations);

  for (guint i = 0; i < ex->realizations->len; i++)
    {
      Realization *realization = &g_array_index (ex->realizations, Realization, i);
      GPtrArray *releases = g_hash_table_lookup (ex->realized, realization->capability);

      if (releases == NULL)
        {
          releases = g_ptr_array_new ();
          g_hash_table_insert (ex->realized, realization->capability, releases);
        }
      g_ptr_array_add (releases, (gpointer) realization->release);
    }
}

/* Sums the instances per release and environment, and per capability. */
static void
collect_instances (Export *ex)
{
  for (guint i = 0; i < ex->realizations->len; i++)
    {
      Realization *realization = &g_array_index (ex->realizations, Realization, i);
      gint64 *by_environment = g_hash_table_lookup (ex->release_instances,
                                                    realization->release);
      gint64 *total = g_hash_table_lookup (ex->capability_instances, realization->capability);

      if (by_environment == NULL)
        {
          by_environment = g_new0 (gint64, MAX_ENVIRONMENTS);
          g_hash_table_insert (ex->release_instances, (gpointer) realization->release,
                               by_environment);
        }
      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (ex->capability_instances, realization->capability, total);
        }
      for (guint e = 0; e < ex->n_environments; e++)
        {
          by_environment[e] += realization->instances[e];
          *total += realization->instances[e];
        }
    }
}

static void
collect_figures (Export *ex)
{
  g_autoptr(GPtrArray) people = collect_rows (ex, RUNWAY_KIND_PERSON);
  g_autoptr(GPtrArray) skills = collect_rows (ex, RUNWAY_KIND_SKILL);

  for (guint i = 0; i < people->len; i++)
    {
      const RunwayValue *person = g_ptr_array_index (people, i);
      RunwayEntity *team = runway_plan_lookup (ex->plan, RUNWAY_KIND_TEAM,
                                               person[RUNWAY_PERSON_TEAM].i);

      *ensure_sum (ex->team_fte, team) += person[RUNWAY_PERSON_FTE].d;
      g_hash_table_insert (ex->team_people, team,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (ex->team_people,
                                                                                    team)) + 1));
    }

  /* as the understaffed rule counts: practitioners and experts */
  for (guint i = 0; i < skills->len; i++)
    {
      const RunwayValue *skill = g_ptr_array_index (skills, i);
      const RunwayValue *person = lookup_row (ex, RUNWAY_KIND_SKILL, skill, RUNWAY_SKILL_PERSON);
      const char *level = skill[RUNWAY_SKILL_LEVEL].s;

      if (person != NULL && g_strcmp0 (level, "learning") != 0)
        *ensure_sum (ex->skilled_fte,
                     lookup_row (ex, RUNWAY_KIND_SKILL, skill, RUNWAY_SKILL_PRODUCT)) +=
          person[RUNWAY_PERSON_FTE].d;
    }
}

static void
collect_all (Export *ex)
{
  g_autoptr(GPtrArray) all_releases = NULL;

  ex->capabilities = collect (ex, RUNWAY_KIND_CAPABILITY);
  ex->vendors = collect (ex, RUNWAY_KIND_VENDOR);
  ex->teams = collect (ex, RUNWAY_KIND_TEAM);
  ex->migrations = collect (ex, RUNWAY_KIND_MIGRATION);

  collect_realizations (ex);
  collect_instances (ex);
  for (guint i = 0; i < ex->migrations->len; i++)
    {
      RunwayEntity *migration = g_ptr_array_index (ex->migrations, i);

      const RunwayValue *values = runway_entity_peek_values (migration);

      g_hash_table_add (ex->release_set, (gpointer) lookup_row (ex, RUNWAY_KIND_MIGRATION, values,
                                                                RUNWAY_MIGRATION_FROM));
      g_hash_table_add (ex->release_set, (gpointer) lookup_row (ex, RUNWAY_KIND_MIGRATION, values,
                                                                RUNWAY_MIGRATION_TO));
    }

  /* a release nobody runs or moves to is catalogue, not architecture */
  all_releases = collect_rows (ex, RUNWAY_KIND_RELEASE);
  ex->releases = g_ptr_array_new ();
  for (guint i = 0; i < all_releases->len; i++)
    if (g_hash_table_contains (ex->release_set, g_ptr_array_index (all_releases, i)))
      g_ptr_array_add (ex->releases, g_ptr_array_index (all_releases, i));

  ex->roots = g_ptr_array_new ();
  for (guint i = 0; i < ex->capabilities->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (ex->capabilities, i);

      if (!contains (ex, lookup_ref (ex, capability, RUNWAY_CAPABILITY_PARENT)))
        g_ptr_array_add (ex->roots, capability);
    }

  collect_figures (ex);
}

/* ---- writing ---- */

static void
flush_buffer (Export *ex)
{
  if (ex->io_error == NULL && ex->buffer_len > 0)
    g_output_stream_write_all (ex->out, ex->buffer, ex->buffer_len, NULL, NULL, &ex->io_error);
  ex->buffer_len = 0;
}

static void
write_raw (Export     *ex,
           const char *text,
           gsize       len)
{
  if (G_UNLIKELY (ex->buffer_len + len > OUT_BUFFER_SIZE))
    {
      flush_buffer (ex);
      if (len > OUT_BUFFER_SIZE)
        {
          if (ex->io_error == NULL)
            g_output_stream_write_all (ex->out, text, len, NULL, NULL, &ex->io_error);
          return;
        }
    }
  memcpy (ex->buffer + ex->buffer_len, text, len);
  ex->buffer_len += len;
}

static inline void
write_string (Export     *ex,
              const char *text)
{
  write_raw (ex, text, strlen (text));
}

static void
write_indent (Export *ex,
              guint   level)
{
  for (guint i = 0; i < level; i++)
    write_raw (ex, "  ", 2);
}

/* Writes @text escaped as element content (as xmlEncodeSpecialChars does)
 * or as an attribute value (as xmlBufAttrSerializeTxtContent does, which
 * also writes whitespace and every non-ASCII character as a reference).
 * Runs of plain characters are copied whole. */
static void
write_escaped (Export     *ex,
               const char *text,
               gboolean    attribute)
{
  const guchar *run = (const guchar *) text;
  const guchar *p;

  for (p = run; *p != '\0'; p++)
    {
      const char *entity;
      char reference[16];

      switch (*p)
        {
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '&': entity = "&amp;"; break;
        case '"': entity = "&quot;"; break;
        case '\r': entity = "&#13;"; break;
        case '\n': entity = attribute ? "&#10;" : NULL; break;
        case '\t': entity = attribute ? "&#9;" : NULL; break;
        default: entity = NULL; break;
        }

      if (entity == NULL && attribute && *p >= 0x80 && p[1] != '\0')
        {
          gunichar c = g_utf8_get_char ((const char *) p);

          g_snprintf (reference, sizeof reference, "&#x%X;", c);
          write_raw (ex, (const char *) run, p - run);
          write_string (ex, reference);
          p = (const guchar *) g_utf8_next_char (p) - 1;
          run = p + 1;
          continue;
        }
      if (entity == NULL)
        continue;

      write_raw (ex, (const char *) run, p - run);
      write_string (ex, entity);
      run = p + 1;
    }
  write_raw (ex, (const char *) run, p - run);
}

/* Whether @text is already what XML 1.0 can carry: valid UTF-8 without
 * control characters or the non-characters U+FFFE and U+FFFF. */
static gboolean
is_xml_text (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') ||
        (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)))
      return FALSE;
  return g_utf8_validate (text, -1, NULL);
}

/* Text as XML 1.0 can carry it: @text itself when it already is (nearly
 * always: copying every name and value was a quarter of the export),
 * otherwise a cleaned copy in @owned. */
static const char *
xml_text (const char  *text,
          char       **owned)
{
  g_autofree char *valid = NULL;
  GString *clean;

  if (is_xml_text (text))
    return text;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        g_string_append_unichar (clean, 0xFFFD);
      else
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }
  *owned = g_string_free (clean, FALSE);
  return *owned;
}

static void
start_element (Export     *ex,
               const char *name)
{
  if (ex->tag_open)
    write_raw (ex, ">\n", 2);
  write_indent (ex, ex->open_elements->len);
  write_raw (ex, "<", 1);
  write_string (ex, name);
  g_ptr_array_add (ex->open_elements, (gpointer) name);
  ex->tag_open = TRUE;
}

static void
end_element (Export *ex)
{
  const char *name;

  g_assert (ex->open_elements->len > 0);
  name = g_ptr_array_steal_index (ex->open_elements, ex->open_elements->len - 1);
  if (ex->tag_open)
    write_raw (ex, "/>\n", 3);
  else
    {
      if (ex->indent_end)
        write_indent (ex, ex->open_elements->len);
      write_raw (ex, "</", 2);
      write_string (ex, name);
      write_raw (ex, ">\n", 2);
    }
  ex->tag_open = FALSE;
  ex->indent_end = TRUE;
}

static void
write_attribute (Export     *ex,
                 const char *name,
                 const char *value)
{
  g_autofree char *owned = NULL;

  g_assert (ex->tag_open);
  write_raw (ex, " ", 1);
  write_string (ex, name);
  write_raw (ex, "=\"", 2);
  write_escaped (ex, xml_text (value, &owned), TRUE);
  write_raw (ex, "\"", 1);
}

/* Text inside the innermost element, which then ends on the same line. */
static void
write_text (Export     *ex,
            const char *text)
{
  g_autofree char *owned = NULL;

  if (ex->tag_open)
    write_raw (ex, ">", 1);
  ex->tag_open = FALSE;
  ex->indent_end = FALSE;
  write_escaped (ex, xml_text (text, &owned), FALSE);
}

static void
write_int_attribute (Export     *ex,
                     const char *name,
                     int         value)
{
  char buffer[24];

  write_attribute (ex, name, format_digits (buffer, value));
}

static void
write_lang_element (Export     *ex,
                    const char *name,
                    const char *text)
{
  start_element (ex, name);
  write_attribute (ex, "xml:lang", "en");
  write_text (ex, text);
  end_element (ex);
}

static void
write_properties (Export *ex,
                  GArray *properties)
{
  if (properties == NULL || properties->len == 0)
    return;

  start_element (ex, "properties");
  for (guint i = 0; i < properties->len; i++)
    {
      Property *property = &g_array_index (properties, Property, i);

      start_element (ex, "property");
      write_attribute (ex, "propertyDefinitionRef", definitions[property->definition].identifier);
      write_lang_element (ex, "value", property->value);
      end_element (ex);
    }
  end_element (ex);
}

static void
write_element (Export     *ex,
               const char *identifier,
               const char *type,
               const char *name,
               const char *documentation,
               GArray     *properties)
{
  start_element (ex, "element");
  write_attribute (ex, "identifier", identifier);
  write_attribute (ex, "xsi:type", type);
  write_lang_element (ex, "name", name);
  if (documentation != NULL && *documentation != '\0')
    write_lang_element (ex, "documentation", documentation);
  write_properties (ex, properties);
  end_element (ex);
}

static void
write_relationship (Export     *ex,
                    char       *identifier,   /* taken */
                    const char *type,
                    const char *source,
                    const char *target,
                    const char *name,
                    GArray     *properties)
{
  start_element (ex, "relationship");
  write_attribute (ex, "identifier", identifier);
  write_attribute (ex, "source", source);
  write_attribute (ex, "target", target);
  write_attribute (ex, "xsi:type", type);
  if (g_str_equal (type, "Association"))
    write_attribute (ex, "isDirected", "true");
  if (name != NULL)
    write_lang_element (ex, "name", name);
  write_properties (ex, properties);
  end_element (ex);

  g_ptr_array_add (ex->relationship_ids, identifier);
}

static void
write_model_header (Export *ex)
{
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (ex->plan));
  g_autoptr(GArray) properties = new_properties ();

  write_attribute (ex, "xmlns", RUNWAY_ARCHIMATE_NAMESPACE);
  write_attribute (ex, "xmlns:xsi", XSI_NAMESPACE);
  write_attribute (ex, "xsi:schemaLocation", SCHEMA_LOCATION);
  write_attribute (ex, "identifier", "id-model");

  write_lang_element (ex, "name", runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME));
  if (runway_entity_get_string (settings, RUNWAY_SETTINGS_DESCRIPTION) != NULL)
    write_lang_element (ex, "documentation",
                        runway_entity_get_string (settings, RUNWAY_SETTINGS_DESCRIPTION));

  add_text_property (properties, DEF_HORIZON_START,
                     runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_START));
  add_text_property (properties, DEF_HORIZON_END,
                     runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_END));
  add_text_property (properties, DEF_AS_OF,
                     runway_entity_get_string (settings, RUNWAY_SETTINGS_AS_OF));
  add_property (properties, DEF_MIN_FTE,
                format_number (runway_entity_get_real (settings, RUNWAY_SETTINGS_MIN_FTE)));
  write_properties (ex, properties);
}

static void
write_capability_element (Export       *ex,
                          RunwayEntity *capability)
{
  g_autofree char *identifier = dup_identifier (capability);
  g_autoptr(GArray) properties = new_properties ();
  gint64 *instances = g_hash_table_lookup (ex->capability_instances, capability);

  add_property (properties, DEF_CRITICALITY,
                format_int (runway_entity_get_int (capability, RUNWAY_CAPABILITY_CRITICALITY)));
  if (instances != NULL)
    add_property (properties, DEF_INSTANCES, format_int (*instances));

  write_element (ex, identifier, "Capability",
                 runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME), NULL, properties);
}

static void
write_vendor_element (Export       *ex,
                      RunwayEntity *vendor)
{
  g_autofree char *identifier = dup_identifier (vendor);
  g_autoptr(GArray) properties = new_properties ();
  const char *support = runway_entity_get_string (vendor, RUNWAY_VENDOR_SUPPORT);
  const char *notes = runway_entity_get_string (vendor, RUNWAY_VENDOR_NOTES);
  g_autofree char *documentation = NULL;

  if (support != NULL && notes != NULL)
    documentation = g_strdup_printf ("Support: %s\n\n%s", support, notes);
  else if (support != NULL)
    documentation = g_strdup_printf ("Support: %s", support);
  else
    documentation = g_strdup (notes);

  add_text_property (properties, DEF_WEBSITE,
                     runway_entity_get_string (vendor, RUNWAY_VENDOR_WEBSITE));
  add_text_property (properties, DEF_CONTRACT_END,
                     runway_entity_get_string (vendor, RUNWAY_VENDOR_CONTRACT_END));
  add_text_property (properties, DEF_CAB_MEMBER,
                     format_bool (runway_entity_get_int (vendor, RUNWAY_VENDOR_CAB_MEMBER)));

  write_element (ex, identifier, "BusinessActor",
                 runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME), documentation, properties);
}

static void
write_team_element (Export       *ex,
                    RunwayEntity *team)
{
  g_autofree char *identifier = dup_identifier (team);
  g_autoptr(GArray) properties = new_properties ();
  double *fte = g_hash_table_lookup (ex->team_fte, team);

  add_property (properties, DEF_SUPPORT_LINE,
                format_int (runway_entity_get_int (team, RUNWAY_TEAM_SUPPORT_LINE)));
  add_property (properties, DEF_PEOPLE,
                format_int (GPOINTER_TO_UINT (g_hash_table_lookup (ex->team_people, team))));
  add_property (properties, DEF_FTE, format_number (fte != NULL ? *fte : 0));

  write_element (ex, identifier, "BusinessActor",
                 runway_entity_get_string (team, RUNWAY_TEAM_NAME), NULL, properties);
}

static void
write_release_element (Export            *ex,
                       const RunwayValue *release)
{
  const RunwayValue *product = lookup_row (ex, RUNWAY_KIND_RELEASE, release,
                                           RUNWAY_RELEASE_PRODUCT);
  g_autofree char *identifier = dup_row_identifier (RUNWAY_KIND_RELEASE, release[0].i);
  g_autofree char *title = runway_plan_dup_row_title (ex->plan, RUNWAY_KIND_RELEASE, release);
  g_autoptr(GArray) properties = new_properties ();
  g_autoptr(GString) notes = g_string_new (NULL);
  double *skilled = g_hash_table_lookup (ex->skilled_fte, product);
  gint64 *instances = g_hash_table_lookup (ex->release_instances, release);
  gboolean contracted;
  gint64 total;

  add_text_property (properties, DEF_PRODUCT, product[RUNWAY_PRODUCT_NAME].s);
  add_text_property (properties, DEF_CATEGORY, product[RUNWAY_PRODUCT_CATEGORY].s);
  add_text_property (properties, DEF_VERSION, release[RUNWAY_RELEASE_VERSION].s);
  add_text_property (properties, DEF_CODENAME, release[RUNWAY_RELEASE_CODENAME].s);
  add_milestone (properties, notes, release, RUNWAY_RELEASE_GA, DEF_GA);
  add_milestone (properties, notes, release, RUNWAY_RELEASE_END_OF_SALE, DEF_END_OF_SALE);
  add_milestone (properties, notes, release, RUNWAY_RELEASE_END_OF_SUPPORT, DEF_END_OF_SUPPORT);
  add_milestone (properties, notes, release, RUNWAY_RELEASE_END_OF_LIFE, DEF_END_OF_LIFE);
  add_milestone (properties, notes, release, RUNWAY_RELEASE_EXTENDED_SUPPORT_END,
                 DEF_EXTENDED_SUPPORT_END);
  contracted = release[RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED].i != 0;
  add_text_property (properties, DEF_EXTENDED_SUPPORT_CONTRACTED, format_bool (contracted));
  add_text_property (properties, DEF_LIFECYCLE_SOURCE, release[RUNWAY_RELEASE_LIFECYCLE_SOURCE].s);

  if (instances != NULL)
    {
      add_property (properties, DEF_ENVIRONMENTS, dup_environments (ex, instances, &total));
      add_property (properties, DEF_INSTANCES, format_int (total));
    }
  add_property (properties, DEF_SKILLED_FTE, format_number (skilled != NULL ? *skilled : 0));

  write_element (ex, identifier, get_element_type (ex, release), title, notes->str,
                 properties);
}

static void
write_migration_element (Export       *ex,
                         RunwayEntity *migration)
{
  g_autofree char *identifier = dup_identifier (migration);
  g_autofree char *title = runway_plan_dup_title (ex->plan, migration);
  g_autofree char *name = NULL;
  g_autoptr(GArray) properties = new_properties ();
  RunwayEntity *capability = lookup_ref (ex, migration, RUNWAY_MIGRATION_CAPABILITY);

  name = g_strdup_printf ("%s: %s",
                          runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME), title);
  add_text_property (properties, DEF_START,
                     runway_entity_get_string (migration, RUNWAY_MIGRATION_START));
  add_text_property (properties, DEF_END,
                     runway_entity_get_string (migration, RUNWAY_MIGRATION_END));
  add_text_property (properties, DEF_STATUS,
                     runway_entity_get_string (migration, RUNWAY_MIGRATION_STATUS));

  write_element (ex, identifier, "WorkPackage", name, NULL, properties);
}

static void
write_elements (Export *ex)
{
  if (ex->capabilities->len + ex->vendors->len + ex->teams->len + ex->releases->len
      + ex->migrations->len == 0)
    return;

  start_element (ex, "elements");
  for (guint i = 0; i < ex->capabilities->len; i++)
    write_capability_element (ex, g_ptr_array_index (ex->capabilities, i));
  for (guint i = 0; i < ex->vendors->len; i++)
    write_vendor_element (ex, g_ptr_array_index (ex->vendors, i));
  for (guint i = 0; i < ex->teams->len; i++)
    write_team_element (ex, g_ptr_array_index (ex->teams, i));
  for (guint i = 0; i < ex->releases->len; i++)
    write_release_element (ex, g_ptr_array_index (ex->releases, i));
  for (guint i = 0; i < ex->migrations->len; i++)
    write_migration_element (ex, g_ptr_array_index (ex->migrations, i));
  end_element (ex);
}

static void
write_realization (Export      *ex,
                   Realization *realization)
{
  g_autofree char *source = dup_row_identifier (RUNWAY_KIND_RELEASE, realization->release[0].i);
  g_autofree char *target = dup_identifier (realization->capability);
  g_autoptr(GArray) properties = new_properties ();
  char release_id[24], capability_id[24];
  gint64 total;

  add_property (properties, DEF_ENVIRONMENTS,
                dup_environments (ex, realization->instances, &total));
  add_property (properties, DEF_INSTANCES, format_int (total));

  write_relationship (ex,
                      g_strconcat ("id-realization-release-",
                                   format_digits (release_id, realization->release[0].i),
                                   "-capability-",
                                   format_digits (capability_id,
                                                  runway_entity_get_id (realization->capability)),
                                   NULL),
                      "Realization", source, target, NULL, properties);
}

static void
write_migration_relationships (Export       *ex,
                               RunwayEntity *migration)
{
  g_autofree char *package = dup_identifier (migration);
  RunwayEntity *owner = lookup_ref (ex, migration, RUNWAY_MIGRATION_OWNER);
  struct {
    guint       column;
    const char *suffix;
    const char *name;
  } ends[] = {
    { RUNWAY_MIGRATION_FROM, "from", "moves off" },
    { RUNWAY_MIGRATION_TO, "to", "moves to" },
    { RUNWAY_MIGRATION_CAPABILITY, "capability", "changes" },
  };

  if (contains (ex, owner))
    {
      g_autofree char *team = dup_identifier (owner);

      write_relationship (ex, g_strconcat (package, "-assignment", NULL), "Assignment",
                          team, package, NULL, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      const RunwayColumn *column =
        &runway_schema_get_table (RUNWAY_KIND_MIGRATION)->columns[ends[i].column];
      g_autofree char *target =
        dup_row_identifier (column->ref_kind, runway_entity_get_int (migration, ends[i].column));

      write_relationship (ex, g_strconcat (package, "-", ends[i].suffix, NULL), "Association",
                          package, target, ends[i].name, NULL);
    }
}

static void
write_relationships (Export *ex)
{
  gboolean any = ex->realizations->len > 0 || ex->migrations->len > 0 || ex->releases->len > 0;

  for (guint i = 0; i < ex->capabilities->len && !any; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (ex->capabilities, i);

      any = contains (ex, lookup_ref (ex, capability, RUNWAY_CAPABILITY_PARENT))
            || contains (ex, lookup_ref (ex, capability, RUNWAY_CAPABILITY_OWNER));
    }
  if (!any)
    return;

  start_element (ex, "relationships");

  /* the capability map */
  for (guint i = 0; i < ex->capabilities->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (ex->capabilities, i);
      RunwayEntity *parent = lookup_ref (ex, capability, RUNWAY_CAPABILITY_PARENT);
      g_autofree char *child = dup_identifier (capability);

      if (contains (ex, parent))
        {
          g_autofree char *source = dup_identifier (parent);

          write_relationship (ex, g_strconcat (child, "-composition", NULL), "Composition",
                              source, child, NULL, NULL);
        }
    }
  for (guint i = 0; i < ex->capabilities->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (ex->capabilities, i);
      RunwayEntity *owner = lookup_ref (ex, capability, RUNWAY_CAPABILITY_OWNER);
      g_autofree char *target = dup_identifier (capability);

      if (contains (ex, owner))
        {
          g_autofree char *source = dup_identifier (owner);

          write_relationship (ex, g_strconcat (target, "-owner", NULL), "Association",
                              source, target, "owns", NULL);
        }
    }

  /* what runs where, and who supplies it */
  for (guint i = 0; i < ex->realizations->len; i++)
    write_realization (ex, &g_array_index (ex->realizations, Realization, i));
  for (guint i = 0; i < ex->releases->len; i++)
    {
      const RunwayValue *release = g_ptr_array_index (ex->releases, i);
      const RunwayValue *product = lookup_row (ex, RUNWAY_KIND_RELEASE, release,
                                               RUNWAY_RELEASE_PRODUCT);
      RunwayEntity *vendor = product ? runway_plan_lookup (ex->plan, RUNWAY_KIND_VENDOR,
                                                           product[RUNWAY_PRODUCT_VENDOR].i)
                                     : NULL;
      g_autofree char *target = dup_row_identifier (RUNWAY_KIND_RELEASE, release[0].i);

      if (contains (ex, vendor))
        {
          g_autofree char *source = dup_identifier (vendor);

          write_relationship (ex, g_strconcat (target, "-supplier", NULL), "Association",
                              source, target, "supplies", NULL);
        }
    }

  for (guint i = 0; i < ex->migrations->len; i++)
    write_migration_relationships (ex, g_ptr_array_index (ex->migrations, i));

  end_element (ex);
}

/* @kind: what @items holds as rows, or RUNWAY_N_KINDS for entities */
static void
write_folder_items (Export     *ex,
                    RunwayKind  kind,
                    GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *identifier =
        kind == RUNWAY_N_KINDS
          ? dup_identifier (g_ptr_array_index (items, i))
          : dup_row_identifier (kind, ((const RunwayValue *) g_ptr_array_index (items, i))[0].i);

      start_element (ex, "item");
      write_attribute (ex, "identifierRef", identifier);
      end_element (ex);
    }
}

static void
write_folder (Export     *ex,
              const char *label,
              RunwayKind  kind,
              GPtrArray  *items)
{
  if (items->len == 0)
    return;

  start_element (ex, "item");
  write_lang_element (ex, "label", label);
  write_folder_items (ex, kind, items);
  end_element (ex);
}

static void
write_identifier_folder (Export     *ex,
                         const char *label,
                         GPtrArray  *identifiers)
{
  if (identifiers->len == 0)
    return;

  start_element (ex, "item");
  write_lang_element (ex, "label", label);
  for (guint i = 0; i < identifiers->len; i++)
    {
      start_element (ex, "item");
      write_attribute (ex, "identifierRef", g_ptr_array_index (identifiers, i));
      end_element (ex);
    }
  end_element (ex);
}

/* Top-level labels are Archi's own folder names, so an import puts each
 * sub-folder in the right place; empty folders are left out. */
static void
write_organizations (Export *ex)
{
  static const struct {
    const char *type;
    const char *label;
  } technology[] = {
    { "SystemSoftware", "System software" },
    { "Node", "Nodes" },
    { "TechnologyService", "Technology services" },
  };

  /* the schema wants at least one item: an empty plan has no folders */
  if (ex->capabilities->len + ex->vendors->len + ex->teams->len + ex->releases->len
      + ex->migrations->len + ex->relationship_ids->len == 0)
    return;

  start_element (ex, "organizations");

  if (ex->capabilities->len > 0)
    {
      start_element (ex, "item");
      write_lang_element (ex, "label", "Strategy");
      write_folder (ex, "Capabilities", RUNWAY_N_KINDS, ex->capabilities);
      end_element (ex);
    }

  if (ex->vendors->len + ex->teams->len > 0)
    {
      start_element (ex, "item");
      write_lang_element (ex, "label", "Business");
      write_folder (ex, "Vendors", RUNWAY_N_KINDS, ex->vendors);
      write_folder (ex, "Teams", RUNWAY_N_KINDS, ex->teams);
      end_element (ex);
    }

  if (ex->releases->len > 0)
    {
      start_element (ex, "item");
      write_lang_element (ex, "label", "Technology & Physical");
      for (guint t = 0; t < G_N_ELEMENTS (technology); t++)
        {
          g_autoptr(GPtrArray) of_type = g_ptr_array_new ();

          for (guint i = 0; i < ex->releases->len; i++)
            if (g_str_equal (get_element_type (ex, g_ptr_array_index (ex->releases, i)),
                             technology[t].type))
              g_ptr_array_add (of_type, g_ptr_array_index (ex->releases, i));
          write_folder (ex, technology[t].label, RUNWAY_KIND_RELEASE, of_type);
        }
      end_element (ex);
    }

  if (ex->migrations->len > 0)
    {
      start_element (ex, "item");
      write_lang_element (ex, "label", "Implementation & Migration");
      write_folder (ex, "Migrations", RUNWAY_N_KINDS, ex->migrations);
      end_element (ex);
    }

  write_identifier_folder (ex, "Relations", ex->relationship_ids);
  if (ex->roots->len > 0)
    {
      start_element (ex, "item");
      write_lang_element (ex, "label", "Views");
      for (guint i = 0; i < ex->roots->len; i++)
        {
          g_autofree char *identifier = dup_view_identifier (g_ptr_array_index (ex->roots, i));

          start_element (ex, "item");
          write_attribute (ex, "identifierRef", identifier);
          end_element (ex);
        }
      end_element (ex);
    }

  end_element (ex);
}

static void
write_property_definitions (Export *ex)
{
  start_element (ex, "propertyDefinitions");
  for (guint i = 0; i < N_DEFINITIONS; i++)
    {
      start_element (ex, "propertyDefinition");
      write_attribute (ex, "identifier", definitions[i].identifier);
      write_attribute (ex, "type", definitions[i].type);
      write_lang_element (ex, "name", definitions[i].name);
      end_element (ex);
    }
  end_element (ex);
}

/* ---- the diagrams: one per capability tree, capabilities as nested
 * boxes with the releases that realise them inside ---- */

static GPtrArray *
dup_selected_children (Export       *ex,
                       RunwayEntity *capability)
{
  GListModel *children = runway_plan_get_children (ex->plan, RUNWAY_CAPABILITY (capability));
  guint n = g_list_model_get_n_items (children);
  GPtrArray *selected = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) child = g_list_model_get_item (children, i);

      if (contains (ex, child))
        g_ptr_array_add (selected, child);
    }
  return selected;
}

static void
measure_grid (guint  n,
              guint  columns,
              int    item_w,
              int    item_h,
              int   *w,
              int   *h)
{
  guint used = MIN (n, columns);
  guint rows = (n + columns - 1) / columns;

  *w = n > 0 ? (int) used * item_w + ((int) used - 1) * GAP : 0;
  *h = n > 0 ? (int) rows * item_h + ((int) rows - 1) * GAP : 0;
}

static const Box *
measure_capability (Export       *ex,
                    RunwayEntity *capability)
{
  GPtrArray *releases = g_hash_table_lookup (ex->realized, capability);
  g_autoptr(GPtrArray) children = dup_selected_children (ex, capability);
  Box *box = g_new0 (Box, 1);
  int grid_w, grid_h;
  int children_w = 0, children_h = 0;

  measure_grid (releases ? releases->len : 0, RELEASE_COLUMNS, RELEASE_W, RELEASE_H,
                &grid_w, &grid_h);

  for (guint row = 0; row * CHILD_COLUMNS < children->len; row++)
    {
      int row_w = 0, row_h = 0;

      for (guint i = row * CHILD_COLUMNS; i < MIN (children->len, (row + 1) * CHILD_COLUMNS); i++)
        {
          const Box *child = measure_capability (ex, g_ptr_array_index (children, i));

          row_w += (row_w > 0 ? GAP : 0) + child->w;
          row_h = MAX (row_h, child->h);
        }
      children_w = MAX (children_w, row_w);
      children_h += (children_h > 0 ? GAP : 0) + row_h;
    }

  box->w = MAX (CAPABILITY_MIN_W, MAX (grid_w, children_w) + 2 * BOX_PADDING);
  box->h = MAX (CAPABILITY_MIN_H, BOX_LABEL + grid_h + (grid_h > 0 && children_h > 0 ? GAP : 0)
                                  + children_h + BOX_PADDING);
  g_hash_table_insert (ex->boxes, capability, box);
  return box;
}

static void
write_node (Export     *ex,
            const char *identifier,
            const char *element,
            int         x,
            int         y,
            int         w,
            int         h)
{
  start_element (ex, "node");
  write_attribute (ex, "identifier", identifier);
  write_attribute (ex, "elementRef", element);
  write_attribute (ex, "xsi:type", "Element");
  write_int_attribute (ex, "x", x);
  write_int_attribute (ex, "y", y);
  write_int_attribute (ex, "w", w);
  write_int_attribute (ex, "h", h);
}

/* The exchange format places every node in diagram coordinates, nested
 * or not. */
static void
write_capability_node (Export       *ex,
                       RunwayEntity *capability,
                       int           x,
                       int           y)
{
  const Box *box = g_hash_table_lookup (ex->boxes, capability);
  GPtrArray *releases = g_hash_table_lookup (ex->realized, capability);
  g_autoptr(GPtrArray) children = dup_selected_children (ex, capability);
  g_autofree char *element = dup_identifier (capability);
  g_autofree char *node = g_strconcat ("id-node-", element + strlen ("id-"), NULL);
  int grid_w = 0, grid_h = 0;
  int child_y;

  write_node (ex, node, element, x, y, box->w, box->h);

  for (guint i = 0; releases != NULL && i < releases->len; i++)
    {
      const RunwayValue *release = g_ptr_array_index (releases, i);
      g_autofree char *release_element = dup_row_identifier (RUNWAY_KIND_RELEASE, release[0].i);
      char buffer[24];
      g_autofree char *release_node = g_strconcat (node, "-release-",
                                                   format_digits (buffer, release[0].i),
                                                   NULL);

      write_node (ex, release_node, release_element,
                  x + BOX_PADDING + (int) (i % RELEASE_COLUMNS) * (RELEASE_W + GAP),
                  y + BOX_LABEL + (int) (i / RELEASE_COLUMNS) * (RELEASE_H + GAP),
                  RELEASE_W, RELEASE_H);
      end_element (ex);
    }

  measure_grid (releases ? releases->len : 0, RELEASE_COLUMNS, RELEASE_W, RELEASE_H,
                &grid_w, &grid_h);
  child_y = y + BOX_LABEL + grid_h + (grid_h > 0 ? GAP : 0);
  for (guint row = 0; row * CHILD_COLUMNS < children->len; row++)
    {
      int child_x = x + BOX_PADDING;
      int row_h = 0;

      for (guint i = row * CHILD_COLUMNS; i < MIN (children->len, (row + 1) * CHILD_COLUMNS); i++)
        {
          RunwayEntity *child = g_ptr_array_index (children, i);
          const Box *child_box = g_hash_table_lookup (ex->boxes, child);

          write_capability_node (ex, child, child_x, child_y);
          child_x += child_box->w + GAP;
          row_h = MAX (row_h, child_box->h);
        }
      child_y += row_h + GAP;
    }

  end_element (ex);
}

static void
write_views (Export *ex)
{
  if (ex->roots->len == 0)
    return;

  start_element (ex, "views");
  start_element (ex, "diagrams");
  for (guint i = 0; i < ex->roots->len; i++)
    {
      RunwayEntity *root = g_ptr_array_index (ex->roots, i);
      g_autofree char *identifier = dup_view_identifier (root);

      measure_capability (ex, root);
      start_element (ex, "view");
      write_attribute (ex, "identifier", identifier);
      write_attribute (ex, "xsi:type", "Diagram");
      write_lang_element (ex, "name", runway_entity_get_string (root, RUNWAY_CAPABILITY_NAME));
      write_capability_node (ex, root, VIEW_MARGIN, VIEW_MARGIN);
      end_element (ex);
    }
  end_element (ex);
  end_element (ex);
}

static void
write_model (Export *ex)
{
  write_string (ex, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  start_element (ex, "model");
  write_model_header (ex);
  write_elements (ex);
  write_relationships (ex);
  write_organizations (ex);
  write_property_definitions (ex);
  write_views (ex);
  end_element (ex);
  flush_buffer (ex);
}

static void
export_clear (Export *ex)
{
  g_clear_pointer (&ex->capabilities, g_ptr_array_unref);
  g_clear_pointer (&ex->vendors, g_ptr_array_unref);
  g_clear_pointer (&ex->teams, g_ptr_array_unref);
  g_clear_pointer (&ex->releases, g_ptr_array_unref);
  g_clear_pointer (&ex->migrations, g_ptr_array_unref);
  g_clear_pointer (&ex->realizations, g_array_unref);
  g_clear_pointer (&ex->release_set, g_hash_table_unref);
  g_clear_pointer (&ex->realized, g_hash_table_unref);
  g_clear_pointer (&ex->release_instances, g_hash_table_unref);
  g_clear_pointer (&ex->capability_instances, g_hash_table_unref);
  g_clear_pointer (&ex->skilled_fte, g_hash_table_unref);
  g_clear_pointer (&ex->team_fte, g_hash_table_unref);
  g_clear_pointer (&ex->team_people, g_hash_table_unref);
  g_clear_pointer (&ex->boxes, g_hash_table_unref);
  g_clear_pointer (&ex->roots, g_ptr_array_unref);
  g_clear_pointer (&ex->relationship_ids, g_ptr_array_unref);
  g_clear_pointer (&ex->open_elements, g_ptr_array_unref);
  g_clear_pointer (&ex->buffer, g_free);
  g_clear_error (&ex->io_error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/**
 * runway_plan_export_archimate:
 * @selection: (nullable): the part of the plan to export; %NULL for all
 * @out: where the file goes; it is not closed
 *
 * Writes the plan as an ArchiMate 3.1 Model Exchange File that validates
 * against the Open Group's schemas (archimate3_Diagram.xsd): capabilities,
 * the releases that are deployed or migrated, vendors, teams and
 * migrations, with their lifecycle dates and figures as typed properties,
 * folders, and one diagram per capability tree. Two exports of the same
 * plan are byte-identical.
 *
 * Returns: %FALSE with @error set when writing to @out failed; what was
 * written by then is incomplete.
 */
gboolean
runway_plan_export_archimate (RunwayPlan       *plan,
                              RunwaySelection  *selection,
                              GOutputStream    *out,
                              GError          **error)
{
  g_auto(Export) ex = { 0 };

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ex.plan = plan;
  ex.selection = selection;
  ex.out = out;
  ex.n_environments = g_strv_length ((char **) runway_environments);
  g_assert (ex.n_environments <= MAX_ENVIRONMENTS);
  ex.realizations = g_array_new (FALSE, TRUE, sizeof (Realization));
  ex.release_set = g_hash_table_new (NULL, NULL);
  ex.realized = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  ex.release_instances = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.capability_instances = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.skilled_fte = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.team_fte = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.team_people = g_hash_table_new (NULL, NULL);
  ex.boxes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  ex.relationship_ids = g_ptr_array_new_with_free_func (g_free);

  collect_all (&ex);

  ex.buffer = g_malloc (OUT_BUFFER_SIZE);
  ex.open_elements = g_ptr_array_new ();
  write_model (&ex);

  if (ex.io_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&ex.io_error));
      return FALSE;
    }
  return TRUE;
}
