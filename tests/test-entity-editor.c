/* test-entity-editor.c — the entity editor and the removal dialog, on a
 * real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor is driven the way a user would fill it in, on the demo plan:
 * a release whose end of life comes before its general availability is
 * refused with a message on that field and cannot be saved, fixing it
 * saves one undoable release; editing a milestone by hand takes the
 * release away from the lifecycle importer; an impossible date is refused.
 * The removal dialog refuses a product still deployed and lists what goes
 * with an undeployed one.
 *
 * Set RUNWAY_TEST_SCREENSHOT=FILE.png to keep a picture of the editor
 * showing an error (taken with `import -window root`).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "runway-entity-editor.h"
#include "runway-lifecycle.h"
#include "runway-removal-dialog.h"
#include "runway-test-util.h"
#include "runway-ui-test-util.h"

typedef struct
{
  RunwayTestDemo  demo;
  GtkWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  runway_test_demo_set_up (&fixture->demo, data);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  runway_ui_test_drain ();
  runway_test_demo_tear_down (&fixture->demo, data);
}

static RunwayEntity *
find_product (Fixture    *fixture,
              const char *name)
{
  GListModel *model = runway_plan_get_model (fixture->demo.plan, RUNWAY_KIND_PRODUCT);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (model, i);

      if (g_strcmp0 (runway_entity_get_string (product, RUNWAY_PRODUCT_NAME), name) == 0)
        return product;
    }
  g_assert_not_reached ();
}

static RunwayEntity *
find_release (Fixture    *fixture,
              const char *product_name,
              const char *version)
{
  RunwayEntity *product = find_product (fixture, product_name);
  GListModel *model = runway_plan_get_model (fixture->demo.plan, RUNWAY_KIND_RELEASE);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (model, i);

      if (runway_entity_get_int (release, RUNWAY_RELEASE_PRODUCT) ==
            runway_entity_get_id (product) &&
          g_strcmp0 (runway_entity_get_string (release, RUNWAY_RELEASE_VERSION), version) == 0)
        return release;
    }
  g_assert_not_reached ();
}

static void
take_screenshot (GtkWidget *editor)
{
  const char *path = g_getenv ("RUNWAY_TEST_SCREENSHOT");
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (path == NULL)
    return;
  runway_ui_test_wait_for_frame (editor);
  command = g_strdup_printf ("import -window root %s", path);
  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_test_message ("screenshot in %s", path);
}

/* The brief's example: an end of life before general availability is
 * refused on that field; version 18 exists, which is refused next; a new
 * version and a later end of life can be saved, one undo step. */
static void
test_add_release (Fixture       *fixture,
                  gconstpointer  data)
{
  RunwayPlan *plan = fixture->demo.plan;
  RunwayEntity *product = find_product (fixture, "PostgreSQL");
  guint count = runway_plan_count (plan, RUNWAY_KIND_RELEASE);
  GtkWidget *widget = runway_entity_editor_new_for_add (fixture->window, plan,
                                                        RUNWAY_KIND_RELEASE, product);
  RunwayEntityEditor *editor = RUNWAY_ENTITY_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  const char *message;

  g_object_ref (editor);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == fixture->window);

  /* a new release with no version yet cannot be saved */
  g_assert_false (runway_entity_editor_can_save (editor));
  g_assert_nonnull (runway_entity_editor_get_error (editor, "version"));

  g_assert_true (runway_entity_editor_set_field (editor, "version", "18"));
  g_assert_true (runway_entity_editor_set_field (editor, "ga", "2025-09-25"));
  g_assert_true (runway_entity_editor_set_field (editor, "end-of-life", "2020-01-01"));
  message = runway_entity_editor_get_error (editor, "end-of-life");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "before general availability"));
  g_assert_null (runway_entity_editor_get_error (editor, "version"));
  g_assert_false (runway_entity_editor_can_save (editor));
  take_screenshot (widget);

  g_assert_false (runway_entity_editor_save (editor, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, count);

  /* PostgreSQL 18 is in the demo: the duplicate is refused on the version */
  runway_entity_editor_set_field (editor, "end-of-life", "2030-11-14");
  g_assert_null (runway_entity_editor_get_error (editor, "end-of-life"));
  g_assert_nonnull (runway_entity_editor_get_error (editor, "version"));
  g_assert_false (runway_entity_editor_can_save (editor));

  runway_entity_editor_set_field (editor, "version", "16");
  g_assert_null (runway_entity_editor_get_error (editor, "version"));
  g_assert_true (runway_entity_editor_can_save (editor));

  g_assert_true (runway_entity_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, count + 1);
  g_assert_cmpstr (runway_entity_get_string (find_release (fixture, "PostgreSQL", "16"),
                                             RUNWAY_RELEASE_END_OF_LIFE), ==, "2030-11-14");
  g_assert_false (gtk_widget_get_visible (widget));
  g_object_unref (editor);

  g_assert_true (runway_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, count);
}

/* Editing a milestone by hand clears the lifecycle source, so the importer
 * keeps the hand edit; editing something else keeps it. */
