/* bench-damaged.c — how fast a damaged large plan or XML file is refused
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DESIGN.md: "every truncated, corrupt, foreign or newer-version file and
 * every hostile XML input gets a clear error within a second, with memory
 * bounded". The test suite proves the errors on small files
 * (tests/test-damaged.c, tests/test-xml.c); this times them on the large
 * estate, where a slow check would show: its plan file truncated, with
 * flipped bits, a damaged page, another application's id, a newer version;
 * its XML export truncated, with an error on its last line, and hostile
 * documents of the same size.
 *
 * Each case runs in a fresh process of its own (this program again, with
 * --case), which opens the plan (and checks it, if it opens) or imports
 * the XML into a new plan, and reports the time, its peak RSS (VmHWM) and
 * the first line of the message a user would read. The reference is the
 * same process opening, or importing, the intact file.
 *
 * Usage: bench-damaged [--scale 1.0] [--plan PLAN]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "runway-bench-estate.h"

/* ---- one case, in the child -------------------------------------------- */

static int
run_case (const char *kind,
          const char *path,
          const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  char numbers[2][G_ASCII_DTOSTR_BUF_SIZE];
  double start = runway_bench_now_ms ();

  if (g_str_equal (kind, "plan"))
    {
      g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
      g_autoptr(GPtrArray) problems = NULL;

      if (plan != NULL)
        problems = runway_plan_check (plan, &error);
      if (error != NULL)
        message = g_strdup (error->message);
      else if (problems->len > 0)
        message = g_strdup_printf ("opens; check: %u problems, first: %s", problems->len,
                                   (char *) g_ptr_array_index (problems, 0));
      else
        message = g_strdup ("opens and checks clean");
    }
  else
    {
      g_autofree char *target = g_build_filename (dir, "imported.runway", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInputStream) in = g_file_read (file, NULL, &error);

      if (in != NULL &&
          runway_plan_import_xml (G_INPUT_STREAM (in), target, TRUE, NULL, &error))
        message = g_strdup ("imported");
      else
        message = g_strdup (error->message);
      g_unlink (target);
    }

  /* one line: the first of the message */
  message[strcspn (message, "\n")] = '\0';
  /* printf: the message is UTF-8 whatever the locale, and goes to the parent as it is */
  printf ("%s %s %s\n", g_ascii_dtostr (numbers[0], sizeof numbers[0], runway_bench_now_ms () - start),
          g_ascii_dtostr (numbers[1], sizeof numbers[1], runway_bench_read_peak_mb ()), message);
  return 0;
}

/* ---- making the damaged files -------------------------------------------- */

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (data, len);
}

static char *
write_variant (const char   *dir,
               const char   *name,
               const guint8 *data,
               gsize         len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  if (!g_file_set_contents (path, (const char *) data, (gssize) len, &error))
    g_error ("%s", error->message);
  return path;
}

/* A copy of @original with @len bytes at @offset replaced by @patch. */
static char *
write_patched (const char   *dir,
               const char   *name,
               GBytes       *original,
               gsize         offset,
               const guint8 *patch,
               gsize         len)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (original, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  g_assert (offset + len <= size);
  memcpy (copy + offset, patch, len);
  return write_variant (dir, name, copy, size);
}

typedef struct
{
  char   *label;
  char   *kind;      /* "plan" or "xml" */
  char   *path;
} Case;

static void
case_clear (gpointer data)
{
  Case *c = data;

  g_free (c->label);
  g_free (c->kind);
  g_free (c->path);
}

static void
add_case (GArray     *cases,
          const char *label,
          const char *kind,
          char       *path)   /* taken */
{
  Case c = { g_strdup (label), g_strdup (kind), path };

  g_array_append_val (cases, c);
}

