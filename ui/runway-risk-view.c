/* runway-risk-view.c — the Risks view: the plan's risks, filtered, and
 * their acceptance
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view keeps one RunwayRiskList (a snapshot the engine computed for the
 * as-of date) and shows it twice through GtkFilterListModels: the open risks
 * and, on a second page, the accepted ones. The list is recomputed on the
 * plan's "changed" signal, so counts follow every edit, undo and redo; the
 * selection is carried over by the risk's identity (rule, subject and what
 * it is about), without announcing it again.
 *
 * A column view has one GtkSignalListItemFactory per column, as Nautilus's
 * list view does. Severity is told by shape and word, never by colour
 * alone: ◆ Critical, ▲ High, ● Medium, ■ Low.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "runway-date.h"
#include "runway-entity.h"
#include "runway-risk-list.h"
#include "runway-risk-view.h"
#include "runway-utils.h"

struct _RunwayRiskView
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkDropDown        *severity_dropdown;
  GtkDropDown        *rule_dropdown;
  GtkDropDown        *capability_dropdown;
  GtkDropDown        *vendor_dropdown;
  GtkLabel           *summary_label;
  GtkLabel           *shown_label;
  GtkWidget          *accept_button;
  GtkWidget          *withdraw_button;
  GtkStack           *stack;
  GtkStackPage       *open_page;
  GtkStackPage       *accepted_page;
  GtkStack           *open_stack;
  GtkStack           *accepted_stack;
  GtkColumnView      *open_view;
  GtkColumnView      *accepted_view;
  AdwStatusPage      *open_empty;
  AdwStatusPage      *accepted_empty;

  RunwayPlan         *plan;
  char               *as_of;
  RunwayRiskList     *risks;
  char               *summary;

  GtkStringList      *capabilities;   /* "All capabilities", then the names */
  GtkStringList      *vendors;        /* "All vendors", then the names */
  GtkFilter          *open_filter;
  GtkFilter          *accepted_filter;
  GtkFilterListModel *open_risks;
  GtkFilterListModel *accepted_risks;
  GtkSingleSelection *open_selection;
  GtkSingleSelection *accepted_selection;

  char               *needle;         /* the casefolded search text, or NULL */
  gint64              vendor_id;      /* the vendor filter, 0 for all */
  gboolean            restoring;      /* putting the selection back after a refresh */
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_AS_OF,
  N_PROPS
};

enum {
  RISK_ACTIVATED,
  ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RunwayRiskView, runway_risk_view, GTK_TYPE_WIDGET)

typedef enum {
  COLUMN_SEVERITY,
  COLUMN_DATE,
  COLUMN_RULE,
  COLUMN_SUBJECT,
  COLUMN_MESSAGE,
  COLUMN_OWNER,
  COLUMN_EXPIRES,
  COLUMN_JUSTIFICATION,
} Column;

static const struct {
  const char *title;
  gboolean    expand;
  int         width;    /* fixed width, or -1 */
} columns[] = {
  [COLUMN_SEVERITY] = { N_("Severity"), FALSE, 120 },
  [COLUMN_DATE] = { N_("Date"), FALSE, 110 },
  [COLUMN_RULE] = { N_("Rule"), FALSE, 150 },
  [COLUMN_SUBJECT] = { N_("Subject"), FALSE, 220 },
  [COLUMN_MESSAGE] = { N_("Message"), TRUE, -1 },
  [COLUMN_OWNER] = { N_("Owner"), FALSE, 160 },
  [COLUMN_EXPIRES] = { N_("Expires"), FALSE, 110 },
  [COLUMN_JUSTIFICATION] = { N_("Justification"), TRUE, -1 },
};

static const Column open_columns[] = {
  COLUMN_SEVERITY, COLUMN_DATE, COLUMN_RULE, COLUMN_SUBJECT, COLUMN_MESSAGE,
};

static const Column accepted_columns[] = {
  COLUMN_SEVERITY, COLUMN_RULE, COLUMN_SUBJECT, COLUMN_OWNER, COLUMN_EXPIRES,
  COLUMN_JUSTIFICATION,
};

/* Shape and word, so severity never rests on colour; the colour classes are
 * libadwaita's own and follow its dark and high-contrast styles. */
static const struct {
  const char *label;
  const char *css_class;
} severities[] = {
  [RUNWAY_SEVERITY_CRITICAL] = { N_("◆ Critical"), "error" },
  [RUNWAY_SEVERITY_HIGH] = { N_("▲ High"), "warning" },
  [RUNWAY_SEVERITY_MEDIUM] = { N_("● Medium"), "accent" },
  [RUNWAY_SEVERITY_LOW] = { N_("■ Low"), NULL },
};

/* The severity dropdown's positions are the RunwaySeverity thresholds. */
static const char * const severity_thresholds[] = {
  N_("◆ Critical only"), N_("▲ High or worse"), N_("● Medium or worse"), N_("All severities"),
  NULL
};

