/* runway-details-pane.c — what the selected entity is, and what can be added to it
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane beside the timeline shows every field of the selected entity,
 * references by name, and offers to add what belongs to it: releases and
 * roadmap items to a product, deployments and migrations to a capability
 * or a release, people to a team. What can be added is read from the
 * schema (every kind whose required reference points at the selected
 * kind), so a new kind gets its button without code here.
 *
 * The buttons activate the window's actions: win.edit-entity,
 * win.delete-entity and win.add-child with the child kind's table name;
 * the window asks the pane which entity is the parent.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-details-pane.h"
#include "runway-utils.h"

struct _RunwayDetailsPane
{
  AdwBin        parent_instance;

  RunwayPlan   *plan;
  RunwayEntity *entity;
  gboolean      stale;        /* the plan changed while the pane was hidden */

  GtkWidget    *stack;
  GtkWidget    *title;
  GtkWidget    *subtitle;
  GtkWidget    *fields;       /* AdwPreferencesGroup, rebuilt */
  GtkWidget    *additions;    /* AdwPreferencesGroup, rebuilt */
  GtkWidget    *parts;        /* GtkBox of one group per child kind, rebuilt */
  GtkWidget    *edit_button;
  GtkWidget    *delete_button;
};

G_DEFINE_FINAL_TYPE (RunwayDetailsPane, runway_details_pane, ADW_TYPE_BIN)

/* What the button that adds a @kind to the selection says. */
static const char *
get_add_label (RunwayKind kind,
               RunwayKind parent_kind)
{
  switch (kind)
    {
    case RUNWAY_KIND_PRODUCT: return _("Add Product…");
    case RUNWAY_KIND_RELEASE: return _("Add Release…");
    case RUNWAY_KIND_ROADMAP_ITEM: return _("Add Roadmap Item…");
    case RUNWAY_KIND_PERSON: return _("Add Person…");
    case RUNWAY_KIND_SKILL: return _("Add Skill…");
    case RUNWAY_KIND_CAPABILITY:
      return parent_kind == RUNWAY_KIND_CAPABILITY ? _("Add Sub-capability…")
                                                   : _("Add Capability…");
    case RUNWAY_KIND_DEPLOYMENT: return _("Add Deployment…");
    case RUNWAY_KIND_MIGRATION: return _("Add Migration…");
    case RUNWAY_KIND_RESPONSIBILITY: return _("Add Responsibility…");
    case RUNWAY_KIND_ALTERNATIVE: return _("Add Alternative…");
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_TEAM:
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      return NULL;
    }
}

/**
 * runway_details_pane_get_child_kinds:
 * @kinds: (out caller-allocates): room for %RUNWAY_N_KINDS kinds
 *
 * The kinds that can be added to an entity of @kind with it filled in:
 * those whose first reference to @kind is required, and sub-capabilities.
 * Acceptances are made from the risk view, not here.
 *
 * Returns: how many kinds were written to @kinds
 */
guint
runway_details_pane_get_child_kinds (RunwayKind  kind,
                                     RunwayKind *kinds)
{
  guint n = 0;

  for (RunwayKind child = 0; child < RUNWAY_N_KINDS; child++)
    {
      const RunwayTable *table = runway_schema_get_table (child);

      if (child == RUNWAY_KIND_ACCEPTANCE || child == RUNWAY_KIND_SETTINGS)
        continue;
      for (guint i = 0; i < table->n_columns; i++)
        {
          const RunwayColumn *column = &table->columns[i];

          if (column->type != RUNWAY_COLUMN_REF || column->ref_kind != kind)
            continue;
          /* the editor fills in the first such reference */
          if ((column->flags & RUNWAY_COLUMN_REQUIRED) != 0 || child == kind)
            kinds[n++] = child;
          break;
        }
    }
  return n;
}

/* A field's value as the user reads it; NULL when it has none. */
static char *
dup_value_text (RunwayDetailsPane  *self,
                const RunwayColumn *column,
                guint               index)
{
  switch (column->type)
    {
    case RUNWAY_COLUMN_REF:
      return runway_dup_entity_name (self->plan, column->ref_kind,
                                     runway_entity_get_int (self->entity, index));
    case RUNWAY_COLUMN_BOOL:
      return g_strdup (runway_entity_get_int (self->entity, index) ? _("Yes") : _("No"));
    case RUNWAY_COLUMN_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, runway_entity_get_int (self->entity, index));
    case RUNWAY_COLUMN_REAL:
      return g_strdup_printf ("%g", runway_entity_get_real (self->entity, index));
    case RUNWAY_COLUMN_MILESTONE:
      switch (runway_entity_get_milestone (self->entity, index).kind)
        {
        case RUNWAY_MILESTONE_ENDED:
          /* Translators: a milestone passed on a date nobody recorded */
          return g_strdup (C_("milestone", "Ended"));
        case RUNWAY_MILESTONE_NONE:
          /* Translators: a milestone the release will never have */
          return g_strdup (C_("milestone", "None"));
        case RUNWAY_MILESTONE_UNKNOWN:
          return g_strdup (C_("milestone", "Unknown"));
        case RUNWAY_MILESTONE_DATE:
        default:
          return runway_format_date_text (runway_entity_get_string (self->entity, index));
        }
    case RUNWAY_COLUMN_ENUM:
      {
        const char *value = runway_entity_get_string (self->entity, index);

        return value ? runway_dup_enum_label (value) : NULL;
      }
    case RUNWAY_COLUMN_DATE:
      return runway_format_date_text (runway_entity_get_string (self->entity, index));
    case RUNWAY_COLUMN_ID:
    case RUNWAY_COLUMN_TEXT:
    default:
      return g_strdup (runway_entity_get_string (self->entity, index));
    }
}

