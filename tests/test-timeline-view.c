/* test-timeline-view.c — the timeline widget, on a real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window holds the view on the demo plan; each test waits for a frame
 * and then checks what a user would see or do: the dates in view move as
 * it scrolls, zooming keeps the day under the pointer, a click selects the
 * bar under it and says so to assistive technology, dragging the end of a
 * migration moves its end date (undoably, or not at all when the plan
 * refuses it), collapsing a group hides its rows. Run under `xvfb-run -a`
 * with GSK_RENDERER=cairo and GDK_BACKEND=x11; the test uses GTK's test
 * accessibility backend.
 *
 * Set RUNWAY_TEST_SCREENSHOT=FILE.png to keep a picture of the view.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "runway-date.h"
#include "runway-entity.h"
#include "runway-plan.h"
#include "runway-risk-engine.h"
#include "runway-schema.h"
#include "runway-test-util.h"
#include "runway-timeline-view.h"
#include "runway-ui-test-util.h"

typedef struct
{
  char               *dir;
  RunwayPlan         *plan;
  GtkWindow          *window;
  RunwayTimelineView *view;
  GPtrArray          *risks;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("runway-timeline-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.runway", NULL);
  fixture->plan = runway_test_new_demo_plan (path, "Timeline view test");
  fixture->risks = runway_plan_compute_risks (fixture->plan, NULL, &error);
  g_assert_no_error (error);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1300, 820);
  fixture->view = RUNWAY_TIMELINE_VIEW (runway_timeline_view_new ());
  runway_timeline_view_set_plan (fixture->view, fixture->plan);
  runway_timeline_view_set_risks (fixture->view, fixture->risks);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  runway_ui_test_drain ();
  g_clear_pointer (&fixture->risks, g_ptr_array_unref);
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GtkAdjustment *
get_hadjustment (Fixture *fixture)
{
  return gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (fixture->view));
}

static GtkAdjustment *
get_vadjustment (Fixture *fixture)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (fixture->view));
}

/* Scrolls so @day is a third of the way across and @row is in view. */
static void
bring_into_view (Fixture *fixture,
                 double   day,
                 double   row)
{
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (fixture->view);
  GtkAdjustment *h = get_hadjustment (fixture);
  GtkAdjustment *v = get_vadjustment (fixture);

  gtk_adjustment_set_value (h, runway_timeline_day_to_x (timeline, day)
                               - gtk_adjustment_get_page_size (h) / 3);
  gtk_adjustment_set_value (v, runway_timeline_row_to_y (timeline, row)
                               - gtk_adjustment_get_page_size (v) / 2);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
}

/* The adjustments describe the chart, and scrolling moves the dates in view
 * by what it scrolled, at the current zoom. */
static void
test_scroll (Fixture       *fixture,
             gconstpointer  data)
{
  GtkAdjustment *h = get_hadjustment (fixture);
  GtkAdjustment *v = get_vadjustment (fixture);
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (fixture->view);
  double zoom = runway_timeline_view_get_zoom (fixture->view);
  double first, last, first2, last2, today = runway_timeline_get_today (timeline);

  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >=, runway_timeline_get_width (timeline));
  g_assert_cmpfloat (gtk_adjustment_get_upper (v), >=,
                     runway_timeline_get_n_rows (timeline)
                     * runway_timeline_get_row_height (timeline));
  g_assert_cmpfloat (gtk_adjustment_get_page_size (h), >, 400);

  /* it opens with today in view */
  g_assert_true (runway_timeline_view_get_visible_range (fixture->view, &first, &last));
  g_assert_cmpfloat (first, <, today);
  g_assert_cmpfloat (last, >, today);
  g_assert_cmpfloat (fabs ((last - first) * zoom - gtk_adjustment_get_page_size (h)), <, 0.5);

  gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + 200);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_true (runway_timeline_view_get_visible_range (fixture->view, &first2, &last2));
  g_assert_cmpfloat (fabs ((first2 - first) - 200 / zoom), <, 1e-6);
  g_assert_cmpfloat (fabs ((last2 - last) - 200 / zoom), <, 1e-6);

  /* go to today brings it back into view */
  runway_timeline_view_scroll_to_day (fixture->view, today + 3000);
  g_assert_true (runway_timeline_view_get_visible_range (fixture->view, &first, &last));
  g_assert_cmpfloat (first, >, today);
  runway_timeline_view_go_to_today (fixture->view);
  g_assert_true (runway_timeline_view_get_visible_range (fixture->view, &first, &last));
  g_assert_cmpfloat (first, <, today);
  g_assert_cmpfloat (last, >, today);
}

