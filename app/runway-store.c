/* runway-store.c — the plan file: one SQLite database
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Durability: from its first edit on, an open plan runs in WAL mode with
 * synchronous=FULL. Every committed edit is fsynced to the WAL before the
 * commit returns, so it survives both a crash of Runway and a power cut;
 * an edit that did not commit is rolled back on the next open. One fsync
 * per commit keeps an edit cheap. When the plan is closed it is
 * checkpointed and switched back to a rollback journal, so the file at
 * rest is one self-contained file that can be copied, mailed, opened
 * read-only or kept in git. Opening and closing a plan without editing it
 * leaves the file byte for byte as it was.
 *
 * The one exception is a fill (runway_store_prepare_fill()): the single
 * transaction that writes a new plan into a temporary file that becomes
 * the user's only when it is complete. It keeps its rollback journal in
 * memory, inserts its rows many to a statement and checks the foreign
 * keys once at the end rather than row by row; SQLite still fsyncs the
 * file when it commits, before the caller can rename it into place, and a
 * crash before that leaves only the temporary file, never a half-written
 * plan.
 *
 * SQL is only ever built from the constant table descriptions of
 * runway-schema.c; every value is bound.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runway-store.h"

/* A fill's rows of one kind, waiting to go in together with one INSERT
 * of FILL_BATCH rows. */
#define FILL_BATCH 64

typedef struct
{
  sqlite3_stmt *stmt;       /* the INSERT of FILL_BATCH rows */
  RunwayValue  *rows;       /* FILL_BATCH rows; text values are in @text */
  gssize       *offsets;    /* where each text value starts in @text, -1: none */
  GString      *text;
  guint         n_rows;
  gint64        next_id;
} FillBatch;

struct _RunwayStore
{
  sqlite3      *db;
  char         *path;
  gboolean      read_only;
  int           schema_version;
  sqlite3_stmt *insert[RUNWAY_N_KINDS];
  sqlite3_stmt *update[RUNWAY_N_KINDS];
  sqlite3_stmt *delete[RUNWAY_N_KINDS];
  gboolean      wal;            /* switched to WAL for this session's edits */
  gboolean      fill_next;      /* the next transaction fills an unpublished file */
  gboolean      filling;        /* this transaction does */
  FillBatch    *fill_batches[RUNWAY_N_KINDS];
  int           data_version;   /* PRAGMA data_version when opened, -1 before */
};

static void
fill_batch_free (FillBatch *batch)
{
  sqlite3_finalize (batch->stmt);
  g_free (batch->rows);
  g_free (batch->offsets);
  g_string_free (batch->text, TRUE);
  g_free (batch);
}

/* The schema, one step per version; each runs in its own transaction with
 * the new user_version. Never edit a step that has shipped: add one. */
