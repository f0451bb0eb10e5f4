/* test-crash.c — nothing acknowledged is lost: kill -9, failing disks, full disks
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A child process edits a plan and saves it under other names in a loop,
 * telling the parent over a pipe about every edit and Save As that
 * returned success. The parent kills it with SIGKILL at random moments and
 * then checks what a user would: the plan opens, SQLite finds it sound,
 * every acknowledged edit is in it, and no Save As target is half-written.
 *
 * RUNWAY_CRASH_KILLS sets how many kills (default 30); run
 *   RUNWAY_CRASH_KILLS=500 ./build/tests/test-crash -p /crash/kill-9
 * as the benchmark's long run. RUNWAY_CRASH_SEED replays one run.
 *
 * The I/O fault tests register a SQLite VFS that wraps the default one and
 * fails writes and syncs after a number of calls, once or for good.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runway-test-util.h"

#define N_TARGETS 2

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;

  fixture->dir = runway_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "plan.runway", NULL);
  plan = runway_plan_create (fixture->path, "Crash", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* ---- kill -9 ---------------------------------------------------------- */

static void
write_ack (int         fd,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
write_ack (int         fd,
           const char *format,
           ...)
{
  g_autofree char *line = NULL;
  va_list args;
  gsize done = 0, len;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  len = strlen (line);

  while (done < len)
    {
      ssize_t n = write (fd, line + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (3);
      done += (gsize) n;
    }
}

/* The child: edits from @next_edit on, forever, until it is killed. Every
 * edit adds "Vendor N" and every third also rewrites the plan's
 * description to "edit N"; every 25th edit is followed by a Save As to the
 * other target, so edits alternate between two files. "E N" acknowledges a
 * committed edit, "S I" a finished Save As to target I. */
G_GNUC_NORETURN static void
run_editor (const char *path,
            const char *dir,
            guint       next_edit,
            guint       current_target,
            int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);

  if (plan == NULL)
    {
      write_ack (fd, "X %s\n", error->message);
      _exit (2);
    }

  for (guint n = next_edit;; n++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %06u", n);
      g_autoptr(RunwayEntity) vendor = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", name,
                                                               NULL);

      /* the edit the last kill interrupted may have committed unacknowledged */
      if (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, name) == NULL &&
          runway_plan_add (plan, vendor, &error) == 0)
        {
          write_ack (fd, "X %s\n", error->message);
          _exit (2);
        }

      if (n % 3 == 0)
        {
          g_autoptr(RunwayEntity) settings =
            runway_entity_copy (RUNWAY_ENTITY (runway_plan_get_settings (plan)));
          g_autofree char *description = g_strdup_printf ("edit %06u", n);

          g_object_set (settings, "description", description, NULL);
          if (!runway_plan_update (plan, settings, &error))
            {
              write_ack (fd, "X %s\n", error->message);
              _exit (2);
            }
        }
      write_ack (fd, "E %u\n", n);

      if (n % 25 == 24)
        {
          guint target = (current_target + 1) % N_TARGETS;
          g_autofree char *base = g_strdup_printf ("copy-%u.runway", target);
          g_autofree char *target_path = g_build_filename (dir, base, NULL);

          if (!runway_plan_save_as (plan, target_path, &error))
            {
              write_ack (fd, "X %s\n", error->message);
              _exit (2);
            }
          current_target = target;
          write_ack (fd, "S %u\n", target);
        }
    }
}

typedef struct
{
  guint    next_edit;      /* the first edit not acknowledged */
  guint    last_update;    /* the newest acknowledged description edit + 1 (0: none) */
  int      target;         /* -1: the plan itself; else the copy we edit */
  GString *pending;        /* an unfinished line */
} Acks;

static void
read_acks (Acks *acks,
           int   fd)
{
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    {
      if (n < 0)
        continue;
      g_string_append_len (acks->pending, buffer, n);
    }

  for (;;)
    {
      char *newline = strchr (acks->pending->str, '\n');
      g_autofree char *line = NULL;

      if (newline == NULL)
        break;
      line = g_strndup (acks->pending->str, (gsize) (newline - acks->pending->str));
      g_string_erase (acks->pending, 0, newline - acks->pending->str + 1);

      if (line[0] == 'E')
        {
          guint edit = (guint) g_ascii_strtoull (line + 2, NULL, 10);

          g_assert_cmpuint (edit, ==, acks->next_edit);
          acks->next_edit = edit + 1;
          if (edit % 3 == 0)
            acks->last_update = edit + 1;
        }
      else if (line[0] == 'S')
        acks->target = (int) g_ascii_strtoll (line + 2, NULL, 10);
      else
        g_error ("the editor failed: %s", line);
    }
}

