/* test-workflow.c — a user's work in the real window, on a real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starting from an empty plan, everything is done the way a user does it:
 * the sidebar's Add button, a row picked in a sidebar list, the details
 * pane's "Add …" buttons and the editor's own Add button. A capability, a
 * vendor, a product, a release and a deployment are created through the
 * forms; the new risk shows in the risk view; undo takes it away; an
 * impossible date is refused next to its field; the what-if date changes
 * the risk count. Then the plan settings, workshop mode, recent plans, a
 * second window and a plan changed by another program.
 *
 * Set RUNWAY_TEST_SCREENSHOTS=DIR to keep pictures of the window (details
 * pane, workshop mode) as PNG files in DIR.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "runway-application.h"
#include "runway-details-pane.h"
#include "runway-entity-editor.h"
#include "runway-entity-list.h"
#include "runway-risk-view.h"
#include "runway-test-util.h"
#include "runway-timeline-view.h"
#include "runway-ui-test-util.h"
#include "runway-window.h"
#include "runway-window-private.h"

static RunwayApplication *app;

typedef struct
{
  char         *dir;
  char         *path;
  RunwayPlan   *plan;
  RunwayWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = runway_test_make_dir ();
  fixture->path = g_build_filename (fixture->dir, "estate.runway", NULL);
  fixture->plan = runway_plan_create (fixture->path, "Estate", &error);
  g_assert_no_error (error);

  fixture->window = runway_ui_test_present_plan (app, fixture->plan, 1400, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_ui_test_destroy_windows ();
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* as a user finds them: by type, and by what they show */
#define find_widget runway_ui_test_find_widget

static gboolean
button_says (GtkWidget     *widget,
             gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
runs_action (GtkWidget     *widget,
             gconstpointer  action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
row_titled (GtkWidget     *widget,
            gconstpointer  title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
label_says (GtkWidget     *widget,
            gconstpointer  text)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
list_shows (GtkWidget     *widget,
            gconstpointer  kind)
{
  return runway_entity_list_get_kind (RUNWAY_ENTITY_LIST (widget)) == GPOINTER_TO_UINT (kind);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  runway_ui_test_drain ();
}

static gboolean
has_editor (gpointer data)
{
  RunwayEntityEditor **out = data;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (RUNWAY_IS_ENTITY_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      {
        *out = l->data;
        return TRUE;
      }
  return FALSE;
}

/* The editor the last click opened. */
static RunwayEntityEditor *
wait_for_editor (void)
{
  RunwayEntityEditor *editor = NULL;

  g_assert_true (runway_ui_test_wait_until (has_editor, &editor));
  runway_ui_test_wait_for_frame (GTK_WIDGET (editor));
  return editor;
}

/* Clicks the editor's own Add (or Save) button; the editor closes when
 * what it holds was stored. */
static void
press_editor_button (RunwayEntityEditor *editor,
                     const char         *label)
{
  g_object_ref (editor);
  click (find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, button_says, label));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);
}

static RunwayEntityList *
show_sidebar_list (Fixture    *fixture,
                   RunwayKind  kind,
                   const char *page)
{
  GtkWidget *list = find_widget (GTK_WIDGET (fixture->window), RUNWAY_TYPE_ENTITY_LIST,
                                 list_shows, GUINT_TO_POINTER (kind));
  GtkWidget *stack = gtk_widget_get_ancestor (list, ADW_TYPE_VIEW_STACK);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), page);
  return RUNWAY_ENTITY_LIST (list);
}

/* Picks the row of @name in a sidebar list, as a click does. */
static void
select_in_list (RunwayEntityList *list,
                const char       *name)
{
  GtkListView *view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (list), GTK_TYPE_LIST_VIEW, NULL,
                                                  NULL));
  GtkSelectionModel *model = gtk_list_view_get_model (view);

  runway_ui_test_drain ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(RunwayEntity) entity = NULL;
      g_autofree char *label = NULL;

      gtk_selection_model_select_item (model, i, TRUE);
      entity = runway_entity_list_dup_selected (list);
      label = entity != NULL ? runway_entity_dup_label (entity) : NULL;
      if (entity != NULL && g_strcmp0 (label, name) == 0)
        return;
    }
  g_assert_not_reached ();
}

static RunwayDetailsPane *
get_details_pane (Fixture *fixture)
{
  return RUNWAY_DETAILS_PANE (find_widget (GTK_WIDGET (fixture->window),
                                           RUNWAY_TYPE_DETAILS_PANE, NULL, NULL));
}

