/* test-staffing-view.c — the staffing and ownership matrices, on a real
 * display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A window holds both views on the demo plan. The staffing matrix flags
 * Oracle Database (one expert, 1.0 of 3 FTE); a second expert chosen in a
 * cell's drop-down changes its FTE and clears the single-expert flag, and
 * undo brings both back; "none" removes a skill. The ownership matrix shows
 * Messaging's security gap; choosing a team fills it and undo reopens it.
 * Edits made straight through the plan show up in both without the views
 * being told. Run under `xvfb-run -a` with GSK_RENDERER=cairo and
 * GDK_BACKEND=x11; the test uses GTK's test accessibility backend.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "runway-entities.h"
#include "runway-ownership-view.h"
#include "runway-plan.h"
#include "runway-schema.h"
#include "runway-staffing-view.h"
#include "runway-test-util.h"
#include "runway-ui-test-util.h"

typedef struct
{
  char                *dir;
  RunwayPlan          *plan;
  GtkWindow           *window;
  RunwayStaffingView  *staffing;
  RunwayOwnershipView *ownership;
  GError              *last_error;
} Fixture;

static gint64
find_id (RunwayPlan *plan,
         RunwayKind  kind,
         const char *name)
{
  GListModel *model = runway_plan_get_model (plan, kind);
  int column = runway_schema_find_column (runway_schema_get_table (kind), "name");

  g_assert_cmpint (column, >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);

      if (g_strcmp0 (runway_entity_get_string (entity, column), name) == 0)
        return runway_entity_get_id (entity);
    }
  g_error ("no %s called %s in the demo", runway_schema_get_table (kind)->name, name);
  return 0;
}

static RunwayEntity *
find_skill (RunwayPlan *plan,
            gint64      person_id,
            gint64      product_id)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_SKILL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) skill = g_list_model_get_item (model, i);

      if (runway_entity_get_int (skill, RUNWAY_SKILL_PERSON) == person_id
          && runway_entity_get_int (skill, RUNWAY_SKILL_PRODUCT) == product_id)
        return skill;
    }
  return NULL;
}

static void
on_view_error (GtkWidget *view,
               GError    *error,
               Fixture   *fixture)
{
  g_clear_error (&fixture->last_error);
  fixture->last_error = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWidget *box;

  fixture->dir = g_dir_make_tmp ("runway-staffing-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.runway", NULL);
  fixture->plan = runway_test_new_demo_plan (path, "Staffing view test");
  runway_plan_clear_history (fixture->plan);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1300, 820);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  fixture->staffing = RUNWAY_STAFFING_VIEW (runway_staffing_view_new ());
  fixture->ownership = RUNWAY_OWNERSHIP_VIEW (runway_ownership_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->staffing), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->ownership), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->staffing));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->ownership));
  runway_staffing_view_set_plan (fixture->staffing, fixture->plan);
  runway_ownership_view_set_plan (fixture->ownership, fixture->plan);
  g_signal_connect (fixture->staffing, "error", G_CALLBACK (on_view_error), fixture);
  g_signal_connect (fixture->ownership, "error", G_CALLBACK (on_view_error), fixture);
  gtk_window_set_child (fixture->window, box);
  gtk_window_present (fixture->window);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  runway_ui_test_drain ();
  g_clear_error (&fixture->last_error);
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static void
assert_oracle (Fixture    *fixture,
               gint64      oracle,
               const char *fte,
               gboolean    understaffed,
               gboolean    single_expert)
{
  GtkLabel *label = runway_staffing_view_get_fte_label (fixture->staffing, oracle);
  gboolean is_understaffed, is_single_expert;

  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, fte);
  g_assert_true (runway_staffing_view_is_flagged (fixture->staffing, oracle,
                                                  &is_understaffed, &is_single_expert));
  g_assert_cmpint (is_understaffed, ==, understaffed);
  g_assert_cmpint (is_single_expert, ==, single_expert);
}

/* Oracle Database has one expert and a third of the minimum; a second
 * expert chosen in the cell clears the single-expert flag, and undo puts
 * it back. */
