/* bench-estate.c — every figure of DESIGN.md's "What good looks like"
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the large estate (runway-bench-estate.c) once, then runs each
 * step in a fresh process of its own (this program again, with --step),
 * so the peak RSS it reports (VmHWM) is that step's alone and no step
 * warms the heap or the page cache of the next.
 * Every figure is printed with its reference, measured in the same run,
 * and their ratio: this machine is shared and noisy, so only ratios
 * mean anything. Best of --runs.
 *
 * Then the benchmarks built beside it add their lines: bench-damaged (the
 * estate's damaged files refused) and, under a display, bench-timeline
 * (the timeline frame at 10,000 and 100,000 releases) and bench-startup
 * (the window's cold start against a bare libadwaita window).
 *
 * Usage: bench-estate [--scale 1.0] [--runs 5] [--plan PLAN] [--edits 1000]
 */

#include "config.h"

#include <locale.h>

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

#include "runway-bench-estate.h"

typedef struct
{
  double ms;         /* wall time of the step */
  double peak_mb;    /* VmHWM of the child after the step */
  double extra[3];   /* step-specific: edit latency p50/p95 */
} Figure;

typedef void (*StepFunc) (const char *path, const char *dir, Figure *figure);

static const char *self_path;
static guint n_edits = 1000;

/* Runs one step in a fresh process and returns what it measured. */
static Figure
run_step (const char *step,
          const char *path,
          const char *dir)
{
  g_autofree char *edits = g_strdup_printf ("%u", n_edits);
  const char *argv[] = { self_path, "--step", step, "--plan", path, "--dir", dir,
                         "--edits", edits, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  Figure figure = { 0 };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("step %s: %s", step, error->message);
  if (sscanf (out, "%lf %lf %lf %lf %lf", &figure.ms, &figure.peak_mb, &figure.extra[0],
              &figure.extra[1], &figure.extra[2]) != 5)
    g_error ("step %s printed “%s”", step, out);
  return figure;
}

static Figure
best_of (const char *step,
         const char *path,
         const char *dir,
         int         runs)
{
  Figure best = run_step (step, path, dir);

  for (int r = 1; r < runs; r++)
    {
      Figure figure = run_step (step, path, dir);

      if (figure.ms < best.ms)
        best = figure;
    }
  return best;
}

/* ---- the steps ----------------------------------------------------------- */

static void
step_baseline (const char *path,
               const char *dir,
               Figure     *figure)
{
}

/* The reference: SELECT * of every table, every column read. */
static void
step_select_all (const char *path,
                 const char *dir,
                 Figure     *figure)
{
  double start = runway_bench_now_ms ();
  sqlite3 *db = NULL;
  guint64 cells = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"",
                                              runway_schema_get_table ((RunwayKind) k)->table);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s: %s", sql, sqlite3_errmsg (db));
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          cells += sqlite3_column_type (stmt, c) == SQLITE_TEXT
                     ? sqlite3_column_text (stmt, c) != NULL
                     : sqlite3_column_int64 (stmt, c) != 0;
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  figure->ms = runway_bench_now_ms () - start;
  figure->extra[0] = (double) cells;
}

static RunwayPlan *
open_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);

  if (plan == NULL)
    g_error ("%s", error->message);
  return plan;
}

static void
step_open (const char *path,
           const char *dir,
           Figure     *figure)
{
  double start = runway_bench_now_ms ();
  g_autoptr(RunwayPlan) plan = open_plan (path);

  figure->ms = runway_bench_now_ms () - start;
}

