/* runway-ui-test-util.c — what the UI tests share: waiting for a real
 * window to do its work
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UI tests assert on the window after it has done its work, never after a
 * sleep: they run the main loop until a condition holds or a frame has
 * been painted, with a generous deadline only as a hang guard.
 */

#include "config.h"

#include "runway-ui-test-util.h"

/* Runs the main loop until @ready says so; FALSE if it never does. */
gboolean
runway_ui_test_wait_until (RunwayReadyFunc ready,
                           gpointer        data)
{
  gint64 deadline = g_get_monotonic_time () + RUNWAY_UI_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  while (!ready (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return TRUE;
}

/* Lets everything already queued (relayouts, list rebinds) happen. */
/**
 * runway_ui_test_find_widget:
 * @match: (nullable): what else the widget must satisfy
 *
 * Finds a widget as a user does, by what it is and what it says: the
 * first of @type below @root, @root included, depth first.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
runway_ui_test_find_widget (GtkWidget         *root,
                            GType              type,
                            RunwayWidgetMatch  match,
                            gconstpointer      data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = runway_ui_test_find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * runway_ui_test_present_plan:
 *
 * Shows @plan in a new window of @app at @width × @height and waits until
 * it has been drawn.
 *
 * Returns: (transfer none): the window
 */
RunwayWindow *
runway_ui_test_present_plan (RunwayApplication *app,
                             RunwayPlan        *plan,
                             int                width,
                             int                height)
{
  RunwayWindow *window = runway_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  runway_window_set_plan (window, plan);
  gtk_window_present (GTK_WINDOW (window));
  runway_ui_test_wait_for_frame (GTK_WIDGET (window));
  return window;
}

/* Closes every window (dialogs and editors too), as a test's end. */
void
runway_ui_test_destroy_windows (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    gtk_window_destroy (l->data);
  runway_ui_test_drain ();
}

void
runway_ui_test_drain (void)
{
  for (guint i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
runway_ui_test_is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
on_frame_clock_after_paint (GdkFrameClock *clock,
                            gpointer       data)
{
  *(gboolean *) data = TRUE;
}

/* Waits until @widget is on screen and one more frame has been painted. */
void
runway_ui_test_wait_for_frame (GtkWidget *widget)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  g_assert_true (runway_ui_test_wait_until (is_mapped, widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_frame_clock_after_paint),
                              &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (runway_ui_test_wait_until (runway_ui_test_is_true, &painted));
  g_signal_handler_disconnect (clock, handler);
  runway_ui_test_drain ();
}

/* Paints @widget as it is on screen into a PNG, to look at what a test
 * saw (RUNWAY_TEST_SCREENSHOT in the UI tests). */
void
runway_ui_test_save_png (GtkWidget  *widget,
                         const char *path)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}
