/* test-a11y.c — what assistive technology finds in the main window, on a
 * real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A screen reader only knows a control by its accessible name. These tests
 * present the real window on the demo plan, show each page in turn and walk
 * the widget tree, asking GTK's test accessibility backend (GTK_A11Y=test)
 * what every control on screen is called; they check what the timeline says
 * about itself and its selection, that Tab reaches the parts of the window
 * in a sensible order, and that the high-contrast style keeps the
 * timeline's names readable.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "runway-application.h"
#include "runway-entity-editor.h"
#include "runway-plan.h"
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

/* The first widget below @root (itself included) of @type, in depth-first
 * order, whose widget name is @name (any, if NULL). */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
runs_action (GtkWidget  *widget,
             const char *action)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) && runs_action (root, action))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* -- accessible names ------------------------------------------------------ */

/* Whether @widget's accessible label property is set and not empty. The
 * test backend has no getter: it tells a value only by how it differs. */
static gboolean
has_label_property (GtkWidget *widget)
{
  g_autofree char *differs = NULL;

  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  return differs != NULL;
}

static gboolean
label_has_text (GtkWidget *widget)
{
  const char *text = gtk_label_get_text (GTK_LABEL (widget));

  return text != NULL && text[0] != '\0';
}

/* Roles whose name a screen reader takes from their content when nothing
 * names them (ARIA's "name from content"). */
static gboolean
takes_name_from_content (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_OPTION:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_CELL:
    case GTK_ACCESSIBLE_ROLE_GRID_CELL:
    case GTK_ACCESSIBLE_ROLE_ROW_HEADER:
    case GTK_ACCESSIBLE_ROLE_COLUMN_HEADER:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Text a screen reader would read inside @widget: a label on screen that
 * says something, or a child with a name of its own. */
static gboolean
has_text_content (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && label_has_text (child))
        return TRUE;
      if (has_label_property (child) && !GTK_IS_IMAGE (child))
        return TRUE;
      if (has_text_content (child))
        return TRUE;
    }
  return FALSE;
}

/* Whether @widget's labelled-by relation points at exactly one of
 * @candidates, and that one says something. */
static gboolean
is_labelled_by (GtkWidget *widget,
                GPtrArray *candidates)
{
  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return FALSE;

  for (guint i = 0; i < candidates->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (candidates, i);
      g_autofree char *differs = NULL;

      if (candidate == widget)
        continue;
      differs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                    candidate, NULL);
      if (differs != NULL)
        continue;
      if ((GTK_IS_LABEL (candidate) && label_has_text (candidate))
          || has_label_property (candidate) || has_text_content (candidate))
        return TRUE;
    }
  return FALSE;
}

/* The name a screen reader would say for @widget, as far as the test
 * backend shows it: the label property, a labelled-by relation to something
 * that says something, or for buttons, rows and the like their text. */
static gboolean
has_accessible_name (GtkWidget *widget,
                     GPtrArray *candidates)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  return has_label_property (widget)
         || is_labelled_by (widget, candidates)
         || (takes_name_from_content (role) && has_text_content (widget));
}

/* The controls a screen reader lands on. */
static gboolean
is_interactive (GtkWidget *widget)
{
  /* a column view is named as a whole, not the list GTK keeps inside it */
  if (GTK_IS_LIST_VIEW (widget) && GTK_IS_COLUMN_VIEW (gtk_widget_get_parent (widget)))
    return FALSE;

  switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)))
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      /* rows, cells, lists and custom views: whatever takes the keyboard
       * focus, but a scrolled window only passes it on to its child */
      return gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget)
             && !GTK_IS_SCROLLED_WINDOW (widget) && !GTK_IS_VIEWPORT (widget);
    }
}

/* Composite controls are named as a whole; the parts inside them (the text
 * of an entry, the button of a drop-down) are GTK's business. */
static gboolean
is_composite (GtkWidget *widget)
{
  return GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_SPIN_BUTTON (widget)
         || GTK_IS_DROP_DOWN (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SCALE (widget)
         || GTK_IS_CALENDAR (widget) || GTK_IS_SCROLLBAR (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_TEXT (widget);
}

static void
collect_widgets (GtkWidget *root,
                 GPtrArray *widgets)
{
  g_ptr_array_add (widgets, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, widgets);
}

/* A line that lets a person find @widget in the window. */
static char *
describe_widget (GtkWidget *widget)
{
  g_autoptr(GString) path = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *action = GTK_IS_ACTIONABLE (widget)
                       ? gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) : NULL;

  if (tooltip != NULL)
    g_string_append_printf (path, " (tooltip “%s”)", tooltip);
  if (action != NULL)
    g_string_append_printf (path, " (action %s)", action);
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent;
       parent = gtk_widget_get_parent (parent))
    g_string_append_printf (path, " < %s", G_OBJECT_TYPE_NAME (parent));
  return g_string_free (g_steal_pointer (&path), FALSE);
}

