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

#include <glib/gi18n.h>

#include "runway-application.h"
#include "runway-window.h"

struct _RunwayApplication
{
  AdwApplication parent_instance;
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