/* Blocks until the editor acknowledges one more edit or Save As, keeping
 * what it read for read_acks(): on a slow or busy machine the random kills
 * alone could all land before the first edit. */
static void
wait_for_ack (Acks *acks,
              int   fd)
{
  gsize start = acks->pending->len;
  char buffer[256];
  ssize_t n;

  while (memchr (acks->pending->str + start, '\n', acks->pending->len - start) == NULL)
    {
      n = read (fd, buffer, sizeof buffer);
      if (n == 0 || (n < 0 && errno != EINTR))
        break;
      if (n > 0)
        g_string_append_len (acks->pending, buffer, n);
    }
}

static char *
dup_target_path (const char *dir,
                 const char *plan_path,
                 int         target)
{
  g_autofree char *base = NULL;

  if (target < 0)
    return g_strdup (plan_path);
  base = g_strdup_printf ("copy-%d.runway", target);
  return g_build_filename (dir, base, NULL);
}

/* What a user would check after the crash: the file opens, is sound and
 * holds every edit they were told about. */
static void
assert_plan_holds (const char *path,
                   guint       n_edits,
                   guint       last_update)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) problems = NULL;
  const char *description;

  g_assert_no_error (error);
  problems = runway_plan_check (plan, &error);
  g_assert_no_error (error);
  if (problems->len > 0)
    g_error ("%s: %s", path, (const char *) g_ptr_array_index (problems, 0));

  /* The edit after the last acknowledged one may have committed too. */
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), >=, n_edits);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), <=, n_edits + 1);
  for (guint n = 0; n < n_edits; n++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %06u", n);

      if (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, name) == NULL)
        g_error ("%s: acknowledged edit %u (%s) is lost", path, n, name);
    }

  description = runway_entity_get_string (RUNWAY_ENTITY (runway_plan_get_settings (plan)),
                                          RUNWAY_SETTINGS_DESCRIPTION);
  if (last_update > 0)
    {
      g_autofree char *expected = g_strdup_printf ("edit %06u", last_update - 1);

      g_assert_nonnull (description);
      g_assert_cmpstr (description, >=, expected);
    }
}

/* A Save As target exists whole or not at all. */
static void
assert_whole_or_absent (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  problems = runway_plan_check (plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static guint
get_env_uint (const char *name,
              guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

static void
test_kill_9 (Fixture       *fixture,
             gconstpointer  data)
{
  guint kills = get_env_uint ("RUNWAY_CRASH_KILLS", 30);
  guint32 seed = get_env_uint ("RUNWAY_CRASH_SEED", g_test_rand_int ());
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Acks acks = { 0, 0, -1, g_string_new (NULL) };
  guint saves = 0;

  g_test_message ("seed %u (RUNWAY_CRASH_SEED replays it), %u kills", seed, kills);

  for (guint k = 0; k < kills; k++)
    {
      g_autofree char *current = dup_target_path (fixture->dir, fixture->path, acks.target);
      int old_target = acks.target;
      int fds[2];
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          run_editor (current, fixture->dir, acks.next_edit,
                      acks.target < 0 ? 0 : (guint) acks.target, fds[1]);
        }
      close (fds[1]);

      /* Some kills land while the child opens the plan (and recovers it
       * from the last crash), most while it edits or saves; every other
       * one only once it has acknowledged something, however slow the
       * machine. */
      if (k % 2 == 1)
        wait_for_ack (&acks, fds[0]);
      g_usleep (g_rand_int_range (rand, 0, 40000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      read_acks (&acks, fds[0]);
      close (fds[0]);
      if (!WIFSIGNALED (status))
        g_error ("the editor exited by itself (status %d): %s", status, acks.pending->str);

      saves += acks.target != old_target;
      {
        g_autofree char *now_current = dup_target_path (fixture->dir, fixture->path,
                                                        acks.target);

        assert_plan_holds (now_current, acks.next_edit, acks.last_update);
        for (int t = 0; t < N_TARGETS; t++)
          if (t != acks.target)
            {
              g_autofree char *other = dup_target_path (fixture->dir, fixture->path, t);

              assert_whole_or_absent (other);
            }
      }
    }

  g_test_message ("%u edits and %u Save As acknowledged across %u kills", acks.next_edit, saves,
                  kills);
  /* The test must have exercised something worth checking. */
  g_assert_cmpuint (acks.next_edit, >, 0);
  g_string_free (acks.pending, TRUE);
}

/* ---- I/O faults --------------------------------------------------------- */

typedef struct
{
  sqlite3_file        base;
  sqlite3_file       *real;   /* the default VFS's file, allocated after us */
} FaultyFile;

static sqlite3_vfs faulty_vfs;
static sqlite3_vfs *real_vfs;
static sqlite3_io_methods faulty_methods;
static int fault_countdown = -1;    /* calls left before failing; -1: never */
static gboolean fault_permanent;
static guint faults_injected;

/* TRUE when this write or sync must fail. */
static gboolean
take_fault (void)
{
  if (fault_countdown < 0)
    return FALSE;
  if (fault_countdown > 0)
    {
      fault_countdown--;
      return FALSE;
    }
  faults_injected++;
  if (!fault_permanent)
    fault_countdown = -1;
  return TRUE;
}

static int
faulty_close (sqlite3_file *file)
{
  FaultyFile *self = (FaultyFile *) file;
  int rc = self->real->pMethods ? self->real->pMethods->xClose (self->real) : SQLITE_OK;

  return rc;
}

static int
faulty_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xRead (self->real, buffer, amount, offset);
}

static int
faulty_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  FaultyFile *self = (FaultyFile *) file;

  if (take_fault ())
    return SQLITE_IOERR_WRITE;
  return self->real->pMethods->xWrite (self->real, buffer, amount, offset);
}

static int
faulty_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xTruncate (self->real, size);
}

static int
faulty_sync (sqlite3_file *file, int flags)
{
  FaultyFile *self = (FaultyFile *) file;

  if (take_fault ())
    return SQLITE_IOERR_FSYNC;
  return self->real->pMethods->xSync (self->real, flags);
}

static int
faulty_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xFileSize (self->real, size);
}

