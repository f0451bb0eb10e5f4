/* runway-schema.c — the entities of a plan and their columns
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One description of every table drives loading, storing, validation,
 * undo and the generic GObject properties, so a column is added in one
 * place (plus its SQL migration in runway-store.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-schema.h"

/* Stored as they are; marked because messages also name them, translated. */
const char * const runway_environments[] = {
  N_("development"), N_("test"), N_("acceptance"), N_("production"), NULL
};
const char * const runway_migration_statuses[] = {
  "planned", "in-progress", "done", "cancelled", NULL
};
const char * const runway_skill_levels[] = {
  "learning", "practitioner", "expert", NULL
};
const char * const runway_responsibility_areas[] = {
  "operations", "maintenance", "design-integration", "security", "resilience",
  "quality-assurance", "strategy-roadmap", "customer-support", "cost-licences", NULL
};
const char * const runway_roadmap_kinds[] = {
  "release", "feature", "deprecation", "price-change", "other", NULL
};
const char * const runway_roadmap_confidences[] = {
  "announced", "expected", "rumoured", NULL
};

#define REQ RUNWAY_COLUMN_REQUIRED
#define FOLD RUNWAY_COLUMN_FOLD

#define ID_COLUMN { .name = "id", .property = "id", .label = N_("Id"), .type = RUNWAY_COLUMN_ID }
#define TEXT_COLUMN(n, p, l, f) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_TEXT, .flags = f }
#define DATE_COLUMN(n, p, l, f) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_DATE, .flags = f }
#define MILESTONE_COLUMN(n, p, l) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_MILESTONE }
#define BOOL_COLUMN(n, p, l) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_BOOL, .flags = REQ, .max = 1 }
#define INT_COLUMN(n, p, l, lo, hi) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_INT, .flags = REQ, \
    .min = lo, .max = hi }
#define REF_COLUMN(n, p, l, k, f, r) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_REF, .flags = f, \
    .ref_kind = k, .on_remove = r }
#define ENUM_COLUMN(n, p, l, v) \
  { .name = n, .property = p, .label = l, .type = RUNWAY_COLUMN_ENUM, .flags = REQ, \
    .enum_values = v }

static const RunwayColumn settings_columns[] = {
  ID_COLUMN,
  TEXT_COLUMN ("name", "name", N_("Name"), REQ),
  TEXT_COLUMN ("description", "description", N_("Description"), 0),
  DATE_COLUMN ("horizon_start", "horizon-start", N_("Horizon start"), REQ),
  DATE_COLUMN ("horizon_end", "horizon-end", N_("Horizon end"), REQ),
  DATE_COLUMN ("as_of", "as-of", N_("As-of date"), 0),
  { .name = "min_fte", .property = "min-fte", .label = N_("Minimum FTE per technology"),
    .type = RUNWAY_COLUMN_REAL, .flags = REQ, .min = 0, .max = 100, .min_exclusive = TRUE },
  INT_COLUMN ("eol_warning_months", "eol-warning-months", N_("End-of-life warning (months)"),
              0, 120),
  INT_COLUMN ("eos_warning_months", "eos-warning-months", N_("End-of-support warning (months)"),
              0, 120),
};

static const RunwayColumn vendor_columns[] = {
  ID_COLUMN,
  TEXT_COLUMN ("name", "name", N_("Name"), REQ | FOLD),
  TEXT_COLUMN ("website", "website", N_("Website"), 0),
  TEXT_COLUMN ("support", "support", N_("Support procedure"), 0),
  DATE_COLUMN ("contract_end", "contract-end", N_("Contract end"), 0),
  BOOL_COLUMN ("cab_member", "cab-member", N_("Customer Advisory Board member")),
  TEXT_COLUMN ("notes", "notes", N_("Notes"), 0),
};

static const RunwayColumn product_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("vendor_id", "vendor", N_("Vendor"), RUNWAY_KIND_VENDOR, REQ,
              RUNWAY_ON_REMOVE_REFUSE),
  TEXT_COLUMN ("name", "name", N_("Name"), REQ | FOLD),
  TEXT_COLUMN ("category", "category", N_("Category"), 0),
};

static const RunwayColumn release_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("product_id", "product", N_("Product"), RUNWAY_KIND_PRODUCT, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  TEXT_COLUMN ("version", "version", N_("Version"), REQ),
  TEXT_COLUMN ("codename", "codename", N_("Codename"), 0),
  MILESTONE_COLUMN ("ga", "ga", N_("General availability")),
  MILESTONE_COLUMN ("end_of_sale", "end-of-sale", N_("End of sale")),
  MILESTONE_COLUMN ("end_of_support", "end-of-support", N_("End of support")),
  MILESTONE_COLUMN ("end_of_life", "end-of-life", N_("End of life")),
  MILESTONE_COLUMN ("extended_support_end", "extended-support-end",
                    N_("End of extended support")),
  BOOL_COLUMN ("extended_support_contracted", "extended-support-contracted",
               N_("Extended support contracted")),
  TEXT_COLUMN ("lifecycle_source", "lifecycle-source", N_("Lifecycle source"), 0),
};

