/* runway-staffing-view.c — who knows which deployed product, editable in place
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A grid of people (rows, grouped by team) × the deployed products the risk
 * engine staffs (columns). Each cell is a drop-down of the four levels, with
 * a word and a star so that the level never rests on colour alone; the
 * footer sums the FTE of practitioners and experts against the plan's
 * minimum and flags understaffed and single-expert products with an icon
 * and a word.
 *
 * The grid is only rebuilt when who or what it shows changes (a person, a
 * team, a deployed product); a change of level, including one the cell
 * itself made, only moves the drop-downs and rewrites the footers, so the
 * focus and the scroll position survive an edit.
 *
 * Working out the staffing walks every skill, so a hidden view waits until
 * it is shown. A grid of one drop-down per person and product does not
 * scale: the large estate of the benchmarks (2,000 people, thousands of
 * deployed products) would need millions. Above RUNWAY_MATRIX_MAX_CELLS the
 * view says so and points to the risks view, which lists every
 * understaffed and single-expert product, instead of building it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "runway-entities.h"
#include "runway-risk-engine.h"
#include "runway-matrix.h"
#include "runway-staffing-view.h"

#define N_LEVELS 4

struct _RunwayStaffingView
{
  GtkWidget      parent_instance;

  RunwayMatrixFrame  frame;
  GtkWidget     *grid;

  RunwayPlan    *plan;
  char          *structure;     /* what the grid was built for */
  GHashTable    *cells;         /* "person:product" → GtkDropDown, owned by the grid */
  GHashTable    *footers;       /* product id → Footer */

  GtkStringList *levels;        /* the drop-downs' shared model */
  GtkListItemFactory *factory;
  gboolean       syncing;       /* the view, not the user, is moving the drop-downs */
  gboolean       stale;         /* the plan changed while the view was hidden */
};

/* What a product's footer cell shows. */
typedef struct
{
  GtkLabel  *fte;
  GtkWidget *understaffed;
  GtkWidget *single_expert;
} Footer;

/* Where a drop-down sits. */
typedef struct
{
  gint64 person_id;
  gint64 product_id;
} Cell;

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RunwayStaffingView, runway_staffing_view, GTK_TYPE_WIDGET)

/* Index 0 is "none"; the others follow runway_skill_levels. */
static const char * const level_ids[N_LEVELS] = { "none", "learning", "practitioner", "expert" };
static const char * const level_names[N_LEVELS] = {
  N_("None"), N_("Learning"), N_("Practitioner"), N_("Expert")
};
static const char * const level_icons[N_LEVELS] = {
  NULL, "non-starred-symbolic", "semi-starred-symbolic", "starred-symbolic"
};

static char *
dup_pair_key (gint64 a,
              gint64 b)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, a, b);
}

static guint
find_level_index (const char *level)
{
  for (guint i = 0; i < N_LEVELS; i++)
    if (g_strcmp0 (level, level_ids[i]) == 0)
      return i;
  return 0;
}

static RunwayEntity *
find_skill (RunwayPlan *plan,
            gint64      person_id,
            gint64      product_id)
{
  GListModel *skills = runway_plan_get_model (plan, RUNWAY_KIND_SKILL);
  guint n = g_list_model_get_n_items (skills);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) skill = g_list_model_get_item (skills, i);

      if (runway_entity_get_int (skill, RUNWAY_SKILL_PERSON) == person_id
          && runway_entity_get_int (skill, RUNWAY_SKILL_PRODUCT) == product_id)
        return skill;   /* the plan keeps it alive */
    }
  return NULL;
}

static const char *
get_team_name (RunwayPlan   *plan,
               RunwayEntity *person)
{
  RunwayEntity *team = runway_plan_lookup (plan, RUNWAY_KIND_TEAM,
                                           runway_entity_get_int (person, RUNWAY_PERSON_TEAM));

  return team ? runway_entity_get_string (team, RUNWAY_TEAM_NAME) : "";
}

