/* runway-entity-editor.c — one dialog that adds or edits any entity of a plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form is built from the schema: one row per column except the id.
 * Every change builds a draft and asks the plan to validate it; the
 * message of a refusal goes under the row of the field it is about and
 * Save stays insensitive until the draft is acceptable, so nothing invalid
 * is ever stored. Saving is one runway_plan_add() or runway_plan_update(),
 * hence one undo step.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-entity-editor.h"
#include "runway-lifecycle.h"
#include "runway-utils.h"

/* The entries of a milestone's drop-down, in this order. */
enum {
  MILESTONE_CHOICE_DATE,
  MILESTONE_CHOICE_ENDED,
  MILESTONE_CHOICE_NONE,
  MILESTONE_CHOICE_UNKNOWN,
};

typedef struct
{
  guint               index;       /* in the table's columns */
  const RunwayColumn *column;
  GtkWidget          *row;         /* what the column looks like */
  GtkWidget          *entry;       /* TEXT, DATE (the row itself), MILESTONE */
  GtkWidget          *dropdown;    /* MILESTONE */
  GtkWidget          *toggle;      /* BOOL */
  GtkWidget          *spin;        /* INT, REAL */
  GArray             *ref_ids;     /* REF: gint64 per combo position, 0 for none */
  GtkWidget          *error_row;   /* holds error_label, shown under the row */
  GtkWidget          *error_label;
  char               *error;       /* the message shown, or NULL */
} Field;

struct _RunwayEntityEditor
{
  AdwWindow          parent_instance;

  RunwayPlan        *plan;
  RunwayKind         kind;
  RunwayEntity      *original;     /* the live entity edited, NULL when adding */
  RunwayEntity      *base;         /* the draft the widgets are applied to */

  GtkWidget         *save_button;
  GtkWidget         *list;
  GtkWidget         *message_label; /* errors about no field in particular */
  GPtrArray         *fields;        /* of Field */
  char              *message;
  gboolean           valid;
  gboolean           building;      /* widgets are being filled, not typed in */
};

G_DEFINE_FINAL_TYPE (RunwayEntityEditor, runway_entity_editor, ADW_TYPE_WINDOW)

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_pointer (&field->ref_ids, g_array_unref);
  g_free (field->error);
  g_free (field);
}

static Field *
find_field (RunwayEntityEditor *self,
            const char         *property)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (field->column->property, property))
        return field;
    }
  return NULL;
}

static gboolean
is_milestone_changed (RunwayEntityEditor *self,
                      RunwayEntity       *draft)
{
  const RunwayTable *table = runway_schema_get_table (self->kind);

  if (self->original == NULL)
    return FALSE;
  for (guint i = 0; i < table->n_columns; i++)
    if (table->columns[i].type == RUNWAY_COLUMN_MILESTONE &&
        g_strcmp0 (runway_entity_get_string (draft, i),
                   runway_entity_get_string (self->original, i)) != 0)
      return TRUE;
  return FALSE;
}