/* Adds a line to @nameless for every control on screen below @root that a
 * screen reader could not name; @checked counts the ones it could. */
static void
check_names (GtkWidget *root,
             GPtrArray *candidates,
             GPtrArray *nameless,
             guint     *checked)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (is_interactive (root))
    {
      if (has_accessible_name (root, candidates))
        (*checked)++;
      else
        g_ptr_array_add (nameless, describe_widget (root));
    }
  if (is_composite (root))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    check_names (child, candidates, nameless, checked);
}

/* Fails on any control on screen below @root (a window, an open popover)
 * that has no name; returns how many have one. */
static guint
assert_all_named (GtkWidget  *root,
                  const char *where)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) nameless = g_ptr_array_new_with_free_func (g_free);
  guint checked = 0;

  /* a label anywhere in the window may name a control */
  g_assert_nonnull (gtk_widget_get_root (root));
  collect_widgets (GTK_WIDGET (gtk_widget_get_root (root)), candidates);
  check_names (root, candidates, nameless, &checked);
  for (guint i = 0; i < nameless->len; i++)
    g_test_message ("%s: no accessible name: %s", where, (char *) g_ptr_array_index (nameless, i));
  if (nameless->len > 0)
    g_error ("%s: %u of %u controls on screen have no accessible name", where, nameless->len,
             nameless->len + checked);
  return checked;
}

/* -- the window ------------------------------------------------------------ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("runway-a11y-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "demo.runway", NULL);

  fixture->plan = runway_test_new_demo_plan (fixture->path, "Accessibility test estate");
  runway_plan_clear_history (fixture->plan);

  fixture->window = runway_ui_test_present_plan (app, fixture->plan, 1200, 900);
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

static void
show_page (RunwayWindow *window,
           GtkWidget    *stack,
           const char   *page)
{
  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), page);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, page);
  runway_ui_test_wait_for_frame (GTK_WIDGET (window));
}

static gboolean
popover_is_mapped (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static void
collect_menu_buttons (GtkWidget *root,
                      GPtrArray *buttons)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (GTK_IS_MENU_BUTTON (root))
    g_ptr_array_add (buttons, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_buttons (child, buttons);
}

/* Every control on every page of the main area and of the sidebar, and in
 * every popover the header bar and the toolbar open, has a name. */
static void
test_a11y_names (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *const main_pages[] = { "timeline", "risks", "staffing", "ownership",
                                            "summary" };
  static const char *const sidebar_pages[] = { "capabilities", "products", "vendors", "teams" };
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *main_views = find_widget (window, ADW_TYPE_VIEW_STACK, "main_views");
  GtkWidget *flap = find_widget (window, ADW_TYPE_FLAP, NULL);
  GtkWidget *sidebar;
  g_autoptr(GPtrArray) menu_buttons = g_ptr_array_new ();
  g_autoptr(RunwayEntity) release = g_list_model_get_item (
                                      runway_plan_get_model (fixture->plan, RUNWAY_KIND_RELEASE), 0);
  guint checked = 0;

  g_assert_nonnull (flap);
  sidebar = find_widget (adw_flap_get_flap (ADW_FLAP (flap)), ADW_TYPE_VIEW_STACK, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (main_pages); i++)
    {
      g_autofree char *where = g_strdup_printf ("the %s page", main_pages[i]);

      show_page (fixture->window, main_views, main_pages[i]);
      checked += assert_all_named (window, where);
    }

  /* the details pane, on a selected release */
  show_page (fixture->window, main_views, "timeline");
  g_object_set (fixture->window, "show-details", TRUE, NULL);
  runway_timeline_view_select_entity (RUNWAY_TIMELINE_VIEW (find_widget (
                                                              window, RUNWAY_TYPE_TIMELINE_VIEW,
                                                              NULL)),
                                      release);
  runway_ui_test_wait_for_frame (window);
  checked += assert_all_named (window, "the details pane");
  g_object_set (fixture->window, "show-details", FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sidebar_pages); i++)
    {
      g_autofree char *where = g_strdup_printf ("the sidebar's %s", sidebar_pages[i]);

      show_page (fixture->window, sidebar, sidebar_pages[i]);
      checked += assert_all_named (window, where);
    }

  /* the popovers' contents: the main menu, grouping and filters, what if,
   * the legend */
  collect_menu_buttons (window, menu_buttons);
  g_assert_cmpuint (menu_buttons->len, >=, 4);
  for (guint i = 0; i < menu_buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (menu_buttons, i);
      g_autofree char *where = describe_widget (GTK_WIDGET (button));
      GtkPopover *popover;

      gtk_menu_button_popup (button);
      g_assert_true (runway_ui_test_wait_until (popover_is_mapped, button));
      popover = gtk_menu_button_get_popover (button);
      runway_ui_test_wait_for_frame (GTK_WIDGET (popover));
      checked += assert_all_named (GTK_WIDGET (popover), where);
      gtk_menu_button_popdown (button);
      runway_ui_test_drain ();
    }

  /* enough controls were looked at for the walk to mean something */
  g_test_message ("%u controls named", checked);
  g_assert_cmpuint (checked, >, 50);
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

