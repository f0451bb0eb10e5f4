/* test-window.c — the main window, on a real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test presents a real window, waits until it has drawn a frame and
 * then reads the widget tree the way a user reads the screen: which labels
 * are mapped, what they say. Run under `xvfb-run -a` with GSK_RENDERER=cairo,
 * GDK_BACKEND=x11, GSETTINGS_BACKEND=memory and GTK_A11Y=none.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "runway-application.h"
#include "runway-entity-editor.h"
#include "runway-entity-list.h"
#include "runway-plan.h"
#include "runway-plan-loader.h"
#include "runway-staffing-view.h"
#include "runway-timeline-view.h"
#include "runway-test-util.h"
#include "runway-ui-test-util.h"
#include "runway-window.h"
#include "runway-core.h"

static RunwayApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  RunwayPlan   *plan;
  RunwayWindow *window;
} Fixture;

/* as a user finds them: by type, and by what they show */
#define find_widget runway_ui_test_find_widget

static gboolean
label_shows (GtkWidget     *widget,
             gconstpointer  text)
{
  return gtk_widget_get_mapped (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)),
                                                      text) == 0;
}

/* A label on screen that reads exactly @text. */
static GtkWidget *
find_shown_label (GtkWidget  *root,
                  const char *text)
{
  return find_widget (root, GTK_TYPE_LABEL, label_shows, text);
}