/* The view's pixels, as the cairo renderer draws its snapshot. */
static GBytes *
dup_pixels (Fixture *fixture)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  guchar *data = g_malloc (width * height * 4);

  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, width * 4);
  gsk_renderer_unrealize (renderer);
  return g_bytes_new_take (data, width * height * 4);
}

/* Channels that differ by more than the rounding of blends: the cached
 * chart layer is an image composited over the background, so where grid
 * lines, bands and bar edges blend a channel can land two units off. A
 * marker or label missing or out of place is tens of units. */
static guint
count_differences (GBytes *a,
                   GBytes *b)
{
  gsize size_a, size_b;
  const guchar *pa = g_bytes_get_data (a, &size_a);
  const guchar *pb = g_bytes_get_data (b, &size_b);
  guint n = 0;

  g_assert_cmpuint (size_a, ==, size_b);
  for (gsize i = 0; i < size_a; i++)
    if (ABS ((int) pa[i] - (int) pb[i]) > 2)
      n++;
  return n;
}

static void
pan_to (Fixture *fixture,
        double   h,
        double   v)
{
  gtk_adjustment_set_value (get_hadjustment (fixture), h);
  gtk_adjustment_set_value (get_vadjustment (fixture), v);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
}

/* What a pan keeps from frame to frame (the chart drawn once, the markers
 * found in the area around the view, their placed nodes, the label column)
 * draws what a new view drawing the spot from a query of the layout draws:
 * markers, labels and rows come and go at the edges as they would. */
static void
test_pan_draws_afresh (Fixture       *fixture,
                       gconstpointer  data)
{
  double zoom = runway_timeline_view_get_zoom (fixture->view);
  double h = round (gtk_adjustment_get_value (get_hadjustment (fixture))) + 150;
  double v = round (gtk_adjustment_get_value (get_vadjustment (fixture))) + 300;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  Fixture fresh = { .window = window };
  g_autoptr(GBytes) panned = NULL;
  g_autoptr(GBytes) afresh = NULL;

  /* to the spot by small steps, across and down */
  for (guint i = 0; i <= 20; i++)
    pan_to (fixture, h - 150 + 7.5 * i, v - 300 + 15 * i);
  pan_to (fixture, h + 40, v);
  pan_to (fixture, h, v);
  /* whole pixels: the cached chart is an image, which a fraction blurs */
  g_assert_cmpfloat (gtk_adjustment_get_value (get_hadjustment (fixture)), ==, h);
  g_assert_cmpfloat (gtk_adjustment_get_value (get_vadjustment (fixture)), ==, v);
  panned = dup_pixels (fixture);

  /* a new view, at the spot at once: its first frame at a zoom draws the
   * chart from a query, and the rows of the spot are new to it */
  fresh.view = RUNWAY_TIMELINE_VIEW (runway_timeline_view_new ());
  runway_timeline_view_set_plan (fresh.view, fixture->plan);
  runway_timeline_view_set_risks (fresh.view, fixture->risks);
  gtk_window_set_default_size (window, 1300, 820);
  gtk_window_set_child (window, GTK_WIDGET (fresh.view));
  gtk_window_present (window);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fresh.view));
  runway_timeline_view_set_zoom (fresh.view, zoom * 1.5);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fresh.view));
  runway_timeline_view_set_zoom (fresh.view, zoom);
  gtk_adjustment_set_value (get_hadjustment (&fresh), h);
  gtk_adjustment_set_value (get_vadjustment (&fresh), v);
  afresh = dup_pixels (&fresh);
  gtk_window_destroy (window);

  g_assert_cmpuint (count_differences (panned, afresh), ==, 0);
}

/* Zooming around a point keeps the day under it where it was; the range in
 * view narrows as the zoom doubles. */