/* Copies what the widgets say into a new draft. */
static RunwayEntity *
build_draft (RunwayEntityEditor *self)
{
  RunwayEntity *draft = runway_entity_copy (self->base);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);
      guint position;

      switch (field->column->type)
        {
        case RUNWAY_COLUMN_TEXT:
        case RUNWAY_COLUMN_DATE:
          runway_entity_set_string (draft, field->index,
                                    gtk_editable_get_text (GTK_EDITABLE (field->entry)));
          break;
        case RUNWAY_COLUMN_MILESTONE:
          switch (gtk_drop_down_get_selected (GTK_DROP_DOWN (field->dropdown)))
            {
            case MILESTONE_CHOICE_DATE:
              {
                const char *text = gtk_editable_get_text (GTK_EDITABLE (field->entry));

                /* a date still to be typed is not "unknown": say it is missing */
                runway_entity_set_string (draft, field->index, *text ? text : "?");
              }
              break;
            case MILESTONE_CHOICE_ENDED:
              runway_entity_set_string (draft, field->index, "ended");
              break;
            case MILESTONE_CHOICE_NONE:
              runway_entity_set_string (draft, field->index, "none");
              break;
            default:
              runway_entity_set_string (draft, field->index, NULL);
              break;
            }
          break;
        case RUNWAY_COLUMN_ENUM:
          position = adw_combo_row_get_selected (ADW_COMBO_ROW (field->row));
          runway_entity_set_string (draft, field->index,
                                    position < g_strv_length ((char **) field->column->enum_values)
                                    ? field->column->enum_values[position] : NULL);
          break;
        case RUNWAY_COLUMN_REF:
          position = adw_combo_row_get_selected (ADW_COMBO_ROW (field->row));
          runway_entity_set_int (draft, field->index,
                                 position < field->ref_ids->len
                                 ? g_array_index (field->ref_ids, gint64, position) : 0);
          break;
        case RUNWAY_COLUMN_BOOL:
          runway_entity_set_int (draft, field->index,
                                 gtk_switch_get_active (GTK_SWITCH (field->toggle)));
          break;
        case RUNWAY_COLUMN_INT:
          runway_entity_set_int (draft, field->index,
                                 gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->spin)));
          break;
        case RUNWAY_COLUMN_REAL:
          runway_entity_set_real (draft, field->index,
                                  gtk_spin_button_get_value (GTK_SPIN_BUTTON (field->spin)));
          break;
        case RUNWAY_COLUMN_ID:
        default:
          break;
        }
    }

  /* A milestone edited by hand is no longer the importer's: a later import
   * must keep it. */
  if (self->kind == RUNWAY_KIND_RELEASE && is_milestone_changed (self, draft))
    runway_entity_set_string (draft, RUNWAY_RELEASE_LIFECYCLE_SOURCE, NULL);

  return draft;
}

static void
show_field_error (Field      *field,
                  const char *message)
{
  g_free (field->error);
  field->error = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (field->error_label), message ? message : "");
  gtk_widget_set_visible (field->error_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (field->row, "error");
  else
    gtk_widget_remove_css_class (field->row, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message ? message : "",
                                  -1);
  if (message != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (field->row),
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_STATE_INVALID);
}

static void
show_message (RunwayEntityEditor *self,
              const char         *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (GTK_LABEL (self->message_label), message ? message : "");
  gtk_widget_set_visible (self->message_label, message != NULL);
}

/* Shows @error next to its field, or above the form when it is about no
 * field the form shows; clears every other message. */
static void
show_error (RunwayEntityEditor *self,
            const GError       *error)
{
  const char *property = error ? runway_plan_error_get_field (error) : NULL;
  Field *target = property ? find_field (self, property) : NULL;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      show_field_error (field, field == target ? error->message : NULL);
    }
  show_message (self, error != NULL && target == NULL ? error->message : NULL);
}

static void
update_validity (RunwayEntityEditor *self)
{
  g_autoptr(RunwayEntity) draft = NULL;
  g_autoptr(GError) error = NULL;

  if (self->building)
    return;

  draft = build_draft (self);
  self->valid = runway_plan_validate (self->plan, draft, &error);
  show_error (self, error);
  gtk_widget_set_sensitive (self->save_button, self->valid);
}

static void
on_field_changed (RunwayEntityEditor *self)
{
  update_validity (self);
}

static void
on_milestone_dropdown_selected_notify (GtkDropDown *dropdown,
                                       GParamSpec  *pspec,
                                       GtkWidget   *entry)
{
  gboolean is_date = gtk_drop_down_get_selected (dropdown) == MILESTONE_CHOICE_DATE;

  gtk_widget_set_sensitive (entry, is_date);
}

static void
on_save_button_clicked (RunwayEntityEditor *self)
{
  runway_entity_editor_save (self, NULL);
}

static void
on_cancel_button_clicked (RunwayEntityEditor *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_entry_row_entry_activated (RunwayEntityEditor *self)
{
  if (self->valid)
    runway_entity_editor_save (self, NULL);
}

static GtkWidget *
create_error_row (Field *field)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_visible (row, FALSE);
  field->error_label = label;
  return row;
}

static GtkWidget *
create_spin_button (const RunwayColumn *column)
{
  gboolean is_real = column->type == RUNWAY_COLUMN_REAL;
  double max = column->max > column->min ? column->max : G_MAXINT;
  GtkWidget *spin = gtk_spin_button_new_with_range (column->min, max, is_real ? 0.05 : 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), is_real ? 2 : 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  return spin;
}