static RunwayRiskView *
get_risk_view (Fixture *fixture)
{
  return RUNWAY_RISK_VIEW (find_widget (GTK_WIDGET (fixture->window), RUNWAY_TYPE_RISK_VIEW,
                                        NULL, NULL));
}

static void
keep_screenshot (Fixture    *fixture,
                 const char *name)
{
  const char *dir = g_getenv ("RUNWAY_TEST_SCREENSHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  runway_ui_test_save_png (GTK_WIDGET (fixture->window), path);
}

typedef struct
{
  RunwayRiskView *view;
  guint           n;
} RiskCount;

static gboolean
has_risk_count (gpointer data)
{
  RiskCount *count = data;

  return runway_risk_view_get_n_open (count->view) == count->n;
}

/* Whether the risk view lists an open risk about the release. */
static gboolean
names_release (RunwayRiskView *view,
               gint64          release_id)
{
  GListModel *risks = runway_risk_view_get_open_risks (view);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(RunwayRisk) risk = g_list_model_get_item (risks, i);

      if (runway_risk_get_release_id (risk) == release_id)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  RunwayRiskView *view;
  gint64          release_id;
} ReleaseRisk;

static gboolean
has_release_risk (gpointer data)
{
  ReleaseRisk *wanted = data;

  return names_release (wanted->view, wanted->release_id);
}

/* The walk: capability → vendor → product → release → deployment
 * through the forms, the risk appears, undo, an impossible date, as-of. */
static void
test_create_through_forms (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  RunwayPlan *plan = fixture->plan;
  RunwayDetailsPane *pane = get_details_pane (fixture);
  RunwayRiskView *risks = get_risk_view (fixture);
  RunwayEntityEditor *editor;
  RunwayEntityList *list;
  RunwayEntity *release;
  g_autofree char *release_title = NULL;
  RiskCount count = { risks, 0 };
  ReleaseRisk wanted = { risks, 0 };
  guint before;

  gtk_widget_activate_action (window, "win.show-details", NULL);

  /* a capability, from the sidebar's Add button */
  list = show_sidebar_list (fixture, RUNWAY_KIND_CAPABILITY, "capabilities");
  gtk_widget_activate_action (window, "win.add-entity", NULL);
  editor = wait_for_editor ();
  g_assert_true (runway_entity_editor_set_field (editor, "name", "Relational database"));
  press_editor_button (editor, "_Add");
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_CAPABILITY,
                                              "Relational database"));

  /* a vendor, the same way on the Vendors page */
  list = show_sidebar_list (fixture, RUNWAY_KIND_VENDOR, "vendors");
  gtk_widget_activate_action (window, "win.add-entity", NULL);
  editor = wait_for_editor ();
  runway_entity_editor_set_field (editor, "name", "Oracle");
  press_editor_button (editor, "_Add");

  /* a product, from the vendor's details */
  select_in_list (list, "Oracle");
  g_assert_nonnull (runway_details_pane_get_entity (pane));
  click (find_widget (GTK_WIDGET (pane), GTK_TYPE_BUTTON, button_says, "Add Product…"));
  editor = wait_for_editor ();
  runway_entity_editor_set_field (editor, "name", "Oracle Database");
  press_editor_button (editor, "_Add");
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_PRODUCT), ==, 1);

  /* the vendor's details now list its product, and a click there shows it */
  g_assert_nonnull (find_widget (GTK_WIDGET (pane), GTK_TYPE_LABEL, label_says, "1 product"));
  g_signal_emit_by_name (find_widget (GTK_WIDGET (pane), ADW_TYPE_ACTION_ROW, row_titled,
                                      "Oracle Database"), "activated");
  g_assert_cmpint (runway_entity_get_kind (runway_details_pane_get_entity (pane)), ==,
                   RUNWAY_KIND_PRODUCT);

  /* a release, from the product's details; an impossible date is refused
   * next to its field and nothing is stored */
  list = show_sidebar_list (fixture, RUNWAY_KIND_PRODUCT, "products");
  select_in_list (list, "Oracle Database");
  click (find_widget (GTK_WIDGET (pane), GTK_TYPE_BUTTON, button_says, "Add Release…"));
  editor = wait_for_editor ();
  runway_entity_editor_set_field (editor, "version", "19");
  runway_entity_editor_set_field (editor, "ga", "2019-02-13");
  runway_entity_editor_set_field (editor, "end-of-life", "2027-02-30");
  g_assert_nonnull (runway_entity_editor_get_error (editor, "end-of-life"));
  g_assert_false (runway_entity_editor_can_save (editor));
  g_assert_false (gtk_widget_is_sensitive (find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON,
                                                        button_says, "_Add")));
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, 0);
  runway_entity_editor_set_field (editor, "end-of-life", "2027-04-30");
  g_assert_null (runway_entity_editor_get_error (editor, "end-of-life"));
  press_editor_button (editor, "_Add");
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, 1);
  release = g_list_model_get_item (runway_plan_get_model (plan, RUNWAY_KIND_RELEASE), 0);
  g_object_unref (release);
  release_title = runway_plan_dup_title (plan, release);
  wanted.release_id = runway_entity_get_id (release);
  g_assert_false (names_release (risks, wanted.release_id));

  /* a deployment, from the capability's details: the release is now in
   * production and leaves support within the warning window */
  before = runway_risk_view_get_n_open (risks);
  list = show_sidebar_list (fixture, RUNWAY_KIND_CAPABILITY, "capabilities");
  select_in_list (list, "Relational database");
  g_assert_nonnull (find_widget (GTK_WIDGET (pane), GTK_TYPE_LABEL, label_says,
                                 "Relational database"));
  click (find_widget (GTK_WIDGET (pane), GTK_TYPE_BUTTON, button_says, "Add Deployment…"));
  editor = wait_for_editor ();
  g_assert_true (runway_entity_editor_set_field (editor, "release", release_title));
  press_editor_button (editor, "_Add");
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT), ==, 1);
  g_assert_true (runway_ui_test_wait_until (has_release_risk, &wanted));
  g_assert_cmpuint (runway_risk_view_get_n_open (risks), >, before);
  keep_screenshot (fixture, "details.png");

  /* undo takes the deployment and its risk away; redo brings them back */
  gtk_widget_activate_action (window, "win.undo", NULL);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT), ==, 0);
  count.n = before;
  g_assert_true (runway_ui_test_wait_until (has_risk_count, &count));
  g_assert_false (names_release (risks, wanted.release_id));
  gtk_widget_activate_action (window, "win.redo", NULL);
  g_assert_true (runway_ui_test_wait_until (has_release_risk, &wanted));

  /* as of 2020 the end of life is years away: fewer risks, none of them
   * about this release's end of life */
  count.n = runway_risk_view_get_n_open (risks);
  gtk_widget_activate_action (window, "win.as-of", "s", "2020-01-01");
  runway_ui_test_drain ();
  g_assert_cmpuint (runway_risk_view_get_n_open (risks), <, count.n);
  gtk_widget_activate_action (window, "win.as-of", "s", "");
  g_assert_true (runway_ui_test_wait_until (has_risk_count, &count));
}

