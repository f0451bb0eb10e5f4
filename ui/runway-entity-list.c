/* runway-entity-list.c — one kind of entity as a searchable sidebar list
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Capabilities are a tree (GtkTreeListModel over the plan's children
 * models); products, vendors and teams are flat lists sorted by name. A
 * search keeps the capabilities whose name matches plus their ancestors, in
 * a fully expanded copy of the tree, so a match is seen in its place on the
 * map; the user's own expansion state is kept for when the search is
 * cleared.
 *
 * Rows show a subtitle that needs other entities (a product's vendor, a
 * team's headcount), so they are refreshed on the plan's "changed" signal;
 * only the rows on screen are bound, which keeps that cheap.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-entity-list.h"
#include "runway-utils.h"

struct _RunwayEntityList
{
  GtkWidget           parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;

  RunwayKind          kind;
  RunwayPlan         *plan;

  GtkStringFilter    *name_filter;
  GtkSorter          *name_sorter;   /* flat kinds */
  GtkSortListModel   *sorted;        /* flat kinds */
  GtkFilterListModel *filtered;

  GtkTreeListModel   *tree;          /* capabilities, as the user expanded it */
  GtkTreeListModel   *search_tree;   /* capabilities, all expanded, while searching */
  GtkFilter          *tree_filter;
  GHashTable         *shown;         /* capabilities kept by the search */
  guint               n_matches;

  GHashTable         *bound;         /* the GtkListItems on screen */
  GHashTable         *tallies;       /* id → Tally, for vendors and teams */
};

/* What a vendor or team row counts: its products, or its people and FTE. */
typedef struct
{
  gint64 id;
  guint  n;
  double fte;
} Tally;

enum {
  PROP_0,
  PROP_KIND,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE_ENTITY,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RunwayEntityList, runway_entity_list, GTK_TYPE_WIDGET)

static const struct {
  RunwayKind  kind;
  const char *icon_name;
  const char *placeholder;
  const char *empty_title;
  const char *list_name;    /* what a screen reader calls the list */
} kind_info[] = {
  { RUNWAY_KIND_CAPABILITY, "view-grid-symbolic", N_("Search capabilities"),
    N_("No Capabilities"), N_("Capabilities") },
  { RUNWAY_KIND_PRODUCT, "package-x-generic-symbolic", N_("Search products"),
    N_("No Products"), N_("Products") },
  { RUNWAY_KIND_VENDOR, "x-office-address-book-symbolic", N_("Search vendors"),
    N_("No Vendors"), N_("Vendors") },
  { RUNWAY_KIND_TEAM, "system-users-symbolic", N_("Search teams"), N_("No Teams"),
    N_("Teams") },
};

static guint
find_kind_info (RunwayKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_info); i++)
    if (kind_info[i].kind == kind)
      return i;
  g_assert_not_reached ();
}

static gboolean
is_searching (RunwayEntityList *self)
{
  const char *search = gtk_string_filter_get_search (self->name_filter);

  return search != NULL && *search != '\0';
}

static Tally *
ensure_tally (RunwayEntityList *self,
              gint64            id)
{
  Tally *tally = g_hash_table_lookup (self->tallies, &id);

  if (tally == NULL)
    {
      tally = g_new0 (Tally, 1);
      tally->id = id;
      g_hash_table_insert (self->tallies, &tally->id, tally);
    }
  return tally;
}

/* One pass over the products or people, instead of one per row. */
static void
count_tallies (RunwayEntityList *self)
{
  GListModel *model;
  guint n;

  g_hash_table_remove_all (self->tallies);
  if (self->plan == NULL)
    return;

  switch (self->kind)
    {
    case RUNWAY_KIND_VENDOR:
      model = runway_plan_get_model (self->plan, RUNWAY_KIND_PRODUCT);
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RunwayEntity) product = g_list_model_get_item (model, i);

          ensure_tally (self, runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR))->n++;
        }
      break;

    case RUNWAY_KIND_TEAM:
      model = runway_plan_get_model (self->plan, RUNWAY_KIND_PERSON);
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RunwayEntity) person = g_list_model_get_item (model, i);
          Tally *tally = ensure_tally (self, runway_entity_get_int (person, RUNWAY_PERSON_TEAM));

          tally->n++;
          tally->fte += runway_entity_get_real (person, RUNWAY_PERSON_FTE);
        }
      break;

    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_PRODUCT:
    case RUNWAY_KIND_RELEASE:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_SKILL:
    case RUNWAY_KIND_CAPABILITY:
    case RUNWAY_KIND_DEPLOYMENT:
    case RUNWAY_KIND_MIGRATION:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      break;
    }
}