static void
step_open_risks (const char *path,
                 const char *dir,
                 Figure     *figure)
{
  g_autoptr(GError) error = NULL;
  double start = runway_bench_now_ms ();
  g_autoptr(RunwayPlan) plan = open_plan (path);
  double opened = runway_bench_now_ms ();
  g_autoptr(RunwayRiskList) list = runway_risk_list_new (plan, NULL, &error);
  double first = runway_bench_now_ms ();
  g_autoptr(RunwayRiskList) again = NULL;

  g_assert_no_error (error);
  figure->ms = first - start;
  /* risks alone: again, as the app does when the panel refreshes; the
   * first time in this process, it also touches memory nothing touched */
  again = runway_risk_list_new (plan, "2027-06-30", &error);
  g_assert_no_error (error);
  figure->extra[0] = runway_bench_now_ms () - first;
  figure->extra[1] = opened - start;

  /* and as the as-of date moves on in a workshop: each list replaces the
   * one before, as in the window; best of five */
  figure->extra[2] = G_MAXDOUBLE;
  for (guint i = 0; i < 5; i++)
    {
      double before = runway_bench_now_ms ();

      g_clear_pointer (&list, g_object_unref);
      list = g_steal_pointer (&again);
      again = runway_risk_list_new (plan, i % 2 ? "2027-06-30" : "2027-07-31", &error);
      g_assert_no_error (error);
      figure->extra[2] = MIN (figure->extra[2], runway_bench_now_ms () - before);
    }
}

