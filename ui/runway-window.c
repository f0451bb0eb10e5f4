/* runway-window.c — a plan's window: sidebar lists, timeline area, file actions
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one plan: its capabilities, products, vendors and teams
 * in the sidebar and, until the timeline widget lands, a summary of what
 * the plan holds in the main area. The plan file is the document and every
 * edit is committed as it is made, so there is nothing to save on close;
 * "Save As" copies the plan and goes on with the copy.
 *
 * Plans are opened in a worker thread (runway-plan-loader.c) while the
 * window draws its first frame, and shown after it. Whatever blocks (a
 * plan that cannot be opened, created or copied) is said in a dialog; what
 * can simply be tried again (undo, redo) in a toast.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-core.h"
#include "runway-details-pane.h"
#include "runway-entity-editor.h"
#include "runway-entity-list.h"
#include "runway-plan-loader.h"
#include "runway-removal-dialog.h"
#include "runway-ownership-view.h"
#include "runway-risk-view.h"
#include "runway-staffing-view.h"
#include "runway-timeline-legend.h"
#include "runway-timeline-view.h"
#include "runway-utils.h"
#include "runway-window.h"
#include "runway-window-private.h"

struct _RunwayWindow
{
  AdwApplicationWindow  parent_instance;

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *header_bar;
  GtkRevealer          *changed_revealer;
  GtkRevealer          *details_revealer;
  RunwayDetailsPane    *details_pane;
  GtkWidget            *details_button;
  GtkWidget            *switcher_bar;
  GtkWidget            *leave_workshop_button;
  GMenu                *recent_menu;
  AdwViewSwitcherTitle *window_title;
  GtkRevealer          *read_only_revealer;
  AdwFlap              *flap;
  AdwViewStack         *sidebar_stack;
  GtkWidget            *sidebar_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkStack             *main_stack;
  GtkSpinner           *spinner;
  AdwStatusPage        *timeline_page;
  GtkFlowBox           *summary_box;
  RunwayEntityList     *capability_list;
  RunwayEntityList     *product_list;
  RunwayEntityList     *vendor_list;
  RunwayEntityList     *team_list;
  AdwViewStack         *main_views;
  RunwayTimelineView   *timeline_view;
  RunwayRiskView       *risk_view;
  RunwayStaffingView   *staffing_view;
  RunwayOwnershipView  *ownership_view;
  RunwayTimelineLegend *legend;
  GtkDropDown          *grouping_dropdown;
  GtkDropDown          *vendor_dropdown;
  GtkCheckButton       *deployed_only_button;
  GtkLabel             *risk_summary;
  GtkMenuButton        *as_of_button;
  GtkCalendar          *as_of_calendar;
  GtkAdjustment        *as_of_adjustment;
  guint32               as_of;          /* the what-if date, 0: the plan's own */
  gboolean              syncing_as_of;  /* while the controls follow the date */
  gboolean              workshop;       /* presenting: fullscreen, larger, no editing */
  gboolean              sidebar_before_workshop;
  guint                 changed_watch;  /* polls for another program's edits */

  RunwayPlan           *plan;
  GCancellable         *loading;        /* set while a plan is being opened */
  RunwayPlan           *held_plan;      /* opened before the first frame, shown after it */
  guint                 show_held_id;
  gboolean              painted;        /* the window has painted a frame */
  RunwayLoadFlags       loading_flags;
  GtkNativeDialog      *file_chooser;
  GSettings            *settings;       /* NULL when the schema is not installed */
  GtkLabel             *counts[RUNWAY_N_KINDS];
  GtkLabel             *nouns[RUNWAY_N_KINDS];
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_SHOW_DETAILS,
  PROP_WORKSHOP,
  N_PROPS
};

#define MAX_RECENT_PLANS 10

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RunwayWindow, runway_window, ADW_TYPE_APPLICATION_WINDOW)

/* What the summary counts, in the order a reader of the plan thinks of it. */
static const RunwayKind summary_kinds[] = {
  RUNWAY_KIND_CAPABILITY,
  RUNWAY_KIND_PRODUCT,
  RUNWAY_KIND_RELEASE,
  RUNWAY_KIND_VENDOR,
  RUNWAY_KIND_TEAM,
  RUNWAY_KIND_PERSON,
  RUNWAY_KIND_SKILL,
  RUNWAY_KIND_DEPLOYMENT,
  RUNWAY_KIND_MIGRATION,
  RUNWAY_KIND_ROADMAP_ITEM,
  RUNWAY_KIND_RESPONSIBILITY,
  RUNWAY_KIND_ALTERNATIVE,
  RUNWAY_KIND_ACCEPTANCE,
};

/**
 * runway_window_show_error:
 *
 * Says in a dialog what blocks the user: @heading is what failed, the
 * error's message why.
 */
void
runway_window_show_error (RunwayWindow *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  g_debug ("%s: %s", heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * runway_window_show_toast:
 *
 * Says what can be undone or tried again, without interrupting.
 */
void
runway_window_show_toast (RunwayWindow *self,
                          const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
add_summary_tile (RunwayWindow *self,
                  RunwayKind    kind)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *noun = gtk_label_new (NULL);

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "count-tile");
  gtk_widget_add_css_class (count, "title-1");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (noun, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (noun), PANGO_ELLIPSIZE_END);
  /* what a test (or the inspector) finds a count by */
  gtk_widget_set_name (tile, runway_schema_get_table (kind)->table);

  gtk_box_append (GTK_BOX (tile), count);
  gtk_box_append (GTK_BOX (tile), noun);
  gtk_flow_box_append (self->summary_box, tile);
  gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);

  self->counts[kind] = GTK_LABEL (count);
  self->nouns[kind] = GTK_LABEL (noun);
}

