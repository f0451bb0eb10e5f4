/* runway-ownership-view.c — which team covers each area of each capability
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grid of capabilities (rows, in tree order, indented by depth) × the nine
 * responsibility areas (columns). Each cell is a drop-down of the teams plus
 * "Nobody"; an area nobody covers on a capability that runs something is a
 * gap, shown with a warning icon and the word, never by colour alone. A
 * capability with no deployments (a grouping such as "Security") shows a
 * quiet dash instead, since nothing there needs operating yet.
 *
 * As in the staffing view, the grid is only rebuilt when its rows or the
 * teams change; edits only move the drop-downs; a hidden view waits until
 * it is shown; and a plan with more capabilities than a matrix can hold
 * (RUNWAY_MATRIX_MAX_CELLS) gets a status page instead.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "runway-entities.h"
#include "runway-matrix.h"
#include "runway-ownership-view.h"

#define N_AREAS 9

struct _RunwayOwnershipView
{
  GtkWidget           parent_instance;

  RunwayMatrixFrame  frame;
  GtkWidget          *grid;

  RunwayPlan         *plan;
  char               *structure;   /* what the grid was built for */
  GHashTable         *cells;       /* "capability:area" → GtkDropDown, owned by the grid */
  GtkStringList      *teams;       /* "Nobody", then the team names */
  GArray             *team_ids;    /* gint64 per item of teams, 0 for "Nobody" */

  GtkListItemFactory *gap_factory;    /* the button of a capability that runs something */
  GtkListItemFactory *quiet_factory;  /* the button of one that does not */
  GtkListItemFactory *list_factory;   /* the popup */
  gboolean            syncing;
  gboolean            stale;          /* the plan changed while the view was hidden */
};

typedef struct
{
  gint64   capability_id;
  guint    area;
  gboolean deployed;
} Cell;

typedef enum {
  FACTORY_GAP,
  FACTORY_QUIET,
  FACTORY_LIST,
} FactoryMode;

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RunwayOwnershipView, runway_ownership_view, GTK_TYPE_WIDGET)

/* In the order of runway_responsibility_areas. */
static const char * const area_labels[N_AREAS] = {
  N_("Operations"), N_("Maintenance"), N_("Design & integration"), N_("Security"),
  N_("Resilience"), N_("Quality assurance"), N_("Strategy & roadmap"), N_("Customer support"),
  N_("Cost & licences"),
};

static int
find_area_index (const char *area)
{
  for (guint i = 0; i < N_AREAS && runway_responsibility_areas[i]; i++)
    if (g_strcmp0 (area, runway_responsibility_areas[i]) == 0)
      return i;
  return -1;
}

static char *
dup_cell_key (gint64 capability_id,
              guint  area)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%u", capability_id, area);
}

static RunwayEntity *
find_responsibility (RunwayPlan *plan,
                     gint64      capability_id,
                     const char *area)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_RESPONSIBILITY);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) responsibility = g_list_model_get_item (model, i);

      if (runway_entity_get_int (responsibility, RUNWAY_RESPONSIBILITY_CAPABILITY) == capability_id
          && g_strcmp0 (runway_entity_get_string (responsibility, RUNWAY_RESPONSIBILITY_AREA),
                        area) == 0)
        return responsibility;   /* the plan keeps it alive */
    }
  return NULL;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  RunwayEntity *ea = *(RunwayEntity **) a;
  RunwayEntity *eb = *(RunwayEntity **) b;

  return g_utf8_collate (runway_entity_get_string (ea, RUNWAY_TEAM_NAME),
                         runway_entity_get_string (eb, RUNWAY_TEAM_NAME));
}

static GPtrArray *
dup_sorted_teams (RunwayPlan *plan)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_TEAM);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) teams = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (teams, g_list_model_get_item (model, i));
  g_ptr_array_sort (teams, compare_by_name);
  return g_steal_pointer (&teams);
}

/* Appends the capabilities under @parent, depth first, each followed by its
 * depth in @depths. */
static void
collect_capabilities (RunwayPlan       *plan,
                      RunwayCapability *parent,
                      guint             depth,
                      GPtrArray        *capabilities,
                      GArray           *depths)
{
  GListModel *children = runway_plan_get_children (plan, parent);
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayCapability) child = g_list_model_get_item (children, i);

      g_ptr_array_add (capabilities, g_object_ref (child));
      g_array_append_val (depths, depth);
      collect_capabilities (plan, child, depth + 1, capabilities, depths);
    }
}