static gboolean
widget_is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The editor of each kind the timeline shows has a name for every field. */
static void
test_a11y_editor (Fixture       *fixture,
                  gconstpointer  data)
{
  static const RunwayKind kinds[] = { RUNWAY_KIND_CAPABILITY, RUNWAY_KIND_PRODUCT,
                                      RUNWAY_KIND_RELEASE, RUNWAY_KIND_DEPLOYMENT,
                                      RUNWAY_KIND_MIGRATION, RUNWAY_KIND_ROADMAP_ITEM };
  GtkWidget *view = find_widget (GTK_WIDGET (fixture->window), RUNWAY_TYPE_TIMELINE_VIEW, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GListModel *model = runway_plan_get_model (fixture->plan, kinds[i]);
      g_autoptr(RunwayEntity) entity = g_list_model_get_item (model, 0);
      g_autofree char *where = NULL;
      GtkWidget *editor = NULL;

      g_assert_nonnull (entity);
      where = g_strdup_printf ("the %s editor", G_OBJECT_TYPE_NAME (entity));
      /* selected even when it has no row of its own (a deployment) */
      runway_timeline_view_select_entity (RUNWAY_TIMELINE_VIEW (view), entity);
      g_assert_true (runway_timeline_view_get_selected_entity (RUNWAY_TIMELINE_VIEW (view))
                     == entity);
      g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window),
                                                         "win.edit-entity", NULL));
      g_assert_true (runway_ui_test_wait_until (editor_shown, &editor));
      runway_ui_test_wait_for_frame (editor);
      g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (editor)), "Edit "));
      assert_all_named (editor, where);

      g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
      gtk_window_destroy (GTK_WINDOW (editor));
      g_assert_true (runway_ui_test_wait_until (widget_is_gone, &editor));
    }
}

/* -- the timeline ---------------------------------------------------------- */

static guint
count_open_risks (RunwayPlan   *plan,
                  RunwayEntity *release)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (plan, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      n += !runway_risk_is_accepted (risk)
           && runway_risk_get_release_id (risk) == runway_entity_get_id (release);
    }
  return n;
}

/* Sends @keyval to @widget's key controllers, as a key press on it. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  runway_ui_test_drain ();
  return handled;
}

/* The timeline is a named, focusable group; picking a release with the
 * keyboard makes its description say the release, its end of life and its
 * risks, the way a screen reader should read it out. */