static const char *
support_line_name (gint64 line)
{
  switch (line)
    {
    case 1:
      return _("1st line");
    case 2:
      return _("2nd line");
    case 3:
      return _("3rd line");
    case 4:
      return _("4th line");
    default:
      return NULL;
    }
}

static void
append_part (GString    *subtitle,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  g_string_append (subtitle, part);
}

/* The second line of a row: what tells two rows apart at a glance. */
static char *
dup_subtitle (RunwayEntityList *self,
              RunwayEntity     *entity)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  Tally *tally = NULL;
  gint64 id = runway_entity_get_id (entity);

  if (self->kind == RUNWAY_KIND_VENDOR || self->kind == RUNWAY_KIND_TEAM)
    tally = g_hash_table_lookup (self->tallies, &id);

  switch (self->kind)
    {
    case RUNWAY_KIND_CAPABILITY:
      {
        g_autofree char *criticality =
          g_strdup_printf (_("Criticality %d"),
                           (int) runway_entity_get_int (entity, RUNWAY_CAPABILITY_CRITICALITY));
        g_autofree char *owner =
          runway_dup_entity_name (self->plan, RUNWAY_KIND_TEAM,
                                  runway_entity_get_int (entity, RUNWAY_CAPABILITY_OWNER));

        append_part (subtitle, criticality);
        append_part (subtitle, owner);
      }
      break;

    case RUNWAY_KIND_PRODUCT:
      {
        g_autofree char *vendor =
          runway_dup_entity_name (self->plan, RUNWAY_KIND_VENDOR,
                                  runway_entity_get_int (entity, RUNWAY_PRODUCT_VENDOR));

        append_part (subtitle, vendor);
        append_part (subtitle, runway_entity_get_string (entity, RUNWAY_PRODUCT_CATEGORY));
      }
      break;

    case RUNWAY_KIND_VENDOR:
      {
        g_autofree char *products = runway_dup_count_label (RUNWAY_KIND_PRODUCT,
                                                            tally ? tally->n : 0);

        append_part (subtitle, products);
        if (runway_entity_get_int (entity, RUNWAY_VENDOR_CAB_MEMBER))
          append_part (subtitle, _("CAB member"));
      }
      break;

    case RUNWAY_KIND_TEAM:
      {
        g_autofree char *people = runway_dup_count_label (RUNWAY_KIND_PERSON,
                                                          tally ? tally->n : 0);
        g_autofree char *fte = g_strdup_printf (_("%.1f FTE"), tally ? tally->fte : 0.0);

        append_part (subtitle, people);
        append_part (subtitle, fte);
        append_part (subtitle,
                     support_line_name (runway_entity_get_int (entity, RUNWAY_TEAM_SUPPORT_LINE)));
      }
      break;

    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_RELEASE:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_PERSON:
    case RUNWAY_KIND_SKILL:
    case RUNWAY_KIND_DEPLOYMENT:
    case RUNWAY_KIND_MIGRATION:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      break;
    }

  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

static void
fill_row (RunwayEntityList *self,
          GtkListItem      *list_item)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autoptr(RunwayEntity) entity = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *box = child;
  GtkWidget *title_label;
  GtkWidget *subtitle_label;

  if (item == NULL || self->plan == NULL)
    return;

  if (GTK_IS_TREE_LIST_ROW (item))
    {
      GListModel *children;

      entity = gtk_tree_list_row_get_item (item);
      box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), item);

      /* Every capability can get children, so every row has a children
       * model; the arrow is only shown where there is something below. */
      children = runway_plan_get_children (self->plan, RUNWAY_CAPABILITY (entity));
      if (g_list_model_get_n_items (children) > 0)
        gtk_widget_remove_css_class (child, "leaf");
      else
        gtk_widget_add_css_class (child, "leaf");
    }
  else
    entity = g_object_ref (item);

  title = runway_plan_dup_title (self->plan, entity);
  subtitle = dup_subtitle (self, entity);

  title_label = gtk_widget_get_first_child (box);
  subtitle_label = gtk_widget_get_next_sibling (title_label);
  gtk_label_set_text (GTK_LABEL (title_label), title);
  gtk_label_set_text (GTK_LABEL (subtitle_label), subtitle);
  gtk_widget_set_visible (subtitle_label, *subtitle != '\0');
  if (*subtitle != '\0')
    {
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", title, subtitle);

      gtk_widget_set_tooltip_text (box, tooltip);
    }
  else
    gtk_widget_set_tooltip_text (box, title);
}