static void
update_summary (RunwayWindow *self)
{
  RunwayEntity *settings;
  g_autofree char *description = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (self->plan == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (summary_kinds); i++)
    {
      RunwayKind kind = summary_kinds[i];
      guint n = runway_plan_count (self->plan, kind);
      g_autofree char *count = runway_format_count (n);

      gtk_label_set_text (self->counts[kind], count);
      gtk_label_set_text (self->nouns[kind], runway_kind_get_noun (kind, n));
    }

  settings = RUNWAY_ENTITY (runway_plan_get_settings (self->plan));
  start = runway_format_date_text (runway_entity_get_string (settings,
                                                             RUNWAY_SETTINGS_HORIZON_START));
  end = runway_format_date_text (runway_entity_get_string (settings,
                                                           RUNWAY_SETTINGS_HORIZON_END));
  description = g_strdup_printf (_("What this plan holds, over its horizon from %s to %s."),
                                 start, end);
  adw_status_page_set_description (self->timeline_page, description);
}

static void
update_title (RunwayWindow *self)
{
  RunwayEntity *settings;
  const char *name;
  g_autofree char *file_name = NULL;
  g_autofree char *full_path = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  if (self->plan == NULL)
    {
      adw_view_switcher_title_set_title (self->window_title, _("Runway"));
      adw_view_switcher_title_set_subtitle (self->window_title, NULL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Runway"));
      return;
    }

  settings = RUNWAY_ENTITY (runway_plan_get_settings (self->plan));
  name = runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME);
  file_name = g_filename_display_basename (runway_plan_get_path (self->plan));
  full_path = g_filename_display_name (runway_plan_get_path (self->plan));

  if (runway_plan_is_read_only (self->plan))
    /* Translators: the window's subtitle, "demo.runway (read-only)" */
    subtitle = g_strdup_printf (_("%s (read-only)"), file_name);
  else
    subtitle = g_strdup (file_name);
  /* Translators: the window's title, "plan name — file name" */
  title = g_strdup_printf (_("%s — %s"), name, subtitle);

  adw_view_switcher_title_set_title (self->window_title, name);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), full_path);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_history (RunwayWindow *self)
{
  gboolean can_undo = self->plan != NULL && runway_plan_can_undo (self->plan);
  gboolean can_redo = self->plan != NULL && runway_plan_can_redo (self->plan);
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  if (can_undo && runway_plan_get_undo_label (self->plan) != NULL)
    /* Translators: a tooltip, "Undo Rename PostgreSQL" */
    undo_tip = g_strdup_printf (_("Undo %s"), runway_plan_get_undo_label (self->plan));
  if (can_redo && runway_plan_get_redo_label (self->plan) != NULL)
    /* Translators: a tooltip, "Redo Rename PostgreSQL" */
    redo_tip = g_strdup_printf (_("Redo %s"), runway_plan_get_redo_label (self->plan));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip ? undo_tip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip ? redo_tip : _("Redo"));
}