static int
compare_people (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  RunwayPlan *plan = data;
  RunwayEntity *pa = *(RunwayEntity **) a;
  RunwayEntity *pb = *(RunwayEntity **) b;
  int cmp = g_utf8_collate (get_team_name (plan, pa), get_team_name (plan, pb));

  if (cmp != 0)
    return cmp;
  return g_utf8_collate (runway_entity_get_string (pa, RUNWAY_PERSON_NAME),
                         runway_entity_get_string (pb, RUNWAY_PERSON_NAME));
}

/* The people in the order of the rows: by team, then by name. */
static GPtrArray *
dup_sorted_people (RunwayPlan *plan)
{
  GListModel *people = runway_plan_get_model (plan, RUNWAY_KIND_PERSON);
  guint n = g_list_model_get_n_items (people);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (people, i));
  g_ptr_array_sort_with_data (sorted, compare_people, plan);
  return g_steal_pointer (&sorted);
}

static char *
dup_structure (RunwayPlan *plan,
               GPtrArray  *people,
               GPtrArray  *staffing)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    {
      RunwayEntity *person = g_ptr_array_index (people, i);

      g_string_append_printf (key, "%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%g\x1e",
                              runway_entity_get_id (person),
                              runway_entity_get_string (person, RUNWAY_PERSON_NAME),
                              get_team_name (plan, person),
                              runway_entity_get_real (person, RUNWAY_PERSON_FTE));
    }
  g_string_append_c (key, '\x1d');
  for (guint i = 0; i < staffing->len; i++)
    {
      const RunwayStaffing *s = g_ptr_array_index (staffing, i);

      g_string_append_printf (key, "%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1e",
                              s->product_id, s->product, s->vendor ? s->vendor : "");
    }
  return g_string_free (key, FALSE);
}

static GtkWidget *
create_badge (const char *icon_name,
              const char *text,
              const char *style_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (box, style_class);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
on_cell_notify_selected (GtkDropDown        *drop_down,
                         GParamSpec         *pspec,
                         RunwayStaffingView *self);

static void refresh (RunwayStaffingView *self);

static GtkWidget *
create_cell (RunwayStaffingView *self,
             RunwayEntity       *person,
             const RunwayStaffing *staffing)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->levels)), NULL);
  Cell *cell = g_new0 (Cell, 1);
  g_autofree char *label = NULL;

  cell->person_id = runway_entity_get_id (person);
  cell->product_id = staffing->product_id;
  g_object_set_data_full (G_OBJECT (drop_down), "runway-cell", cell, g_free);

  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), self->factory);
  /* Translators: the accessible name of a cell, "Level of Anna de Vries on PostgreSQL" */
  label = g_strdup_printf (_("Level of %s on %s"),
                           runway_entity_get_string (person, RUNWAY_PERSON_NAME),
                           staffing->product);
  runway_matrix_cell_init (drop_down, label);
  g_signal_connect_object (drop_down, "notify::selected",
                           G_CALLBACK (on_cell_notify_selected), self, 0);
  return drop_down;
}

static GtkWidget *
create_product_header (const RunwayStaffing *staffing)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (staffing->product);
  GtkWidget *vendor = gtk_label_new (staffing->vendor);

  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 12);
  gtk_label_set_ellipsize (GTK_LABEL (vendor), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (vendor), 16);
  gtk_widget_set_tooltip_text (vendor, staffing->vendor);
  gtk_widget_add_css_class (vendor, "caption");
  gtk_widget_add_css_class (vendor, "dim-label");
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), vendor);
  return box;
}

static GtkWidget *
create_footer (RunwayStaffingView   *self,
               const RunwayStaffing *staffing)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  Footer *footer = g_new0 (Footer, 1);

  footer->fte = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (footer->fte), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (footer->fte), "heading");
  footer->understaffed = create_badge ("dialog-warning-symbolic", _("Understaffed"), "error");
  footer->single_expert = create_badge ("avatar-default-symbolic", _("Single expert"),
                                        "warning");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (footer->fte));
  gtk_box_append (GTK_BOX (box), footer->understaffed);
  gtk_box_append (GTK_BOX (box), footer->single_expert);
  g_hash_table_insert (self->footers, g_memdup2 (&staffing->product_id, sizeof (gint64)), footer);
  return box;
}