static int
faulty_lock (sqlite3_file *file, int level)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xLock (self->real, level);
}

static int
faulty_unlock (sqlite3_file *file, int level)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xUnlock (self->real, level);
}

static int
faulty_check_reserved_lock (sqlite3_file *file, int *out)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xCheckReservedLock (self->real, out);
}

static int
faulty_file_control (sqlite3_file *file, int op, void *arg)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xFileControl (self->real, op, arg);
}

static int
faulty_sector_size (sqlite3_file *file)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xSectorSize (self->real);
}

static int
faulty_device_characteristics (sqlite3_file *file)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xDeviceCharacteristics (self->real);
}

static int
faulty_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xShmMap (self->real, page, size, extend, out);
}

static int
faulty_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xShmLock (self->real, offset, n, flags);
}

static void
faulty_shm_barrier (sqlite3_file *file)
{
  FaultyFile *self = (FaultyFile *) file;

  self->real->pMethods->xShmBarrier (self->real);
}

static int
faulty_shm_unmap (sqlite3_file *file, int delete_flag)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xShmUnmap (self->real, delete_flag);
}

static int
faulty_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xFetch (self->real, offset, amount, out);
}

static int
faulty_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  FaultyFile *self = (FaultyFile *) file;

  return self->real->pMethods->xUnfetch (self->real, offset, page);
}

static int
faulty_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultyFile *self = (FaultyFile *) file;
  int rc;

  self->real = (sqlite3_file *) (self + 1);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  /* SQLite calls xClose even when xOpen fails, if pMethods is set. */
  file->pMethods = self->real->pMethods ? &faulty_methods : NULL;
  return rc;
}

static int
faulty_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
faulty_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
faulty_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static int
faulty_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
faulty_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
faulty_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static int
faulty_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

/* Wraps the default VFS and becomes the default, so the store uses it
 * without knowing. */