static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  RunwayTimelineView *view = fixture->view;
  double x = runway_timeline_view_get_label_width (view) + 300;
  double zoom = runway_timeline_view_get_zoom (view);
  double day, first, last, first2, last2, x2;

  g_assert_true (runway_timeline_view_get_visible_range (view, &first, &last));
  day = runway_timeline_view_get_day_at (view, x);
  runway_timeline_view_zoom_at (view, zoom * 2, x);
  runway_ui_test_wait_for_frame (GTK_WIDGET (view));
  g_assert_cmpfloat (fabs (runway_timeline_view_get_zoom (view) - zoom * 2), <, 1e-9);
  runway_timeline_view_get_point (view, day, 0, &x2, NULL);
  g_assert_cmpfloat (fabs (x2 - x), <, 1);
  g_assert_cmpfloat (fabs (runway_timeline_view_get_day_at (view, x) - day) * zoom * 2, <, 1);
  g_assert_true (runway_timeline_view_get_visible_range (view, &first2, &last2));
  g_assert_cmpfloat (fabs ((last2 - first2) - (last - first) / 2), <, 1);
  g_assert_cmpfloat (first2, >, first);
  g_assert_cmpfloat (last2, <, last);

  zoom = runway_timeline_view_get_zoom (view);
  runway_timeline_view_zoom_in (view);
  g_assert_cmpfloat (runway_timeline_view_get_zoom (view), >, zoom * 1.2);
  runway_timeline_view_zoom_out (view);
  runway_timeline_view_zoom_out (view);
  g_assert_cmpfloat (runway_timeline_view_get_zoom (view), <, zoom / 1.2);
  runway_timeline_view_zoom_in (view);
  g_assert_cmpfloat (fabs (runway_timeline_view_get_zoom (view) - zoom), <, 1e-9);
}

/* The first release row with a phase bar of known start and end. */
static const RunwayTimelineItem *
find_release_bar (RunwayTimeline *timeline)
{
  for (guint r = 0; r < runway_timeline_get_n_rows (timeline); r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);
      const RunwayTimelineItem *items;
      guint n;

      if (row->kind != RUNWAY_TIMELINE_ROW_RELEASE)
        continue;
      items = runway_timeline_get_row_items (timeline, r, &n);
      for (guint i = 0; i < n; i++)
        if (items[i].kind == RUNWAY_TIMELINE_ITEM_PHASE
            && items[i].phase == RUNWAY_TIMELINE_PHASE_MAINSTREAM
            && items[i].end - items[i].start > 60)
          return &items[i];
    }
  return NULL;
}

static void
on_notify_selected (GObject    *object,
                    GParamSpec *pspec,
                    guint      *count)
{
  (*count)++;
}

/* A click on a release's bar selects the release; its description names it
 * and is what assistive technology reads. */
static void
test_select (Fixture       *fixture,
             gconstpointer  data)
{
  RunwayTimelineView *view = fixture->view;
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (view);
  const RunwayTimelineItem *bar = find_release_bar (timeline);
  RunwayEntity *release, *selected;
  g_autofree char *title = NULL;
  g_autofree char *mismatch = NULL;
  const char *description;
  double day, x, y;
  guint notified = 0;

  g_assert_nonnull (bar);
  release = runway_plan_lookup (fixture->plan, RUNWAY_KIND_RELEASE, bar->entity_id);
  g_assert_nonnull (release);
  title = runway_plan_dup_title (fixture->plan, release);
  g_signal_connect (view, "notify::selected-entity", G_CALLBACK (on_notify_selected), &notified);

  day = bar->start + 30;
  bring_into_view (fixture, day, bar->row);
  runway_timeline_view_get_point (view, day, (bar->top + bar->bottom) / 2, &x, &y);
  g_assert_true (runway_timeline_view_select_at (view, x, y));
  selected = runway_timeline_view_get_selected_entity (view);
  g_assert_true (selected == release);
  g_assert_cmpuint (notified, ==, 1);

  description = runway_timeline_view_get_selection_description (view);
  g_assert_nonnull (description);
  g_assert_true (g_str_has_prefix (description, title));
  g_assert_nonnull (strstr (description, "end of life"));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 description);
  g_assert_null (mismatch);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (view),
                                               GTK_ACCESSIBLE_ROLE_GROUP));

  /* the empty band below the bars of a row selects the row's entity, and
   * above the axis nothing changes */
  g_assert_false (runway_timeline_view_select_at (view, x, 5));
  runway_timeline_view_unselect (view);
  g_assert_null (runway_timeline_view_get_selected_entity (view));
  g_assert_cmpuint (notified, ==, 2);
}