static void
test_a11y_timeline (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (fixture->window), RUNWAY_TYPE_TIMELINE_VIEW, NULL);
  RunwayTimelineView *view = RUNWAY_TIMELINE_VIEW (widget);
  RunwayEntity *release = NULL;
  g_autofree char *title = NULL;
  g_autofree char *expected_start = NULL;
  g_autofree char *risks = NULL;
  g_autofree char *mismatch = NULL;
  g_autofree char *described = NULL;
  const char *end_of_life;
  const char *description;
  guint n_risks;

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_get_focusable (widget));
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget),
                                               GTK_ACCESSIBLE_ROLE_GROUP));
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
  g_assert_null (mismatch);

  /* nothing selected, nothing described */
  g_assert_null (runway_timeline_view_get_selected_entity (view));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  /* Down walks the rows, from the first, until a release's */
  gtk_widget_grab_focus (widget);
  g_assert_true (gtk_widget_has_focus (widget));
  for (guint row = 0; row < 200 && release == NULL; row++)
    {
      RunwayEntity *selected;

      g_assert_true (press_key (widget, GDK_KEY_Down));
      selected = runway_timeline_view_get_selected_entity (view);
      g_assert_nonnull (selected);
      if (runway_entity_get_kind (selected) == RUNWAY_KIND_RELEASE)
        release = selected;
    }
  g_assert_nonnull (release);

  title = runway_plan_dup_title (fixture->plan, release);
  end_of_life = runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE);
  n_risks = count_open_risks (fixture->plan, release);
  description = runway_timeline_view_get_selection_description (view);
  g_assert_nonnull (description);
  g_test_message ("selected: %s", description);

  /* "PostgreSQL 12, end of life 2024-11-14, 3 risks"; the date in whatever
   * form dates are shown, but with its year */
  expected_start = g_strdup_printf ("%s, end of life ", title);
  g_assert_true (g_str_has_prefix (description, expected_start));
  if (end_of_life != NULL && g_ascii_isdigit (end_of_life[0]))
    {
      g_autofree char *year = g_strndup (end_of_life, 4);

      g_assert_nonnull (strstr (description + strlen (expected_start), year));
    }
  risks = n_risks == 0 ? g_strdup ("no risks")
          : g_strdup_printf (n_risks == 1 ? "%u risk" : "%u risks", n_risks);
  g_assert_true (g_str_has_suffix (description, risks));

  /* and that is what assistive technology is given */
  described = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                  description);
  g_assert_null (described);

  /* Escape lets go of it, and the description goes with it */
  press_key (widget, GDK_KEY_Escape);
  g_assert_null (runway_timeline_view_get_selected_entity (view));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
}

/* -- high contrast --------------------------------------------------------- */

/* WCAG's relative luminance of a pixel in sRGB. */
static double
luminance (const guchar *pixel)
{
  double sum = 0;
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };

  for (guint i = 0; i < 3; i++)
    {
      double c = pixel[i] / 255.0;

      c = c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
      sum += weights[i] * c;
    }
  return sum;
}

/* The contrast between the lightest and darkest pixels in a rectangle of
 * @texture: on a label cell, that of its text on its ground. */
static double
contrast_in (GdkTexture *texture,
             int         x0,
             int         y0,
             int         x1,
             int         y1)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  double lightest = 0, darkest = 1;

  g_assert_cmpint (x0, >=, 0);
  g_assert_cmpint (y0, >=, 0);
  g_assert_cmpint (x1, <=, width);
  g_assert_cmpint (y1, <=, height);
  gdk_texture_download (texture, pixels, stride);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        /* GDK_MEMORY_DEFAULT: B, G, R, A */
        const guchar *bgra = pixels + y * stride + x * 4;
        guchar rgb[3] = { bgra[2], bgra[1], bgra[0] };
        double l = luminance (rgb);

        lightest = MAX (lightest, l);
        darkest = MIN (darkest, l);
      }
  return (lightest + 0.05) / (darkest + 0.05);
}

static GdkTexture *
render_widget (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                           gtk_widget_get_height (widget)));
}

/* The first row of @kind (a capability's group band, a release) */
static int
find_row (RunwayTimeline        *timeline,
          RunwayTimelineRowKind  kind)
{
  for (guint i = 0; i < runway_timeline_get_n_rows (timeline); i++)
    if (runway_timeline_get_row (timeline, i)->kind == kind)
      return (int) i;
  return -1;
}

/* The contrast of the label cell of @row's name on its ground. */
static double
row_label_contrast (RunwayTimelineView *view,
                    GdkTexture         *texture,
                    int                 row)
{
  double top, bottom;
  int width = (int) runway_timeline_view_get_label_width (view);

  runway_timeline_view_get_point (view, 0, row, NULL, &top);
  runway_timeline_view_get_point (view, 0, row + 1, NULL, &bottom);
  /* inside the rules that frame the cell */
  return contrast_in (texture, 2, (int) top + 2, width - 2, (int) bottom - 2);
}

/* The high-contrast style keeps the timeline's names readable, in light
 * and in dark: its text stands out from the group bands and from the plain
 * rows at WCAG's enhanced level (7:1). */