static void
make_plan_cases (GArray     *cases,
                 const char *plan,
                 const char *dir)
{
  g_autoptr(GBytes) bytes = read_bytes (plan);
  gsize size = g_bytes_get_size (bytes);
  const guint8 *data = g_bytes_get_data (bytes, NULL);
  guint8 garbage[4096];
  guint8 flipped;
  const guint8 foreign_id[4] = { 0x12, 0x34, 0x56, 0x78 };
  const guint8 future_version[4] = { 0x00, 0x00, 0x03, 0xe7 };   /* 999 */

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (guint8) (i * 131 + 7);

  add_case (cases, "intact plan (reference)", "plan", g_strdup (plan));
  add_case (cases, "truncated to 100 bytes", "plan",
            write_variant (dir, "truncated-100.runway", data, 100));
  add_case (cases, "truncated at half", "plan",
            write_variant (dir, "truncated-half.runway", data, size / 2));
  add_case (cases, "last page cut short", "plan",
            write_variant (dir, "truncated-end.runway", data, size - 1000));
  flipped = data[16] ^ 0x01;
  add_case (cases, "page size bit flipped", "plan",
            write_patched (dir, "flip-page-size.runway", bytes, 16, &flipped, 1));
  flipped = data[0] ^ 0x20;
  add_case (cases, "magic header bit flipped", "plan",
            write_patched (dir, "flip-magic.runway", bytes, 0, &flipped, 1));
  add_case (cases, "a page in the middle overwritten", "plan",
            write_patched (dir, "garbage-page.runway", bytes, (size / 2) & ~(gsize) 4095,
                           garbage, sizeof garbage));
  add_case (cases, "the last page overwritten", "plan",
            write_patched (dir, "garbage-last.runway", bytes, size - 4096, garbage,
                           sizeof garbage));
  add_case (cases, "another application's id", "plan",
            write_patched (dir, "foreign.runway", bytes, 68, foreign_id, 4));
  add_case (cases, "a newer version (user_version 999)", "plan",
            write_patched (dir, "future.runway", bytes, 60, future_version, 4));
}

static void
make_xml_cases (GArray     *cases,
                RunwayPlan *plan,
                const char *dir)
{
  g_autofree char *xml = g_build_filename (dir, "estate.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (xml);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) nested = g_string_new ("<?xml version=\"1.0\"?>\n");
  const char *data;
  const char *last_date;
  gsize size;

  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  if (out == NULL || !runway_plan_export_xml (plan, NULL, G_OUTPUT_STREAM (out), &error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error))
    g_error ("%s", error->message);
  bytes = read_bytes (xml);
  data = g_bytes_get_data (bytes, &size);

  add_case (cases, "intact XML (reference)", "xml", g_strdup (xml));
  add_case (cases, "XML truncated at half", "xml",
            write_variant (dir, "truncated.xml", (const guint8 *) data, size / 2));

  /* an impossible date in the last element that has one: found only at the end */
  last_date = g_strrstr (data, "-01\"");
  if (last_date != NULL)
    {
      const guint8 bad[] = "-32\"";

      add_case (cases, "XML with an impossible last date", "xml",
                write_patched (dir, "late-error.xml", bytes, (gsize) (last_date - data), bad, 4));
    }

  {
    g_autoptr(GString) laughs = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lol [\n"
                                              "<!ENTITY lol0 \"lol\">\n");

    for (guint i = 1; i < 10; i++)
      {
        g_string_append_printf (laughs, "<!ENTITY lol%u \"", i);
        for (guint j = 0; j < 10; j++)
          g_string_append_printf (laughs, "&lol%u;", i - 1);
        g_string_append (laughs, "\">\n");
      }
    g_string_append (laughs, "]>\n<runway-plan>&lol9;</runway-plan>\n");
    add_case (cases, "billion laughs", "xml",
              write_variant (dir, "laughs.xml", (const guint8 *) laughs->str, laughs->len));
  }

  /* as deep as the file is large */
  while (nested->len < size / 2)
    g_string_append (nested, "<a>");
  add_case (cases, "nesting as deep as the file is large", "xml",
            write_variant (dir, "deep.xml", (const guint8 *) nested->str, nested->len));
}

/* ---- the parent ------------------------------------------------------------ */

