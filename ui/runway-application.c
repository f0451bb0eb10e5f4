/* runway-application.c — the Runway application: windows, app actions, about
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `runway` opens each PLAN given on the command line in a window of its
 * own; with none it opens the plan that was open last, or the demo plan,
 * making it on the first run. Each
 * instance is independent (NON_UNIQUE): a plan file is the document and
 * every edit is committed at once, so there is no state to share.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <unistd.h>

#include "runway-application.h"
#include "runway-window.h"

struct _RunwayApplication
{
  AdwApplication  parent_instance;

  /* the benchmark hook: see report_to_bench() */
  int             bench_fd;
  gboolean        bench_watching;
  gboolean        bench_first_frame;
  gboolean        bench_plan_pending;
};

G_DEFINE_FINAL_TYPE (RunwayApplication, runway_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.workshop", { "F5", NULL } },
  { "win.show-details", { "<Control>i", NULL } },
  { "win.edit-entity", { "<Control>e", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", NULL } },
  { "win.zoom-out", { "<Control>minus", NULL } },
  { "win.zoom-fit", { "<Control>0", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

/* A window that shows nothing yet can take the next plan instead of
 * leaving an empty window behind. */
static RunwayWindow *
find_unused_window (RunwayApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (RUNWAY_IS_WINDOW (l->data) && runway_window_is_unused (l->data))
      return l->data;
  return NULL;
}

/* ---- benchmark hook --------------------------------------------------------
 *
 * RUNWAY_BENCH_REPORT_FD=N makes the app write to file descriptor N one
 * line "first-frame USEC" when its first window has painted its first
 * frame, and one line "plan-shown USEC" when that window has painted the
 * first frame that shows a loaded plan; USEC is g_get_monotonic_time()
 * (CLOCK_MONOTONIC, the same clock in every process) after the paint, the
 * same for both lines when one frame is both. Only
 * tests/bench/bench-startup.c sets it, to time a cold start from exec;
 * without it none of this runs.
 */

static void
report_to_bench (RunwayApplication *self,
                 const char        *what,
                 gint64             usec)
{
  char line[64];
  int length = g_snprintf (line, sizeof line, "%s %" G_GINT64_FORMAT "\n", what, usec);

  /* one short write to a pipe is atomic */
  if (write (self->bench_fd, line, (size_t) length) != length)
    g_debug ("Could not report to the benchmark: %s", g_strerror (errno));
}

static void
on_bench_frame_clock_after_paint (GdkFrameClock *clock,
                                  GtkWidget     *window)
{
  RunwayApplication *self = RUNWAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  /* both lines of one frame carry the same time */
  gint64 now = g_get_monotonic_time ();

  /* a frame before the window is mapped has drawn nothing */
  if (self == NULL || !gtk_widget_get_mapped (window))
    return;

  if (!self->bench_first_frame)
    {
      self->bench_first_frame = TRUE;
      report_to_bench (self, "first-frame", now);
    }
  if (self->bench_plan_pending)
    {
      self->bench_plan_pending = FALSE;
      report_to_bench (self, "plan-shown", now);
    }
}

static void
on_bench_window_realize (GtkWidget *window,
                         gpointer   user_data)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_bench_frame_clock_after_paint), window, 0);
}

static void
on_bench_window_notify_plan (RunwayWindow      *window,
                             GParamSpec        *pspec,
                             RunwayApplication *self)
{
  if (runway_window_get_plan (window) != NULL)
    self->bench_plan_pending = TRUE;
}

static void
on_bench_window_added (RunwayApplication *self,
                       GtkWindow         *window)
{
  /* the first window is the one a start-up shows */
  if (self->bench_watching || !RUNWAY_IS_WINDOW (window))
    return;

  self->bench_watching = TRUE;
  g_signal_connect_after (window, "realize", G_CALLBACK (on_bench_window_realize), NULL);
  g_signal_connect_object (window, "notify::plan", G_CALLBACK (on_bench_window_notify_plan),
                           self, 0);
}

static void
watch_for_bench (RunwayApplication *self)
{
  const char *fd = g_getenv ("RUNWAY_BENCH_REPORT_FD");
  guint64 n = 0;

  if (fd == NULL || !g_ascii_string_to_unsigned (fd, 10, 0, G_MAXINT, &n, NULL))
    return;
  self->bench_fd = (int) n;
  g_signal_connect (self, "window-added", G_CALLBACK (on_bench_window_added), NULL);
}

/* ---- end of the benchmark hook ------------------------------------------ */

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  RunwayApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Every edit is already on disk; closing the windows is all there is. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RunwayApplication *self = user_data;
  static const char *developers[] = { "The Runway authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Runway"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Runway authors"),
                         "developers", developers,
                         "version", PACKAGE_VERSION,
                         "comments", _("How much runway does each technology you depend on "
                                       "have left, and who can keep it running until you "
                                       "move off it?"),
                         "copyright", "© 2026 The Runway authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* A second window, for a second plan side by side. */
static void
on_new_window_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  RunwayApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (runway_window_new (self)));
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "new-window", on_new_window_activated },
  { "about", on_about_activated },
};

static void
runway_application_startup (GApplication *application)
{
  RunwayApplication *self = RUNWAY_APPLICATION (application);

  G_APPLICATION_CLASS (runway_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
  watch_for_bench (self);
}

static void
runway_application_activate (GApplication *application)
{
  RunwayApplication *self = RUNWAY_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (runway_window_new (self));
  gtk_window_present (window);
  runway_window_open_last (RUNWAY_WINDOW (window));
}

static void
runway_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  RunwayApplication *self = RUNWAY_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      RunwayWindow *window = find_unused_window (self);

      if (window == NULL)
        window = runway_window_new (self);
      gtk_window_present (GTK_WINDOW (window));
      runway_window_open (window, files[i]);
    }
}

static void
runway_application_class_init (RunwayApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = runway_application_startup;
  app_class->activate = runway_application_activate;
  app_class->open = runway_application_open;
}

static void
runway_application_init (RunwayApplication *self)
{
  self->bench_fd = -1;
}

RunwayApplication *
runway_application_new (void)
{
  return g_object_new (RUNWAY_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/org/runway/Runway",
                       NULL);
}