static GHashTable *
dup_deployed (RunwayPlan *plan)
{
  GListModel *model = runway_plan_get_model (plan, RUNWAY_KIND_DEPLOYMENT);
  guint n = g_list_model_get_n_items (model);
  GHashTable *deployed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) deployment = g_list_model_get_item (model, i);
      gint64 id = runway_entity_get_int (deployment, RUNWAY_DEPLOYMENT_CAPABILITY);

      g_hash_table_add (deployed, g_memdup2 (&id, sizeof id));
    }
  return deployed;
}

static char *
dup_structure (GPtrArray  *capabilities,
               GArray     *depths,
               GHashTable *deployed,
               GPtrArray  *teams)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < capabilities->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (capabilities, i);
      gint64 id = runway_entity_get_id (capability);

      g_string_append_printf (key, "%" G_GINT64_FORMAT "\x1f%s\x1f%u\x1f%d\x1e", id,
                              runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME),
                              g_array_index (depths, guint, i),
                              g_hash_table_contains (deployed, &id));
    }
  g_string_append_c (key, '\x1d');
  for (guint i = 0; i < teams->len; i++)
    {
      RunwayEntity *team = g_ptr_array_index (teams, i);

      g_string_append_printf (key, "%" G_GINT64_FORMAT "\x1f%s\x1e", runway_entity_get_id (team),
                              runway_entity_get_string (team, RUNWAY_TEAM_NAME));
    }
  return g_string_free (key, FALSE);
}

static void
on_cell_notify_selected (GtkDropDown         *drop_down,
                         GParamSpec          *pspec,
                         RunwayOwnershipView *self);

static GtkWidget *
create_cell (RunwayOwnershipView *self,
             RunwayEntity        *capability,
             guint                area,
             gboolean             deployed)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->teams)), NULL);
  Cell *cell = g_new0 (Cell, 1);
  g_autofree char *label = NULL;

  cell->capability_id = runway_entity_get_id (capability);
  cell->area = area;
  cell->deployed = deployed;
  g_object_set_data_full (G_OBJECT (drop_down), "runway-cell", cell, g_free);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down),
                             deployed ? self->gap_factory : self->quiet_factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), self->list_factory);
  /* Translators: the accessible name of a cell, "Security of Messaging" */
  label = g_strdup_printf (_("%s of %s"), gettext (area_labels[area]),
                           runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME));
  runway_matrix_cell_init (drop_down, label);
  g_signal_connect_object (drop_down, "notify::selected",
                           G_CALLBACK (on_cell_notify_selected), self, 0);
  return drop_down;
}

static void
rebuild (RunwayOwnershipView *self,
         GPtrArray           *capabilities,
         GArray              *depths,
         GHashTable          *deployed,
         GPtrArray           *teams)
{
  GtkGrid *grid;
  GtkWidget *widget;
  guint n_strings = g_list_model_get_n_items (G_LIST_MODEL (self->teams));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  int row = 0;

  g_hash_table_remove_all (self->cells);
  /* The old drop-downs go with the old grid; the model changes after, so
   * they do not chase a shrinking list. */
  gtk_scrolled_window_set_child (self->frame.scrolled, NULL);

  g_array_set_size (self->team_ids, 1);
  g_ptr_array_add (names, _("Nobody"));
  for (guint i = 0; i < teams->len; i++)
    {
      RunwayEntity *team = g_ptr_array_index (teams, i);
      gint64 id = runway_entity_get_id (team);

      g_ptr_array_add (names, (gpointer) runway_entity_get_string (team, RUNWAY_TEAM_NAME));
      g_array_append_val (self->team_ids, id);
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->teams, 0, n_strings, (const char * const *) names->pdata);

  grid = runway_matrix_grid_new (0, 18, _("Capability"));
  self->grid = GTK_WIDGET (grid);
  for (guint j = 0; j < N_AREAS; j++)
    {
      widget = gtk_label_new (gettext (area_labels[j]));
      gtk_widget_add_css_class (widget, "heading");
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_justify (GTK_LABEL (widget), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (widget), 10);
      gtk_label_set_width_chars (GTK_LABEL (widget), 8);
      gtk_widget_set_valign (widget, GTK_ALIGN_END);
      gtk_grid_attach (grid, widget, j + 1, row, 1, 1);
    }
  row++;
  widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_grid_attach (grid, widget, 0, row++, N_AREAS + 1, 1);

  for (guint i = 0; i < capabilities->len; i++)
    {
      RunwayEntity *capability = g_ptr_array_index (capabilities, i);
      gint64 id = runway_entity_get_id (capability);
      guint depth = g_array_index (depths, guint, i);
      gboolean is_deployed = g_hash_table_contains (deployed, &id);

      if (depth == 0 && i > 0)
        {
          widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
          gtk_widget_set_margin_top (widget, 6);
          gtk_grid_attach (grid, widget, 0, row++, N_AREAS + 1, 1);
        }
      widget = gtk_label_new (runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME));
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (widget), 18);
      gtk_widget_set_margin_start (widget, 6 + 18 * depth);
      gtk_widget_set_margin_end (widget, 12);
      gtk_widget_set_tooltip_text (widget,
                                   runway_entity_get_string (capability, RUNWAY_CAPABILITY_NAME));
      if (depth == 0)
        gtk_widget_add_css_class (widget, "heading");
      gtk_grid_attach (grid, widget, 0, row, 1, 1);

      for (guint j = 0; j < N_AREAS; j++)
        {
          GtkWidget *cell = create_cell (self, capability, j, is_deployed);

          gtk_grid_attach (grid, cell, j + 1, row, 1, 1);
          g_hash_table_insert (self->cells, dup_cell_key (id, j), cell);
        }
      row++;
    }

  gtk_scrolled_window_set_child (self->frame.scrolled, self->grid);
}