/* The first drawn migration with a start and an end a while apart. */
static const RunwayTimelineItem *
find_migration (RunwayTimeline *timeline)
{
  guint n;
  const RunwayTimelineItem *items = runway_timeline_get_migrations (timeline, &n);

  for (guint i = 0; i < n; i++)
    if (!(items[i].flags & (RUNWAY_TIMELINE_OPEN_START | RUNWAY_TIMELINE_OPEN_END))
        && items[i].end - items[i].start > 60)
      return &items[i];
  return NULL;
}

static void
on_error (RunwayTimelineView *view,
          GError             *error,
          GError            **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

/* Dragging a migration's arrow head 60 days to the right moves its end date
 * by 60 days, in one undo step; dragging it before its start is refused
 * and reported, and nothing changes. */
static void
test_drag (Fixture       *fixture,
           gconstpointer  data)
{
  RunwayTimelineView *view = fixture->view;
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (view);
  const RunwayTimelineItem *item = find_migration (timeline);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) reported = NULL;
  g_autofree char *before = NULL;
  RunwayEntity *migration;
  gint64 id;
  guint32 end_before, end_after, start;
  double x, y, x60, x_early, zoom;

  g_assert_nonnull (item);
  id = item->entity_id;
  migration = runway_plan_lookup (fixture->plan, RUNWAY_KIND_MIGRATION, id);
  before = g_strdup (runway_entity_get_string (migration, RUNWAY_MIGRATION_END));
  g_assert_true (runway_date_parse (before, &end_before, NULL));
  g_assert_true (runway_date_parse (runway_entity_get_string (migration, RUNWAY_MIGRATION_START),
                                    &start, NULL));
  g_signal_connect (view, "error", G_CALLBACK (on_error), &reported);

  /* a zoom where 60 days is a real drag, and the end in view */
  runway_timeline_view_set_zoom (view, 2);
  zoom = runway_timeline_view_get_zoom (view);
  bring_into_view (fixture, item->end, item->bottom);
  runway_timeline_view_get_point (view, item->end, item->bottom, &x, &y);
  runway_timeline_view_get_point (view, item->end + 60, item->bottom, &x60, NULL);
  g_assert_cmpfloat (x60 - x, ==, 60 * zoom);

  g_assert_true (runway_timeline_view_drag (view, x, y, x60, y));
  g_assert_null (reported);
  migration = runway_plan_lookup (fixture->plan, RUNWAY_KIND_MIGRATION, id);
  g_assert_true (runway_date_parse (runway_entity_get_string (migration, RUNWAY_MIGRATION_END),
                                    &end_after, NULL));
  g_assert_cmpint ((int) end_after - (int) end_before, >=, 59);
  g_assert_cmpint ((int) end_after - (int) end_before, <=, 61);

  runway_plan_undo (fixture->plan, &error);
  g_assert_no_error (error);
  migration = runway_plan_lookup (fixture->plan, RUNWAY_KIND_MIGRATION, id);
  g_assert_cmpstr (runway_entity_get_string (migration, RUNWAY_MIGRATION_END), ==, before);
  runway_ui_test_wait_for_frame (GTK_WIDGET (view));

  /* to well before its start: refused, reported, nothing changed */
  item = find_migration (timeline);
  g_assert_nonnull (item);
  g_assert_cmpint (item->entity_id, ==, id);
  bring_into_view (fixture, item->end - (end_before - start) / 2.0, item->bottom);
  runway_timeline_view_get_point (view, item->end, item->bottom, &x, &y);
  runway_timeline_view_get_point (view, start - 30, item->bottom, &x_early, NULL);
  g_assert_false (runway_timeline_view_drag (view, x, y, x_early, y));
  g_assert_nonnull (reported);
  migration = runway_plan_lookup (fixture->plan, RUNWAY_KIND_MIGRATION, id);
  g_assert_cmpstr (runway_entity_get_string (migration, RUNWAY_MIGRATION_END), ==, before);

  /* a drag from empty space pans and edits nothing */
  g_clear_error (&reported);
  {
    GtkAdjustment *h = get_hadjustment (fixture);
    double value = gtk_adjustment_get_value (h);
    double lw = runway_timeline_view_get_label_width (view);

    g_assert_true (runway_timeline_view_drag (view, lw + 40, 60, lw + 140, 60));
    g_assert_cmpfloat (fabs (gtk_adjustment_get_value (h) - (value - 100)), <, 1e-6);
    g_assert_null (reported);
  }
}