static void
test_a11y_high_contrast (Fixture       *fixture,
                         gconstpointer  data)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWidget *widget = find_widget (GTK_WIDGET (fixture->window), RUNWAY_TYPE_TIMELINE_VIEW, NULL);
  RunwayTimelineView *view = RUNWAY_TIMELINE_VIEW (widget);
  RunwayTimeline *timeline = runway_timeline_view_get_timeline (view);
  int band = find_row (timeline, RUNWAY_TIMELINE_ROW_CAPABILITY);
  int release = find_row (timeline, RUNWAY_TIMELINE_ROW_RELEASE);

  g_assert_true (adw_style_manager_get_high_contrast (manager));
  g_assert_cmpint (band, >=, 0);
  g_assert_cmpint (release, >, band);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autoptr(GdkTexture) texture = NULL;
      double on_band, on_row;

      adw_style_manager_set_color_scheme (manager, schemes[i]);
      runway_ui_test_wait_for_frame (widget);
      g_assert_true (adw_style_manager_get_dark (manager) == (i == 1));
      texture = render_widget (widget);
      on_band = row_label_contrast (view, texture, band);
      on_row = row_label_contrast (view, texture, release);
      g_test_message ("%s: group band %.1f:1, release row %.1f:1", i ? "dark" : "light",
                      on_band, on_row);
      g_assert_cmpfloat (on_band, >=, 7.0);
      g_assert_cmpfloat (on_row, >=, 7.0);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* -- the keyboard ---------------------------------------------------------- */

/* Where in the focus chain (0 = first) a widget inside @part has the focus;
 * -1 if none does. */
static int
first_focus_in (GPtrArray *chain,
                GtkWidget *part)
{
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (chain, i);

      if (focus == part || gtk_widget_is_ancestor (focus, part))
        return (int) i;
    }
  return -1;
}

/* Tab from the window goes through the header bar, the sidebar, the
 * timeline's toolbar and the timeline, in that order, and comes round. */
static void
test_a11y_focus_order (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *header_bar = find_widget (window, ADW_TYPE_HEADER_BAR, NULL);
  GtkWidget *flap = find_widget (window, ADW_TYPE_FLAP, NULL);
  GtkWidget *timeline = find_widget (window, RUNWAY_TYPE_TIMELINE_VIEW, NULL);
  GtkWidget *zoom_in = find_action_button (window, "win.zoom-in");
  GtkWidget *toolbar;
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  int header_at, sidebar_at, toolbar_at, timeline_at;
  gboolean round = FALSE;

  g_assert_nonnull (header_bar);
  g_assert_nonnull (flap);
  g_assert_nonnull (timeline);
  g_assert_nonnull (zoom_in);
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (flap)));
  /* the row of controls above the timeline */
  toolbar = gtk_widget_get_parent (gtk_widget_get_parent (zoom_in));
  g_assert_true (gtk_widget_is_ancestor (zoom_in, toolbar));
  g_assert_false (gtk_widget_is_ancestor (timeline, toolbar));

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (guint i = 0; i < 500; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD))
        break;
      runway_ui_test_drain ();
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      g_assert_nonnull (focus);
      if (chain->len > 0 && focus == g_ptr_array_index (chain, 0))
        {
          round = TRUE;
          break;
        }
      g_ptr_array_add (chain, focus);
    }

  for (guint i = 0; i < chain->len; i++)
    {
      g_autofree char *line = describe_widget (g_ptr_array_index (chain, i));

      g_test_message ("Tab %u: %s", i + 1, line);
    }

  header_at = first_focus_in (chain, header_bar);
  sidebar_at = first_focus_in (chain, adw_flap_get_flap (ADW_FLAP (flap)));
  toolbar_at = first_focus_in (chain, toolbar);
  timeline_at = first_focus_in (chain, timeline);
  g_assert_cmpint (header_at, >=, 0);
  g_assert_cmpint (sidebar_at, >, header_at);
  g_assert_cmpint (toolbar_at, >, sidebar_at);
  g_assert_cmpint (timeline_at, >, toolbar_at);
  g_assert_true (g_ptr_array_index (chain, timeline_at) == timeline);
  /* and no control is a trap: Tab comes back to where it started */
  g_assert_true (round);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* the test backend shows what the widgets tell assistive technology;
   * the high-contrast style is on throughout (libadwaita reads it once) */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  app = runway_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/a11y/names", Fixture, NULL, fixture_set_up, test_a11y_names, fixture_tear_down);
  g_test_add ("/a11y/editor", Fixture, NULL, fixture_set_up, test_a11y_editor, fixture_tear_down);
  g_test_add ("/a11y/timeline", Fixture, NULL,
              fixture_set_up, test_a11y_timeline, fixture_tear_down);
  g_test_add ("/a11y/focus-order", Fixture, NULL,
              fixture_set_up, test_a11y_focus_order, fixture_tear_down);
  g_test_add ("/a11y/high-contrast", Fixture, NULL,
              fixture_set_up, test_a11y_high_contrast, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
