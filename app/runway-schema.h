/* runway-schema.h — the entities of a plan and their columns
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RunwayKind:
 *
 * The kinds of entity a plan holds, in dependency order: a kind only refers
 * to kinds before it, except a capability to its parent. Loading and
 * exporting walk them in this order.
 */
typedef enum {
  RUNWAY_KIND_SETTINGS,
  RUNWAY_KIND_VENDOR,
  RUNWAY_KIND_PRODUCT,
  RUNWAY_KIND_RELEASE,
  RUNWAY_KIND_ROADMAP_ITEM,
  RUNWAY_KIND_TEAM,
  RUNWAY_KIND_PERSON,
  RUNWAY_KIND_SKILL,
  RUNWAY_KIND_CAPABILITY,
  RUNWAY_KIND_DEPLOYMENT,
  RUNWAY_KIND_MIGRATION,
  RUNWAY_KIND_RESPONSIBILITY,
  RUNWAY_KIND_ALTERNATIVE,
  RUNWAY_KIND_ACCEPTANCE,
  RUNWAY_N_KINDS
} RunwayKind;

typedef enum {
  RUNWAY_COLUMN_ID,         /* INTEGER PRIMARY KEY */
  RUNWAY_COLUMN_TEXT,
  RUNWAY_COLUMN_INT,
  RUNWAY_COLUMN_REAL,
  RUNWAY_COLUMN_BOOL,
  RUNWAY_COLUMN_DATE,       /* TEXT YYYY-MM-DD or NULL */
  RUNWAY_COLUMN_MILESTONE,  /* TEXT YYYY-MM-DD, 'ended', 'none' or NULL (unknown) */
  RUNWAY_COLUMN_REF,        /* INTEGER id of another entity, 0 for NULL */
  RUNWAY_COLUMN_ENUM,       /* TEXT, one of enum_values */
} RunwayColumnType;

typedef enum {
  RUNWAY_COLUMN_REQUIRED  = 1 << 0,  /* not NULL; text not blank */
  RUNWAY_COLUMN_FOLD      = 1 << 1,  /* compared case-insensitively in unique keys */
} RunwayColumnFlags;

/* What removing the referenced entity does to an entity that refers to it. */
typedef enum {
  RUNWAY_ON_REMOVE_REFUSE,   /* the removal is refused while this refers to it */
  RUNWAY_ON_REMOVE_CASCADE,  /* this is part of it and goes with it */
} RunwayOnRemove;

typedef struct {
  const char        *name;          /* SQL column */
  const char        *property;      /* GObject property and XML attribute */
  const char        *label;         /* what a user calls it, untranslated (N_) */
  RunwayColumnType   type;
  RunwayColumnFlags  flags;
  RunwayKind         ref_kind;      /* REF only */
  RunwayOnRemove     on_remove;     /* REF only */
  const char * const *enum_values;  /* ENUM only, NULL-terminated */
  double             min;           /* INT/REAL range, inclusive unless noted */
  double             max;
  gboolean           min_exclusive;
} RunwayColumn;

typedef struct {
  RunwayKind           kind;
  const char          *table;        /* SQL table */
  const char          *name;         /* singular, for messages: "release" */
  const char          *plural;       /* "releases", also `runway-cli info` keys */
  const RunwayColumn  *columns;      /* columns[0] is always the id */
  guint                n_columns;
  const int           *unique;       /* column indexes of the unique key, -1 terminated, or NULL */
  int                  label_column; /* what names an entity in a message */
} RunwayTable;

const RunwayTable *runway_schema_get_table   (RunwayKind kind);
int                runway_schema_find_column (const RunwayTable *table,
                                              const char        *property);
RunwayKind         runway_schema_kind_for_table (const char     *table);

/* Enumerations, shared with the editors and the XML exchange. */
extern const char * const runway_environments[];
extern const char * const runway_migration_statuses[];
extern const char * const runway_skill_levels[];
extern const char * const runway_responsibility_areas[];
extern const char * const runway_roadmap_kinds[];
extern const char * const runway_roadmap_confidences[];


/* Column indexes, in the order of each table's columns. */
enum {
  RUNWAY_SETTINGS_ID,
  RUNWAY_SETTINGS_NAME,
  RUNWAY_SETTINGS_DESCRIPTION,
  RUNWAY_SETTINGS_HORIZON_START,
  RUNWAY_SETTINGS_HORIZON_END,
  RUNWAY_SETTINGS_AS_OF,
  RUNWAY_SETTINGS_MIN_FTE,
  RUNWAY_SETTINGS_EOL_WARNING_MONTHS,
  RUNWAY_SETTINGS_EOS_WARNING_MONTHS,
};

