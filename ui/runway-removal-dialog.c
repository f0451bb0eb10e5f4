/* runway-removal-dialog.c — asking before an entity and its parts go
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog says what else a removal takes with it (a product's releases,
 * a capability's deployments…), counted by kind, and that it can be
 * undone; when the plan refuses the removal because something else still
 * uses the entity, it says so and offers only Close.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-removal-dialog.h"
#include "runway-utils.h"

#define RESPONSE_DELETE "delete"
#define RESPONSE_CANCEL "cancel"
#define RESPONSE_CLOSE "close"

/* "Also deleted: 29 releases, 2 roadmap items, 5 skills." or NULL */
static char *
dup_parts_summary (GPtrArray    *removal,
                   RunwayEntity *entity)
{
  guint counts[RUNWAY_N_KINDS] = { 0, };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  for (guint i = 0; i < removal->len; i++)
    {
      RunwayEntity *part = g_ptr_array_index (removal, i);

      if (runway_entity_get_kind (part) == runway_entity_get_kind (entity) &&
          runway_entity_get_id (part) == runway_entity_get_id (entity))
        continue;
      counts[runway_entity_get_kind (part)]++;
    }
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    if (counts[k] > 0)
      g_ptr_array_add (parts, runway_dup_count_label ((RunwayKind) k, counts[k]));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the counts of "Also deleted: 2 releases, 5 skills" */
  list = g_strjoinv (_(", "), (char **) parts->pdata);
  /* Translators: %s is a list of counts, "29 releases, 2 roadmap items" */
  return g_strdup_printf (_("Also deleted: %s."), list);
}

static void
on_dialog_response (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  RunwayPlan *plan = g_object_get_data (G_OBJECT (dialog), "runway-plan");
  RunwayEntity *entity = g_object_get_data (G_OBJECT (dialog), "runway-entity");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, RESPONSE_DELETE) != 0 || plan == NULL || entity == NULL)
    return;

  if (!runway_plan_remove (plan, entity, &error))
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
      GtkWidget *refusal = adw_message_dialog_new (parent, _("Could Not Delete"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (refusal), RESPONSE_CLOSE,
                                       _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
    }
}

/**
 * runway_removal_dialog_new:
 *
 * Returns: (transfer none): a message dialog, to be presented, that asks
 * whether to delete @entity with its parts (responding "delete" removes
 * them, one undo step), or that says why it cannot be deleted (only a
 * "close" response).
 */
GtkWidget *
runway_removal_dialog_new (GtkWindow    *parent,
                           RunwayPlan   *plan,
                           RunwayEntity *entity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) removal = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *parts = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (entity), NULL);

  name = runway_plan_dup_title (plan, entity);
  removal = runway_plan_dup_removal_set (plan, entity, &error);
  if (removal == NULL)
    {
      /* Translators: the heading of a dialog refusing a removal */
      heading = g_strdup_printf (_("Cannot Delete “%s”"), name);
      dialog = adw_message_dialog_new (parent, heading, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CLOSE, _("_Close"));
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CLOSE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CLOSE);
      return dialog;
    }

  parts = dup_parts_summary (removal, entity);
  if (parts != NULL)
    body = g_strdup_printf ("%s\n\n%s", parts, _("You can undo this."));
  else
    body = g_strdup (_("You can undo this."));

  /* Translators: the heading of a dialog asking before a removal */
  heading = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    RESPONSE_CANCEL, _("_Cancel"),
                                    RESPONSE_DELETE, _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), RESPONSE_DELETE,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), RESPONSE_CANCEL);
  g_object_set_data_full (G_OBJECT (dialog), "runway-plan", g_object_ref (plan),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "runway-entity", g_object_ref (entity),
                          g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_dialog_response), NULL);
  return dialog;
}

/**
 * runway_confirm_removal:
 *
 * Asks whether to delete @entity and what goes with it, and deletes them
 * when the user agrees.
 */
void
runway_confirm_removal (GtkWindow    *parent,
                        RunwayPlan   *plan,
                        RunwayEntity *entity)
{
  GtkWidget *dialog = runway_removal_dialog_new (parent, plan, entity);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}