static void
update_state (RunwayWindow *self)
{
  gboolean read_only = self->plan != NULL && runway_plan_is_read_only (self->plan);
  const char *page;

  if (self->loading != NULL)
    page = "loading";
  else if (self->plan != NULL)
    page = "plan";
  else
    page = "empty";

  gtk_stack_set_visible_child_name (self->main_stack, page);
  gtk_spinner_set_spinning (self->spinner, self->loading != NULL);
  gtk_revealer_set_reveal_child (self->read_only_revealer, read_only);
  gtk_widget_set_visible (self->sidebar_button, self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-sidebar", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-fit", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-to-today", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-entity",
                                 self->plan != NULL && !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-entity",
                                 self->plan != NULL && !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-entity",
                                 self->plan != NULL && !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-child",
                                 self->plan != NULL && !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.plan-settings",
                                 self->plan != NULL && !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workshop", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-details", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", self->plan != NULL);
  runway_window_update_exchange_actions (self);

  update_title (self);
  update_history (self);
}

/* Recent plans: the GSettings list feeds the menu, and the desktop's
 * recent files get the plan too, so "Recent" in the file chooser and the
 * shell know it. */
static void
update_recent_menu (RunwayWindow *self)
{
  g_auto(GStrv) uris = NULL;

  g_menu_remove_all (self->recent_menu);
  if (self->settings == NULL)
    return;

  uris = g_settings_get_strv (self->settings, "recent-plans");
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      name = g_filename_display_basename (path);
      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
remember_plan (RunwayWindow *self,
               const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;
  guint n = 1;

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-plans");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_PLANS; i++)
    if (!g_str_equal (old[i], uri))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  uris = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-plans", (const char * const *) uris);
  g_settings_set_string (self->settings, "last-plan", uri);
}

static void
show_loaded_plan (RunwayWindow *self,
                  RunwayPlan   *plan)
{
  g_clear_object (&self->loading);
  runway_window_set_plan (self, plan);
  remember_plan (self, runway_plan_get_path (plan));
}

static gboolean
show_held_plan (gpointer data)
{
  RunwayWindow *self = data;
  g_autoptr(RunwayPlan) plan = g_steal_pointer (&self->held_plan);

  self->show_held_id = 0;
  if (plan != NULL)
    show_loaded_plan (self, plan);
  return G_SOURCE_REMOVE;
}

static void
on_frame_clock_after_paint (RunwayWindow  *self,
                            GdkFrameClock *clock)
{
  /* a frame before the window is mapped has drawn nothing */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->painted = TRUE;
  g_signal_handlers_disconnect_by_func (clock, on_frame_clock_after_paint, self);
  /* once this frame is done, not in the middle of it */
  if (self->held_plan != NULL && self->show_held_id == 0)
    self->show_held_id = g_idle_add (show_held_plan, self);
}

static void
on_plan_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RunwayWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_load_plan_finish (result, &error);
  const char *heading;

  /* superseded by another plan, or the window was closed */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (plan == NULL)
    {
      g_clear_object (&self->loading);
      if (self->loading_flags & RUNWAY_LOAD_CREATE)
        heading = _("Could Not Create the Plan");
      else if (self->loading_flags & RUNWAY_LOAD_DEMO)
        heading = _("Could Not Open the Demo Plan");
      else
        heading = _("Could Not Open the Plan");
      update_state (self);
      runway_window_show_error (self, heading, error);
      return;
    }

  /* The first frame does not wait for the plan: a small one can open
   * before the window has painted, and showing it then would build every
   * view before that frame. It is shown in the next one; until then the
   * window is still loading. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->painted)
    {
      g_set_object (&self->held_plan, plan);
      return;
    }
  show_loaded_plan (self, plan);
}

static void
load (RunwayWindow    *self,
      GFile           *file,
      RunwayLoadFlags  flags)
{
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->held_plan);
  g_clear_handle_id (&self->show_held_id, g_source_remove);

  self->loading = g_cancellable_new ();
  self->loading_flags = flags;
  runway_load_plan_async (file, flags, self->loading, on_plan_loaded, g_object_ref (self));
  update_state (self);
}

static void
save_as (RunwayWindow *self,
         GFile        *file)
{
  g_autoptr(GFile) current = g_file_new_for_path (runway_plan_get_path (self->plan));
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Runway can only save plans on this computer"));
      runway_window_show_error (self, _("Could Not Save the Plan"), error);
      return;
    }

  display = g_filename_display_basename (path);
  if (g_file_equal (file, current))
    {
      runway_window_show_toast (self, _("Every change is saved as you make it"));
      return;
    }

  if (!runway_plan_save_as (self->plan, path, &error))
    {
      runway_window_show_error (self, _("Could Not Save the Plan"), error);
      return;
    }

  /* Translators: a toast, "Saved as “copy.runway”" */
  message = g_strdup_printf (_("Saved as “%s”"), display);
  runway_window_show_toast (self, message);
}

/* The risks follow every edit, undo and redo: the timeline's markers and
 * the toolbar's count. The engine keeps its index until the plan's
 * revision moves, so this costs milliseconds even on a large estate. */
static void
update_risks (RunwayWindow *self)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GError) error = NULL;
  guint counts[4] = { 0 };
  guint open = 0;
  g_autofree char *text = NULL;

  if (self->plan == NULL)
    {
      runway_timeline_view_set_risks (self->timeline_view, NULL);
      gtk_label_set_text (self->risk_summary, "");
      return;
    }

  {
    g_autofree char *as_of = self->as_of ? runway_date_format (self->as_of) : NULL;

    risks = runway_plan_compute_risks (self->plan, as_of, &error);
  }
  if (risks == NULL)
    {
      runway_window_show_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (runway_risk_is_accepted (risk))
        continue;
      counts[runway_risk_get_severity (risk)]++;
      open++;
    }
  runway_timeline_view_set_risks (self->timeline_view, risks);

  /* Translators: the toolbar's risk count; the shapes are the timeline's
   * markers: ◆ critical, ▲ high, ● medium, ■ low */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open risk: ◆ %u critical, ▲ %u high, "
                                       "● %u medium, ■ %u low",
                                       "%u open risks: ◆ %u critical, ▲ %u high, ● %u medium, "
                                       "■ %u low", open),
                          open, counts[RUNWAY_SEVERITY_CRITICAL], counts[RUNWAY_SEVERITY_HIGH],
                          counts[RUNWAY_SEVERITY_MEDIUM], counts[RUNWAY_SEVERITY_LOW]);
  gtk_label_set_text (self->risk_summary, text);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The vendor filter lists the plan's vendors by name and keeps the chosen
 * one across edits (a renamed or removed vendor falls back to all). */
static void
update_vendor_filter (RunwayWindow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autofree char *chosen = NULL;
  GtkStringList *current = GTK_STRING_LIST (gtk_drop_down_get_model (self->vendor_dropdown));
  guint selected = gtk_drop_down_get_selected (self->vendor_dropdown);
  guint select = 0;

  if (current != NULL && selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    chosen = g_strdup (gtk_string_list_get_string (current, selected));

  gtk_string_list_append (list, _("All Vendors"));
  if (self->plan != NULL)
    {
      GListModel *vendors = runway_plan_get_model (self->plan, RUNWAY_KIND_VENDOR);

      for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
        {
          g_autoptr(RunwayEntity) vendor = g_list_model_get_item (vendors, i);

          g_ptr_array_add (names, g_strdup (runway_entity_get_string (vendor,
                                                                      RUNWAY_VENDOR_NAME)));
        }
      g_ptr_array_sort (names, compare_names);
    }
  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (names, i)) == 0)
        select = i + 1;
    }

  /* the same vendors in the same order: nothing to do */
  if (current != NULL && g_list_model_get_n_items (G_LIST_MODEL (current)) == names->len + 1)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < names->len && same; i++)
        same = g_str_equal (gtk_string_list_get_string (current, i + 1),
                            g_ptr_array_index (names, i));
      if (same)
        return;
    }

  gtk_drop_down_set_model (self->vendor_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->vendor_dropdown, select);
}