static void
rebuild (RunwayStaffingView *self,
         GPtrArray          *people,
         GPtrArray          *staffing)
{
  GtkGrid *grid;
  const char *last_team = NULL;
  GtkWidget *widget;
  int row = 0;
  int n_columns = staffing->len + 1;

  g_hash_table_remove_all (self->cells);
  g_hash_table_remove_all (self->footers);

  grid = runway_matrix_grid_new (8, 24, _("Person"));
  self->grid = GTK_WIDGET (grid);
  for (guint j = 0; j < staffing->len; j++)
    gtk_grid_attach (grid, create_product_header (g_ptr_array_index (staffing, j)),
                     j + 1, row, 1, 1);
  row++;

  for (guint i = 0; i < people->len; i++)
    {
      RunwayEntity *person = g_ptr_array_index (people, i);
      const char *team = get_team_name (self->plan, person);
      g_autofree char *fte = NULL;
      GtkWidget *name_box;

      if (g_strcmp0 (team, last_team) != 0)
        {
          widget = gtk_label_new (team);
          gtk_widget_add_css_class (widget, "heading");
          gtk_widget_set_halign (widget, GTK_ALIGN_START);
          gtk_widget_set_margin_top (widget, 12);
          gtk_grid_attach (grid, widget, 0, row++, 1, 1);
          widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
          gtk_grid_attach (grid, widget, 0, row++, n_columns, 1);
          last_team = team;
        }

      name_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      widget = gtk_label_new (runway_entity_get_string (person, RUNWAY_PERSON_NAME));
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_box_append (GTK_BOX (name_box), widget);
      fte = g_strdup_printf (_("%.1f FTE"), runway_entity_get_real (person, RUNWAY_PERSON_FTE));
      widget = gtk_label_new (fte);
      gtk_widget_add_css_class (widget, "caption");
      gtk_widget_add_css_class (widget, "dim-label");
      gtk_widget_add_css_class (widget, "numeric");
      gtk_widget_set_hexpand (widget, TRUE);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_box_append (GTK_BOX (name_box), widget);
      gtk_widget_set_margin_start (name_box, 12);
      gtk_widget_set_margin_end (name_box, 12);
      gtk_grid_attach (grid, name_box, 0, row, 1, 1);

      for (guint j = 0; j < staffing->len; j++)
        {
          const RunwayStaffing *s = g_ptr_array_index (staffing, j);
          GtkWidget *cell = create_cell (self, person, s);

          gtk_grid_attach (grid, cell, j + 1, row, 1, 1);
          g_hash_table_insert (self->cells,
                               dup_pair_key (runway_entity_get_id (person), s->product_id), cell);
        }
      row++;
    }

  widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_margin_top (widget, 12);
  gtk_grid_attach (grid, widget, 0, row++, n_columns, 1);
  widget = gtk_label_new (_("Practitioners and experts"));
  gtk_widget_add_css_class (widget, "heading");
  gtk_widget_set_halign (widget, GTK_ALIGN_START);
  gtk_widget_set_valign (widget, GTK_ALIGN_START);
  gtk_grid_attach (grid, widget, 0, row, 1, 1);
  for (guint j = 0; j < staffing->len; j++)
    gtk_grid_attach (grid, create_footer (self, g_ptr_array_index (staffing, j)), j + 1, row, 1, 1);

  gtk_scrolled_window_set_child (self->frame.scrolled, self->grid);
}