static void
fill_ref_choices (RunwayEntityEditor *self,
                  Field              *field)
{
  GListModel *model = runway_plan_get_model (self->plan, field->column->ref_kind);
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (model);

  field->ref_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!(field->column->flags & RUNWAY_COLUMN_REQUIRED))
    {
      gint64 none = 0;

      gtk_string_list_append (strings, C_("reference", "None"));
      g_array_append_val (field->ref_ids, none);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);
      g_autofree char *title = runway_plan_dup_title (self->plan, entity);
      gint64 id = runway_entity_get_id (entity);

      /* a capability cannot be its own parent */
      if (self->original != NULL && entity == self->original)
        continue;
      gtk_string_list_append (strings, title);
      g_array_append_val (field->ref_ids, id);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (strings));
}

static Field *
create_field (RunwayEntityEditor *self,
              guint               index)
{
  const RunwayColumn *column = &runway_schema_get_table (self->kind)->columns[index];
  Field *field = g_new0 (Field, 1);
  const char *title = _(column->label);

  field->index = index;
  field->column = column;

  switch (column->type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
      field->row = adw_entry_row_new ();
      field->entry = field->row;
      if (column->type == RUNWAY_COLUMN_DATE)
        {
          GtkWidget *hint = gtk_label_new (_("YYYY-MM-DD"));

          gtk_widget_add_css_class (hint, "dim-label");
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), hint);
        }
      g_signal_connect_swapped (field->row, "changed", G_CALLBACK (on_field_changed), self);
      g_signal_connect_swapped (field->row, "entry-activated",
                                G_CALLBACK (on_entry_row_entry_activated), self);
      break;
    case RUNWAY_COLUMN_MILESTONE:
      {
        static const char * const choices[] = {
          N_("Date"), N_("Ended"), N_("None"), N_("Unknown"), NULL
        };
        g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

        for (guint i = 0; choices[i] != NULL; i++)
          gtk_string_list_append (strings, _(choices[i]));
        field->row = adw_action_row_new ();
        field->dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&strings)), NULL);
        gtk_widget_set_valign (field->dropdown, GTK_ALIGN_CENTER);
        field->entry = gtk_entry_new ();
        gtk_entry_set_placeholder_text (GTK_ENTRY (field->entry), _("YYYY-MM-DD"));
        gtk_editable_set_width_chars (GTK_EDITABLE (field->entry), 11);
        gtk_widget_set_valign (field->entry, GTK_ALIGN_CENTER);
        gtk_accessible_update_property (GTK_ACCESSIBLE (field->dropdown),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (field->entry),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
        adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->dropdown);
        adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->entry);
        g_signal_connect (field->dropdown, "notify::selected",
                          G_CALLBACK (on_milestone_dropdown_selected_notify), field->entry);
        g_signal_connect_swapped (field->dropdown, "notify::selected",
                                  G_CALLBACK (on_field_changed), self);
        g_signal_connect_swapped (field->entry, "changed", G_CALLBACK (on_field_changed), self);
      }
      break;
    case RUNWAY_COLUMN_ENUM:
      {
        g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

        for (guint i = 0; column->enum_values[i] != NULL; i++)
          {
            g_autofree char *label = runway_dup_enum_label (column->enum_values[i]);

            gtk_string_list_append (strings, label);
          }
        field->row = adw_combo_row_new ();
        adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (strings));
        g_signal_connect_swapped (field->row, "notify::selected",
                                  G_CALLBACK (on_field_changed), self);
      }
      break;
    case RUNWAY_COLUMN_REF:
      field->row = adw_combo_row_new ();
      fill_ref_choices (self, field);
      g_signal_connect_swapped (field->row, "notify::selected",
                                G_CALLBACK (on_field_changed), self);
      break;
    case RUNWAY_COLUMN_BOOL:
      field->row = adw_action_row_new ();
      field->toggle = gtk_switch_new ();
      gtk_widget_set_valign (field->toggle, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->toggle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_signal_connect_swapped (field->toggle, "notify::active",
                                G_CALLBACK (on_field_changed), self);
      break;
    case RUNWAY_COLUMN_INT:
    case RUNWAY_COLUMN_REAL:
      field->row = adw_action_row_new ();
      field->spin = create_spin_button (column);
      adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->spin);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_signal_connect_swapped (field->spin, "value-changed", G_CALLBACK (on_field_changed), self);
      break;
    case RUNWAY_COLUMN_ID:
    default:
      g_assert_not_reached ();
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
  /* libadwaita 1.2 does not name the text inside an entry row after it */
  if (ADW_IS_ENTRY_ROW (field->row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_editable_get_delegate (
                                                      GTK_EDITABLE (field->row))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  field->error_row = create_error_row (field);
  return field;
}

/* Shows the draft's value of @field in its widgets. */
static void
load_field (RunwayEntityEditor *self,
            Field              *field,
            RunwayEntity       *draft)
{
  const char *text;
  RunwayMilestone milestone;

  switch (field->column->type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
      text = runway_entity_get_string (draft, field->index);
      gtk_editable_set_text (GTK_EDITABLE (field->entry), text ? text : "");
      break;
    case RUNWAY_COLUMN_MILESTONE:
      text = runway_entity_get_string (draft, field->index);
      if (!runway_milestone_parse (text, &milestone, NULL))
        milestone.kind = RUNWAY_MILESTONE_DATE;
      switch (milestone.kind)
        {
        case RUNWAY_MILESTONE_DATE:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_DATE);
          gtk_editable_set_text (GTK_EDITABLE (field->entry), text ? text : "");
          break;
        case RUNWAY_MILESTONE_ENDED:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_ENDED);
          break;
        case RUNWAY_MILESTONE_NONE:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_NONE);
          break;
        case RUNWAY_MILESTONE_UNKNOWN:
        default:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_UNKNOWN);
          break;
        }
      on_milestone_dropdown_selected_notify (GTK_DROP_DOWN (field->dropdown), NULL, field->entry);
      break;
    case RUNWAY_COLUMN_ENUM:
      text = runway_entity_get_string (draft, field->index);
      for (guint i = 0; text != NULL && field->column->enum_values[i] != NULL; i++)
        if (g_str_equal (field->column->enum_values[i], text))
          adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), i);
      break;
    case RUNWAY_COLUMN_REF:
      {
        gint64 id = runway_entity_get_int (draft, field->index);

        for (guint i = 0; i < field->ref_ids->len; i++)
          if (g_array_index (field->ref_ids, gint64, i) == id)
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), i);
      }
      break;
    case RUNWAY_COLUMN_BOOL:
      gtk_switch_set_active (GTK_SWITCH (field->toggle),
                             runway_entity_get_int (draft, field->index) != 0);
      break;
    case RUNWAY_COLUMN_INT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->spin),
                                 (double) runway_entity_get_int (draft, field->index));
      break;
    case RUNWAY_COLUMN_REAL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->spin),
                                 runway_entity_get_real (draft, field->index));
      break;
    case RUNWAY_COLUMN_ID:
    default:
      break;
    }
}