static void
on_vendor_dropdown_notify_selected (RunwayWindow *self,
                                    GParamSpec   *pspec,
                                    GtkDropDown  *dropdown)
{
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));
  guint selected = gtk_drop_down_get_selected (dropdown);
  RunwayEntity *vendor = NULL;

  if (self->plan != NULL && list != NULL && selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    vendor = runway_plan_find_by_name (self->plan, RUNWAY_KIND_VENDOR,
                                       gtk_string_list_get_string (list, selected));
  runway_timeline_view_set_vendor (self->timeline_view,
                                   vendor ? runway_entity_get_id (vendor) : 0);
}

static void
on_grouping_dropdown_notify_selected (RunwayWindow *self,
                                      GParamSpec   *pspec,
                                      GtkDropDown  *dropdown)
{
  static const RunwayTimelineGrouping groupings[] = {
    RUNWAY_TIMELINE_GROUP_BY_CAPABILITY,
    RUNWAY_TIMELINE_GROUP_BY_VENDOR,
    RUNWAY_TIMELINE_GROUP_BY_TEAM,
  };
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < G_N_ELEMENTS (groupings))
    runway_timeline_view_set_grouping (self->timeline_view, groupings[selected]);
}

static void
on_deployed_only_button_toggled (RunwayWindow   *self,
                                 GtkCheckButton *button)
{
  runway_timeline_view_set_deployed_only (self->timeline_view,
                                          gtk_check_button_get_active (button));
}

/* A risk chosen in the Risks view is selected on the timeline, on the row
 * of what it is about, so switching to the timeline shows it. */
