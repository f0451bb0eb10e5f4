/* bench-timeline.c — how long a frame of the timeline widget takes on a large estate
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds DESIGN.md's estate at two sizes, 10,000 and 100,000 releases
 * (runway-bench-estate.h, in one edit group), shows each in a realized
 * RunwayTimelineView of 1920×1080 and times frames at the same view: the
 * snapshot (the widget's snapshot vfunc into a GtkSnapshot, made into a
 * node) and the render (that node drawn by an offscreen cairo renderer into
 * a texture). Each frame scrolls by a pixel, as a pan does, so what the
 * view caches per frame is not reused unfairly; in the dense view the same
 * frames are timed again while zooming, where the view draws every bar
 * instead of its cached chart layer.
 *
 * Two views: "dense", the whole range across and rows thin enough that
 * about 10,000 bars are in view (DESIGN.md's case; rows that thin carry no
 * text), and "normal", the view a user opens (32 px rows, six years).
 * DESIGN.md's targets: ≤ 2 ms snapshot and ≤ 8 ms render with 10,000
 * visible bars; the 100,000-release plan within 20 % of the 10,000 one.
 *
 * Needs a display: xvfb-run -a -s '-screen 0 2000x1200x24' bench-timeline
 * Usage: bench-timeline [--frames 60] [--releases 10000|100000]
 *
 * Wall time on a shared machine is noisy: each view also prints the
 * thread's CPU time, which time spent waiting for a core leaves out, and
 * the ratios of both. Under callgrind the timed frames
 * (and only those) are counted, one dump per estate and view, so the
 * instructions a frame costs can be compared between the two plans:
 *   valgrind --tool=callgrind --collect-atstart=no bench-timeline --frames 10
 *   callgrind_annotate --inclusive=yes callgrind.out.<pid>.<n>
 * and read runway_timeline_view_snapshot and gsk_renderer_render_texture.
 */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <time.h>

#include "runway-bench-estate.h"
#include "runway-core.h"
#include "runway-timeline-view.h"

#if defined(__has_include)
# if __has_include(<valgrind/callgrind.h>)
#  include <valgrind/callgrind.h>
#  define HAVE_CALLGRIND 1
# endif
#endif
#ifndef HAVE_CALLGRIND
# define CALLGRIND_TOGGLE_COLLECT do { } while (0)
# define CALLGRIND_DUMP_STATS_AT(name) ((void) (name))
#endif

#define WIDTH       1920
#define HEIGHT      1080
#define DENSE_BARS  10000

typedef struct
{
  double snapshot_ms;
  double render_ms;
  double snapshot_cpu_ms;   /* this thread's CPU time: what load on other cores leaves alone */
  double render_cpu_ms;
  guint  bars;
} Figures;

/* One reading of the clocks. */
typedef struct
{
  gint64 wall;
  gint64 cpu;
} Sample;

typedef struct
{
  const char *name;
  double      zoom;       /* 0: fit the range */
  double      row_height; /* 0: find the one that shows DENSE_BARS */
} View;



static void
take_sample (Sample *sample)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  sample->cpu = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
  sample->wall = g_get_monotonic_time ();
}