static const RunwayColumn roadmap_item_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("product_id", "product", N_("Product"), RUNWAY_KIND_PRODUCT, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  DATE_COLUMN ("date", "date", N_("Date"), REQ),
  TEXT_COLUMN ("title", "title", N_("Title"), REQ),
  ENUM_COLUMN ("kind", "kind", N_("Kind"), runway_roadmap_kinds),
  ENUM_COLUMN ("confidence", "confidence", N_("Confidence"), runway_roadmap_confidences),
  TEXT_COLUMN ("source", "source", N_("Source"), 0),
};

static const RunwayColumn team_columns[] = {
  ID_COLUMN,
  TEXT_COLUMN ("name", "name", N_("Name"), REQ | FOLD),
  INT_COLUMN ("support_line", "support-line", N_("Support line"), 0, 4),
};

static const RunwayColumn person_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("team_id", "team", N_("Team"), RUNWAY_KIND_TEAM, REQ, RUNWAY_ON_REMOVE_CASCADE),
  TEXT_COLUMN ("name", "name", N_("Name"), REQ),
  { .name = "fte", .property = "fte", .label = N_("FTE"), .type = RUNWAY_COLUMN_REAL,
    .flags = REQ, .min = 0, .max = 1, .min_exclusive = TRUE },
};

static const RunwayColumn skill_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("person_id", "person", N_("Person"), RUNWAY_KIND_PERSON, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  REF_COLUMN ("product_id", "product", N_("Product"), RUNWAY_KIND_PRODUCT, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  ENUM_COLUMN ("level", "level", N_("Level"), runway_skill_levels),
};

static const RunwayColumn capability_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("parent_id", "parent", N_("Parent capability"), RUNWAY_KIND_CAPABILITY, 0,
              RUNWAY_ON_REMOVE_CASCADE),
  TEXT_COLUMN ("name", "name", N_("Name"), REQ | FOLD),
  INT_COLUMN ("criticality", "criticality", N_("Criticality"), 1, 4),
  REF_COLUMN ("owner_id", "owner", N_("Owner team"), RUNWAY_KIND_TEAM, 0,
              RUNWAY_ON_REMOVE_REFUSE),
};

static const RunwayColumn deployment_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("capability_id", "capability", N_("Capability"), RUNWAY_KIND_CAPABILITY, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  REF_COLUMN ("release_id", "release", N_("Release"), RUNWAY_KIND_RELEASE, REQ,
              RUNWAY_ON_REMOVE_REFUSE),
  ENUM_COLUMN ("environment", "environment", N_("Environment"), runway_environments),
  INT_COLUMN ("instances", "instances", N_("Instances"), 1, 1000000),
  DATE_COLUMN ("from_date", "from", N_("From"), 0),
  DATE_COLUMN ("until_date", "until", N_("Until"), 0),
};

static const RunwayColumn migration_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("capability_id", "capability", N_("Capability"), RUNWAY_KIND_CAPABILITY, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  REF_COLUMN ("from_release_id", "from", N_("From release"), RUNWAY_KIND_RELEASE, REQ,
              RUNWAY_ON_REMOVE_REFUSE),
  REF_COLUMN ("to_release_id", "to", N_("To release"), RUNWAY_KIND_RELEASE, REQ,
              RUNWAY_ON_REMOVE_REFUSE),
  DATE_COLUMN ("start_date", "start", N_("Start"), 0),
  DATE_COLUMN ("end_date", "end", N_("End"), 0),
  ENUM_COLUMN ("status", "status", N_("Status"), runway_migration_statuses),
  REF_COLUMN ("owner_id", "owner", N_("Owner team"), RUNWAY_KIND_TEAM, 0,
              RUNWAY_ON_REMOVE_REFUSE),
};

static const RunwayColumn responsibility_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("capability_id", "capability", N_("Capability"), RUNWAY_KIND_CAPABILITY, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  ENUM_COLUMN ("area", "area", N_("Area"), runway_responsibility_areas),
  REF_COLUMN ("team_id", "team", N_("Team"), RUNWAY_KIND_TEAM, REQ, RUNWAY_ON_REMOVE_REFUSE),
};

