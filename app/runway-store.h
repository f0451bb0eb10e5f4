/* runway-store.h — the plan file: one SQLite database
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "runway-entity-private.h"
#include "runway-error.h"

G_BEGIN_DECLS

/* "RNWY": marks a SQLite file as a Runway plan (PRAGMA application_id). */
#define RUNWAY_APPLICATION_ID 0x524E5759
/* The newest schema this build reads and writes (PRAGMA user_version). */
#define RUNWAY_SCHEMA_VERSION 2

typedef enum {
  RUNWAY_STORE_OPEN_DEFAULT   = 0,
  RUNWAY_STORE_OPEN_READ_ONLY = 1 << 0,  /* never write, even if we could */
} RunwayStoreOpenFlags;

typedef struct _RunwayStore RunwayStore;

/* Called once per row while loading; @values is only valid during the call. */
typedef gboolean (*RunwayStoreRowFunc) (const RunwayValue  *values,
                                        gpointer            user_data,
                                        GError            **error);

RunwayStore *runway_store_open            (const char            *path,
                                           RunwayStoreOpenFlags   flags,
                                           GError               **error);
RunwayStore *runway_store_create          (const char            *path,
                                           const RunwayValue     *settings,
                                           GError               **error);
void         runway_store_close           (RunwayStore           *store);
const char  *runway_store_get_path        (RunwayStore           *store);
gboolean     runway_store_is_read_only    (RunwayStore           *store);
int          runway_store_get_schema_version (RunwayStore        *store);

gboolean     runway_store_changed_elsewhere (RunwayStore         *store);
void         runway_store_prepare_fill    (RunwayStore           *store);
gboolean     runway_store_begin           (RunwayStore           *store,
                                           GError               **error);
gboolean     runway_store_commit          (RunwayStore           *store,
                                           GError               **error);
void         runway_store_rollback        (RunwayStore           *store);
gboolean     runway_store_savepoint       (RunwayStore           *store,
                                           GError               **error);
gboolean     runway_store_release_savepoint (RunwayStore         *store,
                                           GError               **error);
void         runway_store_rollback_savepoint (RunwayStore        *store);

gboolean     runway_store_load            (RunwayStore           *store,
                                           RunwayKind             kind,
                                           RunwayStoreRowFunc     func,
                                           gpointer               user_data,
                                           GError               **error);
gboolean     runway_store_insert          (RunwayStore           *store,
                                           RunwayKind             kind,
                                           RunwayValue           *values,
                                           GError               **error);
gboolean     runway_store_update          (RunwayStore           *store,
                                           RunwayKind             kind,
                                           const RunwayValue     *values,
                                           GError               **error);
gboolean     runway_store_delete          (RunwayStore           *store,
                                           RunwayKind             kind,
                                           gint64                 id,
                                           GError               **error);

gboolean     runway_store_copy_to         (RunwayStore           *store,
                                           const char            *path,
                                           GError               **error);
GPtrArray   *runway_store_check_integrity (RunwayStore           *store,
                                           GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwayStore, runway_store_close)

G_END_DECLS