static void
build_form (RunwayEntityEditor *self)
{
  const RunwayTable *table = runway_schema_get_table (self->kind);
  g_autofree char *noun = runway_dup_readable_enum_value (_(table->name));
  g_autofree char *window_title = NULL;

  self->building = TRUE;
  for (guint i = 0; i < table->n_columns; i++)
    {
      Field *field;

      if (table->columns[i].type == RUNWAY_COLUMN_ID)
        continue;
      field = create_field (self, i);
      g_ptr_array_add (self->fields, field);
      gtk_list_box_append (GTK_LIST_BOX (self->list), field->row);
      gtk_list_box_append (GTK_LIST_BOX (self->list), field->error_row);
      load_field (self, field, self->base);
    }
  self->building = FALSE;

  if (self->original != NULL)
    {
      g_autofree char *name = runway_plan_dup_title (self->plan, self->original);

      /* Translators: the title of the dialog that edits an entity */
      window_title = g_strdup_printf (_("Edit “%s”"), name);
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
    }
  else
    {
      /* Translators: the title of the dialog that adds a vendor, a release… */
      window_title = g_strdup_printf (_("New %s"), noun);
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Add"));
    }
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  window_title, -1);
  update_validity (self);
}

static void
runway_entity_editor_dispose (GObject *object)
{
  RunwayEntityEditor *self = RUNWAY_ENTITY_EDITOR (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->original);
  g_clear_object (&self->base);

  G_OBJECT_CLASS (runway_entity_editor_parent_class)->dispose (object);
}