static void
on_risk_view_risk_activated (RunwayWindow   *self,
                             RunwayRisk     *risk,
                             RunwayRiskView *view)
{
  static const struct { RunwayKind kind; gint64 (*id) (RunwayRisk *risk); } subjects[] = {
    { RUNWAY_KIND_RELEASE, runway_risk_get_release_id },
    { RUNWAY_KIND_PRODUCT, runway_risk_get_product_id },
    { RUNWAY_KIND_CAPABILITY, runway_risk_get_capability_id },
  };
  guint32 day;

  if (self->plan == NULL || risk == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    {
      RunwayEntity *entity = runway_plan_lookup (self->plan, subjects[i].kind,
                                                 subjects[i].id (risk));

      if (entity != NULL && runway_timeline_view_select_entity (self->timeline_view, entity))
        break;
    }
  if (runway_risk_get_date (risk) != NULL && runway_date_parse (runway_risk_get_date (risk),
                                                                &day, NULL))
    runway_timeline_view_scroll_to_day (self->timeline_view, day);
}

/* A view refused an edit (a dragged date, an acceptance): say why. */
static void
on_view_error (RunwayWindow *self,
               const GError *error,
               GtkWidget    *view)
{
  runway_window_show_toast (self, error->message);
}

static void
on_plan_changed (RunwayWindow *self,
                 RunwayPlan   *plan)
{
  update_summary (self);
  update_history (self);
  update_vendor_filter (self);
  update_risks (self);
}

static void
on_plan_notify (RunwayWindow *self,
                GParamSpec   *pspec,
                RunwayPlan   *plan)
{
  update_state (self);
}

/* Another program (runway-cli, a second Runway) wrote to the plan: the core
 * refuses edits from now on, and the bar says why and offers to reopen. */
static gboolean
check_changed_elsewhere (gpointer user_data)
{
  RunwayWindow *self = user_data;
  gboolean changed = self->plan != NULL && runway_plan_is_changed_elsewhere (self->plan);

  gtk_revealer_set_reveal_child (self->changed_revealer, changed);
  return G_SOURCE_CONTINUE;
}

static void
on_is_active_notify (RunwayWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    check_changed_elsewhere (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  g_autoptr(GFile) file = NULL;

  if (self->plan == NULL)
    return;
  file = g_file_new_for_path (runway_plan_get_path (self->plan));
  gtk_revealer_set_reveal_child (self->changed_revealer, FALSE);
  load (self, file, RUNWAY_LOAD_OPEN);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  load (self, file, RUNWAY_LOAD_OPEN);
}

static void
on_settings_notify (RunwayWindow *self,
                    GParamSpec   *pspec,
                    RunwayEntity *settings)
{
  update_title (self);
  update_summary (self);
}

static void
on_file_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          RunwayWindow    *self)
{
  const char *purpose = g_object_get_data (G_OBJECT (dialog), "purpose");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (self->file_chooser == dialog)
    g_clear_object (&self->file_chooser);

  if (file == NULL)
    return;

  if (g_str_equal (purpose, "open"))
    load (self, file, RUNWAY_LOAD_OPEN);
  else if (g_str_equal (purpose, "new"))
    load (self, file, RUNWAY_LOAD_CREATE);
  else if (g_str_equal (purpose, "save-as") && self->plan != NULL)
    save_as (self, file);
}

static GtkFileChooser *
run_file_chooser (RunwayWindow         *self,
                  const char           *purpose,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *plans = gtk_file_filter_new ();
  GtkFileFilter *all = gtk_file_filter_new ();

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (plans, _("Runway Plans"));
  gtk_file_filter_add_mime_type (plans, "application/x-runway-plan");
  gtk_file_filter_add_suffix (plans, "runway");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), plans);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_object_unref (plans);
  g_object_unref (all);

  g_object_set_data (G_OBJECT (chooser), "purpose", (gpointer) purpose);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response), self);

  /* the native dialog is not kept alive by being shown */
  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  GtkFileChooser *chooser = run_file_chooser (self, "open", _("Open a Plan"),
                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  GtkFileChooser *chooser = run_file_chooser (self, "new", _("New Plan"),
                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));

  gtk_file_chooser_set_current_name (chooser, _("New plan.runway"));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  GtkFileChooser *chooser;
  g_autoptr(GFile) current = NULL;

  if (self->plan == NULL)
    return;

  chooser = run_file_chooser (self, "save-as", _("Save a Copy of the Plan"),
                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  current = g_file_new_for_path (runway_plan_get_path (self->plan));
  gtk_file_chooser_set_file (chooser, current, NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  runway_window_open_demo (RUNWAY_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (self->plan == NULL)
    return;

  if (!(undo ? runway_plan_undo (self->plan, &error) : runway_plan_redo (self->plan, &error)))
    runway_window_show_toast (self, error->message);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* The what-if date: the timeline's as-of line, the risks and the button's
 * label follow it; the plan itself is not changed, so a workshop can look
 * at 2028 without anyone's plan moving. */
static void
update_as_of (RunwayWindow *self)
{
  g_autofree char *label = NULL;
  guint32 day = self->as_of;

  if (day == 0 && self->plan != NULL)
    {
      g_autofree char *plan_day = runway_plan_dup_as_of (self->plan, NULL, NULL);

      if (plan_day == NULL || !runway_date_parse (plan_day, &day, NULL))
        day = runway_date_today ();
    }

  if (self->as_of == 0)
    label = g_strdup (_("As of Today"));
  else
    {
      g_autofree char *text = runway_format_day (self->as_of);

      /* Translators: the what-if button, "As of 1 Jan 2028" */
      label = g_strdup_printf (_("As of %s"), text);
    }
  gtk_menu_button_set_label (self->as_of_button, label);

  self->syncing_as_of = TRUE;
  if (self->plan != NULL)
    {
      RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (self->plan));
      guint32 first = 0, last = 0;

      if (runway_date_parse (runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_START),
                             &first, NULL) &&
          runway_date_parse (runway_entity_get_string (settings, RUNWAY_SETTINGS_HORIZON_END),
                             &last, NULL))
        gtk_adjustment_configure (self->as_of_adjustment, CLAMP (day, first, last), first, last,
                                  1, 30, 0);
    }
  if (day != 0)
    {
      GDate date;
      g_autoptr(GDateTime) when = NULL;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      when = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), 12, 0, 0);
      gtk_calendar_select_day (self->as_of_calendar, when);
    }
  self->syncing_as_of = FALSE;

  if (runway_timeline_view_get_timeline (self->timeline_view) != NULL)
    runway_timeline_set_as_of (runway_timeline_view_get_timeline (self->timeline_view),
                               self->as_of);
  {
    g_autofree char *as_of = self->as_of ? runway_date_format (self->as_of) : NULL;

    runway_risk_view_set_as_of (self->risk_view, as_of);
  }
  update_risks (self);
}

static void
set_as_of (RunwayWindow *self,
           guint32       day)
{
  if (self->as_of == day)
    return;
  self->as_of = day;
  update_as_of (self);
}

static void
as_of_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  const char *text = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  guint32 day = 0;

  if (*text != '\0' && !runway_date_parse (text, &day, &error))
    {
      runway_window_show_toast (self, error->message);
      return;
    }
  set_as_of (self, day);
}

static void
on_as_of_calendar_day_selected (RunwayWindow *self,
                                GtkCalendar  *calendar)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (calendar);
  GDate date;

  if (self->syncing_as_of)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (when),
                  (GDateMonth) g_date_time_get_month (when),
                  (GDateYear) g_date_time_get_year (when));
  set_as_of (self, g_date_get_julian (&date));
}

static void
on_as_of_adjustment_value_changed (RunwayWindow  *self,
                                   GtkAdjustment *adjustment)
{
  if (self->syncing_as_of)
    return;
  set_as_of (self, (guint32) gtk_adjustment_get_value (adjustment));
}

/* Editing: the sidebar's visible list says what to add; the selection of
 * the timeline (when it is shown) or of that list says what to edit or
 * delete. Every edit goes through the core, one undo step. */
static RunwayEntityList *
visible_list (RunwayWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->sidebar_stack);

  return RUNWAY_IS_ENTITY_LIST (child) ? RUNWAY_ENTITY_LIST (child) : NULL;
}

/* The last thing selected, on the timeline or in a sidebar list: what the
 * details pane shows. */
static RunwayEntity *
dup_selected_entity (RunwayWindow *self)
{
  RunwayEntity *entity = runway_details_pane_get_entity (self->details_pane);

  return entity ? g_object_ref (entity) : NULL;
}