static void
register_faulty_vfs (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);

  faulty_methods = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = faulty_close,
    .xRead = faulty_read,
    .xWrite = faulty_write,
    .xTruncate = faulty_truncate,
    .xSync = faulty_sync,
    .xFileSize = faulty_file_size,
    .xLock = faulty_lock,
    .xUnlock = faulty_unlock,
    .xCheckReservedLock = faulty_check_reserved_lock,
    .xFileControl = faulty_file_control,
    .xSectorSize = faulty_sector_size,
    .xDeviceCharacteristics = faulty_device_characteristics,
    .xShmMap = faulty_shm_map,
    .xShmLock = faulty_shm_lock,
    .xShmBarrier = faulty_shm_barrier,
    .xShmUnmap = faulty_shm_unmap,
    .xFetch = faulty_fetch,
    .xUnfetch = faulty_unfetch,
  };

  faulty_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = (int) sizeof (FaultyFile) + real_vfs->szOsFile,
    .mxPathname = real_vfs->mxPathname,
    .zName = "runway-test-faulty",
    .xOpen = faulty_open,
    .xDelete = faulty_delete,
    .xAccess = faulty_access,
    .xFullPathname = faulty_full_pathname,
    .xDlOpen = NULL,
    .xDlError = NULL,
    .xDlSym = NULL,
    .xDlClose = NULL,
    .xRandomness = faulty_randomness,
    .xSleep = faulty_sleep,
    .xCurrentTime = NULL,
    .xGetLastError = faulty_get_last_error,
    .xCurrentTimeInt64 = faulty_current_time_int64,
  };
  g_assert_cmpint (sqlite3_vfs_register (&faulty_vfs, 1), ==, SQLITE_OK);
}

static gint64
add_vendor (RunwayPlan  *plan,
            const char  *name,
            GError     **error)
{
  g_autoptr(RunwayEntity) vendor = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", name,
                                                           NULL);

  return runway_plan_add (plan, vendor, error);
}

/* For every point of failure in a short run of edits (the first one
 * switches the plan to WAL, the others append to it), the failing edit
 * reports an error and leaves the model as it was, and after reopening
 * the plan is sound and holds every edit that reported success. */
static void
test_io_fault (Fixture       *fixture,
               gconstpointer  data)
{
  gboolean permanent = GPOINTER_TO_INT (data);
  guint errors_seen = 0;

  register_faulty_vfs ();

  for (int after = 0; after < 24; after++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = NULL;
      g_autoptr(GPtrArray) committed = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *base = g_strdup_printf ("fault-%d.runway", after);
      g_autofree char *path = g_build_filename (fixture->dir, base, NULL);
      gboolean failed = FALSE;

      plan = runway_plan_create (path, "Faults", &error);
      g_assert_no_error (error);
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *name = g_strdup_printf ("Before %u", i);

          g_assert_cmpint (add_vendor (plan, name, &error), >, 0);
          g_assert_no_error (error);
          g_ptr_array_add (committed, g_steal_pointer (&name));
        }
      g_clear_object (&plan);

      plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);

      fault_countdown = after;
      fault_permanent = permanent;
      faults_injected = 0;

      for (guint i = 0; i < 6; i++)
        {
          g_autofree char *name = g_strdup_printf ("During %u", i);
          guint before = runway_plan_count (plan, RUNWAY_KIND_VENDOR);

          if (add_vendor (plan, name, &error) > 0)
            {
              g_assert_no_error (error);
              /* once broken for good, nothing may claim success */
              g_assert_false (permanent && failed);
              g_ptr_array_add (committed, g_steal_pointer (&name));
            }
          else
            {
              /* a clear error, and the model shows the plan as it is */
              g_assert_nonnull (error);
              g_assert_true (error->domain == RUNWAY_STORE_ERROR);
              g_assert_cmpstr (error->message, !=, "");
              g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, before);
              g_assert_null (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, name));
              g_clear_error (&error);
              failed = TRUE;
              errors_seen++;
            }
        }

      g_clear_object (&plan);
      fault_countdown = -1;

      {
        g_autoptr(GPtrArray) problems = NULL;

        plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
        g_assert_no_error (error);
        problems = runway_plan_check (plan, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (problems->len, ==, 0);
        for (guint i = 0; i < committed->len; i++)
          g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR,
                                                      g_ptr_array_index (committed, i)));
        /* an edit that failed may have reached the disk whole, never half */
        g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), <=, 3 + 6);

        /* and it can be edited again */
        g_assert_cmpint (add_vendor (plan, "After", &error), >, 0);
        g_assert_no_error (error);
      }
    }

  /* the faults did hit edits, not only housekeeping */
  g_assert_cmpuint (errors_seen, >=, 12);
}

/* ---- full disk, read-only folder --------------------------------------- */