static void
step_export_xml (const char *path,
                 const char *dir,
                 Figure     *figure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = open_plan (path);
  g_autofree char *out_path = g_build_filename (dir, "estate.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out_path);
  g_autoptr(GFileOutputStream) out = NULL;
  double start = runway_bench_now_ms ();

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  if (!runway_plan_export_xml (plan, NULL, G_OUTPUT_STREAM (out), &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error))
    g_error ("%s", error->message);
  figure->ms = runway_bench_now_ms () - start;
}

static void
step_xmllint (const char *path,
              const char *dir,
              Figure     *figure)
{
  g_autofree char *xml = g_build_filename (dir, "estate.xml", NULL);
  const char *argv[] = { "xmllint", "--noout", "--stream", xml, NULL };
  g_autoptr(GError) error = NULL;
  double start = runway_bench_now_ms ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("xmllint: %s", error->message);
  figure->ms = runway_bench_now_ms () - start;
}

/* A fairer reference for the import, which validates against the schema
 * as it reads: xmllint doing the same, with the schema the import uses. */
static void
step_xmllint_schema (const char *path,
                     const char *dir,
                     Figure     *figure)
{
  g_autofree char *xml = g_build_filename (dir, "estate.xml", NULL);
  g_autofree char *xsd = g_build_filename (dir, "runway-plan.xsd", NULL);
  g_autoptr(GBytes) schema = runway_xml_dup_schema ();
  const char *argv[] = { "xmllint", "--noout", "--stream", "--schema", xsd, xml, NULL };
  g_autoptr(GError) error = NULL;
  double start;
  int status = 0;

  if (!g_file_set_contents (xsd, g_bytes_get_data (schema, NULL),
                            (gssize) g_bytes_get_size (schema), &error))
    g_error ("%s", error->message);
  start = runway_bench_now_ms ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("xmllint --schema: %s", error->message);
  figure->ms = runway_bench_now_ms () - start;
  g_unlink (xsd);
}

static void
step_import_xml (const char *path,
                 const char *dir,
                 Figure     *figure)
{
  g_autofree char *xml = g_build_filename (dir, "estate.xml", NULL);
  g_autofree char *target = g_build_filename (dir, "imported.runway", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &error);
  double start = runway_bench_now_ms ();

  g_assert_no_error (error);
  if (!runway_plan_import_xml (G_INPUT_STREAM (in), target, TRUE, NULL, &error))
    g_error ("%s", error->message);
  figure->ms = runway_bench_now_ms () - start;
  g_unlink (target);
}

static void
step_export_archimate (const char *path,
                       const char *dir,
                       Figure     *figure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = open_plan (path);
  g_autofree char *out_path = g_build_filename (dir, "estate-archimate.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out_path);
  g_autoptr(GFileOutputStream) out = NULL;
  double start = runway_bench_now_ms ();

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  if (!runway_plan_export_archimate (plan, NULL, G_OUTPUT_STREAM (out), &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error))
    g_error ("%s", error->message);
  figure->ms = runway_bench_now_ms () - start;
  g_unlink (out_path);
}


/* One edit = one transaction with synchronous=FULL, on a copy of the
 * estate (edits must not change the plan the other steps read). */
static void
step_edits (const char *path,
            const char *dir,
            Figure     *figure)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (dir, "edited.runway", NULL);
  g_autoptr(RunwayPlan) source = open_plan (path);
  g_autoptr(RunwayPlan) plan = NULL;
  g_autofree double *times = g_new (double, n_edits);
  GListModel *vendors;
  double start;

  if (!runway_plan_copy_to (source, copy, &error))
    g_error ("%s", error->message);
  g_clear_object (&source);
  plan = runway_plan_open (copy, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  vendors = runway_plan_get_model (plan, RUNWAY_KIND_VENDOR);

  start = runway_bench_now_ms ();
  for (guint i = 0; i < n_edits; i++)
    {
      g_autoptr(RunwayEntity) vendor = g_list_model_get_item (vendors,
                                                             i % g_list_model_get_n_items (vendors));
      g_autoptr(RunwayEntity) draft = runway_entity_copy (vendor);
      g_autofree char *notes = g_strdup_printf ("Reviewed in meeting %u", i);
      double t = runway_bench_now_ms ();

      g_object_set (draft, "notes", notes, NULL);
      if (!runway_plan_update (plan, draft, &error))
        g_error ("%s", error->message);
      times[i] = runway_bench_now_ms () - t;
    }
  figure->ms = runway_bench_now_ms () - start;
  runway_bench_sort (times, n_edits);
  figure->extra[0] = times[n_edits / 2];
  figure->extra[1] = times[(n_edits * 95) / 100];
  g_clear_object (&plan);
  g_unlink (copy);
}

static const struct { const char *name; StepFunc func; } steps[] = {
  { "baseline", step_baseline },
  { "select-all", step_select_all },
  { "open", step_open },
  { "open-risks", step_open_risks },
  { "export-xml", step_export_xml },
  { "xmllint", step_xmllint },
  { "xmllint-schema", step_xmllint_schema },
  { "import-xml", step_import_xml },
  { "export-archimate", step_export_archimate },
  { "edits", step_edits },
};

static int
run_one_step (const char *name,
              const char *path,
              const char *dir)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (g_str_equal (steps[i].name, name))
      {
        Figure figure = { 0 };
        char numbers[5][G_ASCII_DTOSTR_BUF_SIZE];

        steps[i].func (path, dir, &figure);
        figure.peak_mb = runway_bench_read_peak_mb ();
        g_print ("%s %s %s %s %s\n",
                 g_ascii_dtostr (numbers[0], sizeof numbers[0], figure.ms),
                 g_ascii_dtostr (numbers[1], sizeof numbers[1], figure.peak_mb),
                 g_ascii_dtostr (numbers[2], sizeof numbers[2], figure.extra[0]),
                 g_ascii_dtostr (numbers[3], sizeof numbers[3], figure.extra[1]),
                 g_ascii_dtostr (numbers[4], sizeof numbers[4], figure.extra[2]));
        return 0;
      }
  g_printerr ("no step %s\n", name);
  return 2;
}

static void
print_ratio (const char *label,
             double      value,
             double      reference,
             const char *reference_label,
             double      target)
{
  double ratio = value / reference;

  g_print ("%-34s %9.1f ms  %-30s %9.1f ms  ratio %5.2f  (target < %g: %s)\n", label, value,
           reference_label, reference, ratio, target, ratio < target ? "met" : "MISSED");
}

/* Runs another benchmark built beside this program and shows its lines. */
static void
run_sibling (const char  *program,
             const char  *name,
             const char  *title,
             const char **args)
{
  g_autofree char *dir = g_path_get_dirname (program);
  g_autofree char *sibling = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_print ("%s: %s is not built; not measured\n", title, name);
      return;
    }
  g_ptr_array_add (argv, sibling);
  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_print ("%s (%s):\n", title, name);
  fflush (stdout);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error))
    {
      g_print ("  %s failed: %s\n", name, error->message);
      return;
    }
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

    /* as they are: g_print() would turn what the locale cannot show into "?" */
    for (guint i = 0; lines[i] != NULL; i++)
      if (*lines[i])
        printf ("  %s\n", lines[i]);
  }
  fflush (stdout);
  g_print ("\n");
}