static gboolean
is_same_risk (RunwayRisk *a,
              RunwayRisk *b)
{
  return g_strcmp0 (runway_risk_get_rule (a), runway_risk_get_rule (b)) == 0
         && g_strcmp0 (runway_risk_get_subject (a), runway_risk_get_subject (b)) == 0
         && runway_risk_get_capability_id (a) == runway_risk_get_capability_id (b)
         && runway_risk_get_product_id (a) == runway_risk_get_product_id (b)
         && runway_risk_get_release_id (a) == runway_risk_get_release_id (b);
}

static gboolean
contains_needle (const char *text,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static const char *
get_selected_string (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  if (item == NULL || gtk_drop_down_get_selected (dropdown) == 0)
    return NULL;
  return gtk_string_object_get_string (item);
}

static RunwaySeverity
get_min_severity (RunwayRiskView *self)
{
  guint selected = gtk_drop_down_get_selected (self->severity_dropdown);

  return selected <= RUNWAY_SEVERITY_LOW ? (RunwaySeverity) selected : RUNWAY_SEVERITY_LOW;
}

static gboolean
has_active_filter (RunwayRiskView *self)
{
  return self->needle != NULL
         || get_min_severity (self) != RUNWAY_SEVERITY_LOW
         || gtk_drop_down_get_selected (self->rule_dropdown) > 0
         || gtk_drop_down_get_selected (self->capability_dropdown) > 0
         || gtk_drop_down_get_selected (self->vendor_dropdown) > 0;
}

static gboolean
matches_filters (RunwayRiskView *self,
                 RunwayRisk     *risk)
{
  const char *rule = get_selected_string (self->rule_dropdown);
  const char *capability = get_selected_string (self->capability_dropdown);

  if (runway_risk_get_severity (risk) > get_min_severity (self))
    return FALSE;
  if (rule != NULL && g_strcmp0 (runway_risk_get_rule (risk), rule) != 0)
    return FALSE;
  if (capability != NULL && g_strcmp0 (runway_risk_get_capability (risk), capability) != 0)
    return FALSE;

  if (self->vendor_id != 0)
    {
      RunwayEntity *product = NULL;

      if (self->plan != NULL && runway_risk_get_product_id (risk) != 0)
        product = runway_plan_lookup (self->plan, RUNWAY_KIND_PRODUCT,
                                      runway_risk_get_product_id (risk));
      if (product == NULL
          || runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR) != self->vendor_id)
        return FALSE;
    }

  if (self->needle != NULL
      && !contains_needle (runway_risk_get_subject (risk), self->needle)
      && !contains_needle (runway_risk_get_message (risk), self->needle))
    return FALSE;

  return TRUE;
}

static gboolean
filter_open (gpointer item,
             gpointer user_data)
{
  return !runway_risk_is_accepted (item) && matches_filters (user_data, item);
}

static gboolean
filter_accepted (gpointer item,
                 gpointer user_data)
{
  return runway_risk_is_accepted (item) && matches_filters (user_data, item);
}

static RunwayRisk *
get_selected_risk (GtkSingleSelection *selection)
{
  return gtk_single_selection_get_selected_item (selection);
}

static void
update_actions (RunwayRiskView *self)
{
  gboolean open_page = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "open") == 0;
  gboolean editable = self->plan != NULL && !runway_plan_is_read_only (self->plan);

  gtk_widget_set_visible (self->accept_button, open_page);
  gtk_widget_set_visible (self->withdraw_button, !open_page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk-view.accept",
                                 editable && get_selected_risk (self->open_selection) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk-view.withdraw",
                                 editable && get_selected_risk (self->accepted_selection) != NULL);
}

