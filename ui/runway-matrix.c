/* runway-matrix.c — what the matrix views (staffing, ownership) share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both views are a grid of drop-downs, one per cell, edited in place; they
 * share their frame, the grid's shape and how a cell looks and is named.
 */

#include "config.h"

#include "runway-matrix.h"

/* Builds the frame as @owner's only child; @owner uses a GtkBinLayout. */
void
runway_matrix_frame_init (RunwayMatrixFrame *frame,
                          GtkWidget         *owner,
                          const char        *title,
                          const char        *empty_icon_name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = gtk_label_new (title);

  frame->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_parent (GTK_WIDGET (frame->stack), owner);

  frame->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (frame->empty_page, empty_icon_name);
  gtk_stack_add_named (frame->stack, GTK_WIDGET (frame->empty_page), "empty");

  gtk_widget_set_margin_start (header, 24);
  gtk_widget_set_margin_end (header, 24);
  gtk_widget_set_margin_top (header, 18);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_box_append (GTK_BOX (header), heading);
  frame->summary_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (frame->summary_label), "dim-label");
  gtk_widget_set_valign (GTK_WIDGET (frame->summary_label), GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (frame->summary_label));
  gtk_box_append (GTK_BOX (box), header);

  frame->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (frame->scrolled), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (frame->scrolled));
  gtk_stack_add_named (frame->stack, box, "matrix");
}

/* A grid with the matrix's margins and @corner_label in its top left cell,
 * over the row headers. */
GtkGrid *
runway_matrix_grid_new (int         column_spacing,
                        int         margin,
                        const char *corner_label)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *corner = gtk_label_new (corner_label);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), (guint) column_spacing);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);
  gtk_widget_set_margin_start (grid, margin);
  gtk_widget_set_margin_end (grid, margin);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 24);
  gtk_widget_set_halign (grid, GTK_ALIGN_START);

  gtk_widget_add_css_class (corner, "dim-label");
  gtk_widget_set_halign (corner, GTK_ALIGN_START);
  gtk_widget_set_valign (corner, GTK_ALIGN_END);
  gtk_grid_attach (GTK_GRID (grid), corner, 0, 0, 1, 1);
  return GTK_GRID (grid);
}

/* A cell: flat, filling its column, named for a screen reader and a
 * tooltip ("Level of Anna de Vries on PostgreSQL"). */
void
runway_matrix_cell_init (GtkWidget  *drop_down,
                         const char *label)
{
  /* a matrix of raised buttons is a wall; GtkDropDown has no flat style of
   * its own in GTK 4.8, so its button gets one */
  gtk_widget_add_css_class (gtk_widget_get_first_child (drop_down), "flat");
  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (drop_down, label);
}