static void
test_edit_release (Fixture       *fixture,
                   gconstpointer  data)
{
  RunwayPlan *plan = fixture->demo.plan;
  RunwayEntity *release = find_release (fixture, "PostgreSQL", "15");
  g_autoptr(RunwayEntity) draft = runway_entity_copy (release);
  g_autoptr(GError) error = NULL;
  RunwayEntityEditor *editor;

  runway_entity_set_string (draft, RUNWAY_RELEASE_LIFECYCLE_SOURCE,
                            RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE);
  g_assert_true (runway_plan_update (plan, draft, &error));
  g_assert_no_error (error);

  editor = RUNWAY_ENTITY_EDITOR (runway_entity_editor_new_for_edit (fixture->window, plan,
                                                                    release));
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (runway_entity_editor_can_save (editor));
  runway_entity_editor_set_field (editor, "codename", "Elephant");
  g_assert_true (runway_entity_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_CODENAME), ==, "Elephant");
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_LIFECYCLE_SOURCE), ==,
                   RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE);

  editor = RUNWAY_ENTITY_EDITOR (runway_entity_editor_new_for_edit (fixture->window, plan,
                                                                    release));
  gtk_window_present (GTK_WINDOW (editor));
  runway_entity_editor_set_field (editor, "end-of-life", "2028-11-09");
  g_assert_true (runway_entity_editor_can_save (editor));
  g_assert_true (runway_entity_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE), ==,
                   "2028-11-09");
  g_assert_null (runway_entity_get_string (release, RUNWAY_RELEASE_LIFECYCLE_SOURCE));

  /* one undo step brings both back */
  g_assert_true (runway_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_LIFECYCLE_SOURCE), ==,
                   RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE);
  runway_ui_test_drain ();
}

static void
test_bad_date (Fixture       *fixture,
               gconstpointer  data)
{
  RunwayPlan *plan = fixture->demo.plan;
  g_autoptr(RunwayEntity) vendor = g_list_model_get_item (runway_plan_get_model (plan,
                                                            RUNWAY_KIND_VENDOR), 0);
  g_autofree char *before = g_strdup (runway_entity_get_string (vendor,
                                                                RUNWAY_VENDOR_CONTRACT_END));
  GtkWidget *widget = runway_entity_editor_new_for_edit (fixture->window, plan, vendor);
  RunwayEntityEditor *editor = RUNWAY_ENTITY_EDITOR (widget);

  gtk_window_present (GTK_WINDOW (editor));
  g_assert_true (runway_entity_editor_can_save (editor));
  runway_entity_editor_set_field (editor, "contract-end", "2027-02-30");
  g_assert_nonnull (runway_entity_editor_get_error (editor, "contract-end"));
  g_assert_null (runway_entity_editor_get_error (editor, "name"));
  g_assert_false (runway_entity_editor_can_save (editor));
  g_assert_cmpstr (runway_entity_get_string (vendor, RUNWAY_VENDOR_CONTRACT_END), ==, before);

  runway_entity_editor_set_field (editor, "contract-end", "2027-02-28");
  g_assert_null (runway_entity_editor_get_error (editor, "contract-end"));
  g_assert_true (runway_entity_editor_can_save (editor));
  gtk_window_destroy (GTK_WINDOW (editor));
  runway_ui_test_drain ();
}

static void
test_removal_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  RunwayPlan *plan = fixture->demo.plan;
  RunwayEntity *product = find_product (fixture, "PostgreSQL");
  guint count = runway_plan_count (plan, RUNWAY_KIND_PRODUCT);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (runway_removal_dialog_new (fixture->window,
                                                                           plan, product));

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "still used"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_false (adw_message_dialog_has_response (dialog, "delete"));
  adw_message_dialog_response (dialog, "close");
  runway_ui_test_drain ();
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_PRODUCT), ==, count);
}

static void
test_removal_confirmed (Fixture       *fixture,
                        gconstpointer  data)
{
  RunwayPlan *plan = fixture->demo.plan;
  RunwayEntity *postgresql = find_product (fixture, "PostgreSQL");
  gint64 vendor = runway_entity_get_int (postgresql, RUNWAY_PRODUCT_VENDOR);
  gint64 product_id = runway_test_add (plan, RUNWAY_KIND_PRODUCT, "vendor", vendor,
                                       "name", "Throwaway DB", NULL);
  guint products = runway_plan_count (plan, RUNWAY_KIND_PRODUCT);
  guint releases;
  RunwayEntity *product;
  AdwMessageDialog *dialog;
  const char *body;
  g_autoptr(GError) error = NULL;

  runway_test_add (plan, RUNWAY_KIND_RELEASE, "product", product_id, "version", "1.0", NULL);
  releases = runway_plan_count (plan, RUNWAY_KIND_RELEASE);
  product = runway_plan_lookup (plan, RUNWAY_KIND_PRODUCT, product_id);

  dialog = ADW_MESSAGE_DIALOG (runway_removal_dialog_new (fixture->window, plan, product));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Throwaway DB”?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Also deleted: 1 release."));
  g_assert_nonnull (strstr (body, "undo"));
  g_assert_true (adw_message_dialog_has_response (dialog, "delete"));

  adw_message_dialog_response (dialog, "delete");
  runway_ui_test_drain ();
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_PRODUCT), ==, products - 1);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, releases - 1);

  g_assert_true (runway_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_PRODUCT), ==, products);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RELEASE), ==, releases);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/entity-editor/add-release", Fixture, NULL, fixture_set_up, test_add_release,
              fixture_tear_down);
  g_test_add ("/entity-editor/edit-release", Fixture, NULL, fixture_set_up, test_edit_release,
              fixture_tear_down);
  g_test_add ("/entity-editor/bad-date", Fixture, NULL, fixture_set_up, test_bad_date,
              fixture_tear_down);
  g_test_add ("/entity-editor/removal-refused", Fixture, NULL, fixture_set_up,
              test_removal_refused, fixture_tear_down);
  g_test_add ("/entity-editor/removal-confirmed", Fixture, NULL, fixture_set_up,
              test_removal_confirmed, fixture_tear_down);

  return g_test_run ();
}