static void
test_second_expert (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 oracle = find_id (fixture->plan, RUNWAY_KIND_PRODUCT, "Oracle Database");
  gint64 robert = find_id (fixture->plan, RUNWAY_KIND_PERSON, "Robert Fischer");
  gint64 chen = find_id (fixture->plan, RUNWAY_KIND_PERSON, "Chen Wei");
  GtkDropDown *cell = runway_staffing_view_get_cell (fixture->staffing, chen, oracle);
  RunwayEntity *skill;

  assert_oracle (fixture, oracle, "1.0 / 3 FTE", TRUE, TRUE);
  g_assert_nonnull (cell);
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (runway_staffing_view_get_cell (fixture->staffing,
                                                                              robert, oracle)),
                    ==, 3);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Level of Chen Wei on Oracle Database");

  /* what the user does: pick "Expert" in the cell */
  gtk_drop_down_set_selected (cell, 3);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));
  g_assert_null (fixture->last_error);
  skill = find_skill (fixture->plan, chen, oracle);
  g_assert_nonnull (skill);
  g_assert_cmpstr (runway_entity_get_string (skill, RUNWAY_SKILL_LEVEL), ==, "expert");
  assert_oracle (fixture, oracle, "1.8 / 3 FTE", TRUE, FALSE);
  /* the edit did not rebuild the grid under the user */
  g_assert_true (runway_staffing_view_get_cell (fixture->staffing, chen, oracle) == cell);

  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));
  g_assert_null (find_skill (fixture->plan, chen, oracle));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 0);
  assert_oracle (fixture, oracle, "1.0 / 3 FTE", TRUE, TRUE);

  /* the setter goes the same way, and refuses what is not a level */
  g_assert_true (runway_staffing_view_set_level (fixture->staffing, chen, oracle, "practitioner",
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 2);
  /* a practitioner is a second knower too: Robert is no longer the only one */
  assert_oracle (fixture, oracle, "1.8 / 3 FTE", TRUE, FALSE);
  g_assert_false (runway_staffing_view_set_level (fixture->staffing, chen, oracle, "guru",
                                                  &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
}

/* "None" removes the skill, and undo brings it back. */
static void
test_none_removes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 postgres = find_id (fixture->plan, RUNWAY_KIND_PRODUCT, "PostgreSQL");
  gint64 chen = find_id (fixture->plan, RUNWAY_KIND_PERSON, "Chen Wei");
  GtkDropDown *cell = runway_staffing_view_get_cell (fixture->staffing, chen, postgres);
  GtkLabel *fte = runway_staffing_view_get_fte_label (fixture->staffing, postgres);
  g_autofree char *before = g_strdup (gtk_label_get_text (fte));

  g_assert_nonnull (find_skill (fixture->plan, chen, postgres));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 2);

  g_assert_true (runway_staffing_view_set_level (fixture->staffing, chen, postgres, "none",
                                                 &error));
  g_assert_no_error (error);
  g_assert_null (find_skill (fixture->plan, chen, postgres));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 0);
  g_assert_cmpstr (gtk_label_get_text (fte), !=, before);

  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_nonnull (find_skill (fixture->plan, chen, postgres));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (fte), ==, before);
}

