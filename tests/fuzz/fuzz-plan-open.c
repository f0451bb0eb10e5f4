/* fuzz-plan-open.c — libFuzzer harness for opening and checking plan files
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a file and opened as `runway-cli check` opens
 * it: read-only, then every entity checked. Besides crashes and sanitizer
 * reports it checks that the file is refused with a plan error or opened,
 * and that it is byte for byte what it was, with nothing left beside it:
 * reading a plan kept in git never changes it.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "runway-fuzz-util.h"

static const char *dir;
static char *plan_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dir = runway_fuzz_init ();
  plan_path = g_build_filename (dir, "plan.runway", NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *after = NULL;
  gsize after_size = 0;

  g_file_set_contents (plan_path, (const char *) data, (gssize) size, &error);
  g_assert_no_error (error);

  plan = runway_plan_open (plan_path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  if (plan == NULL)
    {
      g_assert_true (error->domain == RUNWAY_STORE_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
  else
    {
      problems = runway_plan_check (plan, &error);
      g_assert_true ((problems == NULL) == (error != NULL));
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_assert_true (g_utf8_validate (g_ptr_array_index (problems, i), -1, NULL));
      g_clear_object (&plan);
    }

  g_file_get_contents (plan_path, &after, &after_size, NULL);
  if (after_size != size || memcmp (after, data, size) != 0)
    g_error ("opening the plan read-only changed the file");
  g_clear_pointer (&after, g_free);
  g_unlink (plan_path);
  runway_fuzz_assert_dir_empty (dir);
  return 0;
}