static void
update_footers (RunwayStaffingView *self,
                GPtrArray          *staffing)
{
  guint n_understaffed = 0, n_single = 0;

  for (guint j = 0; j < staffing->len; j++)
    {
      const RunwayStaffing *s = g_ptr_array_index (staffing, j);
      Footer *footer = g_hash_table_lookup (self->footers, &s->product_id);
      g_autofree char *text = NULL;
      g_autofree char *tooltip = NULL;

      if (footer == NULL)
        continue;
      /* Translators: FTE of practitioners and experts against the minimum, "1.8 / 3 FTE" */
      text = g_strdup_printf (_("%.1f / %g FTE"), s->fte, s->min_fte);
      tooltip = g_strdup_printf (ngettext ("%u practitioner or expert",
                                           "%u practitioners or experts", s->n_knowers),
                                 s->n_knowers);
      gtk_label_set_text (footer->fte, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (footer->fte), tooltip);
      gtk_widget_set_visible (footer->understaffed, s->understaffed);
      gtk_widget_set_visible (footer->single_expert, s->single_expert);
      n_understaffed += s->understaffed;
      n_single += s->single_expert;
    }

  if (n_understaffed == 0 && n_single == 0)
    gtk_label_set_text (self->frame.summary_label, _("Every deployed product is staffed"));
  else
    {
      g_autofree char *under = g_strdup_printf (ngettext ("%u product understaffed",
                                                          "%u products understaffed",
                                                          n_understaffed), n_understaffed);
      g_autofree char *single = g_strdup_printf (ngettext ("%u with a single expert",
                                                           "%u with a single expert",
                                                           n_single), n_single);
      g_autofree char *summary = g_strdup_printf ("%s · %s", under, single);

      gtk_label_set_text (self->frame.summary_label, summary);
    }
}

static void
sync_cells (RunwayStaffingView *self)
{
  GHashTableIter iter;
  gpointer value;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GtkDropDown *drop_down = value;
      const Cell *cell = g_object_get_data (G_OBJECT (drop_down), "runway-cell");
      RunwayEntity *skill = find_skill (self->plan, cell->person_id, cell->product_id);
      const char *level = skill ? runway_entity_get_string (skill, RUNWAY_SKILL_LEVEL) : NULL;

      gtk_drop_down_set_selected (drop_down, find_level_index (level));
    }
  self->syncing = FALSE;
}

static void
show_empty (RunwayStaffingView *self,
            const char         *title,
            const char         *description)
{
  adw_status_page_set_title (self->frame.empty_page, title);
  adw_status_page_set_description (self->frame.empty_page, description);
  gtk_stack_set_visible_child_name (self->frame.stack, "empty");
  g_clear_pointer (&self->structure, g_free);
  g_hash_table_remove_all (self->cells);
  g_hash_table_remove_all (self->footers);
  self->grid = NULL;
  gtk_scrolled_window_set_child (self->frame.scrolled, NULL);
}

static void
refresh (RunwayStaffingView *self)
{
  g_autoptr(GPtrArray) staffing = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
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

  staffing = runway_plan_compute_staffing (self->plan, NULL, &error);
  if (staffing == NULL)
    {
      show_empty (self, _("Staffing Unavailable"), error->message);
      return;
    }
  people = dup_sorted_people (self->plan);
  if (staffing->len == 0 || people->len == 0)
    {
      show_empty (self, staffing->len == 0 ? _("No Deployed Products") : _("No People"),
                  staffing->len == 0
                  ? _("Deploy a product on a capability to see who knows it")
                  : _("Add people to a team to see who knows what"));
      return;
    }

  if ((guint64) people->len * staffing->len > RUNWAY_MATRIX_MAX_CELLS)
    {
      g_autofree char *n_people = g_strdup_printf (ngettext ("%u person", "%u people",
                                                             people->len), people->len);
      g_autofree char *n_products = g_strdup_printf (ngettext ("%u deployed product",
                                                               "%u deployed products",
                                                               staffing->len), staffing->len);
      /* Translators: "2000 people and 4800 deployed products are too many …" */
      g_autofree char *description =
        g_strdup_printf (_("%s and %s are too many to show as a matrix. The Risks view lists "
                           "every understaffed product and every product with a single "
                           "expert."), n_people, n_products);

      show_empty (self, _("Too Large for a Matrix"), description);
      return;
    }

  structure = dup_structure (self->plan, people, staffing);
  if (g_strcmp0 (structure, self->structure) != 0)
    {
      rebuild (self, people, staffing);
      g_free (self->structure);
      self->structure = g_steal_pointer (&structure);
    }
  sync_cells (self);
  update_footers (self, staffing);
  gtk_stack_set_visible_child_name (self->frame.stack, "matrix");
}

