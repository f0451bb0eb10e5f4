/* bench-startup.c — cold start of `runway` to its first frame, against a bare window
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DESIGN.md's target: a cold start of the app to its first frame within
 * 150 ms of a bare libadwaita window on the same machine, the plan loading
 * after the first frame. Each run is a fresh process, timed from just
 * before it is spawned to the first frame its window paints, and for
 * `runway` also to the first frame that shows the plan loaded:
 *
 *  - the reference, bench-startup-bare (an AdwApplicationWindow holding an
 *    AdwHeaderBar, of Runway's default size);
 *  - `runway` with no argument, which opens the demo plan;
 *  - `runway ESTATE`, the large estate of runway-bench-estate.c.
 *
 * The programs say when with RUNWAY_BENCH_REPORT_FD=3 (the benchmark hook
 * in ui/runway-application.c): they write "first-frame USEC" and
 * "plan-shown USEC" to file descriptor 3, a pipe to this program, USEC
 * being g_get_monotonic_time(), the CLOCK_MONOTONIC this program reads
 * too. Then they are killed. The runs of the three take turns, so the
 * noise of this shared machine falls on all of them alike; one warm-up run
 * of each comes first (it also writes the demo plan) and is not counted,
 * so the figures are of a fresh process with the files in the page cache.
 *
 * The programs see none of the user's state: their config, data and cache
 * folders are fresh ones in a scratch folder, GSettings is in memory and
 * reads the build's schemas. As in the UI tests they run on X11 with
 * accessibility off; GSK_RENDERER is the caller's, or cairo as in the
 * tests. Without a session bus this program starts one for them
 * (GTestDBus), as a desktop has.
 *
 * Needs a display:
 *   xvfb-run -a -s '-screen 0 1920x1080x24' build/tests/bench/bench-startup
 * Usage: bench-startup [--runs 10] [--scale 1.0] [--keep PLAN | --plan PLAN] [--app PROGRAM]
 */

#include "config.h"

#include <locale.h>

#include <errno.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "runway-bench-estate.h"

#define REPORT_FD        3
#define TIMEOUT_MS   60000
#define TARGET_MS      150

typedef struct
{
  const char *label;
  gboolean    has_plan;
  GArray     *first_frame;  /* ms from spawn, one per run */
  GArray     *plan_shown;   /* ms from spawn, one per run */
  guint       frame_first;  /* runs whose first frame came before the plan */
} Subject;




static char **
make_environment (const char *dir)
{
  char **env = g_get_environ ();
  const struct { const char *name; const char *folder; } folders[] = {
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (dir, folders[i].folder, NULL);

      g_mkdir_with_parents (path, 0700);
      env = g_environ_setenv (env, folders[i].name, path, TRUE);
    }
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", RUNWAY_BENCH_SCHEMA_DIR, TRUE);
  env = g_environ_setenv (env, "RUNWAY_LOCALEDIR", RUNWAY_BENCH_LOCALEDIR, TRUE);
  env = g_environ_setenv (env, "GDK_BACKEND", "x11", TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", FALSE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "RUNWAY_BENCH_REPORT_FD", G_STRINGIFY (REPORT_FD), TRUE);
  return env;
}

/* Reads "WHAT USEC" lines from @fd until every one of @wanted has come;
 * their times (ms after @start) go into @times in the order of @wanted. */
static gboolean
read_reports (int                fd,
              gint64             start,
              const char * const *wanted,
              double            *times,
              GError           **error)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  guint n_wanted = g_strv_length ((char **) wanted);
  guint n_seen = 0;
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_MS * G_TIME_SPAN_MILLISECOND;

  while (n_seen < n_wanted)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 left = (deadline - g_get_monotonic_time ()) / G_TIME_SPAN_MILLISECOND;
      char chunk[256];
      gssize n;
      char *end;

      if (left <= 0 || poll (&pfd, 1, (int) left) == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                       "no report after %d s (is there a display?)", TIMEOUT_MS / 1000);
          return FALSE;
        }
      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE,
                       "the program ended before it reported (is there a display?)");
          return FALSE;
        }
      g_string_append_len (buffer, chunk, n);

      while ((end = strchr (buffer->str, '\n')) != NULL)
        {
          g_auto(GStrv) words = NULL;

          *end = '\0';
          words = g_strsplit (buffer->str, " ", 2);
          for (guint i = 0; i < n_wanted && words[0] != NULL && words[1] != NULL; i++)
            if (g_str_equal (words[0], wanted[i]) && times[i] < 0)
              {
                times[i] = (double) (g_ascii_strtoll (words[1], NULL, 10) - start) / 1000.0;
                n_seen++;
              }
          g_string_erase (buffer, 0, end - buffer->str + 1);
        }
    }
  return TRUE;
}