static const char * const migrations[] = {
  /* 1: the domain of DESIGN.md */
  "CREATE TABLE plan ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL,"
  "  description TEXT,"
  "  horizon_start TEXT NOT NULL,"
  "  horizon_end TEXT NOT NULL,"
  "  as_of TEXT,"
  "  min_fte REAL NOT NULL DEFAULT 3,"
  "  eol_warning_months INTEGER NOT NULL DEFAULT 12,"
  "  eos_warning_months INTEGER NOT NULL DEFAULT 6"
  ") STRICT;"
  "CREATE TABLE vendor ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL,"
  "  website TEXT,"
  "  support TEXT,"
  "  contract_end TEXT,"
  "  cab_member INTEGER NOT NULL DEFAULT 0,"
  "  notes TEXT"
  ") STRICT;"
  "CREATE TABLE product ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  vendor_id INTEGER NOT NULL REFERENCES vendor (id),"
  "  name TEXT NOT NULL,"
  "  category TEXT"
  ") STRICT;"
  "CREATE INDEX product_vendor ON product (vendor_id);"
  "CREATE TABLE release ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  product_id INTEGER NOT NULL REFERENCES product (id),"
  "  version TEXT NOT NULL,"
  "  codename TEXT,"
  "  ga TEXT,"
  "  end_of_sale TEXT,"
  "  end_of_support TEXT,"
  "  end_of_life TEXT,"
  "  extended_support_end TEXT,"
  "  extended_support_contracted INTEGER NOT NULL DEFAULT 0,"
  "  lifecycle_source TEXT"
  ") STRICT;"
  "CREATE INDEX release_product ON release (product_id);"
  "CREATE TABLE roadmap_item ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  product_id INTEGER NOT NULL REFERENCES product (id),"
  "  date TEXT NOT NULL,"
  "  title TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  confidence TEXT NOT NULL,"
  "  source TEXT"
  ") STRICT;"
  "CREATE INDEX roadmap_item_product ON roadmap_item (product_id);"
  "CREATE TABLE team ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL,"
  "  support_line INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"
  "CREATE TABLE person ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  team_id INTEGER NOT NULL REFERENCES team (id),"
  "  name TEXT NOT NULL,"
  "  fte REAL NOT NULL"
  ") STRICT;"
  "CREATE INDEX person_team ON person (team_id);"
  "CREATE TABLE skill ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  person_id INTEGER NOT NULL REFERENCES person (id),"
  "  product_id INTEGER NOT NULL REFERENCES product (id),"
  "  level TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX skill_person ON skill (person_id);"
  "CREATE INDEX skill_product ON skill (product_id);"
  "CREATE TABLE capability ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  parent_id INTEGER REFERENCES capability (id),"
  "  name TEXT NOT NULL,"
  "  criticality INTEGER NOT NULL DEFAULT 2,"
  "  owner_id INTEGER REFERENCES team (id)"
  ") STRICT;"
  "CREATE INDEX capability_parent ON capability (parent_id);"
  "CREATE INDEX capability_owner ON capability (owner_id);"
  "CREATE TABLE deployment ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  capability_id INTEGER NOT NULL REFERENCES capability (id),"
  "  release_id INTEGER NOT NULL REFERENCES release (id),"
  "  environment TEXT NOT NULL,"
  "  instances INTEGER NOT NULL DEFAULT 1,"
  "  from_date TEXT,"
  "  until_date TEXT"
  ") STRICT;"
  "CREATE INDEX deployment_capability ON deployment (capability_id);"
  "CREATE INDEX deployment_release ON deployment (release_id);"
  "CREATE TABLE migration ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  capability_id INTEGER NOT NULL REFERENCES capability (id),"
  "  from_release_id INTEGER NOT NULL REFERENCES release (id),"
  "  to_release_id INTEGER NOT NULL REFERENCES release (id),"
  "  start_date TEXT,"
  "  end_date TEXT,"
  "  status TEXT NOT NULL,"
  "  owner_id INTEGER REFERENCES team (id)"
  ") STRICT;"
  "CREATE INDEX migration_capability ON migration (capability_id);"
  "CREATE INDEX migration_from ON migration (from_release_id);"
  "CREATE INDEX migration_to ON migration (to_release_id);"
  "CREATE INDEX migration_owner ON migration (owner_id);"
  "CREATE TABLE responsibility ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  capability_id INTEGER NOT NULL REFERENCES capability (id),"
  "  area TEXT NOT NULL,"
  "  team_id INTEGER NOT NULL REFERENCES team (id)"
  ") STRICT;"
  "CREATE INDEX responsibility_capability ON responsibility (capability_id);"
  "CREATE INDEX responsibility_team ON responsibility (team_id);"
  "CREATE TABLE alternative ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  capability_id INTEGER NOT NULL REFERENCES capability (id),"
  "  product_id INTEGER NOT NULL REFERENCES product (id)"
  ") STRICT;"
  "CREATE INDEX alternative_capability ON alternative (capability_id);"
  "CREATE INDEX alternative_product ON alternative (product_id);",

  /* 2: accepted risks (rule + subject, as long as the risk bites on the
   * same date, until an expiry date) */
  "CREATE TABLE acceptance ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  rule TEXT NOT NULL,"
  "  subject TEXT NOT NULL,"
  "  date TEXT,"
  "  justification TEXT NOT NULL,"
  "  owner TEXT NOT NULL,"
  "  expires TEXT NOT NULL"
  ") STRICT;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RUNWAY_SCHEMA_VERSION);

static const char sqlite_magic[16] = "SQLite format 3";

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
is_text_column (RunwayColumnType type)
{
  return type == RUNWAY_COLUMN_TEXT || type == RUNWAY_COLUMN_DATE ||
         type == RUNWAY_COLUMN_MILESTONE || type == RUNWAY_COLUMN_ENUM;
}

/* Turns an SQLite result into an error a user can act on. */
static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  /* before anything else can change it */
  int saved_errno = errno;
  g_autofree char *display = g_filename_display_name (path ? path : "");
  /* a damaged schema's text reaches SQLite's message as it is: any bytes */
  g_autofree char *detail = g_utf8_make_valid (db ? sqlite3_errmsg (db) : sqlite3_errstr (rc), -1);
  int system_errno = db ? sqlite3_system_errno (db) : 0;

  /* SQLite reports a full disk reached through a file size limit or a
   * quota as a generic write error, and does not always record errno for
   * sqlite3_system_errno() (not for a failed WAL commit); errno is still
   * the failed write's then, as we are called right after the call. */
  if (system_errno == 0 &&
      (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_SHMSIZE || rc == SQLITE_IOERR_TRUNCATE ||
       rc == SQLITE_IOERR_FSYNC))
    system_errno = saved_errno;
  if ((rc & 0xff) == SQLITE_IOERR &&
      (system_errno == ENOSPC || system_errno == EFBIG || system_errno == EDQUOT))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: its database header is not valid"), display);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or truncated (%s)"), display, detail);
      break;
    case SQLITE_READONLY:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written (%s)"), display, detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_BUSY,
                   _("“%s” is locked by another program; try again when it is done"), display);
      break;
    case SQLITE_FULL:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                   _("The disk holding “%s” is full"), display);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                   _("“%s” cannot be opened (%s)"), display, detail);
      break;
    default:
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                   _("“%s”: %s"), display, detail);
      break;
    }
}

