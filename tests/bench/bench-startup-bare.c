/* bench-startup-bare.c — bench-startup's reference: a bare libadwaita window
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a libadwaita app does to show a window: an AdwApplication
 * (non-unique, as Runway is) whose activate presents an
 * AdwApplicationWindow of Runway's default size holding an AdwHeaderBar.
 * It reports its first frame as `runway` does: with RUNWAY_BENCH_REPORT_FD=N
 * it writes "first-frame USEC" to file descriptor N after the first frame
 * its window paints, USEC being g_get_monotonic_time() (see the benchmark
 * hook in ui/runway-application.c). bench-startup runs it; it never quits
 * by itself.
 */

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <unistd.h>

static int report_fd = -1;

static void
on_frame_clock_after_paint (GdkFrameClock *clock,
                            GtkWidget     *window)
{
  char line[64];
  int length;

  /* a frame before the window is mapped has drawn nothing */
  if (!gtk_widget_get_mapped (window))
    return;

  length = g_snprintf (line, sizeof line, "first-frame %" G_GINT64_FORMAT "\n",
                       g_get_monotonic_time ());
  if (write (report_fd, line, (size_t) length) != length)
    g_printerr ("Could not report to the benchmark: %s\n", g_strerror (errno));
  g_signal_handlers_disconnect_by_func (clock, on_frame_clock_after_paint, window);
}

static void
on_window_realize (GtkWidget *window,
                   gpointer   user_data)
{
  if (report_fd >= 0)
    g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                             G_CALLBACK (on_frame_clock_after_paint), window, 0);
}

static void
on_activate (GApplication *application,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_signal_connect_after (window, "realize", G_CALLBACK (on_window_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  const char *fd = g_getenv ("RUNWAY_BENCH_REPORT_FD");
  guint64 n = 0;

  if (fd != NULL && g_ascii_string_to_unsigned (fd, 10, 0, G_MAXINT, &n, NULL))
    report_fd = (int) n;

  app = adw_application_new ("org.runway.BenchStartupBare", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