int
main (int    argc,
      char **argv)
{
  double scale = 1.0;
  int runs = 5;
  int edits = 1000;
  g_autofree char *existing = NULL;
  g_autofree char *step = NULL;
  g_autofree char *step_dir = NULL;
  const GOptionEntry entries[] = {
    { "step", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &step, "Run one step", "NAME" },
    { "dir", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &step_dir, "Scratch folder", "DIR" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size of the estate (1.0: DESIGN.md's)", "X" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs of each step (best counts)", "N" },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &existing, "Use this plan instead of building one",
      "PLAN" },
    { "edits", 'e', 0, G_OPTION_ARG_INT, &edits, "Edits timed one by one", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— DESIGN.md's figures");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  Figure base, select_all, open, risks, export_xml, xmllint, xmllint_schema, import_xml, archimate;
  Figure edit;

  /* "×" and quotes in the terminal's charset; numbers stay in the C locale */
  setlocale (LC_CTYPE, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1 || scale <= 0 ||
      edits < 20)
    {
      g_printerr ("%s\n", error ? error->message : "--runs, --scale and --edits are too small");
      return 2;
    }
  n_edits = (guint) edits;
  self_path = argv[0];
  if (step != NULL)
    return run_one_step (step, existing, step_dir);

  dir = g_dir_make_tmp ("bench-estate-XXXXXX", &error);
  g_assert_no_error (error);
  if (existing != NULL)
    path = g_strdup (existing);
  else
    {
      g_autoptr(RunwayPlan) plan = NULL;
      double start = runway_bench_now_ms ();

      path = g_build_filename (dir, "estate.runway", NULL);
      plan = runway_plan_create (path, "Large estate", &error);
      g_assert_no_error (error);
      runway_bench_estate_build (plan, scale, 1);
      g_print ("estate built through the core API in %.0f ms\n", runway_bench_now_ms () - start);
    }

  {
    g_autoptr(RunwayPlan) plan = open_plan (path);
    GStatBuf st;

    g_stat (path, &st);
    g_print ("estate: %u products, %u releases, %u roadmap items, %u deployments, %u people, "
             "%u skills, %u migrations; %.1f MB\n",
             runway_plan_count (plan, RUNWAY_KIND_PRODUCT),
             runway_plan_count (plan, RUNWAY_KIND_RELEASE),
             runway_plan_count (plan, RUNWAY_KIND_ROADMAP_ITEM),
             runway_plan_count (plan, RUNWAY_KIND_DEPLOYMENT),
             runway_plan_count (plan, RUNWAY_KIND_PERSON),
             runway_plan_count (plan, RUNWAY_KIND_SKILL),
             runway_plan_count (plan, RUNWAY_KIND_MIGRATION), (double) st.st_size / 1e6);
  }

  base = run_step ("baseline", path, dir);
  select_all = best_of ("select-all", path, dir, runs);
  open = best_of ("open", path, dir, runs);
  risks = best_of ("open-risks", path, dir, runs);
  export_xml = best_of ("export-xml", path, dir, runs);
  xmllint = best_of ("xmllint", path, dir, runs);
  xmllint_schema = best_of ("xmllint-schema", path, dir, runs);
  import_xml = best_of ("import-xml", path, dir, MIN (runs, 3));
  archimate = best_of ("export-archimate", path, dir, runs);
  edit = run_step ("edits", path, dir);

  g_print ("\nbest of %d runs, each step in a fresh process of its own\n", runs);
  print_ratio ("open + load the plan", open.ms, select_all.ms, "SELECT * of every table", 3);
  print_ratio ("open + first risks", risks.ms, select_all.ms, "SELECT * of every table", 3);
  g_print ("%-34s %9.1f ms  (target < 10 ms: %s)\n", "risks alone (again, as-of moved)",
           risks.extra[0], risks.extra[0] < 10 ? "met" : "MISSED");
  g_print ("%-34s %9.1f ms  (target < 10 ms: %s)\n", "risks alone (as-of moving on)",
           risks.extra[2], risks.extra[2] < 10 ? "met" : "MISSED");
  print_ratio ("XML export", export_xml.ms, xmllint.ms, "xmllint --noout --stream", 3);
  print_ratio ("XML import (validated, 1 txn)", import_xml.ms, xmllint.ms,
               "xmllint --noout --stream", 6);
  g_print ("%-34s %9.1f ms  %-30s %9.1f ms  ratio %5.2f  (no target: the fairer reference)\n",
           "XML import (validated, 1 txn)", import_xml.ms, "xmllint --stream --schema",
           xmllint_schema.ms, import_xml.ms / xmllint_schema.ms);
  print_ratio ("ArchiMate export", archimate.ms, xmllint.ms, "xmllint --noout --stream", 3);
  g_print ("%-34s p50 %6.2f ms  p95 %6.2f ms  (%u edits; target p95 < 5 ms: %s)\n",
           "one edit, committed", edit.extra[0], edit.extra[1], n_edits,
           edit.extra[1] < 5 ? "met" : "MISSED");

  g_print ("\npeak RSS (VmHWM) per step, and above the baseline of an idle process (%.1f MB)\n",
           base.peak_mb);
  {
    const struct { const char *label; Figure *figure; double limit; } rows[] = {
      { "SELECT * (reference)", &select_all, 0 },
      { "open + load", &open, 0 },
      { "open + risks", &risks, 0 },
      { "XML export (incl. open)", &export_xml, 0 },
      { "XML import", &import_xml, 30 },
      { "ArchiMate export (incl. open)", &archimate, 0 },
      { "1,000 edits (incl. open)", &edit, 0 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        double above = rows[i].figure->peak_mb - base.peak_mb;

        g_print ("  %-32s %8.1f MB  +%7.1f MB", rows[i].label, rows[i].figure->peak_mb, above);
        if (rows[i].limit > 0)
          g_print ("  (target < %g MB above baseline: %s)", rows[i].limit,
                   above < rows[i].limit ? "met" : "MISSED");
        g_print ("\n");
      }
    g_print ("  XML export's own growth (export minus open + load): %+.1f MB "
             "(target < 30 MB: %s)\n", export_xml.peak_mb - open.peak_mb,
             export_xml.peak_mb - open.peak_mb < 30 ? "met" : "MISSED");
  }
  g_print ("\n");
  {
    const char *damaged_args[] = { "--plan", path, NULL };

    run_sibling (argv[0], "bench-damaged", "damaged and hostile files", damaged_args);
  }
  run_sibling (argv[0], "bench-timeline", "timeline frames", NULL);
  {
    g_autofree char *startup_runs = g_strdup_printf ("%d", MAX (runs, 5));
    const char *startup_args[] = { "--plan", path, "--runs", startup_runs, NULL };

    run_sibling (argv[0], "bench-startup", "cold start of the window", startup_args);
  }

  {
    g_autofree char *xml = g_build_filename (dir, "estate.xml", NULL);

    g_unlink (xml);
    if (existing == NULL)
      g_unlink (path);
    g_rmdir (dir);
  }
  return 0;
}