/* Messaging leaves security to nobody: a gap, until a team is chosen. */
static void
test_ownership_gap (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 messaging = find_id (fixture->plan, RUNWAY_KIND_CAPABILITY, "Messaging");
  gint64 database = find_id (fixture->plan, RUNWAY_KIND_TEAM, "Database Engineering");
  gint64 platform = find_id (fixture->plan, RUNWAY_KIND_TEAM, "Platform Operations");
  GtkDropDown *cell = runway_ownership_view_get_cell (fixture->ownership, messaging, "security");
  GtkStringObject *item;

  g_assert_nonnull (cell);
  g_assert_cmpstr (runway_ownership_view_get_area_label ("design-integration"), ==,
                   "Design & integration");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Security of Messaging");
  g_assert_true (runway_ownership_view_is_gap (fixture->ownership, messaging, "security"));
  g_assert_false (runway_ownership_view_is_gap (fixture->ownership, messaging, "operations"));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 0);

  g_assert_true (runway_ownership_view_set_team (fixture->ownership, messaging, "security",
                                                 database, &error));
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->ownership));
  g_assert_false (runway_ownership_view_is_gap (fixture->ownership, messaging, "security"));
  item = gtk_drop_down_get_selected_item (cell);
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Database Engineering");

  /* the cell itself: another team, then nobody */
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (cell)); i++)
    {
      item = g_list_model_get_item (gtk_drop_down_get_model (cell), i);
      if (g_strcmp0 (gtk_string_object_get_string (item), "Platform Operations") == 0)
        gtk_drop_down_set_selected (cell, i);
      g_object_unref (item);
    }
  g_assert_null (fixture->last_error);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (cell)), ==,
                   "Platform Operations");
  gtk_drop_down_set_selected (cell, 0);
  g_assert_true (runway_ownership_view_is_gap (fixture->ownership, messaging, "security"));

  /* undo the removal, the change of team and the fill: the gap again */
  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_false (runway_ownership_view_is_gap (fixture->ownership, messaging, "security"));
  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->ownership));
  g_assert_true (runway_ownership_view_is_gap (fixture->ownership, messaging, "security"));
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 0);
  (void) platform;
}

/* Edits made through the plan, not the views, show up in both. */
static void
test_plan_edits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) skill = NULL;
  g_autoptr(RunwayEntity) responsibility = NULL;
  gint64 oracle = find_id (fixture->plan, RUNWAY_KIND_PRODUCT, "Oracle Database");
  gint64 ingrid = find_id (fixture->plan, RUNWAY_KIND_PERSON, "Ingrid Hansen");
  gint64 secrets = find_id (fixture->plan, RUNWAY_KIND_CAPABILITY, "Secrets management");
  gint64 architecture = find_id (fixture->plan, RUNWAY_KIND_TEAM, "Architecture");
  GtkDropDown *cell;

  g_assert_true (runway_ownership_view_is_gap (fixture->ownership, secrets, "cost-licences"));

  skill = runway_entity_new_with (RUNWAY_KIND_SKILL, "person", ingrid, "product", oracle,
                                  "level", "expert", NULL);
  g_assert_cmpint (runway_plan_add (fixture->plan, skill, &error), >, 0);
  g_assert_no_error (error);
  responsibility = runway_entity_new_with (RUNWAY_KIND_RESPONSIBILITY, "capability", secrets,
                                           "area", "cost-licences", "team", architecture, NULL);
  g_assert_cmpint (runway_plan_add (fixture->plan, responsibility, &error), >, 0);
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));

  cell = runway_staffing_view_get_cell (fixture->staffing, ingrid, oracle);
  g_assert_cmpuint (gtk_drop_down_get_selected (cell), ==, 3);
  assert_oracle (fixture, oracle, "1.5 / 3 FTE", TRUE, FALSE);
  g_assert_false (runway_ownership_view_is_gap (fixture->ownership, secrets, "cost-licences"));
  cell = runway_ownership_view_get_cell (fixture->ownership, secrets, "cost-licences");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (cell)), ==,
                   "Architecture");

  /* a new team is offered in every cell */
  {
    g_autoptr(RunwayEntity) team = runway_entity_new_with (RUNWAY_KIND_TEAM,
                                                           "name", "Aardvark Squad", NULL);
    GListModel *teams;
    g_autoptr(GtkStringObject) first = NULL;

    g_assert_cmpint (runway_plan_add (fixture->plan, team, &error), >, 0);
    g_assert_no_error (error);
    cell = runway_ownership_view_get_cell (fixture->ownership, secrets, "cost-licences");
    teams = gtk_drop_down_get_model (cell);
    first = g_list_model_get_item (teams, 1);
    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Aardvark Squad");
    g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (cell)), ==,
                     "Architecture");
  }
}