static void
update_count (RunwayEntityList *self)
{
  guint total = self->plan ? runway_plan_count (self->plan, self->kind) : 0;
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *total_label = runway_dup_count_label (self->kind, total);
  const char *empty_title = NULL;
  const char *empty_description = NULL;
  const char *empty_icon = kind_info[find_kind_info (self->kind)].icon_name;

  if (is_searching (self))
    {
      guint n_matches = self->kind == RUNWAY_KIND_CAPABILITY ? self->n_matches : n_rows;
      g_autofree char *matches = runway_format_count (n_matches);
      g_autofree char *label = NULL;

      /* Translators: "3 of 12 capabilities", while searching */
      label = g_strdup_printf (_("%s of %s"), matches, total_label);
      gtk_label_set_text (self->count_label, label);

      empty_title = _("No Results Found");
      empty_description = _("Try a different search");
      empty_icon = "edit-find-symbolic";
    }
  else
    {
      gtk_label_set_text (self->count_label, total_label);
      empty_title = self->plan ? _(kind_info[find_kind_info (self->kind)].empty_title)
                               : _("No Plan Open");
    }

  adw_status_page_set_icon_name (self->empty_page, empty_icon);
  adw_status_page_set_title (self->empty_page, empty_title);
  adw_status_page_set_description (self->empty_page, empty_description);
  gtk_stack_set_visible_child_name (self->stack, n_rows > 0 ? "list" : "empty");
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  RunwayEntityList *self = user_data;

  return g_object_ref (runway_plan_get_children (self->plan, RUNWAY_CAPABILITY (item)));
}

static GtkTreeListModel *
new_tree (RunwayEntityList *self,
          gboolean          expanded)
{
  GListModel *roots = runway_plan_get_children (self->plan, NULL);

  return gtk_tree_list_model_new (g_object_ref (roots), FALSE, expanded,
                                  create_children, self, NULL);
}

static gboolean
filter_tree_row (gpointer item,
                 gpointer user_data)
{
  RunwayEntityList *self = user_data;
  g_autoptr(GObject) capability = NULL;

  if (!is_searching (self))
    return TRUE;

  capability = gtk_tree_list_row_get_item (item);
  return g_hash_table_contains (self->shown, capability);
}