enum {
  RUNWAY_VENDOR_ID,
  RUNWAY_VENDOR_NAME,
  RUNWAY_VENDOR_WEBSITE,
  RUNWAY_VENDOR_SUPPORT,
  RUNWAY_VENDOR_CONTRACT_END,
  RUNWAY_VENDOR_CAB_MEMBER,
  RUNWAY_VENDOR_NOTES,
};

enum {
  RUNWAY_PRODUCT_ID,
  RUNWAY_PRODUCT_VENDOR,
  RUNWAY_PRODUCT_NAME,
  RUNWAY_PRODUCT_CATEGORY,
};

enum {
  RUNWAY_RELEASE_ID,
  RUNWAY_RELEASE_PRODUCT,
  RUNWAY_RELEASE_VERSION,
  RUNWAY_RELEASE_CODENAME,
  RUNWAY_RELEASE_GA,
  RUNWAY_RELEASE_END_OF_SALE,
  RUNWAY_RELEASE_END_OF_SUPPORT,
  RUNWAY_RELEASE_END_OF_LIFE,
  RUNWAY_RELEASE_EXTENDED_SUPPORT_END,
  RUNWAY_RELEASE_EXTENDED_SUPPORT_CONTRACTED,
  RUNWAY_RELEASE_LIFECYCLE_SOURCE,
};

enum {
  RUNWAY_ROADMAP_ITEM_ID,
  RUNWAY_ROADMAP_ITEM_PRODUCT,
  RUNWAY_ROADMAP_ITEM_DATE,
  RUNWAY_ROADMAP_ITEM_TITLE,
  RUNWAY_ROADMAP_ITEM_KIND,
  RUNWAY_ROADMAP_ITEM_CONFIDENCE,
  RUNWAY_ROADMAP_ITEM_SOURCE,
};

enum {
  RUNWAY_TEAM_ID,
  RUNWAY_TEAM_NAME,
  RUNWAY_TEAM_SUPPORT_LINE,
};

enum {
  RUNWAY_PERSON_ID,
  RUNWAY_PERSON_TEAM,
  RUNWAY_PERSON_NAME,
  RUNWAY_PERSON_FTE,
};

enum {
  RUNWAY_SKILL_ID,
  RUNWAY_SKILL_PERSON,
  RUNWAY_SKILL_PRODUCT,
  RUNWAY_SKILL_LEVEL,
};

enum {
  RUNWAY_CAPABILITY_ID,
  RUNWAY_CAPABILITY_PARENT,
  RUNWAY_CAPABILITY_NAME,
  RUNWAY_CAPABILITY_CRITICALITY,
  RUNWAY_CAPABILITY_OWNER,
};

enum {
  RUNWAY_DEPLOYMENT_ID,
  RUNWAY_DEPLOYMENT_CAPABILITY,
  RUNWAY_DEPLOYMENT_RELEASE,
  RUNWAY_DEPLOYMENT_ENVIRONMENT,
  RUNWAY_DEPLOYMENT_INSTANCES,
  RUNWAY_DEPLOYMENT_FROM,
  RUNWAY_DEPLOYMENT_UNTIL,
};

enum {
  RUNWAY_MIGRATION_ID,
  RUNWAY_MIGRATION_CAPABILITY,
  RUNWAY_MIGRATION_FROM,
  RUNWAY_MIGRATION_TO,
  RUNWAY_MIGRATION_START,
  RUNWAY_MIGRATION_END,
  RUNWAY_MIGRATION_STATUS,
  RUNWAY_MIGRATION_OWNER,
};

enum {
  RUNWAY_RESPONSIBILITY_ID,
  RUNWAY_RESPONSIBILITY_CAPABILITY,
  RUNWAY_RESPONSIBILITY_AREA,
  RUNWAY_RESPONSIBILITY_TEAM,
};

enum {
  RUNWAY_ALTERNATIVE_ID,
  RUNWAY_ALTERNATIVE_CAPABILITY,
  RUNWAY_ALTERNATIVE_PRODUCT,
};

enum {
  RUNWAY_ACCEPTANCE_ID,
  RUNWAY_ACCEPTANCE_RULE,
  RUNWAY_ACCEPTANCE_SUBJECT,
  RUNWAY_ACCEPTANCE_DATE,
  RUNWAY_ACCEPTANCE_JUSTIFICATION,
  RUNWAY_ACCEPTANCE_OWNER,
  RUNWAY_ACCEPTANCE_EXPIRES,
};

G_END_DECLS