static double
ms_between (gint64 from,
            gint64 to)
{
  return (to - from) / 1000.0;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
wait_until_mapped (GtkWidget *widget)
{
  while (!is_mapped (widget))
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static guint
count_visible (RunwayTimelineView *view)
{
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (view);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  return runway_timeline_query (timeline, gtk_adjustment_get_value (h),
                                gtk_adjustment_get_value (v), gtk_adjustment_get_page_size (h),
                                gtk_adjustment_get_page_size (v), items);
}

static void
settle (GtkWidget *widget)
{
  /* the adjustments follow the layout at the next allocation */
  gtk_widget_queue_allocate (widget);
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Sets the view up: its zoom, its rows, the top of the plan. */
static double
set_view (RunwayTimelineView *view,
          const View         *spec,
          double              row_height)
{
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (view);

  if (spec->zoom == 0)
    runway_timeline_view_zoom_to_fit (view);
  else
    {
      runway_timeline_view_set_zoom (view, spec->zoom);
      runway_timeline_view_go_to_today (view);
    }

  if (row_height == 0 && spec->row_height == 0)
    {
      double lo = 0.05, hi = 32;

      /* the thickest rows that still show DENSE_BARS bars */
      for (guint i = 0; i < 30; i++)
        {
          double mid = (lo + hi) / 2;

          runway_timeline_set_row_height (timeline, mid);
          settle (GTK_WIDGET (view));
          if (count_visible (view) >= DENSE_BARS)
            lo = mid;
          else
            hi = mid;
        }
      row_height = lo;
    }
  else if (row_height == 0)
    row_height = spec->row_height;
  runway_timeline_set_row_height (timeline, row_height);
  settle (GTK_WIDGET (view));
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), 0);
  return row_height;
}

/* Times frames that pan by a pixel, or with @zooming, frames that zoom by
 * a tenth of a percent, which the cached chart layer cannot serve. */
static Figures
time_frames (RunwayTimelineView *view,
             GskRenderer        *renderer,
             guint               n_frames,
             gboolean            zooming,
             const char         *name)
{
  double zoom = runway_timeline_view_get_zoom (view);
  GtkWidget *widget = GTK_WIDGET (view);
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  double start = gtk_adjustment_get_value (h);
  g_autoptr(GArray) snapshots = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) renders = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) snapshot_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) render_cpus = g_array_new (FALSE, FALSE, sizeof (double));
  graphene_rect_t viewport;
  Figures figures = { 0 };

  graphene_rect_init (&viewport, 0, 0, gtk_widget_get_width (widget),
                      gtk_widget_get_height (widget));
  for (guint i = 0; i < n_frames + 3; i++)
    {
      GtkSnapshot *snapshot;
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      Sample t0, t1, t2;
      double ms;

      if (zooming)
        runway_timeline_view_set_zoom (view, zoom * (1 + 0.001 * (i % 2)));
      else
        gtk_adjustment_set_value (h, start + (i % 2));
      if (i >= 3)
        CALLGRIND_TOGGLE_COLLECT;
      take_sample (&t0);
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      take_sample (&t1);
      texture = gsk_renderer_render_texture (renderer, node, &viewport);
      take_sample (&t2);
      if (i >= 3)
        CALLGRIND_TOGGLE_COLLECT;
      if (i < 3)
        continue;   /* warm-up: the caches fill */
      ms = ms_between (t0.wall, t1.wall);
      g_array_append_val (snapshots, ms);
      ms = ms_between (t1.wall, t2.wall);
      g_array_append_val (renders, ms);
      ms = ms_between (t0.cpu, t1.cpu);
      g_array_append_val (snapshot_cpus, ms);
      ms = ms_between (t1.cpu, t2.cpu);
      g_array_append_val (render_cpus, ms);
    }
  CALLGRIND_DUMP_STATS_AT (name);
  runway_timeline_view_set_zoom (view, zoom);
  gtk_adjustment_set_value (h, start);
  figures.snapshot_ms = runway_bench_array_median (snapshots);
  figures.render_ms = runway_bench_array_median (renders);
  figures.snapshot_cpu_ms = runway_bench_array_median (snapshot_cpus);
  figures.render_cpu_ms = runway_bench_array_median (render_cpus);
  figures.bars = count_visible (view);
  return figures;
}