/* Keeps the capabilities that match and their ancestors. */
static void
search_capabilities (RunwayEntityList *self)
{
  GListModel *all;
  guint n;

  g_hash_table_remove_all (self->shown);
  self->n_matches = 0;

  if (self->plan == NULL)
    {
      gtk_filter_list_model_set_model (self->filtered, NULL);
      return;
    }

  if (!is_searching (self))
    {
      gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->tree));
      g_clear_object (&self->search_tree);
      gtk_filter_changed (self->tree_filter, GTK_FILTER_CHANGE_LESS_STRICT);
      return;
    }

  all = runway_plan_get_model (self->plan, RUNWAY_KIND_CAPABILITY);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) capability = g_list_model_get_item (all, i);

      if (!gtk_filter_match (GTK_FILTER (self->name_filter), capability))
        continue;

      self->n_matches++;
      for (RunwayEntity *c = capability; c != NULL && g_hash_table_add (self->shown, c); )
        c = runway_plan_lookup (self->plan, RUNWAY_KIND_CAPABILITY,
                                runway_entity_get_int (c, RUNWAY_CAPABILITY_PARENT));
    }

  if (self->search_tree == NULL)
    self->search_tree = new_tree (self, TRUE);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->search_tree));
  gtk_filter_changed (self->tree_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_entry_search_changed (RunwayEntityList *self,
                                GtkSearchEntry   *entry)
{
  gtk_string_filter_set_search (self->name_filter,
                                gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (self->kind == RUNWAY_KIND_CAPABILITY)
    search_capabilities (self);
  update_count (self);
}

static void
on_search_entry_stop_search (RunwayEntityList *self,
                             GtkSearchEntry   *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_filtered_items_changed (RunwayEntityList *self,
                           guint             position,
                           guint             removed,
                           guint             added,
                           GListModel       *model)
{
  update_count (self);
}

static void
on_plan_changed (RunwayEntityList *self,
                 RunwayPlan       *plan)
{
  GHashTableIter iter;
  gpointer list_item;

  count_tallies (self);

  /* a rename may move a row or change what the search keeps */
  if (self->kind == RUNWAY_KIND_CAPABILITY)
    {
      if (is_searching (self))
        search_capabilities (self);
    }
  else
    {
      gtk_sorter_changed (self->name_sorter, GTK_SORTER_CHANGE_DIFFERENT);
      if (is_searching (self))
        gtk_filter_changed (GTK_FILTER (self->name_filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    fill_row (self, list_item);

  update_count (self);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  RunwayEntityList         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_add_css_class (box, "entity-row");

  if (self->kind == RUNWAY_KIND_CAPABILITY)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
      gtk_list_item_set_child (list_item, expander);
    }
  else
    gtk_list_item_set_child (list_item, box);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 RunwayEntityList         *self)
{
  g_hash_table_add (self->bound, list_item);
  fill_row (self, list_item);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   RunwayEntityList         *self)
{
  g_hash_table_remove (self->bound, list_item);
  if (GTK_IS_TREE_EXPANDER (gtk_list_item_get_child (list_item)))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item)),
                                    NULL);
}

/* A row of a tree list is a GtkTreeListRow; the entity is its item. */
static RunwayEntity *
entity_at (RunwayEntityList *self,
           guint             position)
{
  GtkSelectionModel *model = gtk_list_view_get_model (self->list_view);
  g_autoptr(GObject) item = NULL;

  if (model == NULL || position == GTK_INVALID_LIST_POSITION)
    return NULL;
  item = g_list_model_get_item (G_LIST_MODEL (model), position);
  if (GTK_IS_TREE_LIST_ROW (item))
    return RUNWAY_ENTITY (gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (item)));
  return item ? RUNWAY_ENTITY (g_steal_pointer (&item)) : NULL;
}

static void
on_list_view_activate (RunwayEntityList *self,
                       guint             position,
                       GtkListView      *list_view)
{
  g_autoptr(RunwayEntity) entity = entity_at (self, position);

  if (entity != NULL)
    g_signal_emit (self, signals[ACTIVATE_ENTITY], 0, entity);
}

static void
on_selection_notify (RunwayEntityList *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
runway_entity_list_constructed (GObject *object)
{
  RunwayEntityList *self = RUNWAY_ENTITY_LIST (object);
  GType gtype = runway_kind_get_gtype (self->kind);
  guint info = find_kind_info (self->kind);
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  G_OBJECT_CLASS (runway_entity_list_parent_class)->constructed (object);

  self->name_filter = gtk_string_filter_new (gtk_property_expression_new (gtype, NULL, "name"));

  if (self->kind == RUNWAY_KIND_CAPABILITY)
    {
      self->tree_filter = GTK_FILTER (gtk_custom_filter_new (filter_tree_row, self, NULL));
      self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (self->tree_filter));
    }
  else
    {
      self->name_sorter =
        GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (gtype, NULL, "name")));
      self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (self->name_sorter));
      self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                                  g_object_ref (GTK_FILTER (self->name_filter)));
    }
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed), self, G_CONNECT_SWAPPED);

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (selection, "notify::selected", G_CALLBACK (on_selection_notify), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_list_view_activate), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind), self);
  gtk_list_view_set_factory (self->list_view, factory);

  /* gtk_search_entry_set_placeholder_text() is GTK 4.10 */
  g_object_set (self->search_entry, "placeholder-text", _(kind_info[info].placeholder), NULL);
  /* a placeholder is no name: it goes as soon as something is typed */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind_info[info].placeholder),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind_info[info].list_name), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->kind == RUNWAY_KIND_CAPABILITY
                                                 ? "capability-tree" : "entity-list");
  update_count (self);
}

static void
runway_entity_list_dispose (GObject *object)
{
  RunwayEntityList *self = RUNWAY_ENTITY_LIST (object);

  runway_entity_list_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RUNWAY_TYPE_ENTITY_LIST);

  g_clear_object (&self->name_filter);
  g_clear_object (&self->name_sorter);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->tree_filter);
  g_clear_object (&self->tree);
  g_clear_object (&self->search_tree);

  G_OBJECT_CLASS (runway_entity_list_parent_class)->dispose (object);
}