static gboolean
exec_sql (RunwayStore  *store,
          const char   *sql,
          GError      **error)
{
  int rc = sqlite3_exec (store->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (RunwayStore  *store,
           const char   *sql,
           int          *out,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

/* Looks at the first 100 bytes before SQLite does, so a foreign, newer or
 * truncated file is refused with a precise message and without SQLite ever
 * opening it for writing (and so without a journal or WAL appearing). */
static gboolean
sniff_file (const char  *path,
            GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  guint8 header[100];
  GStatBuf st;
  ssize_t n;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_FOUND,
                     _("“%s” does not exist"), display);
      else
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                     _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_REGULAR,
                   S_ISDIR (st.st_mode) ? _("“%s” is a folder, not a plan file")
                                        : _("“%s” is not a regular file"),
                   display);
      return FALSE;
    }

  if (st.st_size == 0)
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is empty, not a Runway plan"), display);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof sqlite_magic || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Runway plan (it is not an SQLite database)"), display);
      return FALSE;
    }

  if (n < (ssize_t) sizeof header)
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is truncated: it ends inside its header"), display);
      return FALSE;
    }

  {
    guint32 app_id = read_be32 (header + 68);
    guint32 user_version = read_be32 (header + 60);
    guint32 page_size = ((guint32) header[16] << 8) | header[17];
    guint32 change_counter = read_be32 (header + 24);
    guint32 page_count = read_be32 (header + 28);
    guint32 valid_for = read_be32 (header + 92);

    if (app_id != RUNWAY_APPLICATION_ID)
      {
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_A_PLAN,
                     _("“%s” is an SQLite database of another application, not a Runway plan"),
                     display);
        return FALSE;
      }

    if (user_version > RUNWAY_SCHEMA_VERSION)
      {
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NEWER_SCHEMA,
                     _("“%s” was written by a newer version of Runway (plan format %u; this "
                       "version reads up to %u). Update Runway to open it."),
                     display, user_version, (guint) RUNWAY_SCHEMA_VERSION);
        return FALSE;
      }

    if (page_size == 1)
      page_size = 65536;
    if (page_size < 512 || (page_size & (page_size - 1)) != 0)
      {
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged: its page size is not valid"), display);
        return FALSE;
      }

    /* A WAL may hold pages the main file does not have yet; then SQLite's
     * own checks decide. Otherwise a file shorter than its header says was
     * cut off (an interrupted copy or download). */
    if (!g_file_test (wal_path, G_FILE_TEST_EXISTS) &&
        (st.st_size % page_size != 0 ||
         (valid_for == change_counter && page_count > 0 &&
          (guint64) st.st_size < (guint64) page_count * page_size)))
      {
        g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                     _("“%s” is truncated: it should hold %u pages of %u bytes but has %"
                       PRIu64 " bytes"),
                     display, page_count, page_size, (guint64) st.st_size);
        return FALSE;
      }
  }

  return TRUE;
}

static gboolean
can_write (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* The folder too: SQLite writes its journal beside the plan. */
  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

static gboolean
set_application_id (RunwayStore  *store,
                    GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;",
                                          (int) RUNWAY_APPLICATION_ID);

  return exec_sql (store, sql, error);
}

static gboolean
migrate (RunwayStore  *store,
         GError      **error)
{
  for (int version = store->schema_version; version < RUNWAY_SCHEMA_VERSION; version++)
    {
      g_autofree char *set_version = NULL;

      if (!runway_store_begin (store, error))
        return FALSE;

      set_version = g_strdup_printf ("PRAGMA user_version = %d;", version + 1);
      if (!exec_sql (store, migrations[version], error) || !exec_sql (store, set_version, error))
        {
          runway_store_rollback (store);
          g_prefix_error (error, _("Upgrading the plan to format %d failed: "), version + 1);
          return FALSE;
        }

      if (!runway_store_commit (store, error))
        return FALSE;

      store->schema_version = version + 1;
    }
  return TRUE;
}

static RunwayStore *
open_sqlite (const char  *path,
             gboolean     read_only,
             GError     **error)
{
  g_autoptr(RunwayStore) store = g_new0 (RunwayStore, 1);
  int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOFOLLOW;
  int rc;

  store->path = g_strdup (path);
  store->read_only = read_only;

  /* A connection is only ever used by one thread at a time (the app opens
   * the plan in a worker and hands it over), so SQLite need not lock it on
   * every call: with two locks for each column read, that was an eighth
   * of opening a large plan. */
  rc = sqlite3_open_v2 (path, &store->db, flags | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, store->db, rc, path);
      return NULL;
    }

  sqlite3_busy_timeout (store->db, 3000);
  /* Each edit of a group runs in a savepoint, whose undo information SQLite
   * keeps in a statement journal; in memory that costs no write() per
   * page, which made a 100,000-release import spend most of its time in
   * the kernel. */
  if (!exec_sql (store, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;", error))
    return NULL;
  store->data_version = -1;

  return g_steal_pointer (&store);
}

/**
 * runway_store_open:
 * @path: a plan file
 *
 * Opens an existing plan. A plan that cannot be written (by @flags, file
 * permission or folder permission) opens read-only and refuses edits.
 * An older plan is upgraded, each step in its own transaction; a newer,
 * foreign, damaged or truncated file is refused without being written.
 *
 * Returns: (transfer full): the store, or %NULL with @error set.
 */
RunwayStore *
runway_store_open (const char            *path,
                   RunwayStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(RunwayStore) store = NULL;
  gboolean read_only;
  int app_id = 0;
  int version = 0;
  int has_plan = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!sniff_file (path, error))
    return NULL;

  read_only = (flags & RUNWAY_STORE_OPEN_READ_ONLY) != 0 || !can_write (path);
  store = open_sqlite (path, read_only, error);
  if (store == NULL)
    return NULL;

  /* Read again under SQLite's lock, and make SQLite parse the schema: a
   * damaged schema page surfaces here rather than on the first edit. */
  if (!query_int (store, "PRAGMA application_id;", &app_id, error) ||
      !query_int (store, "PRAGMA user_version;", &version, error) ||
      !query_int (store,
                  "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'plan';",
                  &has_plan, error))
    return NULL;

  if (app_id != RUNWAY_APPLICATION_ID || version > RUNWAY_SCHEMA_VERSION)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” changed while it was being opened; try again"), display);
      return NULL;
    }

  if (version < 1 || !has_plan)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it is marked as a Runway plan but has no plan tables"),
                   display);
      return NULL;
    }

  store->schema_version = version;

  if (store->schema_version < RUNWAY_SCHEMA_VERSION)
    {
      if (store->read_only)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY,
                       _("“%s” uses an older plan format (%d) and must be upgraded, which "
                         "needs it opened for writing"), display, store->schema_version);
          return NULL;
        }
      if (!migrate (store, error))
        return NULL;
    }

  /* From here on, a commit by anyone else makes what was read stale. */
  if (!query_int (store, "PRAGMA data_version;", &store->data_version, error))
    return NULL;

  return g_steal_pointer (&store);
}