static void
runway_entity_editor_finalize (GObject *object)
{
  RunwayEntityEditor *self = RUNWAY_ENTITY_EDITOR (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self->message);

  G_OBJECT_CLASS (runway_entity_editor_parent_class)->finalize (object);
}

static void
runway_entity_editor_class_init (RunwayEntityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_entity_editor_dispose;
  object_class->finalize = runway_entity_editor_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
runway_entity_editor_init (RunwayEntityEditor *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->fields = g_ptr_array_new_with_free_func (field_free);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (on_cancel_button_clicked), self);
  g_signal_connect_swapped (self->save_button, "clicked",
                            G_CALLBACK (on_save_button_clicked), self);

  self->message_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->message_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->message_label), 0);
  gtk_widget_add_css_class (self->message_label, "error");
  gtk_widget_set_visible (self->message_label, FALSE);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "boxed-list");

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), self->message_label);
  gtk_box_append (GTK_BOX (box), self->list);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), scrolled);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
}

static RunwayEntityEditor *
create_editor (GtkWindow  *parent,
               RunwayPlan *plan,
               RunwayKind  kind)
{
  RunwayEntityEditor *self = g_object_new (RUNWAY_TYPE_ENTITY_EDITOR, NULL);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->plan = g_object_ref (plan);
  self->kind = kind;
  return self;
}

/**
 * runway_entity_editor_new_for_add:
 * @parent_or_null: (nullable): an entity the new one belongs to; the first
 *   reference to its kind is filled in (a release's product, a
 *   capability's parent)
 *
 * Returns: (transfer none): a dialog that adds an entity of @kind, to be
 * presented.
 */
GtkWidget *
runway_entity_editor_new_for_add (GtkWindow    *parent,
                                  RunwayPlan   *plan,
                                  RunwayKind    kind,
                                  RunwayEntity *parent_or_null)
{
  RunwayEntityEditor *self;
  const RunwayTable *table;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kind > RUNWAY_KIND_SETTINGS && kind < RUNWAY_N_KINDS, NULL);
  g_return_val_if_fail (parent_or_null == NULL || RUNWAY_IS_ENTITY (parent_or_null), NULL);

  self = create_editor (parent, plan, kind);
  self->base = runway_entity_new (kind);
  table = runway_schema_get_table (kind);
  if (parent_or_null != NULL)
    for (guint i = 0; i < table->n_columns; i++)
      if (table->columns[i].type == RUNWAY_COLUMN_REF &&
          table->columns[i].ref_kind == runway_entity_get_kind (parent_or_null))
        {
          runway_entity_set_int (self->base, i, runway_entity_get_id (parent_or_null));
          break;
        }
  build_form (self);
  return GTK_WIDGET (self);
}

/**
 * runway_entity_editor_new_for_edit:
 * @entity: a live entity of @plan, the plan settings included
 *
 * Returns: (transfer none): a dialog that edits @entity, to be presented.
 */
GtkWidget *
runway_entity_editor_new_for_edit (GtkWindow    *parent,
                                   RunwayPlan   *plan,
                                   RunwayEntity *entity)
{
  RunwayEntityEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RUNWAY_IS_ENTITY (entity), NULL);

  self = create_editor (parent, plan, runway_entity_get_kind (entity));
  self->original = g_object_ref (entity);
  self->base = runway_entity_copy (entity);
  build_form (self);
  return GTK_WIDGET (self);
}

static gboolean
parse_boolean (const char *text)
{
  return g_ascii_strcasecmp (text, "true") == 0 || g_ascii_strcasecmp (text, "yes") == 0 ||
         g_str_equal (text, "1");
}