static gboolean
run_in_child (const char *self,
              const Case *c,
              const char *dir,
              double     *ms,
              double     *peak_mb,
              char      **message)
{
  const char *argv[] = { self, "--case", c->kind, "--path", c->path, "--dir", dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  int consumed = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, &error) || !g_spawn_check_wait_status (status, &error))
    {
      *message = g_strdup_printf ("CRASHED: %s", error->message);
      return FALSE;
    }
  if (sscanf (out, "%lf %lf %n", ms, peak_mb, &consumed) != 2)
    {
      *message = g_strdup_printf ("printed “%s”", out);
      return FALSE;
    }
  *message = g_strstrip (g_strdup (out + consumed));
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  double scale = 1.0;
  g_autofree char *existing = NULL;
  g_autofree char *case_kind = NULL;
  g_autofree char *case_path = NULL;
  g_autofree char *case_dir = NULL;
  const GOptionEntry entries[] = {
    { "case", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &case_kind, "Run one case", "KIND" },
    { "path", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &case_path, "Its file", "PATH" },
    { "dir", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &case_dir, "Scratch folder", "DIR" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &scale, "Size of the estate (1.0: DESIGN.md's)", "X" },
    { "plan", 'p', 0, G_OPTION_ARG_FILENAME, &existing, "Use this plan instead of building one",
      "PLAN" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— damaged large files");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (Case));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double plan_reference_mb = 0, xml_reference_mb = 0;
  guint slow = 0, crashed = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || scale <= 0)
    {
      g_printerr ("%s\n", error ? error->message : "--scale must be positive");
      return 2;
    }
  if (case_kind != NULL)
    return run_case (case_kind, case_path, case_dir);

  g_array_set_clear_func (cases, case_clear);
  dir = g_dir_make_tmp ("bench-damaged-XXXXXX", &error);
  g_assert_no_error (error);
  if (existing != NULL)
    path = g_strdup (existing);
  else
    {
      g_autoptr(RunwayPlan) plan = NULL;

      path = g_build_filename (dir, "estate.runway", NULL);
      plan = runway_plan_create (path, "Large estate", &error);
      g_assert_no_error (error);
      runway_bench_estate_build (plan, scale, 1);
    }

  make_plan_cases (cases, path, dir);
  {
    g_autoptr(RunwayPlan) plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    make_xml_cases (cases, plan, dir);
  }

  printf ("%-40s %9s %9s  %s\n", "case", "ms", "peak MB", "what the user reads");
  for (guint i = 0; i < cases->len; i++)
    {
      const Case *c = &g_array_index (cases, Case, i);
      gboolean reference = strstr (c->label, "(reference)") != NULL;
      g_autofree char *message = NULL;
      g_autofree char *shown = NULL;
      double ms = 0, peak_mb = 0;

      if (!run_in_child (argv[0], c, dir, &ms, &peak_mb, &message))
        {
          crashed++;
          printf ("%-40s %9s %9s  %s\n", c->label, "-", "-", message);
          continue;
        }
      /* the scratch folder in the message says nothing; one line of a readable width */
      {
        g_autoptr(GString) text = g_string_new (message);
        g_autofree char *prefix = g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);

        g_string_replace (text, prefix, "", 0);
        shown = g_utf8_substring (text->str, 0, MIN (g_utf8_strlen (text->str, -1), 100));
      }
      if (reference && g_str_equal (c->kind, "plan"))
        plan_reference_mb = peak_mb;
      else if (reference)
        xml_reference_mb = peak_mb;
      else if (ms >= 1000)
        slow++;
      printf ("%-40s %9.1f %9.1f  %s\n", c->label, ms, peak_mb, shown);
      if (!reference && peak_mb > MAX (plan_reference_mb, xml_reference_mb) * 1.1)
        printf ("%-40s %9s %9s  (more memory than the intact file)\n", "", "", "");
    }

  printf ("\n%u of %u damaged or hostile files took a second or more (target: none), "
          "%u crashed; memory is bounded when no line above says otherwise.\n"
          "An XML file is refused where its damage is, so one damaged near its end\n"
          "takes as long as reading that far: compare it with the intact import.\n",
          slow, cases->len - 2, crashed);

  for (guint i = 0; i < cases->len; i++)
    if (g_strcmp0 (g_array_index (cases, Case, i).path, path) != 0)
      g_unlink (g_array_index (cases, Case, i).path);
  if (existing == NULL)
    g_unlink (path);
  g_rmdir (dir);
  return crashed > 0 ? 1 : 0;
}