static gboolean
has_name (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
runs_action (GtkWidget     *widget,
             gconstpointer  action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
label_says (GtkWidget     *widget,
            gconstpointer  text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
holds_label (GtkWidget     *widget,
             gconstpointer  text)
{
  return find_widget (widget, GTK_TYPE_LABEL, label_says, text) != NULL;
}

static gboolean
lists_kind (GtkWidget     *widget,
            gconstpointer  kind)
{
  return runway_entity_list_get_kind (RUNWAY_ENTITY_LIST (widget)) == GPOINTER_TO_UINT (kind);
}

static GtkWidget *
find_entity_list (RunwayWindow *window,
                  RunwayKind    kind)
{
  GtkWidget *list = find_widget (GTK_WIDGET (window), RUNWAY_TYPE_ENTITY_LIST, lists_kind,
                                 GUINT_TO_POINTER (kind));

  g_assert_nonnull (list);
  return list;
}

/* The distinct capabilities of the tree rows on screen at @depth. */
static void
collect_rows (GtkWidget  *root,
              guint       depth,
              GHashTable *items)
{
  if (GTK_IS_TREE_EXPANDER (root) && gtk_widget_get_mapped (root))
    {
      GtkTreeListRow *row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (root));

      if (row != NULL && gtk_tree_list_row_get_depth (row) == depth)
        g_hash_table_add (items, gtk_tree_list_row_get_item (row));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, depth, items);
}

static char *
count_text (guint n)
{
  return g_strdup_printf ("%'u", n);
}

static const char *
capability_name (RunwayEntity *capability)
{
  return runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME);
}

/* Shows a page of the main area ("timeline" or "summary") and waits until
 * it is on screen. */
static void
show_main_view (RunwayWindow *window,
                const char   *name)
{
  GtkWidget *views = find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, has_name,
                                  "main_views");

  g_assert_nonnull (views);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (views), name);
  runway_ui_test_wait_for_frame (GTK_WIDGET (window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("runway-window-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "demo.runway", NULL);

  fixture->plan = runway_test_new_demo_plan (fixture->path, "Window test estate");
  runway_plan_clear_history (fixture->plan);

  /* a tall window, so that every root capability has its row on screen */
  fixture->window = runway_ui_test_present_plan (app, fixture->plan, 1200, 1400);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_ui_test_destroy_windows ();
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The sidebar shows the capability map's roots by name, one row each, and
 * the counts on screen are the plan's (the ones `runway-cli info` prints). */
static void
test_window_shows_plan (Fixture       *fixture,
                        gconstpointer  data)
{
  static const RunwayKind kinds[] = {
    RUNWAY_KIND_CAPABILITY, RUNWAY_KIND_PRODUCT, RUNWAY_KIND_RELEASE, RUNWAY_KIND_VENDOR,
    RUNWAY_KIND_TEAM, RUNWAY_KIND_PERSON, RUNWAY_KIND_SKILL, RUNWAY_KIND_DEPLOYMENT,
    RUNWAY_KIND_MIGRATION, RUNWAY_KIND_ROADMAP_ITEM, RUNWAY_KIND_RESPONSIBILITY,
    RUNWAY_KIND_ALTERNATIVE, RUNWAY_KIND_ACCEPTANCE,
  };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *capabilities = find_entity_list (fixture->window, RUNWAY_KIND_CAPABILITY);
  GListModel *roots = runway_plan_get_children (fixture->plan, NULL);
  guint n_roots = g_list_model_get_n_items (roots);
  g_autoptr(GHashTable) shown = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autofree char *capability_count = NULL;
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (fixture->plan));

  g_assert_cmpuint (n_roots, >, 1);
  g_assert_true (gtk_widget_get_mapped (capabilities));

  for (guint i = 0; i < n_roots; i++)
    {
      g_autoptr(RunwayEntity) root = g_list_model_get_item (roots, i);

      if (find_shown_label (capabilities, capability_name (root)) == NULL)
        g_error ("root capability “%s” is not shown in the sidebar", capability_name (root));
    }

  collect_rows (capabilities, 0, shown);
  g_assert_cmpuint (g_hash_table_size (shown), ==, n_roots);
  for (guint i = 0; i < n_roots; i++)
    {
      g_autoptr(GObject) root = g_list_model_get_item (roots, i);

      g_assert_true (g_hash_table_contains (shown, root));
    }

  /* the tree starts collapsed: no second-level row is on screen */
  g_hash_table_remove_all (shown);
  collect_rows (capabilities, 1, shown);
  g_assert_cmpuint (g_hash_table_size (shown), ==, 0);

  /* the sidebar page says how many capabilities there are in all */
  capability_count = g_strdup_printf ("%'u capabilities",
                                      runway_plan_count (fixture->plan,
                                                         RUNWAY_KIND_CAPABILITY));
  g_assert_nonnull (find_shown_label (capabilities, capability_count));

  /* the timeline is what a plan opens on; the summary is one click away */
  g_assert_nonnull (find_widget (window, RUNWAY_TYPE_TIMELINE_VIEW, NULL, NULL));
  g_assert_true (gtk_widget_get_mapped (find_widget (window, RUNWAY_TYPE_TIMELINE_VIEW, NULL,
                                                     NULL)));
  show_main_view (fixture->window, "summary");

  /* the summary: one tile per kind, with the plan's count and its noun */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const RunwayTable *table = runway_schema_get_table (kinds[i]);
      guint n = runway_plan_count (fixture->plan, kinds[i]);
      GtkWidget *tile = find_widget (window, GTK_TYPE_BOX, has_name, table->table);
      g_autofree char *expected = count_text (n);
      GtkWidget *count;

      if (tile == NULL)
        g_error ("no summary tile for %s", table->plural);
      g_assert_true (gtk_widget_get_mapped (tile));
      count = gtk_widget_get_first_child (tile);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (count)), ==, expected);
      if (n > 1 && kinds[i] != RUNWAY_KIND_ACCEPTANCE)
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (count))),
                         ==, table->plural);
    }
  g_assert_cmpuint (runway_plan_count (fixture->plan, RUNWAY_KIND_PRODUCT), >, 0);
  g_assert_cmpuint (runway_plan_count (fixture->plan, RUNWAY_KIND_DEPLOYMENT), >, 0);

  /* the title says which plan and which file */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)),
                            runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME)));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "demo.runway"));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "read-only"));
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  gboolean    shown;
} LabelWait;

static gboolean
label_reached (gpointer data)
{
  LabelWait *wait = data;

  return (find_shown_label (wait->root, wait->text) != NULL) == wait->shown;
}

static void
wait_for_label (GtkWidget  *root,
                const char *text,
                gboolean    shown)
{
  LabelWait wait = { root, text, shown };

  if (!runway_ui_test_wait_until (label_reached, &wait))
    g_error ("“%s” is %s", text, shown ? "not shown" : "still shown");
}

/* A search shows a nested capability in its place, with its ancestors,
 * and hides the branches that do not match; clearing it brings the
 * collapsed tree back. */