/* Spawns @argv with the report pipe as file descriptor 3 and returns the
 * times of what it reported, in ms from just before the spawn. */
static void
run_once (const char * const *argv,
          char              **env,
          gboolean            has_plan,
          double             *first_frame,
          double             *plan_shown)
{
  const char *wanted[] = { "first-frame", has_plan ? "plan-shown" : NULL, NULL };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  double times[2] = { -1, -1 };
  int fds[2];
  gint64 start;

  if (!g_unix_open_pipe (fds, FD_CLOEXEC, &error))
    g_error ("pipe: %s", error->message);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_environ (launcher, env);
  /* the launcher closes our copy of the writing end as it goes */
  g_subprocess_launcher_take_fd (launcher, fds[1], REPORT_FD);

  start = g_get_monotonic_time ();
  child = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_clear_object (&launcher);
  if (child == NULL)
    g_error ("%s: %s", argv[0], error->message);

  if (!read_reports (fds[0], start, wanted, times, &error))
    {
      g_subprocess_force_exit (child);
      g_error ("%s: %s", argv[0], error->message);
    }
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, NULL);
  close (fds[0]);

  *first_frame = times[0];
  *plan_shown = times[1];
}

static void
print_subject (Subject *subject,
               GArray  *values,
               double   reference_best,
               double   reference_median,
               int      target_ms)
{
  g_autofree char *label = g_strdup_printf ("%s, %s", subject->label,
                                            values == subject->first_frame
                                              ? "first frame" : "plan shown");
  double b = runway_bench_array_best (values);
  double m = runway_bench_array_median (values);

  g_print ("%-38s best %7.1f ms  median %7.1f ms", label, b, m);
  if (reference_best > 0)
    {
      g_print ("  diff %+7.1f / %+7.1f ms  ratio %5.2f / %5.2f", b - reference_best,
               m - reference_median, b / reference_best, m / reference_median);
      if (target_ms > 0)
        g_print ("  (target <= +%d ms: %s)", target_ms,
                 m - reference_median <= target_ms ? "met" : "MISSED");
    }
  g_print ("\n");
}