static gboolean
fsync_path (const char  *path,
            gboolean     directory,
            GError     **error)
{
  int fd = g_open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }

  saved_errno = errno;
  if (fd >= 0)
    close (fd);
  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                 _("Could not flush “%s” to disk: %s"), display, g_strerror (saved_errno));
  }
  return FALSE;
}

/* A temporary file beside @path, so the final rename stays on one file
 * system and is atomic. */
static char *
make_temp_beside (const char  *path,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0644);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, RUNWAY_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
                     ? RUNWAY_STORE_ERROR_READ_ONLY : RUNWAY_STORE_ERROR_IO,
                   _("Cannot write in the folder “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  return g_steal_pointer (&template);
}

/* Closes a finished copy: leaves WAL mode so the file stands alone, then
 * makes it durable before anyone can see it under its real name. */
static gboolean
finish_copy (sqlite3     *db,
             const char  *temp_path,
             GError     **error)
{
  int rc = sqlite3_exec (db, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, temp_path);
      sqlite3_close_v2 (db);
      return FALSE;
    }
  rc = sqlite3_close (db);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, NULL, rc, temp_path);
      return FALSE;
    }
  return fsync_path (temp_path, FALSE, error);
}

static gboolean
publish (const char  *temp_path,
         const char  *path,
         gboolean     replace,
         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *display = g_filename_display_name (path);

  if (replace)
    {
      if (g_rename (temp_path, path) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                       _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
    }
  else
    {
      /* link() fails if the name exists: a plan is never silently replaced. */
      if (link (temp_path, path) != 0)
        {
          int saved_errno = errno;

          if (saved_errno == EEXIST)
            g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_EXISTS,
                         _("“%s” already exists"), display);
          else
            g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO,
                         _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
          return FALSE;
        }
      g_unlink (temp_path);
    }

  return fsync_path (dir, TRUE, error);
}

/**
 * runway_store_create:
 * @path: where the new plan goes; it must not exist
 * @settings: the plan settings row
 *
 * Builds the plan in a temporary file beside @path and links it into place
 * only when it is complete, so a crash leaves no plan or a whole one.
 *
 * Returns: (transfer full): the opened store, or %NULL with @error set.
 */
RunwayStore *
runway_store_create (const char         *path,
                     const RunwayValue  *settings,
                     GError            **error)
{
  g_autofree char *temp_path = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(RunwayStore) store = NULL;
  RunwayValue *row = NULL;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_EXISTS,
                   _("“%s” already exists"), display);
      return NULL;
    }

  temp_path = make_temp_beside (path, error);
  if (temp_path == NULL)
    return NULL;

  store = open_sqlite (temp_path, FALSE, error);
  if (store == NULL)
    {
      g_unlink (temp_path);
      return NULL;
    }

  row = runway_values_copy (runway_schema_get_table (RUNWAY_KIND_SETTINGS), settings);
  row[0].i = 1;
  ok = set_application_id (store, error) &&
       migrate (store, error) &&
       runway_store_insert (store, RUNWAY_KIND_SETTINGS, row, error);
  runway_values_free (runway_schema_get_table (RUNWAY_KIND_SETTINGS), row);

  if (ok)
    {
      for (guint k = 0; k < RUNWAY_N_KINDS; k++)
        {
          g_clear_pointer (&store->insert[k], sqlite3_finalize);
          g_clear_pointer (&store->update[k], sqlite3_finalize);
          g_clear_pointer (&store->delete[k], sqlite3_finalize);
        }
      db = g_steal_pointer (&store->db);
      g_clear_pointer (&store, runway_store_close);
      ok = finish_copy (db, temp_path, error) && publish (temp_path, path, FALSE, error);
    }

  if (!ok)
    {
      g_clear_pointer (&store, runway_store_close);
      g_unlink (temp_path);
      return NULL;
    }

  return runway_store_open (path, RUNWAY_STORE_OPEN_DEFAULT, error);
}