static void
test_window_search (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *capabilities = find_entity_list (fixture->window, RUNWAY_KIND_CAPABILITY);
  GtkWidget *entry = find_widget (capabilities, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  GListModel *roots = runway_plan_get_children (fixture->plan, NULL);
  g_autoptr(RunwayEntity) root = g_list_model_get_item (roots, 0);
  g_autoptr(RunwayEntity) other_root = g_list_model_get_item (roots, 1);
  GListModel *children = runway_plan_get_children (fixture->plan, RUNWAY_CAPABILITY (root));
  g_autoptr(RunwayEntity) child = NULL;

  g_assert_nonnull (entry);
  g_assert_cmpuint (g_list_model_get_n_items (children), >, 0);
  child = g_list_model_get_item (children, 0);
  /* the test relies on the search text matching only the child */
  g_assert_null (strstr (capability_name (root), capability_name (child)));
  g_assert_null (strstr (capability_name (other_root), capability_name (child)));

  g_assert_null (find_shown_label (capabilities, capability_name (child)));
  g_assert_nonnull (find_shown_label (capabilities, capability_name (other_root)));

  gtk_editable_set_text (GTK_EDITABLE (entry), capability_name (child));
  wait_for_label (capabilities, capability_name (child), TRUE);
  wait_for_label (capabilities, capability_name (other_root), FALSE);
  g_assert_nonnull (find_shown_label (capabilities, capability_name (root)));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_for_label (capabilities, capability_name (other_root), TRUE);
  wait_for_label (capabilities, capability_name (child), FALSE);
}

/* An edit shows at once in the sidebar and the summary, and win.undo takes
 * it back. */
static void
test_window_follows_edits (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *capabilities = find_entity_list (fixture->window, RUNWAY_KIND_CAPABILITY);
  GListModel *roots = runway_plan_get_children (fixture->plan, NULL);
  g_autoptr(RunwayEntity) root = g_list_model_get_item (roots, 0);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (root);
  g_autoptr(RunwayEntity) added = NULL;
  g_autofree char *old_name = g_strdup (capability_name (root));
  g_autofree char *n_before = count_text (runway_plan_count (fixture->plan,
                                                             RUNWAY_KIND_CAPABILITY));
  g_autofree char *n_after = count_text (runway_plan_count (fixture->plan,
                                                            RUNWAY_KIND_CAPABILITY) + 1);
  GtkWidget *tile = find_widget (window, GTK_TYPE_BOX, has_name, "capability");
  g_autoptr(GError) error = NULL;

  GtkWidget *undo_button = find_widget (window, GTK_TYPE_BUTTON, runs_action, "win.undo");

  show_main_view (fixture->window, "summary");
  g_assert_nonnull (tile);
  g_assert_nonnull (undo_button);
  g_assert_false (gtk_widget_get_sensitive (undo_button));

  runway_entity_set_string (draft, RUNWAY_CAPABILITY_NAME, "Renamed by the test");
  runway_plan_update (fixture->plan, draft, &error);
  g_assert_no_error (error);
  wait_for_label (capabilities, "Renamed by the test", TRUE);
  g_assert_null (find_shown_label (capabilities, old_name));

  added = runway_entity_new_with (RUNWAY_KIND_CAPABILITY, "name", "Added by the test",
                                  "criticality", (gint64) 2, NULL);
  runway_plan_add (fixture->plan, added, &error);
  g_assert_no_error (error);
  wait_for_label (capabilities, "Added by the test", TRUE);
  g_assert_true (gtk_widget_get_sensitive (undo_button));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (tile))), ==,
                   n_after);

  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  wait_for_label (capabilities, "Added by the test", FALSE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (tile))), ==,
                   n_before);
  g_assert_true (gtk_widget_activate_action (window, "win.undo", NULL));
  wait_for_label (capabilities, old_name, TRUE);
  g_assert_null (find_shown_label (capabilities, "Renamed by the test"));
}

static gboolean
revealed (gpointer data)
{
  return gtk_revealer_get_child_revealed (data);
}

/* A plan opened read-only says so, in the title and in a bar. */
static void
test_window_read_only (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (fixture->path, RUNWAY_STORE_OPEN_READ_ONLY,
                                                 &error);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const char *notice = "This plan is read-only. Save a copy to make changes.";
  GtkWidget *revealer = find_widget (window, GTK_TYPE_REVEALER, holds_label, notice);

  g_assert_no_error (error);
  g_assert_nonnull (revealer);
  g_assert_null (find_shown_label (window, notice));

  runway_window_set_plan (fixture->window, plan);
  g_assert_true (runway_ui_test_wait_until (revealed, revealer));
  runway_ui_test_wait_for_frame (window);
  g_assert_nonnull (find_shown_label (window, notice));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "(read-only)"));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data))
      return l->data;
  return NULL;
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* `runway damaged.runway`: the window comes up and a dialog says what the
 * store said about the file. */