static guint
find_team_index (RunwayOwnershipView *self,
                 gint64               team_id)
{
  for (guint i = 1; i < self->team_ids->len; i++)
    if (g_array_index (self->team_ids, gint64, i) == team_id)
      return i;
  return 0;
}

static void
sync_cells (RunwayOwnershipView *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n_gaps = 0;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkDropDown *drop_down = value;
      const Cell *cell = g_object_get_data (G_OBJECT (drop_down), "runway-cell");
      RunwayEntity *responsibility =
        find_responsibility (self->plan, cell->capability_id,
                             runway_responsibility_areas[cell->area]);
      guint index = responsibility
                    ? find_team_index (self,
                                       runway_entity_get_int (responsibility,
                                                              RUNWAY_RESPONSIBILITY_TEAM))
                    : 0;

      gtk_drop_down_set_selected (drop_down, index);
      if (cell->deployed && index == 0)
        {
          gtk_widget_add_css_class (GTK_WIDGET (drop_down), "gap");
          n_gaps++;
        }
      else
        gtk_widget_remove_css_class (GTK_WIDGET (drop_down), "gap");
    }
  self->syncing = FALSE;

  if (n_gaps == 0)
    gtk_label_set_text (self->frame.summary_label, _("Every area of every running capability is covered"));
  else
    {
      g_autofree char *summary = g_strdup_printf (ngettext ("%u gap", "%u gaps", n_gaps), n_gaps);

      gtk_label_set_text (self->frame.summary_label, summary);
    }
}

static void
show_empty (RunwayOwnershipView *self,
            const char          *title,
            const char          *description)
{
  adw_status_page_set_title (self->frame.empty_page, title);
  adw_status_page_set_description (self->frame.empty_page, description);
  gtk_stack_set_visible_child_name (self->frame.stack, "empty");
  g_clear_pointer (&self->structure, g_free);
  g_hash_table_remove_all (self->cells);
  self->grid = NULL;
  gtk_scrolled_window_set_child (self->frame.scrolled, NULL);
}

