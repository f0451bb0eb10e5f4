/* fuzz-lifecycle.c — libFuzzer harness for the endoflife.date importer
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is imported as `runway-cli import-eol PLAN FILE --vendor V`
 * would, into a fresh copy of a small plan that already has products the
 * data names, one release made by an earlier import and one made by hand.
 * CSV, API v1 and v0 JSON are told apart by the importer itself; v0 names
 * no product, so a refusal for that is retried with --product, as a user
 * would. Besides crashes and sanitizer reports it checks that a refused
 * import writes nothing, that an accepted one leaves a plan that passes its
 * own check, and that one undo takes it back.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "runway-fuzz-util.h"

static const char *dir;
static char *plan_path;
static GBytes *template;

static gint64
add (RunwayPlan   *plan,
     RunwayEntity *draft)
{
  g_autoptr(RunwayEntity) owned = draft;
  g_autoptr(GError) error = NULL;
  gint64 id = runway_plan_add (plan, owned, &error);

  g_assert_no_error (error);
  return id;
}

static GBytes *
make_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = runway_plan_create (plan_path, "Fuzz", &error);
  gint64 vendor, postgresql, nodejs;
  char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  vendor = add (plan, runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "PostgreSQL Global "
                                              "Development Group", NULL));
  postgresql = add (plan, runway_entity_new_with (RUNWAY_KIND_PRODUCT, "vendor", vendor, "name",
                                                  "PostgreSQL", NULL));
  add (plan, runway_entity_new_with (RUNWAY_KIND_RELEASE, "product", postgresql, "version", "16",
                                     "ga", "2023-09-14", "end-of-life", "2028-11-09", NULL));
  add (plan, runway_entity_new_with (RUNWAY_KIND_RELEASE, "product", postgresql, "version", "15",
                                     "ga", "2022-10-13", "lifecycle-source",
                                     RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE, NULL));
  vendor = add (plan, runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "OpenJS", NULL));
  nodejs = add (plan, runway_entity_new_with (RUNWAY_KIND_PRODUCT, "vendor", vendor, "name",
                                              "Node.js", NULL));
  add (plan, runway_entity_new_with (RUNWAY_KIND_RELEASE, "product", nodejs, "version", "20",
                                     NULL));
  g_clear_object (&plan);

  g_file_get_contents (plan_path, &contents, &length, &error);
  g_assert_no_error (error);
  runway_fuzz_remove_plan (plan_path);
  return g_bytes_new_take (contents, length);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  dir = runway_fuzz_init ();
  plan_path = g_build_filename (dir, "plan.runway", NULL);
  template = make_template ();
  return 0;
}

static RunwayLifecycleReport *
import (RunwayPlan  *plan,
        GBytes      *data,
        GError     **error)
{
  RunwayLifecycleReport *report;
  g_autoptr(GError) local_error = NULL;

  report = runway_plan_import_lifecycle (plan, data, NULL, "Fuzz Vendor", &local_error);
  if (g_error_matches (local_error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NEEDS_PRODUCT))
    {
      g_clear_error (&local_error);
      report = runway_plan_import_lifecycle (plan, data, "Node.js", "Fuzz Vendor", &local_error);
    }
  g_assert_true ((report == NULL) == (local_error != NULL));
  if (report == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return report;
}

static guint
count_all (RunwayPlan *plan)
{
  guint n = 0;

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    n += runway_plan_count (plan, (RunwayKind) k);
  return n;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwayLifecycleReport) report = NULL;
  guint64 revision;
  guint before;

  g_file_set_contents (plan_path, g_bytes_get_data (template, NULL),
                       (gssize) g_bytes_get_size (template), &error);
  g_assert_no_error (error);
  plan = runway_plan_open (plan_path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  revision = runway_plan_get_revision (plan);
  before = count_all (plan);

  report = import (plan, bytes, &error);
  if (report == NULL)
    {
      /* nothing was written, and the user is told why in one message */
      g_assert_true (error->domain == RUNWAY_LIFECYCLE_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (runway_plan_get_revision (plan), ==, revision);
      g_assert_false (runway_plan_can_undo (plan));
    }
  else
    {
      g_autoptr(GPtrArray) problems = runway_plan_check (plan, &error);
      g_autofree char *summary = runway_lifecycle_report_dup_summary (report);

      g_assert_no_error (error);
      if (problems->len > 0)
        g_error ("the import leaves a plan that fails its check: %s",
                 (char *) g_ptr_array_index (problems, 0));
      g_assert_true (g_utf8_validate (summary, -1, NULL));
      for (guint i = 0; i < runway_lifecycle_report_get_n_notes (report); i++)
        g_assert_true (g_utf8_validate (runway_lifecycle_report_get_note (report, i, NULL), -1,
                                        NULL));

      /* the import is one step to undo */
      if (runway_plan_can_undo (plan))
        {
          g_assert_true (runway_plan_undo (plan, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (count_all (plan), ==, before);
          g_assert_false (runway_plan_can_undo (plan));
        }
    }

  g_clear_object (&plan);
  runway_fuzz_remove_plan (plan_path);
  runway_fuzz_assert_dir_empty (dir);
  return 0;
}
