/* runway-row-arena.h — where a loaded plan keeps its rows
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RunwayRowArena RunwayRowArena;

RunwayRowArena *runway_row_arena_new   (void);
RunwayRowArena *runway_row_arena_ref   (RunwayRowArena *self);
void            runway_row_arena_unref (RunwayRowArena *self);
gpointer        runway_row_arena_alloc (RunwayRowArena *self,
                                        gsize           size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RunwayRowArena, runway_row_arena_unref)

G_END_DECLS