/* A hidden pane gives its room back to the views, also in the middle of
 * sliding away. */
static void
on_details_reveal_notify (RunwayWindow *self)
{
  if (gtk_revealer_get_reveal_child (self->details_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->details_revealer), TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DETAILS]);
}

static void
on_details_revealed_notify (RunwayWindow *self)
{
  if (!gtk_revealer_get_child_revealed (self->details_revealer) &&
      !gtk_revealer_get_reveal_child (self->details_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->details_revealer), FALSE);
}

static void
on_timeline_selection_notify (RunwayWindow *self)
{
  RunwayEntity *entity = runway_timeline_view_get_selected_entity (self->timeline_view);

  if (entity != NULL)
    runway_details_pane_set_entity (self->details_pane, entity);
}

static void
on_list_selection_changed (RunwayWindow     *self,
                           RunwayEntityList *list)
{
  g_autoptr(RunwayEntity) entity = runway_entity_list_dup_selected (list);

  if (entity != NULL)
    runway_details_pane_set_entity (self->details_pane, entity);
}

static void
edit_entity (RunwayWindow *self,
             RunwayEntity *entity)
{
  GtkWidget *editor;

  if (self->plan == NULL || entity == NULL || runway_plan_is_read_only (self->plan))
    return;
  editor = runway_entity_editor_new_for_edit (GTK_WINDOW (self), self->plan, entity);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_entity_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  RunwayEntityList *list = visible_list (self);
  g_autoptr(RunwayEntity) selected = NULL;
  RunwayKind kind;
  GtkWidget *editor;

  if (self->plan == NULL || list == NULL)
    return;

  kind = runway_entity_list_get_kind (list);
  /* a new capability goes below the selected one */
  if (kind == RUNWAY_KIND_CAPABILITY)
    selected = runway_entity_list_dup_selected (list);
  editor = runway_entity_editor_new_for_add (GTK_WINDOW (self), self->plan, kind, selected);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Adds what belongs to the selection: a release to a product, a deployment
 * to a capability or release, a person to a team… */
static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  RunwayKind kind = runway_schema_kind_for_table (g_variant_get_string (parameter, NULL));
  RunwayEntity *parent = runway_details_pane_get_entity (self->details_pane);
  GtkWidget *editor;

  if (self->plan == NULL || kind == RUNWAY_N_KINDS || runway_plan_is_read_only (self->plan))
    return;
  editor = runway_entity_editor_new_for_add (GTK_WINDOW (self), self->plan, kind, parent);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
plan_settings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);

  edit_entity (self, RUNWAY_ENTITY (runway_plan_get_settings (self->plan)));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  RunwayEntityList *list = visible_list (self);

  if (self->plan == NULL || self->workshop || list == NULL)
    return;
  adw_flap_set_reveal_flap (self->flap, TRUE);
  runway_entity_list_focus_search (list);
}

static void
edit_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  g_autoptr(RunwayEntity) entity = dup_selected_entity (self);

  if (entity == NULL)
    {
      runway_window_show_toast (self, _("Select something to edit first"));
      return;
    }
  edit_entity (self, entity);
}

static void
delete_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  g_autoptr(RunwayEntity) entity = dup_selected_entity (self);

  if (self->plan == NULL)
    return;
  if (entity == NULL)
    {
      runway_window_show_toast (self, _("Select something to delete first"));
      return;
    }
  runway_confirm_removal (GTK_WINDOW (self), self->plan, entity);
}

static void
on_entity_activated (RunwayWindow *self,
                     RunwayEntity *entity,
                     GtkWidget    *source)
{
  edit_entity (self, entity);
}

/* Workshop mode: the timeline and the risk count, fullscreen and larger,
 * for a projector. The filters stay as they were; the editing chrome (the
 * header bar, the sidebar and its buttons, the details) goes away. */
#define WORKSHOP_TEXT_SCALE 1.4

static void
set_workshop (RunwayWindow *self,
              gboolean      workshop)
{
  workshop = !!workshop;
  if (self->workshop == workshop || (workshop && self->plan == NULL))
    return;
  self->workshop = workshop;

  if (workshop)
    {
      self->sidebar_before_workshop = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      adw_view_stack_set_visible_child_name (self->main_views, "timeline");
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "workshop");
    }
  else
    {
      adw_flap_set_reveal_flap (self->flap, self->sidebar_before_workshop);
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "workshop");
    }

  runway_timeline_view_set_text_scale (self->timeline_view, workshop ? WORKSHOP_TEXT_SCALE : 1.0);
  gtk_widget_set_visible (self->header_bar, !workshop);
  gtk_widget_set_visible (self->switcher_bar, !workshop);
  gtk_widget_set_visible (self->details_button, !workshop);
  gtk_widget_set_visible (self->leave_workshop_button, workshop);
  adw_flap_set_locked (self->flap, workshop);
  if (workshop)
    gtk_revealer_set_reveal_child (self->details_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", workshop);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline_view));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP]);
}

static void
leave_workshop_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_workshop (RUNWAY_WINDOW (widget), FALSE);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    runway_timeline_view_zoom_in (self->timeline_view);
  else if (g_str_equal (action_name, "win.zoom-out"))
    runway_timeline_view_zoom_out (self->timeline_view);
  else if (g_str_equal (action_name, "win.zoom-fit"))
    runway_timeline_view_zoom_to_fit (self->timeline_view);
  else
    runway_timeline_view_go_to_today (self->timeline_view);
}