int
main (int   argc,
      char *argv[])
{
  static const double scales[] = { 0.1, 1.0 };
  static const View views[] = {
    { "dense", 0, 0 },
    { "normal", 0.45, 32 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) options = g_option_context_new ("— time frames of the timeline");
  g_autoptr(GskRenderer) renderer = NULL;
  int n_frames = 60;
  int only = 0;
  GOptionEntry entries[] = {
    { "frames", 0, 0, G_OPTION_ARG_INT, &n_frames, "Frames to time per view", "N" },
    { "releases", 0, 0, G_OPTION_ARG_INT, &only,
      "Only the estate of 10000 or of 100000 releases (no ratios; under callgrind)", "N" },
    { NULL }
  };
  Figures figures[G_N_ELEMENTS (scales)][G_N_ELEMENTS (views)];
  double row_heights[G_N_ELEMENTS (views)] = { 0 };

  /* "×" and quotes in the terminal's charset; numbers stay in the C locale */
  setlocale (LC_CTYPE, "");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("bench-timeline: %s\n", error->message);
      return 2;
    }
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_init ();
  adw_init ();

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, &error))
    {
      g_printerr ("bench-timeline: %s\n", error->message);
      return 1;
    }

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autofree char *dir = g_dir_make_tmp ("bench-timeline-XXXXXX", &error);
      g_autofree char *path = NULL;
      g_autoptr(RunwayPlan) plan = NULL;
      GtkWindow *window;
      RunwayTimelineView *view;
      gint64 t0;
      guint n_rows;
      double layout_ms;

      g_assert_no_error (error);
      if (only != 0 && only != (int) (scales[s] * 100000))
        {
          g_rmdir (dir);
          continue;
        }
      path = g_build_filename (dir, "estate.runway", NULL);
      plan = runway_plan_create (path, "Timeline benchmark", &error);
      g_assert_no_error (error);
      t0 = g_get_monotonic_time ();
      runway_bench_estate_build (plan, scales[s], 1);
      g_print ("%u releases: built in %.1f s\n", runway_plan_count (plan, RUNWAY_KIND_RELEASE),
               (g_get_monotonic_time () - t0) / 1e6);

      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_decorated (window, FALSE);
      view = RUNWAY_TIMELINE_VIEW (runway_timeline_view_new ());
      gtk_widget_set_size_request (GTK_WIDGET (view), WIDTH, HEIGHT);
      gtk_window_set_child (window, GTK_WIDGET (view));
      runway_timeline_view_set_plan (view, plan);
      t0 = g_get_monotonic_time ();
      n_rows = runway_timeline_get_n_rows (runway_timeline_view_get_timeline (view));
      layout_ms = (g_get_monotonic_time () - t0) / 1e3;
      gtk_window_present (window);
      wait_until_mapped (GTK_WIDGET (view));
      g_print ("  first layout: %u rows in %.0f ms; view %d×%d\n", n_rows, layout_ms,
               gtk_widget_get_width (GTK_WIDGET (view)), gtk_widget_get_height (GTK_WIDGET (view)));

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          Figures *f = &figures[s][v];
          g_autofree char *name = g_strdup_printf ("%u-%s", (guint) (scales[s] * 100000),
                                                   views[v].name);

          /* the same rows for both plans: the 10,000 one decides them */
          row_heights[v] = set_view (view, &views[v], row_heights[v]);
          *f = time_frames (view, renderer, n_frames, FALSE, name);
          g_print ("  %-6s (rows %.2f px, zoom %.3f px/day): %5u items in view, "
                   "snapshot %.2f ms, render %.2f ms (medians of %d)\n"
                   "         CPU time: snapshot %.2f ms, render %.2f ms\n",
                   views[v].name, row_heights[v], runway_timeline_view_get_zoom (view), f->bars,
                   f->snapshot_ms, f->render_ms, n_frames, f->snapshot_cpu_ms, f->render_cpu_ms);
          if (v == 0)
            {
              g_autofree char *zooming_name = g_strconcat (name, "-zooming", NULL);
              Figures zooming = time_frames (view, renderer, n_frames, TRUE, zooming_name);

              g_print ("  %-6s while zooming (no cached chart layer): "
                       "snapshot %.2f ms, render %.2f ms\n", views[v].name,
                       zooming.snapshot_ms, zooming.render_ms);
            }
        }

      gtk_window_destroy (window);
      g_clear_object (&plan);
      for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
        g_main_context_iteration (NULL, FALSE);
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *file = g_strconcat (path, (const char *[]) { "", "-wal", "-shm" }[i],
                                               NULL);

          g_unlink (file);
        }
      g_rmdir (dir);
    }

  gsk_renderer_unrealize (renderer);
  if (only != 0)
    return 0;
  g_print ("100,000 / 10,000 releases:\n");
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    g_print ("  %-6s snapshot ×%.2f, render ×%.2f (CPU time: ×%.2f, ×%.2f)\n", views[v].name,
             figures[1][v].snapshot_ms / figures[0][v].snapshot_ms,
             figures[1][v].render_ms / figures[0][v].render_ms,
             figures[1][v].snapshot_cpu_ms / figures[0][v].snapshot_cpu_ms,
             figures[1][v].render_cpu_ms / figures[0][v].render_cpu_ms);
  g_print ("targets (dense view): snapshot ≤ 2 ms, render ≤ 8 ms, ratio ≤ 1.20\n");
  return 0;
}
