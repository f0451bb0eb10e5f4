/* test-risk-view.c — the Risks view, on a real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window holds the view on the demo plan; each test waits for a frame
 * and checks what a user would see: the count in the header is the
 * engine's, the severity filter keeps only what it says, accepting a risk
 * moves it to the accepted ones in one undo step, an edit of the plan
 * reaches the list with no call to the view, and a bad expiry is refused,
 * by the view and by its dialog's Accept button.
 *
 * Set RUNWAY_TEST_SCREENSHOT=FILE.png to keep a picture of the view.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "runway-date.h"
#include "runway-entity.h"
#include "runway-plan.h"
#include "runway-risk-engine.h"
#include "runway-risk-view.h"
#include "runway-schema.h"
#include "runway-test-util.h"
#include "runway-ui-test-util.h"

typedef struct
{
  char           *dir;
  RunwayPlan     *plan;
  GtkWindow      *window;
  RunwayRiskView *view;
  guint           n_activated;
} Fixture;

static void
on_view_risk_activated (RunwayRiskView *view,
                        RunwayRisk     *risk,
                        Fixture        *fixture)
{
  g_assert_true (RUNWAY_IS_RISK (risk));
  fixture->n_activated++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("runway-risk-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.runway", NULL);
  fixture->plan = runway_test_new_demo_plan (path, "Risk view test");
  runway_plan_clear_history (fixture->plan);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1300, 820);
  fixture->view = RUNWAY_RISK_VIEW (runway_risk_view_new ());
  runway_risk_view_set_plan (fixture->view, fixture->plan);
  g_signal_connect (fixture->view, "risk-activated", G_CALLBACK (on_view_risk_activated),
                    fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  runway_ui_test_drain ();
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* How many risks the engine finds open (or accepted) now, and of which
 * severity; G_MAXUINT for any. */
static guint
count_engine_risks (RunwayPlan *plan,
                    gboolean    accepted,
                    guint       severity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (plan, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (runway_risk_is_accepted (risk) == accepted
          && (severity == G_MAXUINT || runway_risk_get_severity (risk) == severity))
        n++;
    }
  return n;
}

static gboolean
is_same_risk (RunwayRisk *a,
              RunwayRisk *b)
{
  return g_strcmp0 (runway_risk_get_rule (a), runway_risk_get_rule (b)) == 0
         && g_strcmp0 (runway_risk_get_subject (a), runway_risk_get_subject (b)) == 0
         && runway_risk_get_capability_id (a) == runway_risk_get_capability_id (b)
         && runway_risk_get_release_id (a) == runway_risk_get_release_id (b);
}

static gboolean
model_has_risk (GListModel *model,
                RunwayRisk *risk)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayRisk) other = g_list_model_get_item (model, i);

      if (is_same_risk (other, risk))
        return TRUE;
    }
  return FALSE;
}

/* How many risks of the model share @risk's rule and subject, which is
 * what an acceptance covers. */
static guint
count_same_key (GListModel *model,
                RunwayRisk *risk)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayRisk) other = g_list_model_get_item (model, i);

      if (g_strcmp0 (runway_risk_get_rule (other), runway_risk_get_rule (risk)) == 0
          && g_strcmp0 (runway_risk_get_subject (other), runway_risk_get_subject (risk)) == 0)
        n++;
    }
  return n;
}

static char *
dup_date_in_days (int days)
{
  return runway_date_format (runway_date_today () + days);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The header says the engine's open count, and the list shows them all. */
static void
test_count (Fixture       *fixture,
            gconstpointer  data)
{
  guint n_open = count_engine_risks (fixture->plan, FALSE, G_MAXUINT);
  g_autofree char *prefix = g_strdup_printf ("%u open risks: ", n_open);
  GListModel *open = runway_risk_view_get_open_risks (fixture->view);

  g_assert_cmpuint (n_open, >, 0);
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==, n_open);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, n_open);
  g_assert_cmpuint (g_list_model_get_n_items (runway_risk_view_get_accepted_risks (fixture->view)),
                    ==, count_engine_risks (fixture->plan, TRUE, G_MAXUINT));
  g_assert_true (g_str_has_prefix (runway_risk_view_get_summary (fixture->view), prefix));
  for (guint s = RUNWAY_SEVERITY_CRITICAL; s <= RUNWAY_SEVERITY_LOW; s++)
    {
      guint n = count_engine_risks (fixture->plan, FALSE, s);
      g_autofree char *part = g_strdup_printf ("%u %s", n, runway_severity_to_string (s));

      if (n > 0)
        g_assert_nonnull (strstr (runway_risk_view_get_summary (fixture->view), part));
    }
}

/* At "critical", only critical risks are shown, all of them; searching
 * narrows further; "all" brings everything back. */