static void
runway_entity_list_finalize (GObject *object)
{
  RunwayEntityList *self = RUNWAY_ENTITY_LIST (object);

  g_hash_table_unref (self->shown);
  g_hash_table_unref (self->bound);
  g_hash_table_unref (self->tallies);

  G_OBJECT_CLASS (runway_entity_list_parent_class)->finalize (object);
}

static void
runway_entity_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RunwayEntityList *self = RUNWAY_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, runway_schema_get_table (self->kind)->table);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_entity_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RunwayEntityList *self = RUNWAY_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = runway_schema_kind_for_table (g_value_get_string (value));
      break;
    case PROP_PLAN:
      runway_entity_list_set_plan (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_entity_list_class_init (RunwayEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = runway_entity_list_constructed;
  object_class->dispose = runway_entity_list_dispose;
  object_class->finalize = runway_entity_list_finalize;
  object_class->get_property = runway_entity_list_get_property;
  object_class->set_property = runway_entity_list_set_property;

  /**
   * RunwayEntityList:kind:
   *
   * What the list shows, by the schema's table name: "capability",
   * "product", "vendor" or "team".
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, "capability",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, RUNWAY_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RunwayEntityList::activate-entity:
   * @entity: the entity of the row that was activated (double-click, Enter)
   */
  signals[ACTIVATE_ENTITY] =
    g_signal_new ("activate-entity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, RUNWAY_TYPE_ENTITY);

  /**
   * RunwayEntityList::selection-changed:
   *
   * The selected row changed; runway_entity_list_dup_selected() says to what.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/runway/Runway/runway-entity-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RunwayEntityList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RunwayEntityList, count_label);
  gtk_widget_class_bind_template_child (widget_class, RunwayEntityList, stack);
  gtk_widget_class_bind_template_child (widget_class, RunwayEntityList, list_view);
  gtk_widget_class_bind_template_child (widget_class, RunwayEntityList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search);
  gtk_widget_class_set_css_name (widget_class, "entitylist");
}

static void
runway_entity_list_init (RunwayEntityList *self)
{
  self->kind = RUNWAY_KIND_CAPABILITY;
  self->shown = g_hash_table_new (NULL, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->tallies = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

RunwayKind
runway_entity_list_get_kind (RunwayEntityList *self)
{
  g_return_val_if_fail (RUNWAY_IS_ENTITY_LIST (self), RUNWAY_N_KINDS);

  return self->kind;
}

RunwayPlan *
runway_entity_list_get_plan (RunwayEntityList *self)
{
  g_return_val_if_fail (RUNWAY_IS_ENTITY_LIST (self), NULL);

  return self->plan;
}

void
runway_entity_list_set_plan (RunwayEntityList *self,
                             RunwayPlan       *plan)
{
  g_return_if_fail (RUNWAY_IS_ENTITY_LIST (self));
  g_return_if_fail (plan == NULL || RUNWAY_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed, self);
  g_set_object (&self->plan, plan);
  if (self->plan != NULL)
    g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed), self,
                             G_CONNECT_SWAPPED);

  count_tallies (self);

  if (self->kind == RUNWAY_KIND_CAPABILITY)
    {
      /* detach the old trees before dropping them, they call back into self */
      gtk_filter_list_model_set_model (self->filtered, NULL);
      g_clear_object (&self->tree);
      g_clear_object (&self->search_tree);
      if (self->plan != NULL)
        self->tree = new_tree (self, FALSE);
      search_capabilities (self);
    }
  else
    gtk_sort_list_model_set_model (self->sorted,
                                   plan ? runway_plan_get_model (plan, self->kind) : NULL);

  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * runway_entity_list_dup_selected:
 *
 * Returns: (transfer full) (nullable): the entity of the selected row
 */
RunwayEntity *
runway_entity_list_dup_selected (RunwayEntityList *self)
{
  GtkSelectionModel *model;

  g_return_val_if_fail (RUNWAY_IS_ENTITY_LIST (self), NULL);

  model = gtk_list_view_get_model (self->list_view);
  if (model == NULL)
    return NULL;
  return entity_at (self, gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)));
}

/**
 * runway_entity_list_focus_search:
 *
 * Moves the keyboard focus to the list's search entry.
 */
void
runway_entity_list_focus_search (RunwayEntityList *self)
{
  g_return_if_fail (RUNWAY_IS_ENTITY_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