static void
append_severity_count (GString        *text,
                       RunwaySeverity  severity,
                       guint           n)
{
  switch (severity)
    {
    case RUNWAY_SEVERITY_CRITICAL:
      g_string_append_printf (text, _("%u critical"), n);
      break;
    case RUNWAY_SEVERITY_HIGH:
      g_string_append_printf (text, _("%u high"), n);
      break;
    case RUNWAY_SEVERITY_MEDIUM:
      g_string_append_printf (text, _("%u medium"), n);
      break;
    case RUNWAY_SEVERITY_LOW:
      g_string_append_printf (text, _("%u low"), n);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
update_summary (RunwayRiskView *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autofree char *open_title = NULL;
  g_autofree char *accepted_title = NULL;
  guint n_open = runway_risk_view_get_n_open (self);
  guint n_accepted = runway_risk_view_get_n_accepted (self);
  guint n_open_shown = g_list_model_get_n_items (G_LIST_MODEL (self->open_risks));
  guint n_accepted_shown = g_list_model_get_n_items (G_LIST_MODEL (self->accepted_risks));

  if (self->risks != NULL && n_open == 0)
    g_string_append (summary, _("No open risks"));
  else if (self->risks != NULL)
    {
      gboolean first = TRUE;

      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u open risk",
                                                    "%u open risks", n_open), n_open);
      for (guint s = RUNWAY_SEVERITY_CRITICAL; s <= RUNWAY_SEVERITY_LOW; s++)
        {
          guint n = runway_risk_list_count (self->risks, s, FALSE);

          if (n == 0)
            continue;
          g_string_append (summary, first ? ": " : ", ");
          append_severity_count (summary, s, n);
          first = FALSE;
        }
    }

  if (self->risks != NULL)
    {
      g_autofree char *as_of = runway_format_date_text (runway_risk_list_get_as_of (self->risks));

      /* TRANSLATORS: the day the risks are computed for, "As of 1 Jan 2028" */
      g_string_append_printf (shown, _("As of %s"), as_of);
      if (has_active_filter (self))
        {
          g_string_append (shown, " · ");
          g_string_append_printf (shown, _("%u of %u open and %u of %u accepted shown"),
                                  n_open_shown, n_open, n_accepted_shown, n_accepted);
        }
      else if (n_accepted > 0)
        {
          g_string_append (shown, " · ");
          g_string_append_printf (shown, g_dngettext (GETTEXT_PACKAGE, "%u accepted risk",
                                                      "%u accepted risks", n_accepted),
                                  n_accepted);
        }
    }

  g_free (self->summary);
  self->summary = g_strdup (summary->str);
  gtk_label_set_text (self->summary_label, summary->str);
  gtk_label_set_text (self->shown_label, shown->str);

  open_title = g_strdup_printf (_("Open (%u)"), n_open);
  accepted_title = g_strdup_printf (_("Accepted (%u)"), n_accepted);
  gtk_stack_page_set_title (self->open_page, open_title);
  gtk_stack_page_set_title (self->accepted_page, accepted_title);

  gtk_stack_set_visible_child_name (self->open_stack, n_open_shown > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->accepted_stack,
                                    n_accepted_shown > 0 ? "list" : "empty");
  adw_status_page_set_title (self->open_empty, n_open > 0 ? _("No Matching Risks")
                                                          : _("No Open Risks"));
  adw_status_page_set_description (self->open_empty,
                                   n_open > 0
                                   ? _("Try other filters or another search.")
                                   : _("Nothing in the plan needs attention on this day."));
  adw_status_page_set_description (self->accepted_empty,
                                   _("Accept an open risk to record who owns it and until when."));
}

static void
refilter (RunwayRiskView *self)
{
  gtk_filter_changed (self->open_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->accepted_filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  update_actions (self);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Refills a filter's choices with the names of a kind, keeping the choice
 * made when it is still there; nothing moves when the names did not change. */
static void
update_choices (RunwayRiskView *self,
                GtkDropDown    *dropdown,
                GtkStringList  *list,
                RunwayKind      kind,
                guint           name_column)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *chosen = g_strdup (get_selected_string (dropdown));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (list)) - 1;
  gboolean same;

  if (self->plan != NULL)
    {
      GListModel *model = runway_plan_get_model (self->plan, kind);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, i);
          const char *name = runway_entity_get_string (entity, name_column);

          if (name != NULL)
            g_ptr_array_add (names, (gpointer) name);
        }
    }
  g_ptr_array_sort (names, compare_names);

  same = names->len == n_old;
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (list, i + 1), g_ptr_array_index (names, i)) == 0;
  if (same)
    return;

  g_ptr_array_add (names, NULL);
  gtk_drop_down_set_selected (dropdown, 0);
  gtk_string_list_splice (list, 1, n_old, (const char * const *) names->pdata);
  for (guint i = 0; chosen != NULL && i + 1 < names->len; i++)
    if (g_strcmp0 (g_ptr_array_index (names, i), chosen) == 0)
      gtk_drop_down_set_selected (dropdown, i + 1);
}

static void
update_vendor_id (RunwayRiskView *self)
{
  const char *vendor = get_selected_string (self->vendor_dropdown);
  RunwayEntity *entity = NULL;

  if (vendor != NULL && self->plan != NULL)
    entity = runway_plan_find_by_name (self->plan, RUNWAY_KIND_VENDOR, vendor);
  self->vendor_id = entity != NULL ? runway_entity_get_id (entity) : 0;
}

static void
select_same_risk (GtkSingleSelection *selection,
                  RunwayRisk         *risk)
{
  GListModel *model = G_LIST_MODEL (selection);

  if (risk == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayRisk) candidate = g_list_model_get_item (model, i);

      if (is_same_risk (candidate, risk))
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }
}

