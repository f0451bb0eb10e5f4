/* runway-matrix.h — what the matrix views (staffing, ownership) share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A titled page with a one-line summary and a scrolled matrix, or a status
 * page when there is nothing to show ("empty" and "matrix" in @stack). */
/* What a matrix builds at most: each cell is a drop-down, a dozen widgets,
 * and a few thousand of them take GTK about a second. A larger plan gets a
 * status page that says so instead of a window that stops answering. */
#define RUNWAY_MATRIX_MAX_CELLS 5000

typedef struct
{
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkLabel          *summary_label;
  GtkScrolledWindow *scrolled;
} RunwayMatrixFrame;

void     runway_matrix_frame_init (RunwayMatrixFrame *frame,
                                   GtkWidget         *owner,
                                   const char        *title,
                                   const char        *empty_icon_name);
GtkGrid *runway_matrix_grid_new   (int                column_spacing,
                                   int                margin,
                                   const char        *corner_label);
void     runway_matrix_cell_init  (GtkWidget         *drop_down,
                                   const char        *label);

G_END_DECLS