void
runway_store_close (RunwayStore *store)
{
  if (store == NULL)
    return;

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      sqlite3_finalize (store->insert[k]);
      sqlite3_finalize (store->update[k]);
      sqlite3_finalize (store->delete[k]);
    }

  if (store->db != NULL)
    {
      /* Leave the file self-contained at rest. If another connection still
       * has it open this fails harmlessly and the last one out does it. */
      if (store->wal)
        sqlite3_exec (store->db, "PRAGMA journal_mode = DELETE;", NULL, NULL, NULL);
      sqlite3_close_v2 (store->db);
    }

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    g_clear_pointer (&store->fill_batches[k], fill_batch_free);
  g_free (store->path);
  g_free (store);
}

const char *
runway_store_get_path (RunwayStore *store)
{
  return store->path;
}

gboolean
runway_store_is_read_only (RunwayStore *store)
{
  return store->read_only;
}

int
runway_store_get_schema_version (RunwayStore *store)
{
  return store->schema_version;
}

static gboolean
check_writable (RunwayStore  *store,
                GError      **error)
{
  if (store->read_only)
    {
      g_autofree char *display = g_filename_display_name (store->path);

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY,
                   _("“%s” is open read-only; save a copy to make changes"), display);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_wal (RunwayStore  *store,
            GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  if (store->wal)
    return TRUE;

  ok = sqlite3_prepare_v2 (store->db, "PRAGMA journal_mode = WAL;", -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    {
      set_sqlite_error (error, store->db, sqlite3_errcode (store->db), store->path);
      return FALSE;
    }
  store->wal = TRUE;
  /* Switching the journal counts as a change in data_version: take it as
   * the new starting point. */
  if (store->data_version >= 0 &&
      !query_int (store, "PRAGMA data_version;", &store->data_version, error))
    return FALSE;
  return exec_sql (store, "PRAGMA synchronous = FULL;", error);
}

static gboolean
refuse_if_changed (RunwayStore  *store,
                   GError      **error)
{
  g_autofree char *display = NULL;

  if (!runway_store_changed_elsewhere (store))
    return TRUE;

  display = g_filename_display_name (store->path);
  g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CHANGED,
               _("“%s” was changed by another program; open it again to go on editing"),
               display);
  return FALSE;
}

/* Switches to a rollback journal kept in memory, for a fill: nothing of
 * it is written but the rows themselves, once. Fails (harmlessly) if the
 * plan is already in WAL mode with other connections. */
static gboolean
use_memory_journal (RunwayStore *store)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (store->db, "PRAGMA journal_mode = MEMORY;", -1, &stmt,
                           NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW &&
       g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "memory") == 0;
  sqlite3_finalize (stmt);
  /* as for WAL: a switch of journal is no change by anyone else; and the
   * commit must reach the disk before the file is renamed into place */
  return ok && (store->data_version < 0 ||
                query_int (store, "PRAGMA data_version;", &store->data_version, NULL)) &&
         exec_sql (store, "PRAGMA synchronous = FULL;", NULL);
}

/* A fill's rows are checked against their references by the plan before
 * they are written, and by SQLite once, all together, before the commit:
 * not row by row, which opened a cursor on every parent table for each of
 * them. */