/**
 * runway_entity_editor_set_field:
 * @property: the property of a column, "end-of-life"
 * @text: (nullable): the value as text: a date, "ended", "none" or "" for a
 *   milestone; an enumeration value; the title of a referenced entity or ""
 *   for none; "true"/"false"; a number
 *
 * Puts @text into the row of @property the way a user would, which
 * validates the form again.
 *
 * Returns: %FALSE when the row cannot show @text (no such choice)
 */
gboolean
runway_entity_editor_set_field (RunwayEntityEditor *self,
                                const char         *property,
                                const char         *text)
{
  Field *field;

  g_return_val_if_fail (RUNWAY_IS_ENTITY_EDITOR (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  field = find_field (self, property);
  g_return_val_if_fail (field != NULL, FALSE);
  if (text == NULL)
    text = "";

  switch (field->column->type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
      gtk_editable_set_text (GTK_EDITABLE (field->entry), text);
      return TRUE;
    case RUNWAY_COLUMN_MILESTONE:
      if (*text == '\0')
        gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_UNKNOWN);
      else if (g_str_equal (text, "ended"))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_ENDED);
      else if (g_str_equal (text, "none"))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_NONE);
      else
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (field->dropdown), MILESTONE_CHOICE_DATE);
          gtk_editable_set_text (GTK_EDITABLE (field->entry), text);
        }
      return TRUE;
    case RUNWAY_COLUMN_ENUM:
      for (guint i = 0; field->column->enum_values[i] != NULL; i++)
        if (g_str_equal (field->column->enum_values[i], text))
          {
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), i);
            return TRUE;
          }
      return FALSE;
    case RUNWAY_COLUMN_REF:
      {
        GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (field->row));

        for (guint i = 0; i < field->ref_ids->len; i++)
          {
            gint64 id = g_array_index (field->ref_ids, gint64, i);
            const char *title = gtk_string_list_get_string (GTK_STRING_LIST (model), i);

            if ((*text == '\0' && id == 0) || (id != 0 && g_strcmp0 (title, text) == 0))
              {
                adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), i);
                return TRUE;
              }
          }
      }
      return FALSE;
    case RUNWAY_COLUMN_BOOL:
      gtk_switch_set_active (GTK_SWITCH (field->toggle), parse_boolean (text));
      return TRUE;
    case RUNWAY_COLUMN_INT:
    case RUNWAY_COLUMN_REAL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->spin), g_ascii_strtod (text, NULL));
      return TRUE;
    case RUNWAY_COLUMN_ID:
    default:
      return FALSE;
    }
}

/**
 * runway_entity_editor_get_error:
 *
 * Returns: (nullable): the message shown under the row of @property
 */
const char *
runway_entity_editor_get_error (RunwayEntityEditor *self,
                                const char         *property)
{
  Field *field;

  g_return_val_if_fail (RUNWAY_IS_ENTITY_EDITOR (self), NULL);

  field = find_field (self, property);
  return field ? field->error : NULL;
}

/**
 * runway_entity_editor_get_message:
 *
 * Returns: (nullable): the message shown above the form, about no field in
 * particular (a refused save, say)
 */
const char *
runway_entity_editor_get_message (RunwayEntityEditor *self)
{
  g_return_val_if_fail (RUNWAY_IS_ENTITY_EDITOR (self), NULL);

  return self->message;
}

gboolean
runway_entity_editor_can_save (RunwayEntityEditor *self)
{
  g_return_val_if_fail (RUNWAY_IS_ENTITY_EDITOR (self), FALSE);

  return self->valid;
}

/**
 * runway_entity_editor_save:
 *
 * Adds or updates the entity, one undo step, and closes the dialog. When
 * the plan refuses (it changed meanwhile), says why in the dialog, which
 * stays open.
 */
gboolean
runway_entity_editor_save (RunwayEntityEditor  *self,
                           GError             **error)
{
  g_autoptr(RunwayEntity) draft = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_ENTITY_EDITOR (self), FALSE);

  draft = build_draft (self);
  if (self->original != NULL)
    ok = runway_plan_update (self->plan, draft, &local_error);
  else
    ok = runway_plan_add (self->plan, draft, &local_error) != 0;

  if (!ok)
    {
      show_error (self, local_error);
      self->valid = FALSE;
      gtk_widget_set_sensitive (self->save_button, FALSE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