static void
test_severity_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *open = runway_risk_view_get_open_risks (fixture->view);
  guint n_critical = count_engine_risks (fixture->plan, FALSE, RUNWAY_SEVERITY_CRITICAL);
  g_autoptr(RunwayRisk) first = NULL;
  g_autofree char *subject = NULL;

  g_assert_cmpuint (n_critical, >, 0);
  runway_risk_view_set_min_severity (fixture->view, RUNWAY_SEVERITY_CRITICAL);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, n_critical);
  for (guint i = 0; i < g_list_model_get_n_items (open); i++)
    {
      g_autoptr(RunwayRisk) risk = g_list_model_get_item (open, i);

      g_assert_cmpint (runway_risk_get_severity (risk), ==, RUNWAY_SEVERITY_CRITICAL);
    }
  /* the header still counts every open risk */
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), >, n_critical);

  first = g_list_model_get_item (open, 0);
  subject = g_utf8_strup (runway_risk_get_subject (first), -1);
  runway_risk_view_set_search_text (fixture->view, subject);
  g_assert_cmpuint (g_list_model_get_n_items (open), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (open), <=, n_critical);
  g_assert_true (model_has_risk (open, first));
  runway_risk_view_set_search_text (fixture->view, "no risk says this");
  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 0);
  runway_risk_view_set_search_text (fixture->view, NULL);

  runway_risk_view_set_min_severity (fixture->view, RUNWAY_SEVERITY_LOW);
  g_assert_cmpuint (g_list_model_get_n_items (open), ==,
                    runway_risk_view_get_n_open (fixture->view));
}

/* Accepting the first critical risk (one an acceptance covers alone) moves
 * it to the accepted ones; undo brings it back. */
static void
test_accept (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *open = runway_risk_view_get_open_risks (fixture->view);
  GListModel *accepted = runway_risk_view_get_accepted_risks (fixture->view);
  guint n_open = runway_risk_view_get_n_open (fixture->view);
  guint n_accepted = runway_risk_view_get_n_accepted (fixture->view);
  g_autoptr(RunwayRisk) risk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expires = dup_date_in_days (90);
  guint position = G_MAXUINT;

  runway_risk_view_set_min_severity (fixture->view, RUNWAY_SEVERITY_CRITICAL);
  for (guint i = 0; i < g_list_model_get_n_items (open) && position == G_MAXUINT; i++)
    {
      g_autoptr(RunwayRisk) candidate = g_list_model_get_item (open, i);

      if (count_same_key (open, candidate) == 1)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  runway_risk_view_select (fixture->view, position);
  risk = g_object_ref (runway_risk_view_get_selected (fixture->view));
  g_assert_cmpuint (fixture->n_activated, ==, 1);
  g_assert_false (model_has_risk (accepted, risk));

  g_assert_true (runway_risk_view_accept_selected (fixture->view, "Replacement is budgeted",
                                                   "Ada Lovelace", expires, &error));
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==, n_open - 1);
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==,
                    count_engine_risks (fixture->plan, FALSE, G_MAXUINT));
  g_assert_cmpuint (runway_risk_view_get_n_accepted (fixture->view), ==, n_accepted + 1);
  g_assert_false (model_has_risk (open, risk));
  g_assert_true (model_has_risk (accepted, risk));
  g_assert_true (runway_plan_can_undo (fixture->plan));

  runway_plan_undo (fixture->plan, &error);
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==, n_open);
  g_assert_cmpuint (runway_risk_view_get_n_accepted (fixture->view), ==, n_accepted);
  g_assert_true (model_has_risk (open, risk));
  g_assert_false (model_has_risk (accepted, risk));
  g_assert_false (runway_plan_can_undo (fixture->plan));
}

/* Removing the deployments behind a risk reaches the list through the
 * plan's "changed" signal alone. */