static void
test_plan_settings (Fixture       *fixture,
                    gconstpointer  data)
{
  RunwayEntityEditor *editor;
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (fixture->plan));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.plan-settings", NULL);
  editor = wait_for_editor ();
  /* the horizon cannot end before it starts */
  runway_entity_editor_set_field (editor, "horizon-end", "2000-01-01");
  g_assert_nonnull (runway_entity_editor_get_error (editor, "horizon-end"));
  g_assert_false (runway_entity_editor_can_save (editor));
  runway_entity_editor_set_field (editor, "horizon-end", "2040-12-31");
  runway_entity_editor_set_field (editor, "name", "Estate 2040");
  runway_entity_editor_set_field (editor, "min-fte", "2.5");
  press_editor_button (editor, "_Save");

  g_assert_cmpstr (runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), ==, "Estate 2040");
  g_assert_cmpfloat (runway_entity_get_real (settings, RUNWAY_SETTINGS_MIN_FTE), ==, 2.5);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), "Estate 2040"));
  g_assert_true (runway_plan_can_undo (fixture->plan));
}

/* F5: the timeline and the risk count, larger, without the editing chrome;
 * Escape brings everything back as it was. */
static void
test_workshop_mode (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *header = find_widget (window, ADW_TYPE_HEADER_BAR, NULL, NULL);
  GtkWidget *views = find_widget (window, ADW_TYPE_VIEW_STACK, NULL, NULL);
  RunwayTimelineView *timeline = runway_window_get_timeline_view (fixture->window);
  GtkWidget *flap = find_widget (window, ADW_TYPE_FLAP, NULL, NULL);
  GtkWidget *leave;
  gboolean workshop = FALSE;

  g_object_get (window, "workshop", &workshop, NULL);
  g_assert_false (workshop);
  /* the first view stack is the sidebar's; the views are found by name */
  views = gtk_widget_get_ancestor (GTK_WIDGET (timeline), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (views), "risks");
  adw_flap_set_reveal_flap (ADW_FLAP (flap), TRUE);

  gtk_widget_activate_action (window, "win.workshop", NULL);
  g_object_get (window, "workshop", &workshop, NULL);
  g_assert_true (workshop);
  g_assert_false (gtk_widget_get_visible (header));
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (views)), ==, "timeline");
  g_assert_cmpfloat (runway_timeline_view_get_text_scale (timeline), >, 1.2);
  g_assert_true (gtk_widget_has_css_class (window, "workshop"));
  leave = find_widget (window, GTK_TYPE_BUTTON, runs_action, "win.leave-workshop");
  g_assert_true (gtk_widget_get_visible (leave));
  runway_ui_test_wait_for_frame (window);
  keep_screenshot (fixture, "workshop.png");

  gtk_widget_activate_action (window, "win.leave-workshop", NULL);
  g_object_get (window, "workshop", &workshop, NULL);
  g_assert_false (workshop);
  g_assert_true (gtk_widget_get_visible (header));
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  g_assert_cmpfloat (runway_timeline_view_get_text_scale (timeline), ==, 1.0);
  g_assert_false (gtk_widget_get_visible (leave));
}

