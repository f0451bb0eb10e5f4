/* runway-row-arena.c — where a loaded plan keeps its rows
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a large plan keeps 200,000 rows, about 30 MB of small blocks.
 * Allocated one by one, each first touch of a 4 KiB page is a page fault,
 * and on a virtual machine those faults cost about as much as reading the
 * rows from SQLite. The rows are written once and only ever read, so they
 * go into large chunks handed out in order; chunks of 2 MiB are aligned
 * and marked for transparent huge pages, so the kernel can back each with
 * one page instead of 512. Chunks start small and double, so a small plan
 * takes only what it needs.
 *
 * Nothing is freed before the arena: rows are removed rarely (an edit, an
 * undo), and an entity made from a row keeps the arena alive (a
 * reference) for as long as it reads its values from it.
 */

#include "config.h"

#include <stdlib.h>
#include <sys/mman.h>

#include "runway-row-arena.h"

#define FIRST_CHUNK (16 * 1024)
#define HUGE_CHUNK  (2 * 1024 * 1024)

struct _RunwayRowArena
{
  gatomicrefcount  ref_count;
  GPtrArray       *chunks;     /* each freed with free() */
  gsize            chunk_size; /* of the next chunk */
  char            *next;
  gsize            left;
};

RunwayRowArena *
runway_row_arena_new (void)
{
  RunwayRowArena *self = g_new0 (RunwayRowArena, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->chunks = g_ptr_array_new_with_free_func (free);
  self->chunk_size = FIRST_CHUNK;
  return self;
}

RunwayRowArena *
runway_row_arena_ref (RunwayRowArena *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
runway_row_arena_unref (RunwayRowArena *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_ptr_array_unref (self->chunks);
  g_free (self);
}

static void
add_chunk (RunwayRowArena *self,
           gsize           needed)
{
  gsize size = self->chunk_size;
  void *chunk = NULL;

  while (size < needed)
    size *= 2;
  if (size >= HUGE_CHUNK)
    size = (size + HUGE_CHUNK - 1) / HUGE_CHUNK * HUGE_CHUNK;
  if (posix_memalign (&chunk, size >= HUGE_CHUNK ? HUGE_CHUNK : 64, size) != 0)
    g_error ("Out of memory: could not allocate %" G_GSIZE_FORMAT " bytes", size);
#ifdef MADV_HUGEPAGE
  /* only a hint: without transparent huge pages nothing changes */
  if (size >= HUGE_CHUNK)
    madvise (chunk, size, MADV_HUGEPAGE);
#endif
  g_ptr_array_add (self->chunks, chunk);
  self->next = chunk;
  self->left = size;
  self->chunk_size = MIN (size * 2, HUGE_CHUNK);
}

/* Returns: @size bytes, aligned for any value, that live as long as the
 * arena. */
gpointer
runway_row_arena_alloc (RunwayRowArena *self,
                        gsize           size)
{
  gpointer block;

  size = (size + 7) & ~(gsize) 7;
  if (size > self->left)
    add_chunk (self, size);
  block = self->next;
  self->next += size;
  self->left -= size;
  return block;
}