static void
clear_group (GtkWidget **group_slot,
             const char *title)
{
  GtkWidget *parent = gtk_widget_get_parent (*group_slot);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_insert_child_after (GTK_BOX (parent), group, *group_slot);
  gtk_box_remove (GTK_BOX (parent), *group_slot);
  *group_slot = group;
}

static void
add_field_rows (RunwayDetailsPane *self)
{
  const RunwayTable *table = runway_schema_get_table (runway_entity_get_kind (self->entity));

  clear_group (&self->fields, _("Details"));
  for (guint i = 1; i < table->n_columns; i++)
    {
      const RunwayColumn *column = &table->columns[i];
      g_autofree char *value = dup_value_text (self, column, i);
      GtkWidget *row;

      /* the title says the label field; unknown milestones still say so */
      if (value == NULL && column->type != RUNWAY_COLUMN_MILESTONE)
        continue;
      if ((int) i == table->label_column)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(column->label));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value ? value : C_("milestone", "Unknown"));
      gtk_widget_add_css_class (row, "property");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->fields), row);
    }
}

static void
add_addition_rows (RunwayDetailsPane *self)
{
  RunwayKind kind = runway_entity_get_kind (self->entity);
  RunwayKind children[RUNWAY_N_KINDS];
  guint n = runway_details_pane_get_child_kinds (kind, children);
  gboolean read_only = runway_plan_is_read_only (self->plan);

  clear_group (&self->additions, _("Add"));
  gtk_widget_set_visible (self->additions, n > 0 && !read_only);
  for (guint i = 0; i < n; i++)
    {
      const char *label = get_add_label (children[i], kind);
      GtkWidget *button;

      if (label == NULL)
        continue;
      button = gtk_button_new_with_label (label);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.add-child");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        runway_schema_get_table (children[i])->table);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->additions), button);
    }
}

/* At most this many of one kind are listed; a product with hundreds of
 * releases is read on the timeline. */
#define MAX_LISTED_PARTS 50

static void
on_part_activated (RunwayDetailsPane *self,
                   AdwActionRow      *row)
{
  RunwayEntity *part = g_object_get_data (G_OBJECT (row), "entity");

  if (part != NULL && runway_entity_is_live (part))
    runway_details_pane_set_entity (self, part);
}

/* What belongs to the entity, kind by kind (a team's people, a product's
 * releases, a capability's deployments); a row shows that part here. */
static void
add_part_groups (RunwayDetailsPane *self)
{
  RunwayKind kind = runway_entity_get_kind (self->entity);
  gint64 id = runway_entity_get_id (self->entity);
  RunwayKind children[RUNWAY_N_KINDS];
  guint n_children = runway_details_pane_get_child_kinds (kind, children);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->parts)) != NULL)
    gtk_box_remove (GTK_BOX (self->parts), child);

  for (guint k = 0; k < n_children; k++)
    {
      const RunwayTable *table = runway_schema_get_table (children[k]);
      GListModel *model = runway_plan_get_model (self->plan, children[k]);
      guint n_items = g_list_model_get_n_items (model);
      GtkWidget *group = NULL;
      guint listed = 0, found = 0;
      int column = -1;

      for (guint i = 0; i < table->n_columns && column < 0; i++)
        if (table->columns[i].type == RUNWAY_COLUMN_REF && table->columns[i].ref_kind == kind)
          column = (int) i;

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(RunwayEntity) part = g_list_model_get_item (model, i);
          g_autofree char *title = NULL;
          GtkWidget *row;

          if (runway_entity_get_int (part, column) != id)
            continue;
          found++;
          if (listed == MAX_LISTED_PARTS)
            continue;
          if (group == NULL)
            group = adw_preferences_group_new ();
          title = runway_plan_dup_title (self->plan, part);
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_object_set_data_full (G_OBJECT (row), "entity", g_object_ref (part), g_object_unref);
          g_signal_connect_object (row, "activated", G_CALLBACK (on_part_activated), self,
                                   G_CONNECT_SWAPPED);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          listed++;
        }

      if (group != NULL)
        {
          g_autofree char *count = runway_dup_count_label (children[k], found);

          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), count);
          gtk_box_append (GTK_BOX (self->parts), group);
        }
    }
}