static void
test_window_damaged_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runway-window-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GError) expected = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *window;

  g_assert_no_error (error);
  path = g_build_filename (dir, "damaged.runway", NULL);
  g_file_set_contents (path, "not a plan", -1, &error);
  g_assert_no_error (error);

  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &expected);
  g_assert_null (plan);
  g_assert_error (expected, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_NOT_SQLITE);

  file = g_file_new_for_path (path);
  g_assert_null (find_message_dialog ());
  g_application_open (G_APPLICATION (app), &file, 1, "");

  g_assert_true (runway_ui_test_wait_until (message_dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), expected->message));
  window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_assert_true (RUNWAY_IS_WINDOW (window));
  g_assert_null (runway_window_get_plan (RUNWAY_WINDOW (window)));
  g_assert_false (runway_window_is_loading (RUNWAY_WINDOW (window)));
  runway_ui_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (window), "No Plan Open"));

  /* the file was not touched */
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (path, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (contents, ==, "not a plan");
  }

  runway_ui_test_destroy_windows ();
  runway_test_remove_dir (dir);
}

static void
on_plan_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static RunwayPlan *
load_plan (const char       *path,
           RunwayLoadFlags   flags,
           GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  runway_load_plan_async (file, flags, NULL, on_plan_loaded, &result);
  g_assert_true (runway_ui_test_wait_until (is_set, &result));
  return runway_load_plan_finish (result, error);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

/* First run writes the demo plan, folder included; "New Plan" over an
 * existing file (the chooser asked "Replace?") gives an empty plan there.
 * Neither leaves a scratch file behind. */
static void
test_window_loader (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runway-window-XXXXXX", &error);
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RunwayPlan) demo = NULL;
  g_autoptr(RunwayPlan) fresh = NULL;

  g_assert_no_error (error);
  folder = g_build_filename (dir, "runway", NULL);
  path = g_build_filename (folder, "demo.runway", NULL);

  demo = load_plan (path, RUNWAY_LOAD_DEMO, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_CAPABILITY), >, 0);
  g_assert_false (runway_plan_can_undo (demo));
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_clear_object (&demo);

  /* the second time it is only opened */
  demo = load_plan (path, RUNWAY_LOAD_DEMO, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_CAPABILITY), >, 0);
  g_clear_object (&demo);

  fresh = load_plan (path, RUNWAY_LOAD_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (fresh, RUNWAY_KIND_CAPABILITY), ==, 0);
  g_assert_cmpstr (runway_entity_get_string (RUNWAY_ENTITY (runway_plan_get_settings (fresh)),
                                             RUNWAY_SETTINGS_NAME), ==, "demo");
  g_clear_object (&fresh);
  g_assert_cmpuint (count_files (folder), ==, 1);

  runway_test_remove_dir (folder);
  runway_test_remove_dir (dir);
}

static gboolean
done_loading (gpointer data)
{
  return !runway_window_is_loading (data);
}

/* The staffing and ownership matrices build a widget per cell, so they
 * get the plan only when their page is first shown: a person's row is not
 * built while the timeline is on screen, and is there once Staffing is. */
static void
test_window_matrices_when_shown (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *staffing = find_widget (window, RUNWAY_TYPE_STAFFING_VIEW, NULL, NULL);
  GListModel *people = runway_plan_get_model (fixture->plan, RUNWAY_KIND_PERSON);
  g_autoptr(RunwayEntity) person = g_list_model_get_item (people, 0);
  const char *name;

  g_assert_nonnull (staffing);
  g_assert_nonnull (person);
  name = runway_entity_get_string (person, RUNWAY_PERSON_NAME);
  g_assert_null (find_widget (staffing, GTK_TYPE_LABEL, label_says, name));

  show_main_view (fixture->window, "staffing");
  wait_for_label (staffing, name, TRUE);

  /* back on the timeline, the matrix stays built */
  show_main_view (fixture->window, "timeline");
  g_assert_nonnull (find_widget (staffing, GTK_TYPE_LABEL, label_says, name));
}

typedef struct
{
  RunwayWindow *window;
  gboolean      painted;
  gboolean      plan_in_first_frame;
} FirstFrame;