static gboolean
is_status_page_titled (GtkWidget     *widget,
                       gconstpointer  title)
{
  return gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

static AdwStatusPage *
find_too_large (GtkWidget *view)
{
  return ADW_STATUS_PAGE (runway_ui_test_find_widget (view, ADW_TYPE_STATUS_PAGE,
                                                      is_status_page_titled,
                                                      "Too Large for a Matrix"));
}

/* A plan with more people × products, or capabilities × areas, than a
 * matrix can hold gets a status page that says so instead of a window
 * that stops answering; grown while the views were hidden, they say so
 * when shown. */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 vendor = find_id (fixture->plan, RUNWAY_KIND_VENDOR, "Oracle");
  gint64 team = find_id (fixture->plan, RUNWAY_KIND_TEAM, "Architecture");
  gint64 capability = find_id (fixture->plan, RUNWAY_KIND_CAPABILITY, "Secrets management");
  gint64 oracle = find_id (fixture->plan, RUNWAY_KIND_PRODUCT, "Oracle Database");
  gint64 first_person = 0;
  AdwStatusPage *page;

  g_assert_null (find_too_large (GTK_WIDGET (fixture->staffing)));
  gtk_widget_set_visible (GTK_WIDGET (fixture->staffing), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->ownership), FALSE);

  g_assert_true (runway_plan_begin_edit (fixture->plan, "Grow", &error));
  for (guint i = 0; i < 70; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %02u", i);
      gint64 person = runway_test_add (fixture->plan, RUNWAY_KIND_PERSON, "team", team,
                                       "name", name, NULL);

      if (first_person == 0)
        first_person = person;
    }
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("Product %02u", i);
      gint64 product = runway_test_add (fixture->plan, RUNWAY_KIND_PRODUCT, "vendor", vendor,
                                        "name", name, NULL);
      gint64 release = runway_test_add (fixture->plan, RUNWAY_KIND_RELEASE, "product", product,
                                        "version", "1.0", NULL);

      runway_test_add (fixture->plan, RUNWAY_KIND_DEPLOYMENT, "capability", capability,
                       "release", release, "environment", "production", NULL);
    }
  for (guint i = 0; i < 560; i++)
    {
      g_autofree char *name = g_strdup_printf ("Capability %03u", i);

      runway_test_add (fixture->plan, RUNWAY_KIND_CAPABILITY, "name", name, NULL);
    }
  g_assert_true (runway_plan_end_edit (fixture->plan, &error));
  g_assert_no_error (error);
  runway_ui_test_drain ();

  gtk_widget_set_visible (GTK_WIDGET (fixture->staffing), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (fixture->ownership), TRUE);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));

  page = find_too_large (GTK_WIDGET (fixture->staffing));
  g_assert_nonnull (page);
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "people and"));
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "Risks view"));
  g_assert_null (runway_staffing_view_get_cell (fixture->staffing, first_person, oracle));
  g_assert_null (runway_staffing_view_get_fte_label (fixture->staffing, oracle));

  page = find_too_large (GTK_WIDGET (fixture->ownership));
  g_assert_nonnull (page);
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "capabilities are too many"));
  g_assert_null (runway_ownership_view_get_cell (fixture->ownership, capability,
                                                 "cost-licences"));

  /* back within bounds (undo), the matrices come back */
  g_assert_true (runway_plan_undo (fixture->plan, &error));
  g_assert_no_error (error);
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->staffing));
  g_assert_null (find_too_large (GTK_WIDGET (fixture->staffing)));
  g_assert_null (find_too_large (GTK_WIDGET (fixture->ownership)));
  assert_oracle (fixture, oracle, "1.0 / 3 FTE", TRUE, TRUE);
  g_assert_nonnull (runway_ownership_view_get_cell (fixture->ownership, capability,
                                                    "cost-licences"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/staffing-view/second-expert", Fixture, NULL, fixture_set_up, test_second_expert,
              fixture_tear_down);
  g_test_add ("/staffing-view/none-removes", Fixture, NULL, fixture_set_up, test_none_removes,
              fixture_tear_down);
  g_test_add ("/ownership-view/gap", Fixture, NULL, fixture_set_up, test_ownership_gap,
              fixture_tear_down);
  g_test_add ("/staffing-view/too-large", Fixture, NULL, fixture_set_up, test_too_large,
              fixture_tear_down);
  g_test_add ("/staffing-view/plan-edits", Fixture, NULL, fixture_set_up, test_plan_edits,
              fixture_tear_down);

  return g_test_run ();
}