/* Computes the risks again, for the plan as it is now. */
static void
refresh (RunwayRiskView *self)
{
  g_autoptr(RunwayRiskList) risks = NULL;
  g_autoptr(RunwayRisk) open_selected = NULL;
  g_autoptr(RunwayRisk) accepted_selected = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan != NULL)
    {
      risks = runway_risk_list_new (self->plan, self->as_of, &error);
      if (risks == NULL)
        {
          g_signal_emit (self, signals[ERROR], 0, error);
          return;
        }
    }

  g_set_object (&open_selected, get_selected_risk (self->open_selection));
  g_set_object (&accepted_selected, get_selected_risk (self->accepted_selection));

  update_choices (self, self->capability_dropdown, self->capabilities,
                  RUNWAY_KIND_CAPABILITY, RUNWAY_CAPABILITY_NAME);
  update_choices (self, self->vendor_dropdown, self->vendors,
                  RUNWAY_KIND_VENDOR, RUNWAY_VENDOR_NAME);
  update_vendor_id (self);

  g_set_object (&self->risks, risks);
  self->restoring = TRUE;
  gtk_filter_list_model_set_model (self->open_risks, G_LIST_MODEL (self->risks));
  gtk_filter_list_model_set_model (self->accepted_risks, G_LIST_MODEL (self->risks));
  select_same_risk (self->open_selection, open_selected);
  select_same_risk (self->accepted_selection, accepted_selected);
  self->restoring = FALSE;

  update_summary (self);
  update_actions (self);
}

static RunwayEntity *
find_acceptance (RunwayPlan *plan,
                 const char *rule,
                 const char *subject)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_ACCEPTANCE);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) acceptance = g_list_model_get_item (model, i);

      if (g_strcmp0 (runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_RULE), rule) == 0
          && g_strcmp0 (runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_SUBJECT),
                        subject) == 0)
        return acceptance;
    }
  return NULL;
}

/* Records the acceptance of @risk; an expired acceptance of the same rule
 * and subject is renewed rather than duplicated. One undo step either way. */
static gboolean
accept_risk (RunwayRiskView *self,
             RunwayRisk     *risk,
             const char     *justification,
             const char     *owner,
             const char     *expires,
             GError        **error)
{
  g_autoptr(RunwayEntity) draft = NULL;
  g_autofree char *why = g_strstrip (g_strdup (justification ? justification : ""));
  g_autofree char *who = g_strstrip (g_strdup (owner ? owner : ""));
  g_autofree char *until = g_strstrip (g_strdup (expires ? expires : ""));
  RunwayEntity *existing;

  if (!runway_risk_view_check_expiry (until, error))
    return FALSE;
  if (*why == '\0')
    {
      g_set_error_literal (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                           _("An accepted risk needs a justification"));
      return FALSE;
    }
  if (*who == '\0')
    {
      g_set_error_literal (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                           _("An accepted risk needs an owner"));
      return FALSE;
    }

  existing = find_acceptance (self->plan, runway_risk_get_rule (risk),
                              runway_risk_get_subject (risk));
  if (existing != NULL)
    draft = runway_entity_copy (existing);
  else
    {
      draft = runway_entity_new (RUNWAY_KIND_ACCEPTANCE);
      runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_RULE, runway_risk_get_rule (risk));
      runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_SUBJECT, runway_risk_get_subject (risk));
    }
  runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_DATE, runway_risk_get_date (risk));
  runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_JUSTIFICATION, why);
  runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_OWNER, who);
  runway_entity_set_string (draft, RUNWAY_ACCEPTANCE_EXPIRES, until);

  if (existing != NULL)
    return runway_plan_update (self->plan, draft, error);
  return runway_plan_add (self->plan, draft, error) != 0;
}

static GtkWidget *
get_dialog_row (AdwMessageDialog *dialog,
                const char       *name)
{
  return g_object_get_data (G_OBJECT (dialog), name);
}

/* Says what stops the acceptance, as it is typed; the Accept button waits. */
static void
validate_accept_dialog (AdwMessageDialog *dialog)
{
  GtkLabel *message = GTK_LABEL (get_dialog_row (dialog, "message"));
  GtkEditable *why = GTK_EDITABLE (get_dialog_row (dialog, "justification"));
  GtkEditable *who = GTK_EDITABLE (get_dialog_row (dialog, "owner"));
  GtkWidget *expires_row = get_dialog_row (dialog, "expires");
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (expires_row));
  g_autofree char *until = g_strstrip (g_strdup (typed));
  g_autoptr(GError) error = NULL;
  g_autofree char *why_stripped = g_strstrip (g_strdup (gtk_editable_get_text (why)));
  g_autofree char *who_stripped = g_strstrip (g_strdup (gtk_editable_get_text (who)));
  const char *problem = NULL;
  gboolean bad_date = !runway_risk_view_check_expiry (until, &error);

  if (bad_date)
    problem = error->message;
  else if (*why_stripped == '\0')
    problem = _("Say why the risk can be accepted.");
  else if (*who_stripped == '\0')
    problem = _("Name who owns the risk while it is accepted.");

  if (bad_date)
    {
      gtk_widget_add_css_class (expires_row, "error");
      gtk_widget_add_css_class (GTK_WIDGET (message), "error");
    }
  else
    {
      gtk_widget_remove_css_class (expires_row, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (message), "error");
    }
  gtk_label_set_text (message, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (message), problem != NULL);
  adw_message_dialog_set_response_enabled (dialog, "accept", problem == NULL);
}

