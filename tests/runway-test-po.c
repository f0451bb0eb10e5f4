/* runway-test-po.c — what a translation says, read from its po/LANG.po
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The translation tests look up what they expect in the .po file itself, so
 * they follow the translators' wording instead of repeating it, and they
 * read it without gettext, so a program that finds no catalogue cannot
 * pass by agreeing with a test that found none either.
 */

#include "config.h"

#include <string.h>

#include "runway-test-po.h"

typedef enum
{
  FIELD_NONE,
  FIELD_CONTEXT,
  FIELD_ID,
  FIELD_STR,
} Field;

typedef struct
{
  GString *context;
  GString *id;
  GString *str;        /* msgstr, or msgstr[form] of a plural entry */
  gboolean has_context;
  gboolean fuzzy;
  gboolean obsolete;
} Entry;

static gboolean
entry_matches (const Entry *entry,
               const char  *context,
               const char  *msgid)
{
  return !entry->obsolete && entry->has_context == (context != NULL) &&
         (context == NULL || g_str_equal (entry->context->str, context)) &&
         entry->id->len > 0 && g_str_equal (entry->id->str, msgid);
}

/* Appends the C-escaped text between the quotes of @line to @out. */
static void
append_quoted (GString    *out,
               const char *line)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;

  g_assert_true (start != NULL && end > start);
  escaped = g_strndup (start + 1, end - start - 1);
  text = g_strcompress (escaped);
  g_string_append (out, text);
}

static char *
lookup (const char *language,
        const char *context,
        const char *msgid,
        guint       form)
{
  g_autofree char *form_prefix = g_strdup_printf ("msgstr[%u] ", form);
  g_autofree char *name = g_strconcat (language, ".po", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) entry_context = g_string_new (NULL);
  g_autoptr(GString) entry_id = g_string_new (NULL);
  g_autoptr(GString) entry_str = g_string_new (NULL);
  Entry entry = { entry_context, entry_id, entry_str, FALSE, FALSE, FALSE };
  Field field = FIELD_NONE;
  char *found = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  /* entries are separated by blank lines; the last one by the file's end */
  for (guint i = 0; found == NULL; i++)
    {
      const char *line = lines[i] != NULL ? lines[i] : "";

      if (line[0] == '\0')
        {
          if (entry_matches (&entry, context, msgid))
            {
              g_assert_false (entry.fuzzy);
              found = g_strdup (entry.str->str);
            }
          g_string_truncate (entry.context, 0);
          g_string_truncate (entry.id, 0);
          g_string_truncate (entry.str, 0);
          entry.has_context = entry.fuzzy = entry.obsolete = FALSE;
          field = FIELD_NONE;
          if (lines[i] == NULL)
            break;
        }
      else if (g_str_has_prefix (line, "#~"))
        entry.obsolete = TRUE;
      else if (g_str_has_prefix (line, "#,"))
        entry.fuzzy = strstr (line, "fuzzy") != NULL;
      else if (line[0] == '#')
        continue;
      else if (g_str_has_prefix (line, "msgctxt "))
        {
          field = FIELD_CONTEXT;
          entry.has_context = TRUE;
          append_quoted (entry.context, line);
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          field = FIELD_ID;
          append_quoted (entry.id, line);
        }
      else if (g_str_has_prefix (line, "msgstr ") || g_str_has_prefix (line, form_prefix))
        {
          field = FIELD_STR;
          append_quoted (entry.str, line);
        }
      else if (g_str_has_prefix (line, "msgid_plural ") || g_str_has_prefix (line, "msgstr["))
        field = FIELD_NONE;
      else if (line[0] == '"' && field != FIELD_NONE)
        append_quoted (field == FIELD_CONTEXT ? entry.context
                       : field == FIELD_ID ? entry.id : entry.str, line);
    }

  if (found == NULL)
    g_error ("%s has no entry for “%s”", path, msgid);
  g_assert_cmpstr (found, !=, "");
  return found;
}

/**
 * runway_test_po_lookup:
 * @language: "nl"
 * @context: (nullable): the msgctxt
 * @msgid: the English text
 *
 * Returns: the translation of @msgid in po/@language.po (for a plural
 * entry, its first form). Fails the test when there is none, or when it is
 * fuzzy or empty.
 */
char *
runway_test_po_lookup (const char *language,
                       const char *context,
                       const char *msgid)
{
  return lookup (language, context, msgid, 0);
}

/**
 * runway_test_po_lookup_plural:
 * @language: "nl"
 * @msgid: the English singular
 * @form: which form, as the catalogue's Plural-Forms numbers them
 *
 * Returns: that form of the translation of @msgid, like
 * runway_test_po_lookup().
 */
char *
runway_test_po_lookup_plural (const char *language,
                              const char *msgid,
                              guint       form)
{
  return lookup (language, NULL, msgid, form);
}

/**
 * runway_test_po_fill:
 * @format: a translation with "%s" and "%u" conversions and nothing else
 * @...: a string for each conversion (a number written out for "%u"), then
 *   %NULL
 *
 * Returns: @format with each "%s" replaced in turn, as printf() would; the
 * tests use it to build the text a program prints from a looked-up
 * translation without handing printf() a format it cannot check.
 */
char *
runway_test_po_fill (const char *format,
                     ...)
{
  g_autoptr(GString) out = g_string_new (NULL);
  va_list args;

  va_start (args, format);
  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 's' || p[1] == 'u'))
        {
          const char *arg = va_arg (args, const char *);

          g_assert_nonnull (arg);
          g_string_append (out, arg);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  g_assert_null (va_arg (args, const char *));
  va_end (args);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