static void
refresh (RunwayOwnershipView *self)
{
  g_autoptr(GPtrArray) capabilities = NULL;
  g_autoptr(GArray) depths = NULL;
  g_autoptr(GHashTable) deployed = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autofree char *structure = NULL;

  if (self->plan == NULL)
    {
      show_empty (self, _("No Plan Open"), NULL);
      return;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  capabilities = g_ptr_array_new_with_free_func (g_object_unref);
  depths = g_array_new (FALSE, FALSE, sizeof (guint));
  collect_capabilities (self->plan, NULL, 0, capabilities, depths);
  if (capabilities->len == 0)
    {
      show_empty (self, _("No Capabilities"),
                  _("Add a capability to see which team covers each of its areas"));
      return;
    }
  if ((guint64) capabilities->len * N_AREAS > RUNWAY_MATRIX_MAX_CELLS)
    {
      g_autofree char *description =
        g_strdup_printf (ngettext ("%u capability is too many to show as a matrix. The Risks "
                                   "view lists every area that no team covers.",
                                   "%u capabilities are too many to show as a matrix. The "
                                   "Risks view lists every area that no team covers.",
                                   capabilities->len), capabilities->len);

      show_empty (self, _("Too Large for a Matrix"), description);
      return;
    }
  deployed = dup_deployed (self->plan);
  teams = dup_sorted_teams (self->plan);

  structure = dup_structure (capabilities, depths, deployed, teams);
  if (g_strcmp0 (structure, self->structure) != 0)
    {
      rebuild (self, capabilities, depths, deployed, teams);
      g_free (self->structure);
      self->structure = g_steal_pointer (&structure);
    }
  sync_cells (self);
  gtk_stack_set_visible_child_name (self->frame.stack, "matrix");
}

static void
on_plan_changed (RunwayPlan          *plan,
                 RunwayOwnershipView *self)
{
  refresh (self);
}

static void
on_cell_notify_selected (GtkDropDown         *drop_down,
                         GParamSpec          *pspec,
                         RunwayOwnershipView *self)
{
  const Cell *cell = g_object_get_data (G_OBJECT (drop_down), "runway-cell");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;

  if (self->syncing || selected >= self->team_ids->len)
    return;
  g_object_ref (drop_down);
  if (!runway_ownership_view_set_team (self, cell->capability_id,
                                       runway_responsibility_areas[cell->area],
                                       g_array_index (self->team_ids, gint64, selected), &error))
    {
      g_signal_emit (self, signals[ERROR], 0, error);
      sync_cells (self);
    }
  g_object_unref (drop_down);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* "Platform Operations" in two lines rather than "Platform…" */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  FactoryMode mode = GPOINTER_TO_INT (data);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  GtkStringObject *string = gtk_list_item_get_item (item);
  gboolean nobody = gtk_list_item_get_position (item) == 0;
  gboolean gap = FALSE, quiet = FALSE;
  const char *text = gtk_string_object_get_string (string);

  switch (mode)
    {
    case FACTORY_GAP:
      gap = nobody;
      if (gap)
        /* Translators: an area nobody covers on a capability that runs something */
        text = _("—  Gap");
      break;
    case FACTORY_QUIET:
      quiet = nobody;
      if (quiet)
        text = "—";
      break;
    case FACTORY_LIST:
    default:
      break;
    }

  gtk_widget_set_visible (image, gap);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (gap)
    {
      gtk_widget_add_css_class (box, "warning");
      gtk_widget_add_css_class (label, "caption-heading");
    }
  else
    {
      gtk_widget_remove_css_class (box, "warning");
      gtk_widget_remove_css_class (label, "caption-heading");
    }
  if (quiet || (mode == FACTORY_LIST && nobody))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static GtkListItemFactory *
create_factory (FactoryMode mode)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), GINT_TO_POINTER (mode));
  return factory;
}

static void
runway_ownership_view_dispose (GObject *object)
{
  RunwayOwnershipView *self = RUNWAY_OWNERSHIP_VIEW (object);
  GtkWidget *child;

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_object (&self->teams);
  g_clear_pointer (&self->team_ids, g_array_unref);
  g_clear_object (&self->gap_factory);
  g_clear_object (&self->quiet_factory);
  g_clear_object (&self->list_factory);

  G_OBJECT_CLASS (runway_ownership_view_parent_class)->dispose (object);
}

static void
runway_ownership_view_finalize (GObject *object)
{
  RunwayOwnershipView *self = RUNWAY_OWNERSHIP_VIEW (object);

  g_free (self->structure);

  G_OBJECT_CLASS (runway_ownership_view_parent_class)->finalize (object);
}