static void
on_first_frame_after_paint (GdkFrameClock *clock,
                            FirstFrame    *first)
{
  if (first->painted || !gtk_widget_get_mapped (GTK_WIDGET (first->window)))
    return;
  first->painted = TRUE;
  first->plan_in_first_frame = runway_window_get_plan (first->window) != NULL;
}

static void
on_app_window_added (GtkApplication *application,
                     GtkWindow      *window,
                     FirstFrame     *first)
{
  if (first->window == NULL && RUNWAY_IS_WINDOW (window))
    first->window = RUNWAY_WINDOW (window);
}

static gboolean
first_frame_and_plan (gpointer data)
{
  FirstFrame *first = data;

  return first->painted && runway_window_get_plan (first->window) != NULL;
}

/* The first frame never waits for the plan: a plan opened from the command
 * line (small enough to open before the window has painted) is shown in a
 * later frame, and the window says it is loading until then. */
static void
test_window_first_frame_before_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("runway-window-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  FirstFrame first = { NULL };
  gulong added;

  g_assert_no_error (error);
  path = g_build_filename (dir, "small.runway", NULL);
  {
    g_autoptr(RunwayPlan) plan = runway_plan_create (path, "Small", &error);

    g_assert_no_error (error);
    runway_plan_fill_demo (plan, &error);
    g_assert_no_error (error);
  }

  file = g_file_new_for_path (path);
  added = g_signal_connect (app, "window-added", G_CALLBACK (on_app_window_added), &first);
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_signal_handler_disconnect (app, added);
  g_assert_nonnull (first.window);
  g_assert_true (gtk_widget_get_realized (GTK_WIDGET (first.window)));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (first.window)), "after-paint",
                    G_CALLBACK (on_first_frame_after_paint), &first);

  g_assert_true (runway_ui_test_wait_until (first_frame_and_plan, &first));
  g_assert_false (first.plan_in_first_frame);
  g_assert_false (runway_window_is_loading (first.window));

  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (first.window)),
                                        &first);
  runway_ui_test_destroy_windows ();
  runway_test_remove_dir (dir);
}

static void
activate (RunwayWindow *window,
          const char   *action,
          GVariant     *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
  runway_ui_test_drain ();
}

/* Export → the menu's action with a file: the file is the plan's XML, the
 * vendor slice holds only that vendor, and ArchiMate and the calendar come
 * out of the same action. */
static void
test_window_export (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "plan.xml", NULL);
  g_autofree char *slice = g_build_filename (fixture->dir, "broadcom.xml", NULL);
  g_autofree char *archimate = g_build_filename (fixture->dir, "archimate.xml", NULL);
  g_autofree char *ics = g_build_filename (fixture->dir, "plan.ics", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (fixture->window)));
  activate (fixture->window, "win.export", g_variant_new ("(sss)", "xml", "", xml));
  g_file_get_contents (xml, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                             "<runway-plan"));
  g_assert_nonnull (strstr (contents, "name=\"PostgreSQL\""));
  g_clear_pointer (&contents, g_free);

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "xml", "Broadcom", slice));
  g_file_get_contents (slice, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "name=\"VMware ESXi\""));
  g_assert_null (strstr (contents, "name=\"PostgreSQL\""));
  g_clear_pointer (&contents, g_free);

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "archimate", "", archimate));
  g_file_get_contents (archimate, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "http://www.opengroup.org/xsd/archimate/3.0/"));
  g_clear_pointer (&contents, g_free);

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "ics", "", ics));
  g_file_get_contents (ics, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));

  /* a folder that does not exist: a dialog says so, nothing is written */
  {
    g_autofree char *nowhere = g_build_filename (fixture->dir, "no", "such.xml", NULL);
    AdwMessageDialog *dialog;

    g_assert_null (find_message_dialog ());
    activate (fixture->window, "win.export", g_variant_new ("(sss)", "xml", "", nowhere));
    g_assert_true (runway_ui_test_wait_until (message_dialog_shown, NULL));
    dialog = find_message_dialog ();
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the Plan");
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }
}

/* The toolbar counts the open risks the engine finds, and follows edits;
 * Export → Timeline Image writes what the view shows. */