static GSettings *
new_settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Run from the build tree, the schema may not be installed; the window
   * then simply does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  return schema ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

static gboolean
runway_window_close_request (GtkWindow *window)
{
  RunwayWindow *self = RUNWAY_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (runway_window_parent_class)->close_request (window);
}

static void
runway_window_dispose (GObject *object)
{
  RunwayWindow *self = RUNWAY_WINDOW (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->held_plan);
  g_clear_handle_id (&self->show_held_id, g_source_remove);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  g_clear_handle_id (&self->changed_watch, g_source_remove);
  runway_window_set_plan (self, NULL);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), RUNWAY_TYPE_WINDOW);

  G_OBJECT_CLASS (runway_window_parent_class)->dispose (object);
}

static void
runway_window_realize (GtkWidget *widget)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);

  GTK_WIDGET_CLASS (runway_window_parent_class)->realize (widget);

  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_frame_clock_after_paint), self, G_CONNECT_SWAPPED);
}

static void
runway_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RunwayWindow *self = RUNWAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->details_revealer != NULL &&
                                  gtk_revealer_get_reveal_child (self->details_revealer));
      break;
    case PROP_WORKSHOP:
      g_value_set_boolean (value, self->workshop);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RunwayWindow *self = RUNWAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      runway_window_set_plan (self, g_value_get_object (value));
      break;
    case PROP_SHOW_DETAILS:
      gtk_revealer_set_reveal_child (self->details_revealer, g_value_get_boolean (value));
      break;
    case PROP_WORKSHOP:
      set_workshop (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_window_class_init (RunwayWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = runway_window_dispose;
  object_class->get_property = runway_window_get_property;
  object_class->set_property = runway_window_set_property;
  widget_class->realize = runway_window_realize;
  window_class->close_request = runway_window_close_request;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, RUNWAY_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* whether the selection's details are beside the timeline */
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* presenting the timeline to a room */
  properties[PROP_WORKSHOP] =
    g_param_spec_boolean ("workshop", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RUNWAY_TYPE_ENTITY_LIST);
  g_type_ensure (RUNWAY_TYPE_TIMELINE_VIEW);
  g_type_ensure (RUNWAY_TYPE_TIMELINE_LEGEND);
  g_type_ensure (RUNWAY_TYPE_RISK_VIEW);
  g_type_ensure (RUNWAY_TYPE_STAFFING_VIEW);
  g_type_ensure (RUNWAY_TYPE_OWNERSHIP_VIEW);
  g_type_ensure (RUNWAY_TYPE_DETAILS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/runway/Runway/runway-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, changed_revealer);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, details_revealer);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, details_pane);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, details_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, leave_workshop_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, capability_list);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, product_list);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, vendor_list);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, team_list);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, main_views);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, risk_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, staffing_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, ownership_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, grouping_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, vendor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, deployed_only_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, risk_summary);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, as_of_button);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, as_of_calendar);
  gtk_widget_class_bind_template_child (widget_class, RunwayWindow, as_of_adjustment);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_action);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.go-to-today", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.as-of", "s", as_of_action);
  gtk_widget_class_install_action (widget_class, "win.add-entity", NULL, add_entity_action);
  gtk_widget_class_install_action (widget_class, "win.edit-entity", NULL, edit_entity_action);
  gtk_widget_class_install_action (widget_class, "win.delete-entity", NULL, delete_entity_action);
  gtk_widget_class_install_action (widget_class, "win.add-child", "s", add_child_action);
  gtk_widget_class_install_action (widget_class, "win.plan-settings", NULL, plan_settings_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-details", "show-details");
  gtk_widget_class_install_property_action (widget_class, "win.workshop", "workshop");
  gtk_widget_class_install_action (widget_class, "win.leave-workshop", NULL,
                                   leave_workshop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-workshop", NULL);

  runway_window_class_add_exchange_actions (widget_class);
}

static void
runway_window_init (RunwayWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  runway_timeline_legend_set_view (self->legend, self->timeline_view);
  g_signal_connect_object (self->vendor_dropdown, "notify::selected",
                           G_CALLBACK (on_vendor_dropdown_notify_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->grouping_dropdown, "notify::selected",
                           G_CALLBACK (on_grouping_dropdown_notify_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deployed_only_button, "toggled",
                           G_CALLBACK (on_deployed_only_button_toggled), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->as_of_calendar, "day-selected",
                           G_CALLBACK (on_as_of_calendar_day_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->as_of_adjustment, "value-changed",
                           G_CALLBACK (on_as_of_adjustment_value_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "activate-item",
                           G_CALLBACK (on_entity_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_view, "notify::selected-entity",
                           G_CALLBACK (on_timeline_selection_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details_revealer, "notify::reveal-child",
                           G_CALLBACK (on_details_reveal_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details_revealer, "notify::child-revealed",
                           G_CALLBACK (on_details_revealed_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_notify), NULL);
  {
    RunwayEntityList *lists[] = {
      self->capability_list, self->product_list, self->vendor_list, self->team_list
    };

    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        g_signal_connect_object (lists[i], "activate-entity", G_CALLBACK (on_entity_activated),
                                 self, G_CONNECT_SWAPPED);
        g_signal_connect_object (lists[i], "selection-changed",
                                 G_CALLBACK (on_list_selection_changed), self, G_CONNECT_SWAPPED);
      }
  }
  g_signal_connect_object (self->risk_view, "risk-activated",
                           G_CALLBACK (on_risk_view_risk_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->risk_view, "error", G_CALLBACK (on_view_error), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staffing_view, "error", G_CALLBACK (on_view_error), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ownership_view, "error", G_CALLBACK (on_view_error), self,
                           G_CONNECT_SWAPPED);
  if (g_signal_lookup ("error", RUNWAY_TYPE_TIMELINE_VIEW) != 0)
    g_signal_connect_object (self->timeline_view, "error", G_CALLBACK (on_view_error),
                             self, G_CONNECT_SWAPPED);
  update_vendor_filter (self);

  for (guint i = 0; i < G_N_ELEMENTS (summary_kinds); i++)
    add_summary_tile (self, summary_kinds[i]);
  adw_flap_set_reveal_flap (self->flap, FALSE);

  self->settings = new_settings_if_installed ();
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_signal_connect_object (self->settings, "changed::recent-plans",
                               G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
    }
  update_recent_menu (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-workshop", FALSE);
  self->changed_watch = g_timeout_add_seconds (2, check_changed_elsewhere, self);

  update_state (self);
}

RunwayWindow *
runway_window_new (RunwayApplication *application)
{
  g_return_val_if_fail (RUNWAY_IS_APPLICATION (application), NULL);

  return g_object_new (RUNWAY_TYPE_WINDOW, "application", application, NULL);
}

/**
 * runway_window_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan the window shows
 */
RunwayPlan *
runway_window_get_plan (RunwayWindow *self)
{
  g_return_val_if_fail (RUNWAY_IS_WINDOW (self), NULL);

  return self->plan;
}

/**
 * runway_window_set_plan:
 * @plan: (nullable): the plan to show
 */
void
runway_window_set_plan (RunwayWindow *self,
                        RunwayPlan   *plan)
{
  RunwayEntityList *lists[] = {
    self->capability_list, self->product_list, self->vendor_list, self->team_list
  };

  g_return_if_fail (RUNWAY_IS_WINDOW (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  /* without a plan the sidebar would only repeat "No Plan Open" */
  if ((self->plan == NULL) != (plan == NULL))
    adw_flap_set_reveal_flap (self->flap, plan != NULL && !adw_flap_get_folded (self->flap));

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (runway_plan_get_settings (self->plan), self);
      g_signal_handlers_disconnect_by_data (self->plan, self);
    }

  g_set_object (&self->plan, plan);

  if (self->plan != NULL)
    {
      g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->plan, "notify", G_CALLBACK (on_plan_notify), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (runway_plan_get_settings (self->plan), "notify",
                               G_CALLBACK (on_settings_notify), self, G_CONNECT_SWAPPED);
    }

  /* NULL once the template is disposed */
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL)
      runway_entity_list_set_plan (lists[i], plan);

  if (self->timeline_view != NULL)
    {
      runway_timeline_view_set_plan (self->timeline_view, plan);
      runway_risk_view_set_plan (self->risk_view, plan);
      /* the matrices work the plan out when they are shown */
      runway_staffing_view_set_plan (self->staffing_view, plan);
      runway_ownership_view_set_plan (self->ownership_view, plan);
      runway_details_pane_set_plan (self->details_pane, plan);
      gtk_revealer_set_reveal_child (self->changed_revealer, FALSE);
      if (plan == NULL)
        set_workshop (self, FALSE);
      update_vendor_filter (self);
      self->as_of = 0;
      update_as_of (self);
    }

  update_summary (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

RunwayTimelineView *
runway_window_get_timeline_view (RunwayWindow *self)
{
  g_return_val_if_fail (RUNWAY_IS_WINDOW (self), NULL);

  return self->timeline_view;
}

gboolean
runway_window_is_loading (RunwayWindow *self)
{
  g_return_val_if_fail (RUNWAY_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

/**
 * runway_window_is_unused:
 *
 * Returns: whether the window shows no plan and is not opening one, so it
 * can take the next plan to open
 */
gboolean
runway_window_is_unused (RunwayWindow *self)
{
  g_return_val_if_fail (RUNWAY_IS_WINDOW (self), FALSE);

  return self->plan == NULL && self->loading == NULL;
}

/**
 * runway_window_open:
 * @file: a plan file
 *
 * Opens @file in a worker thread and shows it, or says why it cannot be
 * opened in a dialog and keeps showing what the window showed.
 */
void
runway_window_open (RunwayWindow *self,
                    GFile        *file)
{
  g_return_if_fail (RUNWAY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, RUNWAY_LOAD_OPEN);
}

/**
 * runway_window_open_last:
 *
 * Opens the plan that was open when Runway last closed, or the demo plan
 * when there was none or it is gone.
 */
void
runway_window_open_last (RunwayWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (RUNWAY_IS_WINDOW (self));

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "last-plan");
  if (uri != NULL && *uri != '\0')
    file = g_file_new_for_uri (uri);
  if (file != NULL && g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
    runway_window_open (self, file);
  else
    runway_window_open_demo (self);
}

/**
 * runway_window_open_demo:
 *
 * Opens the demo plan in the user's data folder, writing it first if it is
 * not there yet.
 */
void
runway_window_open_demo (RunwayWindow *self)
{
  g_autoptr(GFile) demo = runway_get_demo_file ();

  g_return_if_fail (RUNWAY_IS_WINDOW (self));

  load (self, demo, RUNWAY_LOAD_DEMO);
}