static void
on_plan_changed (RunwayPlan         *plan,
                 RunwayStaffingView *self)
{
  refresh (self);
}

static void
on_cell_notify_selected (GtkDropDown        *drop_down,
                         GParamSpec         *pspec,
                         RunwayStaffingView *self)
{
  const Cell *cell = g_object_get_data (G_OBJECT (drop_down), "runway-cell");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;

  if (self->syncing || selected >= N_LEVELS)
    return;
  /* Keep the cell alive: the edit may rebuild the grid under it. */
  g_object_ref (drop_down);
  if (!runway_staffing_view_set_level (self, cell->person_id, cell->product_id,
                                       level_ids[selected], &error))
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
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  guint position = gtk_list_item_get_position (item);

  if (position >= N_LEVELS)
    return;
  gtk_image_set_from_icon_name (GTK_IMAGE (image), level_icons[position]);
  /* keep "none" as wide as the others so the columns do not jump */
  gtk_widget_set_opacity (image, level_icons[position] ? 1.0 : 0.0);
  if (level_icons[position] == NULL)
    gtk_image_set_from_icon_name (GTK_IMAGE (image), "non-starred-symbolic");
  gtk_label_set_text (GTK_LABEL (label), gettext (level_names[position]));
  if (position == 0)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
  if (position == N_LEVELS - 1)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
runway_staffing_view_dispose (GObject *object)
{
  RunwayStaffingView *self = RUNWAY_STAFFING_VIEW (object);
  GtkWidget *child;

  if (self->plan)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->footers, g_hash_table_unref);
  g_clear_object (&self->levels);
  g_clear_object (&self->factory);

  G_OBJECT_CLASS (runway_staffing_view_parent_class)->dispose (object);
}

static void
runway_staffing_view_finalize (GObject *object)
{
  RunwayStaffingView *self = RUNWAY_STAFFING_VIEW (object);

  g_free (self->structure);

  G_OBJECT_CLASS (runway_staffing_view_parent_class)->finalize (object);
}