int
main (int    argc,
      char **argv)
{
  double scale = 1.0;
  int runs = 10;
  g_autofree char *keep = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *app = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs of each program", "N" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size of the estate (1.0: DESIGN.md's)", "X" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Keep the estate at this path", "PLAN" },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &existing,
      "Open this plan (one --keep made) instead of building the estate", "PLAN" },
    { "app", 'a', 0, G_OPTION_ARG_FILENAME, &app,
      "Time this build of runway instead of this build's", "PROGRAM" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— time the cold start of runway");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GTestDBus) bus = NULL;
  Subject subjects[] = {
    { "bare libadwaita window", FALSE },
    { "runway, demo plan", TRUE },
    { "runway, large estate", TRUE },
  };
  const char *bare_argv[] = { RUNWAY_BENCH_BARE, NULL };
  const char *demo_argv[] = { RUNWAY_BENCH_APP, NULL };
  const char *estate_argv[] = { RUNWAY_BENCH_APP, NULL, NULL };
  const char * const *argvs[] = { bare_argv, demo_argv, estate_argv };
  double reference_best, reference_median;

  /* "×" and quotes in the terminal's charset; numbers stay in the C locale */
  setlocale (LC_CTYPE, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || scale <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "--runs and --scale must be positive");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("No X display; run it under xvfb-run -a -s '-screen 0 1920x1080x24'\n");
      return 2;
    }

  dir = g_dir_make_tmp ("bench-startup-XXXXXX", &error);
  g_assert_no_error (error);
  if (existing != NULL)
    path = g_strdup (existing);
  else
    {
      g_autoptr(RunwayPlan) plan = NULL;
      gint64 start = g_get_monotonic_time ();

      path = keep ? g_strdup (keep) : g_build_filename (dir, "estate.runway", NULL);
      plan = runway_plan_create (path, "Large estate", &error);
      g_assert_no_error (error);
      runway_bench_estate_build (plan, scale, 1);
      g_print ("estate built through the core API in %.0f ms\n",
               (double) (g_get_monotonic_time () - start) / 1000.0);
    }
  {
    g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
    GStatBuf st;

    g_assert_no_error (error);
    g_stat (path, &st);
    g_print ("estate: %u products, %u releases, %u roadmap items, %u deployments, %u people; "
             "%.1f MB\n",
             runway_plan_count (plan, RUNWAY_KIND_PRODUCT),
             runway_plan_count (plan, RUNWAY_KIND_RELEASE),
             runway_plan_count (plan, RUNWAY_KIND_ROADMAP_ITEM),
             runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT),
             runway_plan_count (plan, RUNWAY_KIND_PERSON), (double) st.st_size / 1e6);
  }
  if (app != NULL)
    demo_argv[0] = estate_argv[0] = app;
  estate_argv[1] = path;
  /* a desktop has a session bus; without one GLib would start a bus of
   * its own in every program (dbus-launch), and time that */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_autofree char *daemon = g_find_program_in_path ("dbus-daemon");

      if (daemon != NULL)
        {
          g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

          bus = g_test_dbus_new (G_TEST_DBUS_NONE);
          /* which unsets DISPLAY, for tests */
          g_test_dbus_up (bus);
          g_setenv ("DISPLAY", display, TRUE);
        }
      else
        g_print ("no session bus and no dbus-daemon: each program starts a bus of its own\n");
    }
  env = make_environment (dir);
  g_print ("renderer: GSK_RENDERER=%s\n", g_environ_getenv (env, "GSK_RENDERER"));

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      subjects[s].first_frame = g_array_new (FALSE, FALSE, sizeof (double));
      subjects[s].plan_shown = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* run 0 warms up (and writes the demo plan); the others count */
  for (int r = 0; r <= runs; r++)
    for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
      {
        double first_frame, plan_shown;

        run_once (argvs[s], env, subjects[s].has_plan, &first_frame, &plan_shown);
        if (r == 0)
          continue;
        g_array_append_val (subjects[s].first_frame, first_frame);
        if (subjects[s].has_plan)
          {
            g_array_append_val (subjects[s].plan_shown, plan_shown);
            /* the same time: one frame was both */
            if (first_frame < plan_shown)
              subjects[s].frame_first++;
          }
      }

  g_print ("\nfrom exec, best and median of %d runs, each a fresh process; "
           "diff and ratio against the bare window (best / median)\n", runs);
  reference_best = runway_bench_array_best (subjects[0].first_frame);
  reference_median = runway_bench_array_median (subjects[0].first_frame);
  print_subject (&subjects[0], subjects[0].first_frame, 0, 0, 0);
  for (guint s = 1; s < G_N_ELEMENTS (subjects); s++)
    {
      print_subject (&subjects[s], subjects[s].first_frame, reference_best, reference_median,
                     TARGET_MS);
      print_subject (&subjects[s], subjects[s].plan_shown, reference_best, reference_median, 0);
    }
  g_print ("the target is judged on the medians; the first frame came before the plan in "
           "%u of %d runs (demo), %u of %d (large estate)\n",
           subjects[1].frame_first, runs, subjects[2].frame_first, runs);

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      g_array_unref (subjects[s].first_frame);
      g_array_unref (subjects[s].plan_shown);
    }
  if (bus != NULL)
    g_test_dbus_down (bus);
  if (keep == NULL && existing == NULL)
    g_unlink (path);
  {
    g_autofree char *rm_argv0 = g_find_program_in_path ("rm");
    const char *rm_argv[] = { rm_argv0, "-rf", dir, NULL };

    if (rm_argv0 != NULL)
      g_spawn_sync (NULL, (char **) rm_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, NULL,
                    NULL);
  }
  return 0;
}