static GtkWidget *
add_entry_row (AdwMessageDialog *dialog,
               GtkListBox       *box,
               const char       *name,
               const char       *title,
               const char       *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (box, row);
  g_object_set_data (G_OBJECT (dialog), name, row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (validate_accept_dialog), dialog);
  return row;
}

static void
on_accept_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           RunwayRiskView   *self)
{
  RunwayRisk *risk = g_object_get_data (G_OBJECT (dialog), "risk");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "accept") != 0 || self->plan == NULL)
    return;

  if (!accept_risk (self, risk,
                    gtk_editable_get_text (GTK_EDITABLE (get_dialog_row (dialog, "justification"))),
                    gtk_editable_get_text (GTK_EDITABLE (get_dialog_row (dialog, "owner"))),
                    gtk_editable_get_text (GTK_EDITABLE (get_dialog_row (dialog, "expires"))),
                    &error))
    g_signal_emit (self, signals[ERROR], 0, error);
}

static void
on_search_entry_search_changed (RunwayRiskView *self,
                                GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->needle, g_free);
  if (*stripped != '\0')
    self->needle = g_utf8_casefold (stripped, -1);
  refilter (self);
}

static void
on_search_entry_stop_search (RunwayRiskView *self,
                             GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_dropdown_selected_notify (RunwayRiskView *self,
                             GParamSpec     *pspec,
                             GtkDropDown    *dropdown)
{
  if (dropdown == self->vendor_dropdown)
    update_vendor_id (self);
  refilter (self);
}

static void
on_stack_visible_child_name_notify (RunwayRiskView *self,
                                    GParamSpec     *pspec,
                                    GtkStack       *stack)
{
  update_actions (self);
}

static void
on_selection_selection_changed (RunwayRiskView     *self,
                                guint               position,
                                guint               n_items,
                                GtkSingleSelection *selection)
{
  RunwayRisk *risk = get_selected_risk (selection);

  update_actions (self);
  if (risk != NULL && !self->restoring)
    g_signal_emit (self, signals[RISK_ACTIVATED], 0, risk);
}

static void
on_open_view_activate (RunwayRiskView *self,
                       guint           position,
                       GtkColumnView  *view)
{
  g_autoptr(RunwayRisk) risk = g_list_model_get_item (G_LIST_MODEL (self->open_selection),
                                                      position);

  if (risk != NULL)
    g_signal_emit (self, signals[RISK_ACTIVATED], 0, risk);
}

static void
on_plan_changed (RunwayRiskView *self,
                 RunwayPlan     *plan)
{
  refresh (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  switch (column)
    {
    case COLUMN_MESSAGE:
    case COLUMN_JUSTIFICATION:
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_set_hexpand (label, TRUE);
      break;
    case COLUMN_SUBJECT:
    case COLUMN_OWNER:
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      break;
    case COLUMN_DATE:
    case COLUMN_EXPIRES:
      gtk_widget_add_css_class (label, "numeric");
      break;
    case COLUMN_RULE:
      gtk_widget_add_css_class (label, "dim-label");
      break;
    case COLUMN_SEVERITY:
      gtk_widget_add_css_class (label, "heading");
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  RunwayRisk *risk = gtk_list_item_get_item (item);
  RunwayEntity *acceptance = RUNWAY_ENTITY (runway_risk_get_acceptance (risk));
  const char *text = NULL;
  const char *tooltip = NULL;
  g_autofree char *date = NULL;

  switch (column)
    {
    case COLUMN_SEVERITY:
      {
        RunwaySeverity severity = runway_risk_get_severity (risk);

        for (guint s = 0; s < G_N_ELEMENTS (severities); s++)
          if (severities[s].css_class != NULL)
            gtk_widget_remove_css_class (GTK_WIDGET (label), severities[s].css_class);
        if (severities[severity].css_class != NULL)
          gtk_widget_add_css_class (GTK_WIDGET (label), severities[severity].css_class);
        text = _(severities[severity].label);
      }
      break;
    case COLUMN_DATE:
      text = date = runway_format_date_text (runway_risk_get_date (risk));
      break;
    case COLUMN_RULE:
      text = runway_risk_get_rule (risk);
      break;
    case COLUMN_SUBJECT:
      text = tooltip = runway_risk_get_subject (risk);
      break;
    case COLUMN_MESSAGE:
      text = tooltip = runway_risk_get_message (risk);
      break;
    case COLUMN_OWNER:
      if (acceptance != NULL)
        text = tooltip = runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_OWNER);
      break;
    case COLUMN_EXPIRES:
      if (acceptance != NULL)
        text = date = runway_format_date_text (runway_entity_get_string (
                                                 acceptance, RUNWAY_ACCEPTANCE_EXPIRES));
      break;
    case COLUMN_JUSTIFICATION:
      if (acceptance != NULL)
        text = tooltip = runway_entity_get_string (acceptance, RUNWAY_ACCEPTANCE_JUSTIFICATION);
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text != NULL ? text : "—");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
}

static void
add_columns (GtkColumnView *view,
             const Column  *list,
             guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (list[i]));
      g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), NULL);
      column = gtk_column_view_column_new (_(columns[list[i]].title), factory);
      gtk_column_view_column_set_expand (column, columns[list[i]].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[list[i]].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[list[i]].width);
      gtk_column_view_append_column (view, column);
    }
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  runway_risk_view_present_accept_dialog (RUNWAY_RISK_VIEW (widget));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RunwayRiskView *self = RUNWAY_RISK_VIEW (widget);
  RunwayRisk *risk = get_selected_risk (self->accepted_selection);
  RunwayEntity *acceptance;
  g_autoptr(GError) error = NULL;

  if (risk == NULL || self->plan == NULL)
    return;
  acceptance = RUNWAY_ENTITY (runway_risk_get_acceptance (risk));
  acceptance = runway_plan_lookup (self->plan, RUNWAY_KIND_ACCEPTANCE,
                                   runway_entity_get_id (acceptance));
  if (acceptance == NULL)
    return;
  if (!runway_plan_remove (self->plan, acceptance, &error))
    g_signal_emit (self, signals[ERROR], 0, error);
}