static const RunwayColumn alternative_columns[] = {
  ID_COLUMN,
  REF_COLUMN ("capability_id", "capability", N_("Capability"), RUNWAY_KIND_CAPABILITY, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
  REF_COLUMN ("product_id", "product", N_("Product"), RUNWAY_KIND_PRODUCT, REQ,
              RUNWAY_ON_REMOVE_CASCADE),
};

static const RunwayColumn acceptance_columns[] = {
  ID_COLUMN,
  TEXT_COLUMN ("rule", "rule", N_("Rule"), REQ),
  TEXT_COLUMN ("subject", "subject", N_("Subject"), REQ),
  DATE_COLUMN ("date", "date", N_("Date the risk bites"), 0),
  TEXT_COLUMN ("justification", "justification", N_("Justification"), REQ),
  TEXT_COLUMN ("owner", "owner", N_("Owner"), REQ),
  DATE_COLUMN ("expires", "expires", N_("Expires"), REQ),
};

static const int vendor_unique[] = { RUNWAY_VENDOR_NAME, -1 };
static const int product_unique[] = { RUNWAY_PRODUCT_VENDOR, RUNWAY_PRODUCT_NAME, -1 };
static const int release_unique[] = { RUNWAY_RELEASE_PRODUCT, RUNWAY_RELEASE_VERSION, -1 };
static const int team_unique[] = { RUNWAY_TEAM_NAME, -1 };
static const int skill_unique[] = { RUNWAY_SKILL_PERSON, RUNWAY_SKILL_PRODUCT, -1 };
static const int capability_unique[] = { RUNWAY_CAPABILITY_NAME, -1 };
static const int deployment_unique[] = {
  RUNWAY_DEPLOYMENT_CAPABILITY, RUNWAY_DEPLOYMENT_RELEASE, RUNWAY_DEPLOYMENT_ENVIRONMENT, -1
};
static const int responsibility_unique[] = {
  RUNWAY_RESPONSIBILITY_CAPABILITY, RUNWAY_RESPONSIBILITY_AREA, -1
};
static const int alternative_unique[] = {
  RUNWAY_ALTERNATIVE_CAPABILITY, RUNWAY_ALTERNATIVE_PRODUCT, -1
};
static const int acceptance_unique[] = { RUNWAY_ACCEPTANCE_RULE, RUNWAY_ACCEPTANCE_SUBJECT, -1 };

#define TABLE(k, t, n, p, cols, uniq, label) \
  [k] = { k, t, n, p, cols, G_N_ELEMENTS (cols), uniq, label }

static const RunwayTable tables[RUNWAY_N_KINDS] = {
  TABLE (RUNWAY_KIND_SETTINGS, "plan", N_("plan"), N_("plan"), settings_columns, NULL,
         RUNWAY_SETTINGS_NAME),
  TABLE (RUNWAY_KIND_VENDOR, "vendor", N_("vendor"), N_("vendors"), vendor_columns,
         vendor_unique, RUNWAY_VENDOR_NAME),
  TABLE (RUNWAY_KIND_PRODUCT, "product", N_("product"), N_("products"), product_columns,
         product_unique, RUNWAY_PRODUCT_NAME),
  TABLE (RUNWAY_KIND_RELEASE, "release", N_("release"), N_("releases"), release_columns,
         release_unique, RUNWAY_RELEASE_VERSION),
  TABLE (RUNWAY_KIND_ROADMAP_ITEM, "roadmap_item", N_("roadmap item"), N_("roadmap items"),
         roadmap_item_columns, NULL, RUNWAY_ROADMAP_ITEM_TITLE),
  TABLE (RUNWAY_KIND_TEAM, "team", N_("team"), N_("teams"), team_columns, team_unique,
         RUNWAY_TEAM_NAME),
  TABLE (RUNWAY_KIND_PERSON, "person", N_("person"), N_("people"), person_columns, NULL,
         RUNWAY_PERSON_NAME),
  TABLE (RUNWAY_KIND_SKILL, "skill", N_("skill"), N_("skills"), skill_columns, skill_unique,
         RUNWAY_SKILL_LEVEL),
  TABLE (RUNWAY_KIND_CAPABILITY, "capability", N_("capability"), N_("capabilities"),
         capability_columns, capability_unique, RUNWAY_CAPABILITY_NAME),
  TABLE (RUNWAY_KIND_DEPLOYMENT, "deployment", N_("deployment"), N_("deployments"),
         deployment_columns, deployment_unique, RUNWAY_DEPLOYMENT_ENVIRONMENT),
  TABLE (RUNWAY_KIND_MIGRATION, "migration", N_("migration"), N_("migrations"),
         migration_columns, NULL, RUNWAY_MIGRATION_STATUS),
  TABLE (RUNWAY_KIND_RESPONSIBILITY, "responsibility", N_("responsibility"),
         N_("responsibilities"), responsibility_columns, responsibility_unique,
         RUNWAY_RESPONSIBILITY_AREA),
  TABLE (RUNWAY_KIND_ALTERNATIVE, "alternative", N_("alternative"), N_("alternatives"),
         alternative_columns, alternative_unique, RUNWAY_ALTERNATIVE_PRODUCT),
  TABLE (RUNWAY_KIND_ACCEPTANCE, "acceptance", N_("acceptance"), N_("acceptances"),
         acceptance_columns, acceptance_unique, RUNWAY_ACCEPTANCE_SUBJECT),
};

const RunwayTable *
runway_schema_get_table (RunwayKind kind)
{
  g_return_val_if_fail (kind < RUNWAY_N_KINDS, NULL);

  return &tables[kind];
}

/* Returns the index of the column with that property name, or -1. */
int
runway_schema_find_column (const RunwayTable *table,
                           const char        *property)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].property, property))
      return (int) i;
  return -1;
}

RunwayKind
runway_schema_kind_for_table (const char *table)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    if (g_str_equal (tables[k].table, table))
      return (RunwayKind) k;
  return RUNWAY_N_KINDS;
}