static void
test_window_timeline (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (fixture->plan, NULL, NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "timeline.png", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "timeline.pdf", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *summary = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, has_name,
                                    "risk_summary");
  gsize length = 0;
  guint open = 0;

  g_assert_nonnull (risks);
  for (guint i = 0; i < risks->len; i++)
    open += !runway_risk_is_accepted (g_ptr_array_index (risks, i));
  expected = g_strdup_printf ("%u open risks:", open);
  g_assert_nonnull (summary);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (summary)), expected));

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "timeline", "", png));
  g_file_get_contents (png, &contents, &length, NULL);
  g_assert_nonnull (contents);
  g_assert_true (length > 1000 && memcmp (contents, "\x89PNG", 4) == 0);
  g_clear_pointer (&contents, g_free);

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "timeline", "", pdf));
  g_file_get_contents (pdf, &contents, &length, NULL);
  g_assert_nonnull (contents);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static guint
count_open_risks (RunwayPlan *plan,
                  const char *as_of)
{
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (plan, as_of, NULL);
  guint open = 0;

  g_assert_nonnull (risks);
  for (guint i = 0; i < risks->len; i++)
    open += !runway_risk_is_accepted (g_ptr_array_index (risks, i));
  return open;
}

/* What if: moving the as-of date recomputes the risks for that day and
 * moves the timeline's as-of line; the plan itself does not change. */
static void
test_window_what_if (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *summary = find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, has_name,
                                    "risk_summary");
  RunwayTimelineView *view = RUNWAY_TIMELINE_VIEW (find_widget (GTK_WIDGET (fixture->window),
                                                                RUNWAY_TYPE_TIMELINE_VIEW,
                                                                NULL, NULL));
  g_autofree char *now = g_strdup_printf ("%u open risks:", count_open_risks (fixture->plan, NULL));
  g_autofree char *later = g_strdup_printf ("%u open risks:",
                                            count_open_risks (fixture->plan, "2030-06-30"));
  guint32 day;

  g_assert_cmpstr (now, !=, later);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (summary)), now));

  activate (fixture->window, "win.as-of", g_variant_new_string ("2030-06-30"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (summary)), later));
  g_assert_true (runway_date_parse ("2030-06-30", &day, NULL));
  g_assert_cmpuint (runway_timeline_get_as_of (runway_timeline_view_get_timeline (view)), ==,
                    day);
  g_assert_false (runway_plan_can_undo (fixture->plan));

  activate (fixture->window, "win.as-of", g_variant_new_string (""));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (summary)), now));
}

static gboolean
editor_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (RUNWAY_IS_ENTITY_EDITOR (l->data) && gtk_widget_get_mapped (l->data))
      {
        *(gpointer *) data = l->data;
        return TRUE;
      }
  return FALSE;
}

/* The sidebar's Add opens the editor for the kind on show; saving a valid
 * capability adds it to the plan and the sidebar, one undo step. Delete on
 * a release that runs somewhere is refused with the core's reason. */
static void
test_window_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *capabilities = find_entity_list (fixture->window, RUNWAY_KIND_CAPABILITY);
  RunwayTimelineView *view = RUNWAY_TIMELINE_VIEW (find_widget (GTK_WIDGET (fixture->window),
                                                                RUNWAY_TYPE_TIMELINE_VIEW,
                                                                NULL, NULL));
  guint before = runway_plan_count (fixture->plan, RUNWAY_KIND_CAPABILITY);
  RunwayEntityEditor *editor = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  RunwayEntity *release = NULL;
  GListModel *deployments = runway_plan_get_model (fixture->plan, RUNWAY_KIND_DEPLOYMENT);
  g_autoptr(RunwayEntity) deployment = g_list_model_get_item (deployments, 0);

  activate (fixture->window, "win.add-entity", NULL);
  g_assert_true (runway_ui_test_wait_until (editor_shown, &editor));
  g_assert_false (runway_entity_editor_can_save (editor));
  g_assert_true (runway_entity_editor_set_field (editor, "name", "Observability"));
  g_assert_true (runway_entity_editor_can_save (editor));
  g_assert_true (runway_entity_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (fixture->plan, RUNWAY_KIND_CAPABILITY), ==, before + 1);
  wait_for_label (capabilities, "Observability", TRUE);
  g_assert_cmpstr (runway_plan_get_undo_label (fixture->plan), ==,
                   "Add capability “Observability”");

  release = runway_plan_lookup (fixture->plan, RUNWAY_KIND_RELEASE,
                                runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_RELEASE));
  g_assert_true (runway_timeline_view_select_entity (view, release));
  activate (fixture->window, "win.delete-entity", NULL);
  g_assert_true (runway_ui_test_wait_until (message_dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "still used"));
  g_assert_nonnull (runway_plan_lookup (fixture->plan, RUNWAY_KIND_RELEASE,
                                        runway_entity_get_id (release)));
}

