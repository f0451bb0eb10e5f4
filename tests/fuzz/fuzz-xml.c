/* fuzz-xml.c — libFuzzer harness for the plan XML importer and validator
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input goes through `runway-cli import-xml` and `runway-cli validate`'s
 * paths. Besides crashes and sanitizer reports it checks what a user relies
 * on: the two agree on whether the file is sound, a refused file leaves
 * nothing behind, and an accepted one makes a plan that passes its own
 * check and exports to XML the validator accepts.
 */

#include "config.h"

#include "runway-fuzz-util.h"

static const char *dir;
static char *plan_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dir = runway_fuzz_init ();
  plan_path = g_build_filename (dir, "imported.runway", NULL);
  return 0;
}

static void
assert_sound (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(RunwaySelection) selection = NULL;
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GPtrArray) export_problems = NULL;

  g_assert_no_error (error);
  problems = runway_plan_check (plan, &error);
  g_assert_no_error (error);
  if (problems->len > 0)
    g_error ("an imported plan fails its check: %s", (char *) g_ptr_array_index (problems, 0));

  selection = runway_selection_new (plan, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (runway_plan_export_xml (plan, selection, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  exported = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));

  in = g_memory_input_stream_new_from_bytes (exported);
  export_problems = runway_xml_validate (in, NULL, &error);
  g_assert_no_error (error);
  if (export_problems->len > 0)
    g_error ("the export of an imported plan is not valid: %s",
             (char *) g_ptr_array_index (export_problems, 0));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GInputStream) again = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) import_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean imported;

  imported = runway_plan_import_xml (in, plan_path, FALSE, NULL, &import_error);
  g_assert_true (imported == (import_error == NULL));
  if (!imported)
    {
      /* refused: the user is told why, and no file appears */
      g_assert_true (import_error->domain == RUNWAY_XML_ERROR);
      g_assert_true (g_utf8_validate (import_error->message, -1, NULL));
      runway_fuzz_assert_dir_empty (dir);
    }
  else
    {
      assert_sound (plan_path);
      runway_fuzz_remove_plan (plan_path);
    }

  problems = runway_xml_validate (again, NULL, &error);
  g_assert_no_error (error);
  if (imported != (problems->len == 0))
    g_error ("import %s the file but validate %s it", imported ? "accepts" : "refuses",
             problems->len == 0 ? "accepts" : "refuses");
  for (guint i = 0; i < problems->len; i++)
    g_assert_true (g_utf8_validate (g_ptr_array_index (problems, i), -1, NULL));

  runway_fuzz_assert_dir_empty (dir);
  return 0;
}