static gboolean
check_foreign_keys (RunwayStore  *store,
                    GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (store->db, "PRAGMA foreign_key_check;", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *display = g_filename_display_name (store->path);
      /* in SQLite's words, as its own constraint errors are */
      g_autofree char *detail = g_strdup_printf ("FOREIGN KEY constraint failed in %s",
                                                 (const char *) sqlite3_column_text (stmt, 0));

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged or truncated (%s)"), display, detail);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean flush_fill (RunwayStore  *store,
                            GError      **error);

/* After a fill's COMMIT or ROLLBACK: every later edit is an ordinary one.
 * Rows still waiting are dropped with the rest of a rolled-back fill. */
static void
end_fill (RunwayStore *store)
{
  if (store->filling)
    sqlite3_exec (store->db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL);
  store->filling = FALSE;
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    g_clear_pointer (&store->fill_batches[k], fill_batch_free);
}

/**
 * runway_store_prepare_fill:
 *
 * Makes the next transaction a fill: the one transaction that writes a new
 * plan nobody has opened, in a temporary file the caller renames into
 * place once it is committed. Its journal stays in memory, its rows go in
 * many to a statement (runway_store_insert()) and the foreign keys are
 * checked at its commit, not row by row. ROLLBACK still undoes all of it;
 * COMMIT fsyncs the file before it returns.
 */
void
runway_store_prepare_fill (RunwayStore *store)
{
  store->fill_next = TRUE;
}

gboolean
runway_store_begin (RunwayStore  *store,
                    GError      **error)
{
  gboolean fill = store->fill_next && !store->wal;

  store->fill_next = FALSE;

  /* IMMEDIATE takes the write lock now, so a busy plan is refused before
   * anything is done rather than at COMMIT. An edit made by another
   * program since the rows were read is refused too, before the switch to
   * WAL (which moves data_version itself) and again under the lock: this
   * edit was made against rows that may no longer be there. */
  if (!check_writable (store, error) || !refuse_if_changed (store, error))
    return FALSE;
  if (fill)
    fill = use_memory_journal (store);
  if (fill && !exec_sql (store, "PRAGMA foreign_keys = OFF;", error))
    return FALSE;
  store->filling = fill;
  if ((!fill && !ensure_wal (store, error)) || !exec_sql (store, "BEGIN IMMEDIATE;", error))
    {
      end_fill (store);
      return FALSE;
    }
  if (!refuse_if_changed (store, error))
    {
      runway_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * runway_store_changed_elsewhere:
 *
 * Returns: whether another program (or another connection) committed a
 * change to the plan since it was opened, so what was read is stale
 */
gboolean
runway_store_changed_elsewhere (RunwayStore *store)
{
  int version = store->data_version;

  /* This connection's own commits never change data_version; a plan being
   * created or upgraded is not watched yet. */
  if (store->data_version < 0 ||
      !query_int (store, "PRAGMA data_version;", &version, NULL))
    return FALSE;
  return version != store->data_version;
}

gboolean
runway_store_commit (RunwayStore  *store,
                     GError      **error)
{
  if ((store->filling && (!flush_fill (store, error) || !check_foreign_keys (store, error))) ||
      !exec_sql (store, "COMMIT;", error))
    {
      runway_store_rollback (store);
      return FALSE;
    }
  end_fill (store);
  return TRUE;
}

void
runway_store_rollback (RunwayStore *store)
{
  if (!sqlite3_get_autocommit (store->db))
    sqlite3_exec (store->db, "ROLLBACK;", NULL, NULL, NULL);
  end_fill (store);
}

/* Savepoints nest by name: each edit operation of a group gets one, so a
 * refused operation is undone without losing the group. */
gboolean
runway_store_savepoint (RunwayStore  *store,
                        GError      **error)
{
  return exec_sql (store, "SAVEPOINT operation;", error);
}

gboolean
runway_store_release_savepoint (RunwayStore  *store,
                                GError      **error)
{
  return exec_sql (store, "RELEASE operation;", error);
}

void
runway_store_rollback_savepoint (RunwayStore *store)
{
  sqlite3_exec (store->db, "ROLLBACK TO operation; RELEASE operation;", NULL, NULL, NULL);
}

static char *
column_list (const RunwayTable *table,
             guint              first)
{
  GString *sql = g_string_new (NULL);

  for (guint i = first; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > first ? ", " : "", table->columns[i].name);
  return g_string_free (sql, FALSE);
}

static sqlite3_stmt *
prepare_cached (RunwayStore   *store,
                sqlite3_stmt **slot,
                const char    *sql,
                GError       **error)
{
  if (*slot == NULL)
    {
      int rc = sqlite3_prepare_v3 (store->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);

      if (rc != SQLITE_OK)
        {
          set_sqlite_error (error, store->db, rc, store->path);
          return NULL;
        }
    }
  sqlite3_reset (*slot);
  sqlite3_clear_bindings (*slot);
  return *slot;
}

static void
bind_values (sqlite3_stmt      *stmt,
             const RunwayTable *table,
             const RunwayValue *values,
             guint              first,
             int                param)
{
  for (guint i = first; i < table->n_columns; i++, param++)
    {
      const RunwayColumn *column = &table->columns[i];

      if (is_text_column (column->type))
        {
          /* the caller's values outlive the step; step_done() unbinds them */
          if (values[i].s != NULL)
            sqlite3_bind_text (stmt, param, values[i].s, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (stmt, param);
        }
      else if (column->type == RUNWAY_COLUMN_REAL)
        sqlite3_bind_double (stmt, param, values[i].d);
      else if ((column->type == RUNWAY_COLUMN_REF || column->type == RUNWAY_COLUMN_ID) &&
               values[i].i == 0)
        sqlite3_bind_null (stmt, param);
      else
        sqlite3_bind_int64 (stmt, param, values[i].i);
    }
}

static gboolean
step_done (RunwayStore   *store,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

/**
 * runway_store_load:
 *
 * Calls @func for every row of @kind in id order. Values that SQLite's
 * types allow but ours do not (a damaged or hand-edited file) reach @func
 * as they are; checking them is the plan's job.
 */
gboolean
runway_store_load (RunwayStore         *store,
                   RunwayKind           kind,
                   RunwayStoreRowFunc   func,
                   gpointer             user_data,
                   GError             **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  g_autofree char *columns = column_list (table, 0);
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY id;", columns,
                                          table->table);
  g_autofree RunwayValue *values = g_new0 (RunwayValue, table->n_columns);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (store->filling && !flush_fill (store, error))
    return FALSE;

  rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < table->n_columns; i++)
        {
          RunwayColumnType type = table->columns[i].type;

          if (is_text_column (type))
            {
              values[i].s = (char *) sqlite3_column_text (stmt, (int) i);
              /* Runway writes only UTF-8; other bytes are damage, which
               * would reach every label, message and export */
              if (values[i].s != NULL && !g_utf8_validate (values[i].s, -1, NULL))
                {
                  g_autofree char *display = g_filename_display_name (store->path);

                  g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CORRUPT,
                               _("“%s” is damaged: %s %" PRId64 " holds text that "
                                 "is not UTF-8"), display, table->table,
                               (gint64) sqlite3_column_int64 (stmt, 0));
                  sqlite3_finalize (stmt);
                  return FALSE;
                }
            }
          else if (type == RUNWAY_COLUMN_REAL)
            values[i].d = sqlite3_column_double (stmt, (int) i);
          else
            values[i].i = sqlite3_column_int64 (stmt, (int) i);
        }

      if (!func (values, user_data, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }

  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

/* "INSERT INTO t (columns) VALUES (?, …), …" for @n_rows rows. */
static char *
insert_sql (const RunwayTable *table,
            guint              n_rows)
{
  g_autofree char *columns = column_list (table, 0);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES ", table->table, columns);
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (sql, r ? ", (" : "(");
      for (guint i = 0; i < table->n_columns; i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append_c (sql, ')');
    }
  g_string_append_c (sql, ';');
  return g_string_free (sql, FALSE);
}

/* The id AUTOINCREMENT would give the next row of @table: past the
 * largest there is and the largest there ever was. */
static gboolean
read_next_id (RunwayStore        *store,
              const RunwayTable  *table,
              gint64             *out,
              GError            **error)
{
  g_autofree char *sql =
    g_strdup_printf ("SELECT max (coalesce ((SELECT max (id) FROM %s), 0), "
                     "coalesce ((SELECT seq FROM sqlite_sequence WHERE name = ?1), 0)) + 1;",
                     table->table);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table->table, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64 (stmt, 0);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return FALSE;
    }
  return TRUE;
}

/* Writes the rows waiting in @kind's batch. */
static gboolean
flush_batch (RunwayStore  *store,
             RunwayKind    kind,
             GError      **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  FillBatch *batch = store->fill_batches[kind];
  RunwayValue *row = g_newa (RunwayValue, table->n_columns);
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  if (batch == NULL || batch->n_rows == 0)
    return TRUE;

  if (batch->n_rows == FILL_BATCH && batch->stmt != NULL)
    stmt = batch->stmt;
  else
    {
      g_autofree char *sql = insert_sql (table, batch->n_rows);

      rc = sqlite3_prepare_v3 (store->db, sql, -1,
                               batch->n_rows == FILL_BATCH ? SQLITE_PREPARE_PERSISTENT : 0,
                               &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          set_sqlite_error (error, store->db, rc, store->path);
          return FALSE;
        }
      if (batch->n_rows == FILL_BATCH)
        batch->stmt = stmt;
    }

  for (guint r = 0; r < batch->n_rows; r++)
    {
      const RunwayValue *values = &batch->rows[r * table->n_columns];
      const gssize *offsets = &batch->offsets[r * table->n_columns];

      for (guint i = 0; i < table->n_columns; i++)
        {
          row[i] = values[i];
          if (is_text_column (table->columns[i].type))
            row[i].s = offsets[i] >= 0 ? batch->text->str + offsets[i] : NULL;
        }
      bind_values (stmt, table, row, 0, (int) (r * table->n_columns) + 1);
    }

  ok = step_done (store, stmt, error);
  if (stmt != batch->stmt)
    sqlite3_finalize (stmt);
  batch->n_rows = 0;
  g_string_truncate (batch->text, 0);
  return ok;
}

static gboolean
flush_fill (RunwayStore  *store,
            GError      **error)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    if (!flush_batch (store, (RunwayKind) k, error))
      return FALSE;
  return TRUE;
}

/* A fill's row waits in its kind's batch, with the id it will have. */
static gboolean
add_to_batch (RunwayStore  *store,
              RunwayKind    kind,
              RunwayValue  *values,
              GError      **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  FillBatch *batch = store->fill_batches[kind];
  RunwayValue *row;
  gssize *offsets;

  if (batch == NULL)
    {
      gint64 next_id = 1;

      if (!read_next_id (store, table, &next_id, error))
        return FALSE;
      batch = store->fill_batches[kind] = g_new0 (FillBatch, 1);
      batch->rows = g_new0 (RunwayValue, FILL_BATCH * table->n_columns);
      batch->offsets = g_new0 (gssize, FILL_BATCH * table->n_columns);
      batch->text = g_string_sized_new (4096);
      batch->next_id = next_id;
    }

  if (values[0].i == 0)
    values[0].i = batch->next_id;
  batch->next_id = MAX (batch->next_id, values[0].i + 1);

  row = &batch->rows[batch->n_rows * table->n_columns];
  offsets = &batch->offsets[batch->n_rows * table->n_columns];
  for (guint i = 0; i < table->n_columns; i++)
    {
      row[i] = values[i];
      offsets[i] = -1;
      if (is_text_column (table->columns[i].type) && values[i].s != NULL)
        {
          offsets[i] = (gssize) batch->text->len;
          g_string_append_len (batch->text, values[i].s, (gssize) strlen (values[i].s) + 1);
        }
    }

  if (++batch->n_rows == FILL_BATCH)
    return flush_batch (store, kind, error);
  return TRUE;
}

/**
 * runway_store_insert:
 * @values: the row; a zero id is replaced by the new row's id
 *
 * Must run inside runway_store_begin()/runway_store_commit(). In a fill
 * the row waits to go in with others of its kind, in one statement (one
 * statement per row was most of an insert's cost, the AUTOINCREMENT
 * bookkeeping above all): its id is known at once, and what SQLite says
 * about it comes with the insert that sends the batch or with the commit.
 * The plan has checked every rule by then; a full disk is what is left.
 */
gboolean
runway_store_insert (RunwayStore  *store,
                     RunwayKind    kind,
                     RunwayValue  *values,
                     GError      **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  sqlite3_stmt *stmt = store->insert[kind];

  if (store->filling && kind != RUNWAY_KIND_SETTINGS)
    return add_to_batch (store, kind, values, error);

  if (stmt == NULL)
    {
      g_autofree char *columns = column_list (table, 0);
      g_autoptr(GString) sql = g_string_new (NULL);

      g_string_append_printf (sql, "INSERT INTO %s (%s) VALUES (", table->table, columns);
      for (guint i = 0; i < table->n_columns; i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append (sql, ");");
      stmt = prepare_cached (store, &store->insert[kind], sql->str, error);
    }
  else
    stmt = prepare_cached (store, &store->insert[kind], NULL, error);

  if (stmt == NULL)
    return FALSE;

  bind_values (stmt, table, values, 0, 1);
  if (!step_done (store, stmt, error))
    return FALSE;

  if (values[0].i == 0)
    values[0].i = sqlite3_last_insert_rowid (store->db);
  return TRUE;
}

gboolean
runway_store_update (RunwayStore        *store,
                     RunwayKind          kind,
                     const RunwayValue  *values,
                     GError            **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  sqlite3_stmt *stmt = store->update[kind];

  /* a fill's waiting rows go first, in the order they came */
  if (store->filling && !flush_fill (store, error))
    return FALSE;

  if (stmt == NULL)
    {
      g_autoptr(GString) sql = g_string_new (NULL);

      g_string_append_printf (sql, "UPDATE %s SET ", table->table);
      for (guint i = 1; i < table->n_columns; i++)
        g_string_append_printf (sql, "%s%s = ?", i > 1 ? ", " : "", table->columns[i].name);
      g_string_append (sql, " WHERE id = ?;");
      stmt = prepare_cached (store, &store->update[kind], sql->str, error);
    }
  else
    stmt = prepare_cached (store, &store->update[kind], NULL, error);

  if (stmt == NULL)
    return FALSE;

  bind_values (stmt, table, values, 1, 1);
  sqlite3_bind_int64 (stmt, (int) table->n_columns, values[0].i);
  return step_done (store, stmt, error);
}

gboolean
runway_store_delete (RunwayStore  *store,
                     RunwayKind    kind,
                     gint64        id,
                     GError      **error)
{
  const RunwayTable *table = runway_schema_get_table (kind);
  sqlite3_stmt *stmt = store->delete[kind];

  /* a fill's waiting rows go first, in the order they came */
  if (store->filling && !flush_fill (store, error))
    return FALSE;

  if (stmt == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?;", table->table);

      stmt = prepare_cached (store, &store->delete[kind], sql, error);
    }
  else
    stmt = prepare_cached (store, &store->delete[kind], NULL, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (store, stmt, error);
}

/**
 * runway_store_copy_to:
 * @path: the copy; replaced if it exists
 *
 * Copies the plan with SQLite's online backup into a temporary file beside
 * @path, fsyncs it and renames it into place: @path is at every moment
 * either its old self or the whole copy. The source is never written.
 */
gboolean
runway_store_copy_to (RunwayStore  *store,
                      const char   *path,
                      GError      **error)
{
  g_autofree char *temp_path = NULL;
  sqlite3_backup *backup;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);

  temp_path = make_temp_beside (path, error);
  if (temp_path == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temp_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (db, "main", store->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (db);
      else
        {
          do
            {
              rc = sqlite3_backup_step (backup, -1);
              if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep (20);
            }
          while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path);
      sqlite3_close_v2 (db);
      g_unlink (temp_path);
      return FALSE;
    }

  if (!finish_copy (db, temp_path, error) || !publish (temp_path, path, TRUE, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }
  return TRUE;
}

/* SQLite's reports quote table names from the file's schema, which a
 * damaged file can make any bytes: takes @text, adds it as UTF-8. */
static void
add_problem (GPtrArray *problems,
             char      *text)
{
  g_ptr_array_add (problems, g_utf8_make_valid (text, -1));
  g_free (text);
}

/**
 * runway_store_check_integrity:
 *
 * Runs SQLite's integrity check and foreign key check.
 *
 * Returns: (transfer full) (element-type utf8): the problems found, empty
 * when the file is sound; %NULL if the checks could not run.
 */
GPtrArray *
runway_store_check_integrity (RunwayStore  *store,
                              GError      **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (store->db, "PRAGMA integrity_check;", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        add_problem (problems, g_strdup_printf (_("database: %s"), text));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return NULL;
    }

  rc = sqlite3_prepare_v2 (store->db, "PRAGMA foreign_key_check;", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      add_problem (problems,
                   g_strdup_printf (_("%s %" PRId64 " refers to a missing %s"),
                                    (const char *) sqlite3_column_text (stmt, 0),
                                    (gint64) sqlite3_column_int64 (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, store->db, rc, store->path);
      return NULL;
    }

  return g_steal_pointer (&problems);
}