/* Import → Plan XML: the new plan opens in the window; a broken file gets a
 * dialog that names the line, and no plan appears. */
static void
test_window_import_xml (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (fixture->dir, "plan.xml", NULL);
  g_autofree char *target = g_build_filename (fixture->dir, "imported.runway", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "xml",
                                                   "milestone-order.xml", NULL);
  g_autofree char *nothing = g_build_filename (fixture->dir, "broken.runway", NULL);
  AdwMessageDialog *dialog;
  RunwayPlan *shown;

  activate (fixture->window, "win.export", g_variant_new ("(sss)", "xml", "", xml));
  activate (fixture->window, "win.import-xml", g_variant_new ("(ss)", xml, target));
  g_assert_true (runway_ui_test_wait_until (done_loading, fixture->window));
  shown = runway_window_get_plan (fixture->window);
  g_assert_nonnull (shown);
  g_assert_cmpstr (runway_plan_get_path (shown), ==, target);
  g_assert_cmpuint (runway_plan_count (shown, RUNWAY_KIND_RELEASE), ==,
                    runway_plan_count (fixture->plan, RUNWAY_KIND_RELEASE));

  activate (fixture->window, "win.import-xml", g_variant_new ("(ss)", broken, nothing));
  g_assert_true (runway_ui_test_wait_until (message_dialog_shown, NULL));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import the Plan");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "line 9"));
  g_assert_false (g_file_test (nothing, G_FILE_TEST_EXISTS));
}

/* Import → Lifecycle Data: the real endoflife.date CSV goes into the open
 * plan as one undo step. */
static void
test_window_import_lifecycle (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "endoflife",
                                                "endoflife-infra.csv", NULL);
  guint before = runway_plan_count (fixture->plan, RUNWAY_KIND_RELEASE);

  g_assert_false (runway_plan_can_undo (fixture->plan));
  activate (fixture->window, "win.import-lifecycle",
            g_variant_new ("(sss)", csv, "PostgreSQL", ""));
  g_assert_cmpuint (runway_plan_count (fixture->plan, RUNWAY_KIND_RELEASE), >, before);
  g_assert_true (runway_plan_can_undo (fixture->plan));

  activate (fixture->window, "win.undo", NULL);
  g_assert_cmpuint (runway_plan_count (fixture->plan, RUNWAY_KIND_RELEASE), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* not G_TEST_OPTION_ISOLATE_DIRS: without the system's XDG_DATA_DIRS
   * there is no MIME database, and GdkPixbuf cannot tell an SVG icon from
   * garbage; the tests never touch the user's data folder anyway */
  /* without a session bus, GApplication would autolaunch a dbus-daemon
   * that outlives the test; an empty address makes it go without */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = runway_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/window/shows-plan", Fixture, NULL,
              fixture_set_up, test_window_shows_plan, fixture_tear_down);
  g_test_add ("/window/search", Fixture, NULL,
              fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/window/follows-edits", Fixture, NULL,
              fixture_set_up, test_window_follows_edits, fixture_tear_down);
  g_test_add ("/window/read-only", Fixture, NULL,
              fixture_set_up, test_window_read_only, fixture_tear_down);
  g_test_add ("/window/export", Fixture, NULL,
              fixture_set_up, test_window_export, fixture_tear_down);
  g_test_add ("/window/timeline", Fixture, NULL,
              fixture_set_up, test_window_timeline, fixture_tear_down);
  g_test_add ("/window/what-if", Fixture, NULL,
              fixture_set_up, test_window_what_if, fixture_tear_down);
  g_test_add ("/window/edit", Fixture, NULL,
              fixture_set_up, test_window_edit, fixture_tear_down);
  g_test_add ("/window/import-xml", Fixture, NULL,
              fixture_set_up, test_window_import_xml, fixture_tear_down);
  g_test_add ("/window/import-lifecycle", Fixture, NULL,
              fixture_set_up, test_window_import_lifecycle, fixture_tear_down);
  g_test_add ("/window/matrices-when-shown", Fixture, NULL,
              fixture_set_up, test_window_matrices_when_shown, fixture_tear_down);
  g_test_add_func ("/window/first-frame-before-plan", test_window_first_frame_before_plan);
  g_test_add_func ("/window/damaged-file", test_window_damaged_file);
  g_test_add_func ("/window/loader", test_window_loader);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