static void
add_many_vendors (const char *path,
                  guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_true (runway_plan_begin_edit (plan, "Many", &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor with a fairly long name number %05u", i);

      g_assert_cmpint (add_vendor (plan, name, &error), >, 0);
    }
  g_assert_true (runway_plan_end_edit (plan, &error));
  g_assert_no_error (error);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static void
test_full_disk_save_as (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *target_dir = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *target = g_build_filename (target_dir, "copy.runway", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      plan = runway_plan_open (g_getenv ("RUNWAY_TEST_PATH"), RUNWAY_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (runway_plan_save_as (plan, g_getenv ("RUNWAY_TEST_TARGET"), &error));
      g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_IO);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "full"));
      /* the plan goes on where it was, and still takes edits */
      g_assert_cmpstr (runway_plan_get_path (plan), ==, g_getenv ("RUNWAY_TEST_PATH"));
      g_clear_error (&error);
      g_assert_cmpint (add_vendor (plan, "After the full disk", &error), >, 0);
      g_assert_no_error (error);
      return;
    }

  {
    g_autoptr(GBytes) before = NULL;
    g_autoptr(GBytes) after = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(RunwayPlan) plan = NULL;

    add_many_vendors (fixture->path, 3000);
    before = runway_test_read_file (fixture->path);
    g_assert_cmpuint (g_bytes_get_size (before), >, 64 * 1024);
    g_assert_cmpint (g_mkdir (target_dir, 0755), ==, 0);

    g_setenv ("RUNWAY_TEST_PATH", fixture->path, TRUE);
    g_setenv ("RUNWAY_TEST_TARGET", target, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();

    /* nothing half-written is left where the copy was going */
    g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (count_files (target_dir), ==, 0);

    plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 3001);
    g_clear_object (&plan);
    after = runway_test_read_file (fixture->path);
    g_assert_cmpuint (g_bytes_get_size (after), >=, g_bytes_get_size (before));
  }
}

/* The same through the CLI: import-xml creates a plan, so a full disk must
 * leave no plan behind and say why. */
static void
test_full_disk_cli (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "plan.xml", NULL);
  g_autofree char *target = g_build_filename (fixture->dir, "imported.runway", NULL);
  g_auto(RunwayTestRun) run = { 0 };

  add_many_vendors (fixture->path, 3000);
  runway_test_run_cli (&run, "export-xml", fixture->path, xml, NULL);
  g_assert_cmpint (run.status, ==, 0);

  runway_test_run_cli_limited (&run, 64 * 1024, "import-xml", xml, target, NULL);
  g_assert_cmpint (run.status, !=, 0);
  runway_test_assert_contains (run.err, "full");
  g_assert_cmpuint (runway_test_count_lines (run.err), ==, 1);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_read_only_folder_save_as (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
  g_autofree char *target = g_build_filename (locked, "copy.runway", NULL);

  /* Root may write anything, so the user is "nobody" in a child process;
   * the child has a fixture of its own, so the paths come by environment. */
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("RUNWAY_TEST_PATH");
      g_autoptr(GError) error = NULL;
      g_autoptr(RunwayPlan) plan = NULL;

      if (geteuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);

      plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_false (runway_plan_save_as (plan, g_getenv ("RUNWAY_TEST_TARGET"), &error));
      g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "locked"));
      g_assert_cmpstr (runway_plan_get_path (plan), ==, path);
      g_clear_error (&error);
      g_assert_cmpint (add_vendor (plan, "Still here", &error), >, 0);
      g_assert_no_error (error);
      return;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RunwayPlan) plan = NULL;

    g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
    g_assert_cmpint (g_chmod (fixture->dir, 0777), ==, 0);
    g_assert_cmpint (g_chmod (fixture->path, 0666), ==, 0);
    g_setenv ("RUNWAY_TEST_PATH", fixture->path, TRUE);
    g_setenv ("RUNWAY_TEST_TARGET", target, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_test_trap_assert_passed ();

    g_assert_cmpuint (count_files (locked), ==, 0);
    plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "Still here"));
    g_chmod (locked, 0755);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/crash/kill-9", test_kill_9, NULL);
  ADD ("/crash/io-fault-once", test_io_fault, GINT_TO_POINTER (FALSE));
  ADD ("/crash/io-fault-permanent", test_io_fault, GINT_TO_POINTER (TRUE));
  ADD ("/crash/full-disk-save-as", test_full_disk_save_as, NULL);
  ADD ("/crash/full-disk-cli", test_full_disk_cli, NULL);
  ADD ("/crash/read-only-folder-save-as", test_read_only_folder_save_as, NULL);

  return g_test_run ();
}