static void
runway_staffing_view_map (GtkWidget *widget)
{
  RunwayStaffingView *self = RUNWAY_STAFFING_VIEW (widget);

  GTK_WIDGET_CLASS (runway_staffing_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static void
runway_staffing_view_class_init (RunwayStaffingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = runway_staffing_view_dispose;
  object_class->finalize = runway_staffing_view_finalize;
  widget_class->map = runway_staffing_view_map;

  /**
   * RunwayStaffingView::error:
   * @error: why the plan refused the edit
   *
   * Emitted when the plan refuses a level chosen in a cell; the cell goes
   * back to the plan's level.
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "staffingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
runway_staffing_view_init (RunwayStaffingView *self)
{

  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->footers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  self->levels = gtk_string_list_new (NULL);
  for (guint i = 0; i < N_LEVELS; i++)
    gtk_string_list_append (self->levels, gettext (level_names[i]));
  self->factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (self->factory, "setup", G_CALLBACK (on_factory_setup), NULL);
  g_signal_connect (self->factory, "bind", G_CALLBACK (on_factory_bind), NULL);

  runway_matrix_frame_init (&self->frame, GTK_WIDGET (self), _("Staffing"), "system-users-symbolic");

  refresh (self);
}

/**
 * runway_staffing_view_new:
 *
 * Returns: (transfer floating): a staffing matrix with no plan
 */
GtkWidget *
runway_staffing_view_new (void)
{
  return g_object_new (RUNWAY_TYPE_STAFFING_VIEW, NULL);
}

RunwayPlan *
runway_staffing_view_get_plan (RunwayStaffingView *self)
{
  g_return_val_if_fail (RUNWAY_IS_STAFFING_VIEW (self), NULL);

  return self->plan;
}

void
runway_staffing_view_set_plan (RunwayStaffingView *self,
                               RunwayPlan         *plan)
{
  g_return_if_fail (RUNWAY_IS_STAFFING_VIEW (self));
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
 * runway_staffing_view_set_level:
 * @level: "none", "learning", "practitioner" or "expert"
 *
 * Sets what @person_id knows of @product_id as one undoable edit, which is
 * what choosing a level in the cell does: it adds, updates or (for "none")
 * removes the skill.
 *
 * Returns: whether the plan took the edit
 */
gboolean
runway_staffing_view_set_level (RunwayStaffingView  *self,
                                gint64               person_id,
                                gint64               product_id,
                                const char          *level,
                                GError             **error)
{
  RunwayEntity *skill;

  g_return_val_if_fail (RUNWAY_IS_STAFFING_VIEW (self), FALSE);
  g_return_val_if_fail (level != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->plan == NULL)
    {
      g_set_error_literal (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOT_FOUND,
                           _("No plan is open"));
      return FALSE;
    }
  if (strcmp (level, "none") != 0 && !g_strv_contains (runway_skill_levels, level))
    {
      g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
                   _("“%s” is not a skill level"), level);
      return FALSE;
    }

  skill = find_skill (self->plan, person_id, product_id);
  if (strcmp (level, "none") == 0)
    return skill == NULL || runway_plan_remove (self->plan, skill, error);
  if (skill)
    {
      g_autoptr(RunwayEntity) draft = NULL;

      if (g_strcmp0 (runway_entity_get_string (skill, RUNWAY_SKILL_LEVEL), level) == 0)
        return TRUE;
      draft = runway_entity_copy (skill);
      runway_entity_set_string (draft, RUNWAY_SKILL_LEVEL, level);
      return runway_plan_update (self->plan, draft, error);
    }
  else
    {
      g_autoptr(RunwayEntity) draft = runway_entity_new_with (RUNWAY_KIND_SKILL,
                                                              "person", person_id,
                                                              "product", product_id,
                                                              "level", level,
                                                              NULL);

      return runway_plan_add (self->plan, draft, error) != 0;
    }
}

/**
 * runway_staffing_view_get_cell:
 *
 * Returns: (transfer none) (nullable): the drop-down of a person's level on
 *   a deployed product
 */
GtkDropDown *
runway_staffing_view_get_cell (RunwayStaffingView *self,
                               gint64              person_id,
                               gint64              product_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (RUNWAY_IS_STAFFING_VIEW (self), NULL);

  key = dup_pair_key (person_id, product_id);
  return g_hash_table_lookup (self->cells, key);
}

/**
 * runway_staffing_view_get_fte_label:
 *
 * Returns: (transfer none) (nullable): the footer's "1.8 / 3 FTE" of a product
 */
GtkLabel *
runway_staffing_view_get_fte_label (RunwayStaffingView *self,
                                    gint64              product_id)
{
  Footer *footer;

  g_return_val_if_fail (RUNWAY_IS_STAFFING_VIEW (self), NULL);

  footer = g_hash_table_lookup (self->footers, &product_id);
  return footer ? footer->fte : NULL;
}

/**
 * runway_staffing_view_is_flagged:
 * @understaffed: (out) (optional): whether the understaffed flag shows
 * @single_expert: (out) (optional): whether the single-expert flag shows
 *
 * Returns: whether the product has a column
 */
gboolean
runway_staffing_view_is_flagged (RunwayStaffingView *self,
                                 gint64              product_id,
                                 gboolean           *understaffed,
                                 gboolean           *single_expert)
{
  Footer *footer;

  g_return_val_if_fail (RUNWAY_IS_STAFFING_VIEW (self), FALSE);

  footer = g_hash_table_lookup (self->footers, &product_id);
  if (understaffed)
    *understaffed = footer && gtk_widget_get_visible (footer->understaffed);
  if (single_expert)
    *single_expert = footer && gtk_widget_get_visible (footer->single_expert);
  return footer != NULL;
}