static void
runway_risk_view_dispose (GObject *object)
{
  RunwayRiskView *self = RUNWAY_RISK_VIEW (object);
  GtkWidget *child;

  runway_risk_view_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RUNWAY_TYPE_RISK_VIEW);
  /* the boxes and the separator are not bound, so the template leaves them */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->open_selection);
  g_clear_object (&self->accepted_selection);
  g_clear_object (&self->open_risks);
  g_clear_object (&self->accepted_risks);
  g_clear_object (&self->open_filter);
  g_clear_object (&self->accepted_filter);
  g_clear_object (&self->capabilities);
  g_clear_object (&self->vendors);
  g_clear_object (&self->risks);

  G_OBJECT_CLASS (runway_risk_view_parent_class)->dispose (object);
}

static void
runway_risk_view_finalize (GObject *object)
{
  RunwayRiskView *self = RUNWAY_RISK_VIEW (object);

  g_free (self->as_of);
  g_free (self->needle);
  g_free (self->summary);

  G_OBJECT_CLASS (runway_risk_view_parent_class)->finalize (object);
}

static void
runway_risk_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RunwayRiskView *self = RUNWAY_RISK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_risk_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RunwayRiskView *self = RUNWAY_RISK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      runway_risk_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_AS_OF:
      runway_risk_view_set_as_of (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_risk_view_class_init (RunwayRiskViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_risk_view_dispose;
  object_class->finalize = runway_risk_view_finalize;
  object_class->get_property = runway_risk_view_get_property;
  object_class->set_property = runway_risk_view_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, RUNWAY_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * RunwayRiskView:as-of:
   *
   * The day the risks are computed for, YYYY-MM-DD; %NULL for the plan's
   * own as-of date (the window's what-if date sets it).
   */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RunwayRiskView::risk-activated:
   * @risk: the risk the user selected or activated
   *
   * For the window to show the risk on the timeline.
   */
  signals[RISK_ACTIVATED] =
    g_signal_new ("risk-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, RUNWAY_TYPE_RISK);
  /**
   * RunwayRiskView::error:
   * @error: why the plan refused an edit
   */
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_install_action (widget_class, "risk-view.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "risk-view.withdraw", NULL, withdraw_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/runway/Runway/runway-risk-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, severity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, rule_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, capability_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, vendor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, shown_label);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, accept_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, open_page);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, accepted_page);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, open_stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, accepted_stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, open_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, accepted_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, open_empty);
  gtk_widget_class_bind_template_child (widget_class, RunwayRiskView, accepted_empty);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_name_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_open_view_activate);
  gtk_widget_class_set_css_name (widget_class, "riskview");
}

static void
runway_risk_view_init (RunwayRiskView *self)
{
  g_autoptr(GtkStringList) thresholds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);
  GtkDropDown *dropdowns[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; severity_thresholds[i] != NULL; i++)
    gtk_string_list_append (thresholds, _(severity_thresholds[i]));
  gtk_drop_down_set_model (self->severity_dropdown, G_LIST_MODEL (thresholds));
  gtk_drop_down_set_selected (self->severity_dropdown, RUNWAY_SEVERITY_LOW);

  gtk_string_list_append (rules, _("All rules"));
  for (guint i = 0; runway_risk_rules[i] != NULL; i++)
    gtk_string_list_append (rules, runway_risk_rules[i]);
  gtk_drop_down_set_model (self->rule_dropdown, G_LIST_MODEL (rules));

  self->capabilities = gtk_string_list_new ((const char *[]) { _("All capabilities"), NULL });
  gtk_drop_down_set_model (self->capability_dropdown, G_LIST_MODEL (self->capabilities));
  self->vendors = gtk_string_list_new ((const char *[]) { _("All vendors"), NULL });
  gtk_drop_down_set_model (self->vendor_dropdown, G_LIST_MODEL (self->vendors));

  /* searching a dropdown needs to know what to match its items on */
  for (guint i = 0; i < 2; i++)
    {
      GtkDropDown *dropdown = i == 0 ? self->capability_dropdown : self->vendor_dropdown;

      gtk_drop_down_set_expression (dropdown,
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                 "string"));
    }

  dropdowns[0] = self->severity_dropdown;
  dropdowns[1] = self->rule_dropdown;
  dropdowns[2] = self->capability_dropdown;
  dropdowns[3] = self->vendor_dropdown;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    g_signal_connect_object (dropdowns[i], "notify::selected",
                             G_CALLBACK (on_dropdown_selected_notify), self, G_CONNECT_SWAPPED);

  self->open_filter = GTK_FILTER (gtk_custom_filter_new (filter_open, self, NULL));
  self->accepted_filter = GTK_FILTER (gtk_custom_filter_new (filter_accepted, self, NULL));
  self->open_risks = gtk_filter_list_model_new (NULL, g_object_ref (self->open_filter));
  self->accepted_risks = gtk_filter_list_model_new (NULL, g_object_ref (self->accepted_filter));

  self->open_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->open_risks)));
  self->accepted_selection =
    gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->accepted_risks)));
  for (guint i = 0; i < 2; i++)
    {
      GtkSingleSelection *selection = i == 0 ? self->open_selection : self->accepted_selection;

      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      g_signal_connect_object (selection, "selection-changed",
                               G_CALLBACK (on_selection_selection_changed), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_column_view_set_model (self->open_view, GTK_SELECTION_MODEL (self->open_selection));
  gtk_column_view_set_model (self->accepted_view,
                             GTK_SELECTION_MODEL (self->accepted_selection));
  add_columns (self->open_view, open_columns, G_N_ELEMENTS (open_columns));
  add_columns (self->accepted_view, accepted_columns, G_N_ELEMENTS (accepted_columns));

  update_summary (self);
  update_actions (self);
}

/**
 * runway_risk_view_new:
 *
 * Returns: (transfer floating): a risk view without a plan
 */
GtkWidget *
runway_risk_view_new (void)
{
  return g_object_new (RUNWAY_TYPE_RISK_VIEW, NULL);
}

RunwayPlan *
runway_risk_view_get_plan (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return self->plan;
}

void
runway_risk_view_set_plan (RunwayRiskView *self,
                           RunwayPlan     *plan)
{
  g_return_if_fail (RUNWAY_IS_RISK_VIEW (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed, self);
  g_set_object (&self->plan, plan);
  if (self->plan != NULL)
    g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self,
                             G_CONNECT_SWAPPED);

  /* dispose runs this with the template gone */
  if (self->open_risks != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

const char *
runway_risk_view_get_as_of (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return self->as_of;
}

/**
 * runway_risk_view_set_as_of:
 * @as_of: (nullable): YYYY-MM-DD, or %NULL for the plan's as-of date
 *
 * Computes the risks for another day, the window's what-if date.
 */
void
runway_risk_view_set_as_of (RunwayRiskView *self,
                            const char     *as_of)
{
  g_return_if_fail (RUNWAY_IS_RISK_VIEW (self));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;

  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

void
runway_risk_view_set_min_severity (RunwayRiskView *self,
                                   RunwaySeverity  severity)
{
  g_return_if_fail (RUNWAY_IS_RISK_VIEW (self));
  g_return_if_fail (severity <= RUNWAY_SEVERITY_LOW);

  gtk_drop_down_set_selected (self->severity_dropdown, severity);
}

void
runway_risk_view_set_search_text (RunwayRiskView *self,
                                  const char     *text)
{
  g_return_if_fail (RUNWAY_IS_RISK_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* the entry waits a moment before it says; the view answers at once */
  on_search_entry_search_changed (self, self->search_entry);
}

/**
 * runway_risk_view_get_open_risks:
 *
 * Returns: (transfer none): the open risks that pass the filters, as shown
 */
GListModel *
runway_risk_view_get_open_risks (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return G_LIST_MODEL (self->open_risks);
}

/**
 * runway_risk_view_get_accepted_risks:
 *
 * Returns: (transfer none): the accepted risks that pass the filters
 */
GListModel *
runway_risk_view_get_accepted_risks (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return G_LIST_MODEL (self->accepted_risks);
}

static guint
count_risks (RunwayRiskView *self,
             gboolean        accepted)
{
  guint n = 0;

  for (guint s = RUNWAY_SEVERITY_CRITICAL; self->risks != NULL && s <= RUNWAY_SEVERITY_LOW; s++)
    n += runway_risk_list_count (self->risks, s, accepted);
  return n;
}

/* All the open risks on the as-of date, whatever the filters. */
guint
runway_risk_view_get_n_open (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), 0);

  return count_risks (self, FALSE);
}

guint
runway_risk_view_get_n_accepted (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), 0);

  return count_risks (self, TRUE);
}

/* The header line, "62 open risks: 6 critical, 38 high, …". */
const char *
runway_risk_view_get_summary (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return self->summary;
}

/**
 * runway_risk_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected open risk
 */
RunwayRisk *
runway_risk_view_get_selected (RunwayRiskView *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  return get_selected_risk (self->open_selection);
}

/* Selects the open risk at @position among those shown. */
void
runway_risk_view_select (RunwayRiskView *self,
                         guint           position)
{
  g_return_if_fail (RUNWAY_IS_RISK_VIEW (self));

  gtk_single_selection_set_selected (self->open_selection, position);
}

/**
 * runway_risk_view_check_expiry:
 * @expires: what the user typed
 *
 * Returns: %TRUE when @expires is a date, YYYY-MM-DD, today or later
 */
gboolean
runway_risk_view_check_expiry (const char  *expires,
                               GError     **error)
{
  guint32 day;

  if (expires == NULL || !runway_date_is_valid_text (expires)
      || !runway_date_parse (expires, &day, NULL))
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("The expiry date must be a date, YYYY-MM-DD."));
      return FALSE;
    }
  if (day < runway_date_today ())
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("The expiry date %s has passed; it must be today or later."), expires);
      return FALSE;
    }
  return TRUE;
}