static void
runway_ownership_view_map (GtkWidget *widget)
{
  RunwayOwnershipView *self = RUNWAY_OWNERSHIP_VIEW (widget);

  GTK_WIDGET_CLASS (runway_ownership_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static void
runway_ownership_view_class_init (RunwayOwnershipViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_ownership_view_dispose;
  object_class->finalize = runway_ownership_view_finalize;
  widget_class->map = runway_ownership_view_map;

  /**
   * RunwayOwnershipView::error:
   * @error: why the plan refused the edit
   *
   * Emitted when the plan refuses a team chosen in a cell; the cell goes
   * back to the plan's team.
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ownershipview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
runway_ownership_view_init (RunwayOwnershipView *self)
{
  gint64 nobody = 0;

  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->teams = gtk_string_list_new (NULL);
  self->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->team_ids, nobody);
  self->gap_factory = create_factory (FACTORY_GAP);
  self->quiet_factory = create_factory (FACTORY_QUIET);
  self->list_factory = create_factory (FACTORY_LIST);

  runway_matrix_frame_init (&self->frame, GTK_WIDGET (self), _("Ownership"), "view-grid-symbolic");

  refresh (self);
}

/**
 * runway_ownership_view_new:
 *
 * Returns: (transfer floating): an ownership matrix with no plan
 */
GtkWidget *
runway_ownership_view_new (void)
{
  return g_object_new (RUNWAY_TYPE_OWNERSHIP_VIEW, NULL);
}

RunwayPlan *
runway_ownership_view_get_plan (RunwayOwnershipView *self)
{
  g_return_val_if_fail (RUNWAY_IS_OWNERSHIP_VIEW (self), NULL);

  return self->plan;
}

void
runway_ownership_view_set_plan (RunwayOwnershipView *self,
                                RunwayPlan          *plan)
{
  g_return_if_fail (RUNWAY_IS_OWNERSHIP_VIEW (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;
  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan)
    g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed), self);
  g_clear_pointer (&self->structure, g_free);
  refresh (self);
}

/**
 * runway_ownership_view_set_team:
 * @area: one of runway_responsibility_areas
 * @team_id: the team that covers it, or 0 for nobody
 *
 * Sets who covers @area of @capability_id as one undoable edit, which is
 * what choosing a team in the cell does: it adds, updates or (for nobody)
 * removes the responsibility.
 *
 * Returns: whether the plan took the edit
 */
gboolean
runway_ownership_view_set_team (RunwayOwnershipView  *self,
                                gint64                capability_id,
                                const char           *area,
                                gint64                team_id,
                                GError              **error)
{
  RunwayEntity *responsibility;

  g_return_val_if_fail (RUNWAY_IS_OWNERSHIP_VIEW (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->plan == NULL)
    {
      g_set_error_literal (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                           _("No plan is open"));
      return FALSE;
    }
  if (find_area_index (area) < 0)
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("“%s” is not a responsibility area"), area);
      return FALSE;
    }

  responsibility = find_responsibility (self->plan, capability_id, area);
  if (team_id == 0)
    return responsibility == NULL || runway_plan_remove (self->plan, responsibility, error);
  if (responsibility)
    {
      g_autoptr(RunwayEntity) draft = NULL;

      if (runway_entity_get_int (responsibility, RUNWAY_RESPONSIBILITY_TEAM) == team_id)
        return TRUE;
      draft = runway_entity_copy (responsibility);
      runway_entity_set_int (draft, RUNWAY_RESPONSIBILITY_TEAM, team_id);
      return runway_plan_update (self->plan, draft, error);
    }
  else
    {
      g_autoptr(RunwayEntity) draft = runway_entity_new_with (RUNWAY_KIND_RESPONSIBILITY,
                                                              "capability", capability_id,
                                                              "area", area,
                                                              "team", team_id,
                                                              NULL);

      return runway_plan_add (self->plan, draft, error) != 0;
    }
}

/**
 * runway_ownership_view_get_area_label:
 * @area: one of runway_responsibility_areas
 *
 * Returns: (nullable): the column header of @area, translated
 */
const char *
runway_ownership_view_get_area_label (const char *area)
{
  int index = find_area_index (area);

  return index < 0 ? NULL : gettext (area_labels[index]);
}

/**
 * runway_ownership_view_get_cell:
 *
 * Returns: (transfer none) (nullable): the drop-down of the team covering
 *   @area of @capability_id
 */
GtkDropDown *
runway_ownership_view_get_cell (RunwayOwnershipView *self,
                                gint64               capability_id,
                                const char          *area)
{
  g_autofree char *key = NULL;
  int index;

  g_return_val_if_fail (RUNWAY_IS_OWNERSHIP_VIEW (self), NULL);

  index = find_area_index (area);
  if (index < 0)
    return NULL;
  key = dup_cell_key (capability_id, index);
  return g_hash_table_lookup (self->cells, key);
}

/**
 * runway_ownership_view_is_gap:
 *
 * Returns: whether the cell shows a gap: nobody covers @area of a
 *   capability that runs something
 */
gboolean
runway_ownership_view_is_gap (RunwayOwnershipView *self,
                              gint64               capability_id,
                              const char          *area)
{
  GtkDropDown *drop_down = runway_ownership_view_get_cell (self, capability_id, area);

  return drop_down && gtk_widget_has_css_class (GTK_WIDGET (drop_down), "gap");
}