static void
update (RunwayDetailsPane *self)
{
  g_autofree char *title = NULL;
  g_autofree char *noun = NULL;
  gboolean editable;

  self->stale = FALSE;
  if (self->entity != NULL && (self->plan == NULL || !runway_entity_is_live (self->entity)))
    g_clear_object (&self->entity);

  if (self->entity == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Nothing selected"), -1);
      return;
    }

  title = runway_plan_dup_title (self->plan, self->entity);
  gtk_label_set_label (GTK_LABEL (self->title), title);
  noun = runway_dup_readable_enum_value (runway_kind_get_noun (runway_entity_get_kind (self->entity), 1));
  gtk_label_set_label (GTK_LABEL (self->subtitle), noun);
  add_field_rows (self);
  add_part_groups (self);
  add_addition_rows (self);

  editable = !runway_plan_is_read_only (self->plan) &&
             runway_entity_get_kind (self->entity) != RUNWAY_KIND_SETTINGS;
  gtk_widget_set_sensitive (self->edit_button, editable);
  gtk_widget_set_sensitive (self->delete_button, editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  title, -1);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "entity");
}

/* Listing what belongs to the selection walks whole models: a hidden pane
 * waits until it is shown instead of doing that on every edit. */
static void
on_plan_changed (RunwayDetailsPane *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      update (self);
      return;
    }
  self->stale = TRUE;
  /* what the window edits or deletes must still be there */
  if (self->entity != NULL && !runway_entity_is_live (self->entity))
    g_clear_object (&self->entity);
}

static void
runway_details_pane_map (GtkWidget *widget)
{
  RunwayDetailsPane *self = RUNWAY_DETAILS_PANE (widget);

  GTK_WIDGET_CLASS (runway_details_pane_parent_class)->map (widget);
  if (self->stale)
    update (self);
}

static void
runway_details_pane_dispose (GObject *object)
{
  RunwayDetailsPane *self = RUNWAY_DETAILS_PANE (object);

  runway_details_pane_set_plan (self, NULL);

  G_OBJECT_CLASS (runway_details_pane_parent_class)->dispose (object);
}

/* The timeline keeps the room: the pane asks for a sidebar's width, however
 * long a description or a name is (they wrap). */
#define PANE_WIDTH 340

static void
runway_details_pane_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  GTK_WIDGET_CLASS (runway_details_pane_parent_class)->measure (widget, orientation, for_size,
                                                                minimum, natural,
                                                                minimum_baseline,
                                                                natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, PANE_WIDTH));
}

static void
runway_details_pane_class_init (RunwayDetailsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_details_pane_dispose;
  widget_class->measure = runway_details_pane_measure;
  widget_class->map = runway_details_pane_map;
  gtk_widget_class_set_css_name (widget_class, "detailspane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip,
                 const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

static void
runway_details_pane_init (RunwayDetailsPane *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *empty = adw_status_page_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Details of the selection"), -1);

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->title), TRUE);
  gtk_widget_add_css_class (self->title, "title-3");
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_box_append (GTK_BOX (names), self->title);
  gtk_box_append (GTK_BOX (names), self->subtitle);
  gtk_widget_set_hexpand (names, TRUE);

  self->edit_button = new_icon_button ("document-edit-symbolic", _("Edit"), "win.edit-entity");
  self->delete_button = new_icon_button ("user-trash-symbolic", _("Delete"), "win.delete-entity");
  gtk_widget_set_valign (self->edit_button, GTK_ALIGN_START);
  gtk_widget_set_valign (self->delete_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), names);
  gtk_box_append (GTK_BOX (header), self->edit_button);
  gtk_box_append (GTK_BOX (header), self->delete_button);

  self->fields = adw_preferences_group_new ();
  self->additions = adw_preferences_group_new ();
  self->parts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), self->fields);
  gtk_box_append (GTK_BOX (box), self->parts);
  gtk_box_append (GTK_BOX (box), self->additions);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "dialog-information-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select a release, product or capability to see its "
                                     "details and add what belongs to it"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "entity");
  adw_bin_set_child (ADW_BIN (self), self->stack);
}

void
runway_details_pane_set_plan (RunwayDetailsPane *self,
                              RunwayPlan        *plan)
{
  g_return_if_fail (RUNWAY_IS_DETAILS_PANE (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (self->plan != NULL)
    g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self,
                             G_CONNECT_SWAPPED);
  g_clear_object (&self->entity);
  update (self);
}

/**
 * runway_details_pane_get_entity:
 *
 * Returns: (transfer none) (nullable): the entity shown
 */
RunwayEntity *
runway_details_pane_get_entity (RunwayDetailsPane *self)
{
  g_return_val_if_fail (RUNWAY_IS_DETAILS_PANE (self), NULL);

  return self->entity;
}

/**
 * runway_details_pane_set_entity:
 * @entity: (nullable): a live entity of the pane's plan
 */
void
runway_details_pane_set_entity (RunwayDetailsPane *self,
                                RunwayEntity      *entity)
{
  g_return_if_fail (RUNWAY_IS_DETAILS_PANE (self));
  g_return_if_fail (entity == NULL || RUNWAY_IS_ENTITY (entity));

  if (self->entity == entity)
    return;
  g_set_object (&self->entity, entity);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->stale = TRUE;
}