static void
test_live (Fixture       *fixture,
           gconstpointer  data)
{
  GListModel *open = runway_risk_view_get_open_risks (fixture->view);
  GListModel *deployments = runway_plan_get_model (fixture->plan, RUNWAY_KIND_DEPLOYMENT);
  g_autoptr(RunwayRisk) risk = NULL;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = g_strdup (runway_risk_view_get_summary (fixture->view));

  for (guint i = 0; i < g_list_model_get_n_items (open) && risk == NULL; i++)
    {
      g_autoptr(RunwayRisk) candidate = g_list_model_get_item (open, i);

      if (g_strcmp0 (runway_risk_get_rule (candidate), "eol-passed") == 0)
        risk = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (risk);

  for (guint i = 0; i < g_list_model_get_n_items (deployments); i++)
    {
      g_autoptr(RunwayEntity) deployment = g_list_model_get_item (deployments, i);

      if (runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_RELEASE)
            == runway_risk_get_release_id (risk)
          && runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_CAPABILITY)
               == runway_risk_get_capability_id (risk))
        g_ptr_array_add (doomed, g_steal_pointer (&deployment));
    }
  g_assert_cmpuint (doomed->len, >, 0);

  runway_plan_begin_edit (fixture->plan, "Remove deployments", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < doomed->len; i++)
    {
      runway_plan_remove (fixture->plan, g_ptr_array_index (doomed, i), &error);
      g_assert_no_error (error);
    }
  runway_plan_end_edit (fixture->plan, &error);
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));

  g_assert_false (model_has_risk (open, risk));
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==,
                    count_engine_risks (fixture->plan, FALSE, G_MAXUINT));
  g_assert_cmpuint (g_list_model_get_n_items (open), ==,
                    runway_risk_view_get_n_open (fixture->view));
  g_assert_cmpstr (runway_risk_view_get_summary (fixture->view), !=, summary);

  runway_plan_undo (fixture->plan, &error);
  g_assert_no_error (error);
  g_assert_true (model_has_risk (open, risk));
  g_assert_cmpstr (runway_risk_view_get_summary (fixture->view), ==, summary);
}

/* A past or malformed expiry is refused by the view, and the dialog's
 * Accept button stays insensitive with a message until it is right. */
static void
test_invalid_expiry (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const bad[] = { "2020-01-01", "31/12/2030", "2030-02-30", "", "soon" };
  guint n_open = runway_risk_view_get_n_open (fixture->view);
  g_autofree char *yesterday = dup_date_in_days (-1);
  g_autofree char *today = dup_date_in_days (0);
  AdwMessageDialog *dialog;
  GtkWidget *expires, *justification, *owner, *message;

  g_assert_null (runway_risk_view_present_accept_dialog (fixture->view));
  runway_risk_view_select (fixture->view, 0);

  for (guint i = 0; i <= G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (runway_risk_view_accept_selected (fixture->view, "Why", "Who",
                                                        i < G_N_ELEMENTS (bad) ? bad[i]
                                                                               : yesterday,
                                                        &error));
      g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (runway_risk_view_accept_selected (fixture->view, "  ", "Who", today, &error));
    g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
  }
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), ==, n_open);
  g_assert_false (runway_plan_can_undo (fixture->plan));

  dialog = runway_risk_view_present_accept_dialog (fixture->view);
  g_assert_nonnull (dialog);
  runway_ui_test_wait_for_frame (GTK_WIDGET (dialog));
  expires = find_named (GTK_WIDGET (dialog), "expires");
  justification = find_named (GTK_WIDGET (dialog), "justification");
  owner = find_named (GTK_WIDGET (dialog), "owner");
  g_assert_nonnull (expires);
  g_assert_nonnull (justification);
  g_assert_nonnull (owner);
  message = g_object_get_data (G_OBJECT (dialog), "message");

  gtk_editable_set_text (GTK_EDITABLE (justification), "Vendor support bought");
  gtk_editable_set_text (GTK_EDITABLE (owner), "Grace Hopper");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  g_assert_false (gtk_widget_get_visible (message));

  gtk_editable_set_text (GTK_EDITABLE (expires), "2030-1");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), !=, "");
  gtk_editable_set_text (GTK_EDITABLE (expires), yesterday);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  gtk_editable_set_text (GTK_EDITABLE (expires), today);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  g_assert_false (gtk_widget_get_visible (message));

  /* the dialog's Accept is the same edit */
  adw_message_dialog_response (dialog, "accept");
  g_assert_cmpuint (runway_risk_view_get_n_open (fixture->view), <, n_open);
  g_assert_true (runway_plan_can_undo (fixture->plan));
  runway_ui_test_drain ();
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *path = g_getenv ("RUNWAY_TEST_SCREENSHOT");

  if (path == NULL)
    {
      g_test_skip ("RUNWAY_TEST_SCREENSHOT is not set");
      return;
    }
  runway_risk_view_select (fixture->view, 1);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->view));
  runway_ui_test_save_png (GTK_WIDGET (fixture->window), path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/risk-view/count", Fixture, NULL, fixture_set_up, test_count,
              fixture_tear_down);
  g_test_add ("/risk-view/severity-filter", Fixture, NULL, fixture_set_up, test_severity_filter,
              fixture_tear_down);
  g_test_add ("/risk-view/accept", Fixture, NULL, fixture_set_up, test_accept,
              fixture_tear_down);
  g_test_add ("/risk-view/live", Fixture, NULL, fixture_set_up, test_live,
              fixture_tear_down);
  g_test_add ("/risk-view/invalid-expiry", Fixture, NULL, fixture_set_up, test_invalid_expiry,
              fixture_tear_down);
  g_test_add ("/risk-view/screenshot", Fixture, NULL, fixture_set_up, test_screenshot,
              fixture_tear_down);

  return g_test_run ();
}