/* Collapsing a group hides the rows below it; expanding shows them again. */
static void
test_collapse (Fixture       *fixture,
               gconstpointer  data)
{
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (fixture->view);
  GtkAdjustment *v = get_vadjustment (fixture);
  guint n_rows = runway_timeline_get_n_rows (timeline);
  double upper = gtk_adjustment_get_upper (v);
  g_autofree char *key = NULL;
  guint hidden = 0;

  for (guint r = 0; r < n_rows; r++)
    {
      const RunwayTimelineRow *row = runway_timeline_get_row (timeline, r);

      if (row->expandable && r + 3 < n_rows)
        {
          key = g_strdup (row->key);
          break;
        }
    }
  g_assert_nonnull (key);
  runway_timeline_set_collapsed (timeline, key, TRUE);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  hidden = runway_timeline_get_row (timeline, runway_timeline_find_row (timeline, key))->n_hidden;
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (runway_timeline_get_n_rows (timeline), ==, n_rows - hidden);
  if (upper > gtk_adjustment_get_page_size (v))
    g_assert_cmpfloat (gtk_adjustment_get_upper (v), <, upper);

  runway_timeline_set_collapsed (timeline, key, FALSE);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_cmpuint (runway_timeline_get_n_rows (timeline), ==, n_rows);
}

/* Not a check: a picture to look at, when asked for. */
/* The colours come from CSS: a style sheet naming timeline_text (as
 * style-dark.css does) changes what the view paints its labels with. */
static void
test_css_colors (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  const GdkRGBA *text = runway_timeline_view_get_text_color (fixture->view, FALSE);
  GdkRGBA expected;

  g_assert_true (gdk_rgba_parse (&expected, "#123456"));
  g_assert_false (gdk_rgba_equal (text, &expected));

  /* a theme that names the colour and restyles the view, as switching to
   * the dark style does */
  gtk_css_provider_load_from_data (provider,
                                   "@define-color timeline_text #123456;"
                                   "timelineview { opacity: 0.99; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  text = runway_timeline_view_get_text_color (fixture->view, FALSE);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
  g_assert_true (gdk_rgba_equal (text, &expected));
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *path = g_getenv ("RUNWAY_TEST_SCREENSHOT");
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (fixture->view);
  const RunwayTimelineItem *bar = find_release_bar (timeline);
  double x, y;

  if (path == NULL)
    {
      g_test_skip ("RUNWAY_TEST_SCREENSHOT is not set");
      return;
    }
  runway_timeline_view_get_point (fixture->view, bar->start + 30, (bar->top + bar->bottom) / 2,
                                  &x, &y);
  runway_timeline_view_select_at (fixture->view, x, y);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  runway_ui_test_save_png (GTK_WIDGET (fixture->view), path);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps the properties for the checks
   * below and needs no session bus, unlike the real one GTK_A11Y=none
   * turns off */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/timeline-view/scroll", Fixture, NULL, fixture_set_up, test_scroll,
              fixture_tear_down);
  g_test_add ("/timeline-view/zoom", Fixture, NULL, fixture_set_up, test_zoom,
              fixture_tear_down);
  g_test_add ("/timeline-view/pan-draws-afresh", Fixture, NULL, fixture_set_up,
              test_pan_draws_afresh, fixture_tear_down);
  g_test_add ("/timeline-view/select", Fixture, NULL, fixture_set_up, test_select,
              fixture_tear_down);
  g_test_add ("/timeline-view/drag", Fixture, NULL, fixture_set_up, test_drag,
              fixture_tear_down);
  g_test_add ("/timeline-view/collapse", Fixture, NULL, fixture_set_up, test_collapse,
              fixture_tear_down);
  g_test_add ("/timeline-view/css-colors", Fixture, NULL, fixture_set_up, test_css_colors,
              fixture_tear_down);
  g_test_add ("/timeline-view/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);

  return g_test_run ();
}