/**
 * runway_risk_view_accept_selected:
 * @justification: why the risk can be lived with
 * @owner: who answers for it
 * @expires: until when, YYYY-MM-DD, today or later
 *
 * Accepts the selected open risk as the dialog would, in one undo step.
 *
 * Returns: %TRUE when the plan recorded the acceptance
 */
gboolean
runway_risk_view_accept_selected (RunwayRiskView  *self,
                                  const char      *justification,
                                  const char      *owner,
                                  const char      *expires,
                                  GError         **error)
{
  g_autoptr(RunwayRisk) risk = NULL;

  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* the edit recomputes the list, which drops its risks */
  g_set_object (&risk, get_selected_risk (self->open_selection));
  if (risk == NULL || self->plan == NULL)
    {
      g_set_error_literal (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                           _("No open risk is selected"));
      return FALSE;
    }
  return accept_risk (self, risk, justification, owner, expires, error);
}

/**
 * runway_risk_view_present_accept_dialog:
 *
 * Asks for the justification, owner and expiry of the selected open risk.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when no open
 *   risk is selected
 */
AdwMessageDialog *
runway_risk_view_present_accept_dialog (RunwayRiskView *self)
{
  RunwayRisk *risk;
  GtkRoot *root;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *message;
  g_autofree char *heading = NULL;
  g_autofree char *expires = NULL;

  g_return_val_if_fail (RUNWAY_IS_RISK_VIEW (self), NULL);

  risk = get_selected_risk (self->open_selection);
  if (risk == NULL || self->plan == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  heading = g_strdup_printf (_("Accept %s?"), runway_risk_get_subject (risk));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, runway_risk_get_message (risk)));
  g_object_set_data_full (G_OBJECT (dialog), "risk", g_object_ref (risk), g_object_unref);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);
  message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (message, "caption");
  gtk_box_append (GTK_BOX (box), message);
  g_object_set_data (G_OBJECT (dialog), "message", message);

  /* a year is a common term for a risk acceptance; the user changes it */
  expires = runway_date_format (runway_date_add_months (runway_date_today (), 12));
  add_entry_row (dialog, GTK_LIST_BOX (list), "justification", _("Justification"), NULL);
  add_entry_row (dialog, GTK_LIST_BOX (list), "owner", _("Owner"), NULL);
  add_entry_row (dialog, GTK_LIST_BOX (list), "expires", _("Expires (YYYY-MM-DD)"), expires);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "accept", _("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_accept_dialog_response), self, 0);
  validate_accept_dialog (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