typedef struct
{
  RunwayWindow *window;
  RunwayPlan   *old;
} Reload;

static gboolean
has_new_plan (gpointer data)
{
  Reload *reload = data;
  RunwayPlan *plan = runway_window_get_plan (reload->window);

  return plan != NULL && plan != reload->old && !runway_window_is_loading (reload->window);
}

static gboolean
is_revealed (gpointer data)
{
  return gtk_revealer_get_reveal_child (data);
}

/* Another program writes to the plan: the window says so, refuses the
 * edit, and opening it again shows the other program's change. */
static void
test_changed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *label;
  GtkWidget *revealer;
  Reload reload = { fixture->window, fixture->plan };
  RunwayEntity *settings;

  label = find_widget (window, GTK_TYPE_LABEL, label_says, "Another program changed this plan");
  g_assert_nonnull (label);
  revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  runway_test_sql (fixture->path, "UPDATE plan SET name = 'Renamed elsewhere';");
  g_assert_true (runway_ui_test_wait_until (is_revealed, revealer));

  gtk_widget_activate_action (window, "win.reload", NULL);
  g_assert_true (runway_ui_test_wait_until (has_new_plan, &reload));
  settings = RUNWAY_ENTITY (runway_plan_get_settings (runway_window_get_plan (fixture->window)));
  g_assert_cmpstr (runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME), ==,
                   "Renamed elsewhere");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
}

static gboolean
is_loaded (gpointer data)
{
  RunwayWindow *window = data;

  return runway_window_get_plan (window) != NULL && !runway_window_is_loading (window);
}

/* Opening a plan puts it first in the recent plans and remembers it as the
 * plan to open next time; New Window gives a second, empty window. */
static void
test_recent_and_windows (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.runway.Runway");
  g_autofree char *other_path = g_build_filename (fixture->dir, "other.runway", NULL);
  g_autoptr(RunwayPlan) other = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (other_path);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  RunwayWindow *second;

  other = runway_plan_create (other_path, "Other estate", &error);
  g_assert_no_error (error);
  g_clear_object (&other);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    n_windows + 1);
  second = RUNWAY_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (second != fixture->window);
  g_assert_true (runway_window_is_unused (second));

  runway_window_open (second, file);
  g_assert_true (runway_ui_test_wait_until (is_loaded, second));
  g_assert_true (runway_window_get_plan (fixture->window) == fixture->plan);

  recent = g_settings_get_strv (settings, "recent-plans");
  g_assert_nonnull (recent[0]);
  g_assert_cmpstr (recent[0], ==, uri);
  last = g_settings_get_string (settings, "last-plan");
  g_assert_cmpstr (last, ==, uri);

  /* the next start opens it again */
  g_clear_object (&other);
  gtk_window_destroy (GTK_WINDOW (second));
  second = runway_window_new (app);
  runway_window_open_last (second);
  g_assert_true (runway_ui_test_wait_until (is_loaded, second));
  g_assert_cmpstr (runway_plan_get_path (runway_window_get_plan (second)), ==, other_path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* without a session bus, GApplication would autolaunch a dbus-daemon
   * that outlives the test; an empty address makes it go without */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  app = runway_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/workflow/create-through-forms", test_create_through_forms);
  ADD ("/workflow/plan-settings", test_plan_settings);
  ADD ("/workflow/workshop-mode", test_workshop_mode);
  ADD ("/workflow/changed-elsewhere", test_changed_elsewhere);
  ADD ("/workflow/recent-and-windows", test_recent_and_windows);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
