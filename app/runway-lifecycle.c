/* runway-lifecycle.c — import of vendor lifecycle data from endoflife.date
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three forms of the same data, told apart by their content:
 *
 * - CSV, one row per release cycle of many products, with a header:
 *   product,label,category,release_cycle,release_date,support_end,eol,
 *   extended_support_end,lts,latest,codename. A milestone is a date, `true`
 *   (it has passed, the date is not recorded), `false` (not announced, or
 *   still running) or empty (unknown).
 * - API v1 JSON of one product: result.releases[] with name, codename,
 *   releaseDate and isEoas/eoasFrom, isEol/eolFrom, isEoes/eoesFrom. A
 *   date wins over its boolean, which means the same as the CSV's.
 * - legacy API v0 JSON: an array of cycle, releaseDate, eol, support and
 *   extendedSupport. `eol` reads like the CSV, but `support` and
 *   `extendedSupport` say whether the release *still has* that support:
 *   true means it has not ended ("none"), false that it has ("ended").
 *
 * The whole file is parsed before anything is written, so a file that
 * cannot be read writes nothing. The import then runs as one edit group:
 * one transaction and one undo step. A row that cannot be imported (a bad
 * date, dates out of order) is reported with its line and skipped; the
 * others go on. Releases are matched by product and exact version string;
 * the importer updates the ones it made (lifecycle-source is
 * "endoflife.date"), fills in what is unknown in the ones a user made, and
 * never overwrites a value a user entered: it reports it instead.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "runway-lifecycle.h"

/* endoflife.date's largest product is a few hundred rows; anything near
 * this is not lifecycle data, and we hold it all in memory. */
#define MAX_DATA_SIZE (64 * 1024 * 1024)

typedef enum {
  FIELD_VERSION,
  FIELD_CODENAME,
  FIELD_GA,
  FIELD_END_OF_SUPPORT,
  FIELD_END_OF_LIFE,
  FIELD_EXTENDED_SUPPORT_END,
  N_FIELDS
} Field;

static const guint field_columns[N_FIELDS] = {
  RUNWAY_RELEASE_VERSION,
  RUNWAY_RELEASE_CODENAME,
  RUNWAY_RELEASE_GA,
  RUNWAY_RELEASE_END_OF_SUPPORT,
  RUNWAY_RELEASE_END_OF_LIFE,
  RUNWAY_RELEASE_EXTENDED_SUPPORT_END,
};

/* One release cycle of the data, as read. */
typedef struct
{
  char     *where;              /* "line 12", "index 3": where it is in the file */
  char     *product_id;         /* endoflife.date's id ("postgresql"), or NULL */
  char     *product_label;      /* the product's name ("PostgreSQL"), or NULL */
  char     *category;
  char     *problem;            /* why it cannot be imported, or NULL */
  gboolean  present[N_FIELDS];  /* the data says something about the field */
  char     *values[N_FIELDS];   /* release column text; NULL: unknown */
} Row;

typedef struct
{
  RunwayLifecycleFormat  format;
  GPtrArray             *rows;           /* Row */
  gboolean               names_product;  /* the rows say which product they are of */
} Parsed;

struct _RunwayLifecycleReport
{
  RunwayLifecycleFormat  format;
  guint                  added;
  guint                  updated;
  guint                  unchanged;
  guint                  kept;
  guint                  skipped;
  GPtrArray             *notes;          /* char*, in the order of note_kinds */
  GArray                *note_kinds;     /* RunwayLifecycleNoteKind */
};

/* How the rows of one product of the data found their product in the plan. */
typedef struct
{
  char     *name;        /* for messages */
  gint64    product_id;  /* 0: not found, see problem */
  char     *problem;
  guint     n_skipped;   /* rows skipped for the problem */
  gboolean  created;     /* by this import, under the vendor given */
  gboolean  to_create;   /* in a dry run: it would be created */
  guint     n_added;     /* releases added to it */
} Choice;

typedef struct
{
  RunwayPlan            *plan;
  gboolean               dry_run;        /* validate, count and report, but write nothing */
  const char            *vendor_name;    /* for products not in the plan yet, or NULL */
  gint64                 created_vendor; /* the vendor, if this import created it */
  RunwayLifecycleReport *report;
  GHashTable            *products;       /* match key → GArray of gint64 product ids */
  GHashTable            *releases;       /* "product id\x1fversion" → gint64* release id */
  GHashTable            *seen;           /* "product id\x1fversion" → where first seen */
  GHashTable            *choices;        /* folded label and id → Choice */
  GPtrArray             *choice_order;   /* Choice, in the order met */
  GPtrArray             *created;        /* the notes, by kind */
  GPtrArray             *kept;
  GPtrArray             *skipped;
} Import;

G_DEFINE_QUARK (runway-lifecycle-error-quark, runway_lifecycle_error)

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->where);
  g_free (row->product_id);
  g_free (row->product_label);
  g_free (row->category);
  g_free (row->problem);
  for (guint f = 0; f < N_FIELDS; f++)
    g_free (row->values[f]);
  g_free (row);
}

static Row *
row_new (char *where)
{
  Row *row = g_new0 (Row, 1);

  row->where = where;
  return row;
}

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_free (choice->name);
  g_free (choice->problem);
  g_free (choice);
}

/* The field's name as a user knows it from the editor: "end of life". */
static char *
dup_field_label (Field field)
{
  const RunwayTable *table = runway_schema_get_table (RUNWAY_KIND_RELEASE);

  return g_utf8_strdown (_(table->columns[field_columns[field]].label), -1);
}

/* Names compare as a user types them: case and Unicode form do not matter. */
static char *
fold_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal ? normal : stripped, -1);
}

/* Every note and error is one line for a user (and for runway-cli, which
 * prints one per line), whatever line breaks a value or a parser brings. */
static char *
squash_line_breaks (char *text)
{
  char *out = text;

  for (const char *in = text; *in; in++)
    {
      if (*in == '\r' || *in == '\n' || *in == '\t')
        {
          if (out > text && out[-1] != ' ')
            *out++ = ' ';
          while (in[1] == ' ' || in[1] == '\r' || in[1] == '\n' || in[1] == '\t')
            in++;
        }
      else
        *out++ = *in;
    }
  *out = '\0';
  return text;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = fold_name (a);
  fb = fold_name (b);
  return g_str_equal (fa, fb);
}

static char *
dup_or_null (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

/* A JSON member of the wrong type: "end of life: eolFrom should be a date" */
static gboolean
set_member_error (GError     **error,
                  Field        field,
                  const char  *member,
                  const char  *expected)
{
  g_autofree char *label = dup_field_label (field);

  /* Translators: "end of life: eolFrom should be a date (YYYY-MM-DD) or null" */
  g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
               _("%s: %s should be %s"), label, member, expected);
  return FALSE;
}

static gboolean
set_value_error (GError     **error,
                 Field        field,
                 const char  *text,
                 const char  *expected)
{
  g_autofree char *label = dup_field_label (field);

  /* Translators: "end of life: “soon” is not a date, true or false" */
  g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
               _("%s: “%s” is not %s"), label, text, expected);
  return FALSE;
}

/* A date stays a date; the CSV's booleans say whether the milestone has
 * passed: true → "ended", false → "none" (not announced, still running). */
static gboolean
convert_csv_value (Field         field,
                   const char   *text,
                   char        **out,
                   GError      **error)
{
  g_autofree char *value = dup_or_null (text);

  *out = NULL;
  if (value == NULL)
    return TRUE;

  switch (field)
    {
    case FIELD_VERSION:
    case FIELD_CODENAME:
      *out = g_steal_pointer (&value);
      return TRUE;
    case FIELD_GA:
    case FIELD_END_OF_SUPPORT:
    case FIELD_END_OF_LIFE:
    case FIELD_EXTENDED_SUPPORT_END:
      if (g_ascii_strcasecmp (value, "true") == 0)
        *out = g_strdup ("ended");
      else if (g_ascii_strcasecmp (value, "false") == 0)
        *out = g_strdup ("none");
      else if (runway_date_is_valid_text (value))
        *out = g_steal_pointer (&value);
      else
        return set_value_error (error, field, value, _("a date (YYYY-MM-DD), true or false"));
      return TRUE;
    case N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/* Reads one record of RFC 4180 CSV at *p: fields separated by commas;
 * quoted fields may hold commas, doubled quotes and line breaks; lines end
 * in LF, CRLF or CR. A quote that is never closed is an error for the
 * whole file, since everything after it would be misread; other damage is
 * a problem of the record alone. */
static gboolean
read_csv_record (const char  **p,
                 const char   *end,
                 guint        *line,
                 GPtrArray    *fields,
                 char        **problem,
                 GError      **error)
{
  const char *s = *p;
  guint start = *line;

  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (s < end && *s == '"')
        {
          for (s++;; s++)
            {
              if (s == end)
                {
                  g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                               _("line %u: a quoted field is never closed"), start);
                  return FALSE;
                }
              if (*s == '"' && s + 1 < end && s[1] == '"')
                s++;
              else if (*s == '"')
                break;
              else if (*s == '\n' || (*s == '\r' && (s + 1 == end || s[1] != '\n')))
                (*line)++;
              g_string_append_c (field, *s);
            }
          s++;
          if (s < end && *s != ',' && *s != '\n' && *s != '\r')
            {
              if (*problem == NULL)
                *problem = g_strdup (_("text after the closing quote of a field"));
              while (s < end && *s != ',' && *s != '\n' && *s != '\r')
                s++;
            }
        }
      else
        {
          while (s < end && *s != ',' && *s != '\n' && *s != '\r')
            g_string_append_c (field, *s++);
        }

      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
      if (s < end && *s == ',')
        {
          s++;
          continue;
        }
      break;
    }

  if (s < end && *s == '\r' && s + 1 < end && s[1] == '\n')
    s += 2;
  else if (s < end && (*s == '\r' || *s == '\n'))
    s++;
  (*line)++;
  *p = s;
  return TRUE;
}

static int
find_header (GPtrArray  *header,
             const char *name,
             const char *alias)
{
  for (guint i = 0; i < header->len; i++)
    {
      const char *column = g_ptr_array_index (header, i);

      if (g_str_equal (column, name) || (alias != NULL && g_str_equal (column, alias)))
        return (int) i;
    }
  return -1;
}

static const char *
field_at (GPtrArray *fields,
          int        index)
{
  return index >= 0 && (guint) index < fields->len ? g_ptr_array_index (fields, index) : NULL;
}

static gboolean
parse_csv (const char  *text,
           gsize        len,
           Parsed      *parsed,
           GError     **error)
{
  const char *p = text;
  const char *end = text + len;
  g_autoptr(GPtrArray) header = NULL;
  int columns[N_FIELDS] = { -1, -1, -1, -1, -1, -1 };
  int product_column = -1;
  int label_column = -1;
  int category_column = -1;
  guint line = 1;

  parsed->format = RUNWAY_LIFECYCLE_FORMAT_CSV;

  while (p < end)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *problem = NULL;
      guint start = line;
      Row *row;

      if (!read_csv_record (&p, end, &line, fields, &problem, error))
        return FALSE;

      /* blank lines, e.g. at the end of the file */
      if (fields->len == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0')
        continue;

      if (header == NULL)
        {
          for (guint i = 0; i < fields->len; i++)
            {
              char *name = g_ptr_array_index (fields, i);

              g_strstrip (name);
              for (char *c = name; *c; c++)
                *c = g_ascii_tolower (*c);
            }
          header = g_steal_pointer (&fields);

          columns[FIELD_VERSION] = find_header (header, "release_cycle", "cycle");
          columns[FIELD_CODENAME] = find_header (header, "codename", NULL);
          columns[FIELD_GA] = find_header (header, "release_date", "releasedate");
          columns[FIELD_END_OF_SUPPORT] = find_header (header, "support_end", "eoas");
          columns[FIELD_END_OF_LIFE] = find_header (header, "eol", NULL);
          columns[FIELD_EXTENDED_SUPPORT_END] = find_header (header, "extended_support_end",
                                                             "eoes");
          product_column = find_header (header, "product", NULL);
          label_column = find_header (header, "label", NULL);
          category_column = find_header (header, "category", NULL);
          if (columns[FIELD_VERSION] < 0)
            {
              g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                           _("This is not endoflife.date data: line %u should be a CSV header "
                             "with a release_cycle column, or the file JSON from "
                             "endoflife.date’s API"), start);
              return FALSE;
            }
          parsed->names_product = product_column >= 0 || label_column >= 0;
          continue;
        }

      row = row_new (g_strdup_printf (_("line %u"), start));
      g_ptr_array_add (parsed->rows, row);
      row->product_id = dup_or_null (field_at (fields, product_column));
      row->product_label = dup_or_null (field_at (fields, label_column));
      row->category = dup_or_null (field_at (fields, category_column));

      if (problem != NULL)
        row->problem = g_steal_pointer (&problem);
      else if (fields->len != header->len)
        row->problem = g_strdup_printf (_("it has %u fields, the header %u"), fields->len,
                                        header->len);
      else
        for (guint f = 0; f < N_FIELDS && row->problem == NULL; f++)
          {
            g_autoptr(GError) local_error = NULL;

            if (columns[f] < 0)
              continue;
            row->present[f] = TRUE;
            if (!convert_csv_value ((Field) f, field_at (fields, columns[f]), &row->values[f],
                                    &local_error))
              row->problem = g_strdup (local_error->message);
          }
    }

  if (header == NULL)
    {
      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                   _("The file is empty"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static const char *
get_json_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && holds_type (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

/* A version or codename: text as it is, whole numbers written out. A
 * fractional JSON number cannot tell 3.10 from 3.1, so it is refused. */
static gboolean
read_json_text (JsonObject  *object,
                const char  *member,
                Field        field,
                gboolean    *present,
                char       **out,
                GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *present = node != NULL;
  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (holds_type (node, G_TYPE_STRING))
    {
      *out = dup_or_null (json_node_get_string (node));
      return TRUE;
    }
  if (holds_type (node, G_TYPE_INT64))
    {
      *out = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      return TRUE;
    }
  if (holds_type (node, G_TYPE_DOUBLE))
    {
      g_autofree char *label = dup_field_label (field);

      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                   _("%s: %s is a number, not text; a number cannot tell 3.10 from 3.1"),
                   label, member);
      return FALSE;
    }
  return set_member_error (error, field, member, _("text or null"));
}

/* A milestone of the JSON forms: a date string, a boolean or null.
 * @date_member may be NULL (v0 puts both in one member). @still_running:
 * the boolean says the support still runs (v0's support and
 * extendedSupport) rather than that the milestone has passed. */
static gboolean
read_json_milestone (JsonObject  *object,
                     const char  *bool_member,
                     const char  *date_member,
                     gboolean     still_running,
                     Field        field,
                     gboolean    *present,
                     char       **out,
                     GError     **error)
{
  JsonNode *flag = bool_member ? json_object_get_member (object, bool_member) : NULL;
  JsonNode *date = date_member ? json_object_get_member (object, date_member) : NULL;

  *out = NULL;
  *present = flag != NULL || date != NULL;

  if (date != NULL && !JSON_NODE_HOLDS_NULL (date))
    {
      const char *text = holds_type (date, G_TYPE_STRING) ? json_node_get_string (date) : NULL;

      if (text == NULL)
        return set_member_error (error, field, date_member, _("a date (YYYY-MM-DD) or null"));
      if (!runway_date_is_valid_text (text))
        return set_value_error (error, field, text, _("a date (YYYY-MM-DD)"));
      *out = g_strdup (text);
      return TRUE;
    }

  if (flag == NULL || JSON_NODE_HOLDS_NULL (flag))
    return TRUE;

  if (holds_type (flag, G_TYPE_BOOLEAN))
    {
      gboolean passed = json_node_get_boolean (flag) != still_running;

      *out = g_strdup (passed ? "ended" : "none");
      return TRUE;
    }

  if (date_member == NULL && holds_type (flag, G_TYPE_STRING))
    {
      const char *text = json_node_get_string (flag);

      if (!runway_date_is_valid_text (text))
        return set_value_error (error, field, text, _("a date (YYYY-MM-DD), true or false"));
      *out = g_strdup (text);
      return TRUE;
    }

  return set_member_error (error, field, bool_member,
                           date_member ? _("true, false or null")
                                       : _("a date (YYYY-MM-DD), true, false or null"));
}

static gboolean
read_v1_release (JsonObject  *object,
                 Row         *row,
                 GError     **error)
{
  return read_json_text (object, "name", FIELD_VERSION, &row->present[FIELD_VERSION],
                         &row->values[FIELD_VERSION], error) &&
         read_json_text (object, "codename", FIELD_CODENAME, &row->present[FIELD_CODENAME],
                         &row->values[FIELD_CODENAME], error) &&
         read_json_milestone (object, NULL, "releaseDate", FALSE, FIELD_GA,
                              &row->present[FIELD_GA], &row->values[FIELD_GA], error) &&
         read_json_milestone (object, "isEoas", "eoasFrom", FALSE, FIELD_END_OF_SUPPORT,
                              &row->present[FIELD_END_OF_SUPPORT],
                              &row->values[FIELD_END_OF_SUPPORT], error) &&
         read_json_milestone (object, "isEol", "eolFrom", FALSE, FIELD_END_OF_LIFE,
                              &row->present[FIELD_END_OF_LIFE],
                              &row->values[FIELD_END_OF_LIFE], error) &&
         read_json_milestone (object, "isEoes", "eoesFrom", FALSE, FIELD_EXTENDED_SUPPORT_END,
                              &row->present[FIELD_EXTENDED_SUPPORT_END],
                              &row->values[FIELD_EXTENDED_SUPPORT_END], error);
}

static gboolean
read_v0_release (JsonObject  *object,
                 Row         *row,
                 GError     **error)
{
  return read_json_text (object, "cycle", FIELD_VERSION, &row->present[FIELD_VERSION],
                         &row->values[FIELD_VERSION], error) &&
         read_json_text (object, "codename", FIELD_CODENAME, &row->present[FIELD_CODENAME],
                         &row->values[FIELD_CODENAME], error) &&
         read_json_milestone (object, NULL, "releaseDate", FALSE, FIELD_GA,
                              &row->present[FIELD_GA], &row->values[FIELD_GA], error) &&
         read_json_milestone (object, "support", NULL, TRUE, FIELD_END_OF_SUPPORT,
                              &row->present[FIELD_END_OF_SUPPORT],
                              &row->values[FIELD_END_OF_SUPPORT], error) &&
         read_json_milestone (object, "eol", NULL, FALSE, FIELD_END_OF_LIFE,
                              &row->present[FIELD_END_OF_LIFE],
                              &row->values[FIELD_END_OF_LIFE], error) &&
         read_json_milestone (object, "extendedSupport", NULL, TRUE, FIELD_EXTENDED_SUPPORT_END,
                              &row->present[FIELD_EXTENDED_SUPPORT_END],
                              &row->values[FIELD_EXTENDED_SUPPORT_END], error);
}

static void
read_json_releases (JsonArray  *array,
                    JsonObject *product,
                    gboolean    v1,
                    Parsed     *parsed)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      Row *row = row_new (g_strdup_printf (_("index %u"), i));
      g_autoptr(GError) local_error = NULL;

      g_ptr_array_add (parsed->rows, row);
      if (product != NULL)
        {
          row->product_id = dup_or_null (get_json_string (product, "name"));
          row->product_label = dup_or_null (get_json_string (product, "label"));
          row->category = dup_or_null (get_json_string (product, "category"));
        }

      if (!JSON_NODE_HOLDS_OBJECT (node))
        row->problem = g_strdup (_("not a release object"));
      else if (!(v1 ? read_v1_release : read_v0_release) (json_node_get_object (node), row,
                                                          &local_error))
        row->problem = g_strdup (local_error->message);
    }
}

static gboolean
parse_json (const char  *text,
            gsize        len,
            Parsed      *parsed,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, text, (gssize) len, &local_error))
    {
      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                   _("This is not valid JSON: %s"), squash_line_breaks (local_error->message));
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      parsed->format = RUNWAY_LIFECYCLE_FORMAT_API_V0;
      read_json_releases (json_node_get_array (root), NULL, FALSE, parsed);
      return TRUE;
    }

  parsed->format = RUNWAY_LIFECYCLE_FORMAT_API_V1;
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *result = json_object_get_member (json_node_get_object (root), "result");
      JsonObject *object = result && JSON_NODE_HOLDS_OBJECT (result)
                           ? json_node_get_object (result) : NULL;
      JsonNode *releases = object ? json_object_get_member (object, "releases") : NULL;

      if (releases != NULL && JSON_NODE_HOLDS_ARRAY (releases))
        {
          read_json_releases (json_node_get_array (releases), object, TRUE, parsed);
          parsed->names_product = get_json_string (object, "label") != NULL ||
                                  get_json_string (object, "name") != NULL;
          return TRUE;
        }

      /* /api/v1/products/NAME/releases/CYCLE: one release, no product */
      if (object != NULL && releases == NULL && json_object_has_member (object, "name") &&
          json_object_has_member (object, "isEol"))
        {
          g_autoptr(JsonArray) one = json_array_new ();

          json_array_add_element (one, json_node_copy (result));
          read_json_releases (one, NULL, TRUE, parsed);
          return TRUE;
        }
    }

  g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
               _("This JSON is not endoflife.date data: expected an API v1 product "
                 "(result.releases) or a v0 array of release cycles"));
  return FALSE;
}

static gboolean
parse_data (GBytes     *data,
            Parsed     *parsed,
            GError    **error)
{
  gsize len = 0;
  const char *text = g_bytes_get_data (data, &len);
  const char *end;

  if (len > MAX_DATA_SIZE)
    {
      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_UNREADABLE,
                   _("The file is too big for lifecycle data (more than %u MB)"),
                   (guint) (MAX_DATA_SIZE / (1024 * 1024)));
      return FALSE;
    }
  if (len > 0 && !g_utf8_validate (text, (gssize) len, NULL))
    {
      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_UNREADABLE,
                   _("This is not a text file: endoflife.date data is CSV or JSON in UTF-8"));
      return FALSE;
    }

  end = text + len;
  /* spreadsheet programs start their CSV with a byte order mark */
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    text += 3;

  {
    const char *first = text;

    while (first < end && g_ascii_isspace (*first))
      first++;
    if (first == end)
      {
        g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                     _("The file is empty"));
        return FALSE;
      }
    if (*first == '{' || *first == '[')
      {
        if (!parse_json (first, (gsize) (end - first), parsed, error))
          return FALSE;
      }
    else if (!parse_csv (text, (gsize) (end - text), parsed, error))
      return FALSE;
  }

  if (parsed->rows->len == 0)
    {
      g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_PARSE,
                   _("The file holds no release cycles"));
      return FALSE;
    }
  return TRUE;
}

/* For a CSV of many products, @product picks the rows of one (by name or
 * endoflife.date id); the JSON forms are of one product, and @product
 * names the one of the plan they go to. */
static gboolean
apply_product (Parsed      *parsed,
               const char  *product,
               GError     **error)
{
  if (product == NULL)
    {
      if (!parsed->names_product)
        {
          g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NEEDS_PRODUCT,
                       _("The file does not say which product its releases belong to; "
                         "name the product"));
          return FALSE;
        }
      return TRUE;
    }

  if (parsed->format == RUNWAY_LIFECYCLE_FORMAT_CSV && parsed->names_product)
    {
      for (guint i = parsed->rows->len; i > 0; i--)
        {
          Row *row = g_ptr_array_index (parsed->rows, i - 1);
          gboolean unknown = row->product_id == NULL && row->product_label == NULL;

          /* a damaged row that cannot say its product is reported, not lost */
          if (!same_name (row->product_label, product) && !same_name (row->product_id, product) &&
              !(unknown && row->problem != NULL))
            g_ptr_array_remove_index (parsed->rows, i - 1);
        }

      if (parsed->rows->len == 0)
        {
          g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NO_SUCH_PRODUCT,
                       _("The file has no releases of “%s”"), product);
          return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; i < parsed->rows->len; i++)
    {
      Row *row = g_ptr_array_index (parsed->rows, i);

      g_clear_pointer (&row->product_id, g_free);
      g_free (row->product_label);
      row->product_label = g_strdup (product);
    }
  return TRUE;
}

static RunwayLifecycleReport *
report_new (RunwayLifecycleFormat format)
{
  RunwayLifecycleReport *self = g_new0 (RunwayLifecycleReport, 1);

  self->format = format;
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->note_kinds = g_array_new (FALSE, FALSE, sizeof (RunwayLifecycleNoteKind));
  return self;
}

static void
add_notes (RunwayLifecycleReport   *self,
           RunwayLifecycleNoteKind  kind,
           GPtrArray               *notes)
{
  for (guint i = 0; i < notes->len; i++)
    {
      g_ptr_array_add (self->notes, g_strdup (g_ptr_array_index (notes, i)));
      g_array_append_val (self->note_kinds, kind);
    }
}

static char *
dup_release_key (gint64      product_id,
                 const char *version)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s", product_id, version);
}

/* The ways a row can name a product of the plan, most exact first: by
 * its name ("Windows Server"), by vendor and name as endoflife.date labels
 * it ("Microsoft Windows Server"), by endoflife.date's id
 * ("windows-server"). */
typedef enum {
  MATCH_NAME,
  MATCH_VENDOR_AND_NAME,
  MATCH_ID,
} Match;

static char *
dup_match_key (Match       how,
               const char *text)
{
  g_autofree char *folded = fold_name (text);

  if (how == MATCH_ID)
    g_strdelimit (folded, " _", '-');
  return g_strdup_printf ("%d:%s", (int) how, folded);
}

static void
add_match (Import     *imp,
           Match       how,
           const char *text,
           gint64      id)
{
  g_autofree char *key = dup_match_key (how, text);
  GArray *ids = g_hash_table_lookup (imp->products, key);

  if (ids == NULL)
    {
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (imp->products, g_steal_pointer (&key), ids);
    }
  g_array_append_val (ids, id);
}

static void
remember_product (Import       *imp,
                  RunwayEntity *product)
{
  const char *name = runway_entity_get_string (product, RUNWAY_PRODUCT_NAME);
  RunwayEntity *vendor = runway_plan_lookup (imp->plan, RUNWAY_KIND_VENDOR,
                                             runway_entity_get_int (product,
                                                                    RUNWAY_PRODUCT_VENDOR));
  gint64 id = runway_entity_get_id (product);

  add_match (imp, MATCH_NAME, name, id);
  add_match (imp, MATCH_ID, name, id);
  if (vendor != NULL)
    {
      g_autofree char *full = g_strconcat (runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME),
                                           " ", name, NULL);

      add_match (imp, MATCH_VENDOR_AND_NAME, full, id);
    }
}

static GArray *
lookup_matches (Import     *imp,
                Match       how,
                const char *text)
{
  g_autofree char *key = NULL;

  if (text == NULL)
    return NULL;
  key = dup_match_key (how, text);
  return g_hash_table_lookup (imp->products, key);
}

static void
import_init (Import                *imp,
             RunwayPlan            *plan,
             gboolean               dry_run,
             const char            *vendor,
             RunwayLifecycleReport *report)
{
  GListModel *products = runway_plan_get_model (plan, RUNWAY_KIND_PRODUCT);
  GListModel *releases = runway_plan_get_model (plan, RUNWAY_KIND_RELEASE);
  guint n;

  imp->plan = plan;
  imp->dry_run = dry_run;
  imp->vendor_name = vendor;
  imp->report = report;
  imp->products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
  imp->releases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->choice_order = g_ptr_array_new_with_free_func (choice_free);
  imp->created = g_ptr_array_new_with_free_func (g_free);
  imp->kept = g_ptr_array_new_with_free_func (g_free);
  imp->skipped = g_ptr_array_new_with_free_func (g_free);

  n = g_list_model_get_n_items (products);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (products, i);

      remember_product (imp, product);
    }

  n = g_list_model_get_n_items (releases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) release = g_list_model_get_item (releases, i);

      gint64 *id = g_new (gint64, 1);

      *id = runway_entity_get_id (release);
      g_hash_table_insert (imp->releases,
                           dup_release_key (runway_entity_get_int (release, RUNWAY_RELEASE_PRODUCT),
                                            runway_entity_get_string (release,
                                                                      RUNWAY_RELEASE_VERSION)),
                           id);
    }
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->products, g_hash_table_unref);
  g_clear_pointer (&imp->releases, g_hash_table_unref);
  g_clear_pointer (&imp->seen, g_hash_table_unref);
  g_clear_pointer (&imp->choices, g_hash_table_unref);
  g_clear_pointer (&imp->choice_order, g_ptr_array_unref);
  g_clear_pointer (&imp->created, g_ptr_array_unref);
  g_clear_pointer (&imp->kept, g_ptr_array_unref);
  g_clear_pointer (&imp->skipped, g_ptr_array_unref);
}

/* Validation errors skip one row; anything else (the disk, SQLite) ends
 * the import. */
static gboolean
is_row_error (const GError *error)
{
  return error->domain == RUNWAY_PLAN_ERROR;
}

/* A product that is not in the plan yet, created under the vendor given
 * (which is created too if need be). */
static gboolean
create_product (Import      *imp,
                Choice      *choice,
                Row         *row,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  RunwayEntity *vendor = runway_plan_find_by_name (imp->plan, RUNWAY_KIND_VENDOR,
                                                   imp->vendor_name);
  gint64 vendor_id;

  if (vendor != NULL)
    vendor_id = runway_entity_get_id (vendor);
  else
    {
      g_autoptr(RunwayEntity) draft = runway_entity_new (RUNWAY_KIND_VENDOR);

      runway_entity_set_string (draft, RUNWAY_VENDOR_NAME, imp->vendor_name);
      vendor_id = runway_plan_add (imp->plan, draft, &local_error);
      if (vendor_id == 0)
        {
          if (!is_row_error (local_error))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          choice->problem = g_strdup (local_error->message);
          return TRUE;
        }
      imp->created_vendor = vendor_id;
    }

  {
    g_autoptr(RunwayEntity) draft = runway_entity_new (RUNWAY_KIND_PRODUCT);

    runway_entity_set_int (draft, RUNWAY_PRODUCT_VENDOR, vendor_id);
    runway_entity_set_string (draft, RUNWAY_PRODUCT_NAME, choice->name);
    runway_entity_set_string (draft, RUNWAY_PRODUCT_CATEGORY, row->category);
    choice->product_id = runway_plan_add (imp->plan, draft, &local_error);
  }
  if (choice->product_id == 0)
    {
      if (!is_row_error (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      choice->problem = g_strdup (local_error->message);
      return TRUE;
    }

  choice->created = TRUE;
  remember_product (imp, runway_plan_lookup (imp->plan, RUNWAY_KIND_PRODUCT, choice->product_id));
  return TRUE;
}

/* Finds the plan's product for a row (see Match: "rhel" finds a product
 * called RHEL); the vendor given chooses between products of the same
 * name, and receives the products not in the plan. */
static Choice *
choose_product (Import  *imp,
                Row     *row,
                GError **error)
{
  g_autofree char *folded_label = fold_name (row->product_label);
  g_autofree char *folded_id = fold_name (row->product_id);
  g_autofree char *key = g_strconcat (folded_label, "\x1f", folded_id, NULL);
  Choice *choice = g_hash_table_lookup (imp->choices, key);
  GArray *ids;
  g_autoptr(GArray) candidates = NULL;

  if (choice != NULL)
    return choice;

  choice = g_new0 (Choice, 1);
  choice->name = g_strdup (row->product_label ? row->product_label : row->product_id);
  g_ptr_array_add (imp->choice_order, choice);
  g_hash_table_insert (imp->choices, g_steal_pointer (&key), choice);

  ids = lookup_matches (imp, MATCH_NAME, row->product_label);
  if (ids == NULL)
    ids = lookup_matches (imp, MATCH_VENDOR_AND_NAME, row->product_label);
  if (ids == NULL)
    ids = lookup_matches (imp, MATCH_ID, row->product_id);

  candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (ids != NULL)
    g_array_append_vals (candidates, ids->data, ids->len);

  if (candidates->len > 1 && imp->vendor_name != NULL)
    {
      RunwayEntity *vendor = runway_plan_find_by_name (imp->plan, RUNWAY_KIND_VENDOR,
                                                       imp->vendor_name);
      gint64 vendor_id = vendor ? runway_entity_get_id (vendor) : -1;

      for (guint i = candidates->len; i > 0; i--)
        {
          RunwayEntity *product = runway_plan_lookup (imp->plan, RUNWAY_KIND_PRODUCT,
                                                      g_array_index (candidates, gint64, i - 1));

          if (runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR) != vendor_id)
            g_array_remove_index (candidates, i - 1);
        }
    }

  if (candidates->len == 1)
    choice->product_id = g_array_index (candidates, gint64, 0);
  else if (ids != NULL && ids->len > 1)
    choice->problem = g_strdup_printf (_("%u products of the plan have that name; give the vendor "
                                         "of the one meant"), ids->len);
  else if (imp->vendor_name == NULL)
    choice->problem = g_strdup (_("no product of that name in the plan, and no vendor given to "
                                  "create it under"));
  else if (imp->dry_run)
    choice->to_create = TRUE;
  else if (!create_product (imp, choice, row, error))
    return NULL;

  return choice;
}

static void
note (GPtrArray  *notes,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (GPtrArray  *notes,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (notes, squash_line_breaks (g_strdup_vprintf (format, args)));
  va_end (args);
}

/* Writes @draft (added when @id is 0); a refused edit skips the row. */
static gboolean
write_release (Import        *imp,
               Row           *row,
               const char    *title,
               RunwayEntity  *draft,
               gboolean      *written,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  if (imp->dry_run)
    ok = runway_plan_validate (imp->plan, draft, &local_error);
  else if (runway_entity_get_id (draft) == 0)
    ok = runway_plan_add (imp->plan, draft, &local_error) != 0;
  else
    ok = runway_plan_update (imp->plan, draft, &local_error);

  *written = ok;
  if (ok)
    return TRUE;
  if (!is_row_error (local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* Translators: "skipped line 12: PostgreSQL 13: End of life: … is before …" */
  note (imp->skipped, _("skipped %s: %s: %s"), row->where, title, local_error->message);
  imp->report->skipped++;
  return TRUE;
}

/* Brings a release the importer made up to date with the file. */
static gboolean
refresh_release (Import        *imp,
                 Row           *row,
                 const char    *title,
                 RunwayEntity  *live,
                 GError       **error)
{
  g_autoptr(RunwayEntity) draft = runway_entity_copy (live);
  gboolean changed = FALSE;
  gboolean written;

  for (guint f = FIELD_CODENAME; f < N_FIELDS; f++)
    if (row->present[f])
      runway_entity_set_string (draft, field_columns[f], row->values[f]);

  for (guint f = FIELD_CODENAME; f < N_FIELDS; f++)
    changed |= g_strcmp0 (runway_entity_get_string (live, field_columns[f]),
                          runway_entity_get_string (draft, field_columns[f])) != 0;

  if (!changed)
    {
      imp->report->unchanged++;
      return TRUE;
    }
  if (!write_release (imp, row, title, draft, &written, error))
    return FALSE;
  if (written)
    imp->report->updated++;
  return TRUE;
}

/* A release a user made or edited: what it does not know yet is filled
 * in, what the user entered is kept and reported when the file disagrees.
 * One that held nothing but its version becomes the importer's to keep up
 * to date. */
static gboolean
merge_release (Import        *imp,
               Row           *row,
               const char    *title,
               RunwayEntity  *live,
               GError       **error)
{
  g_autoptr(RunwayEntity) draft = runway_entity_copy (live);
  g_autoptr(GPtrArray) disagreements = g_ptr_array_new_with_free_func (g_free);
  gboolean empty = TRUE;
  gboolean changed = FALSE;
  gboolean written;

  for (guint f = FIELD_CODENAME; f < N_FIELDS; f++)
    {
      const char *mine = runway_entity_get_string (live, field_columns[f]);
      const char *theirs = row->values[f];

      empty &= mine == NULL;
      if (!row->present[f] || theirs == NULL || g_strcmp0 (mine, theirs) == 0)
        continue;
      if (mine == NULL)
        {
          runway_entity_set_string (draft, field_columns[f], theirs);
          changed = TRUE;
        }
      else
        {
          g_autofree char *label = dup_field_label ((Field) f);

          /* Translators: "kept PostgreSQL 13: end of life edited by hand
           * (2025-11-14), the file says 2025-11-13" */
          note (disagreements, _("kept %s: %s edited by hand (%s), the file says %s"), title,
                label, mine, theirs);
        }
    }

  if (empty && changed)
    runway_entity_set_string (draft, RUNWAY_RELEASE_LIFECYCLE_SOURCE,
                              RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE);

  if (changed)
    {
      if (!write_release (imp, row, title, draft, &written, error))
        return FALSE;
      if (!written)
        return TRUE;
      imp->report->updated++;
    }
  else
    imp->report->unchanged++;

  if (disagreements->len > 0)
    {
      for (guint i = 0; i < disagreements->len; i++)
        g_ptr_array_add (imp->kept, g_strdup (g_ptr_array_index (disagreements, i)));
      imp->report->kept++;
    }
  return TRUE;
}

/* A dry run cannot ask the plan about a release of a product that is not
 * there yet; all its values come from the file, so the plan's rule for a
 * new release comes down to this one: known dates in lifecycle order. */
static gboolean
foresee_release (Import *imp,
                 Row    *row,
                 Choice *choice)
{
  static const Field order[] = {
    FIELD_GA, FIELD_END_OF_SUPPORT, FIELD_END_OF_LIFE, FIELD_EXTENDED_SUPPORT_END,
  };
  const RunwayTable *table = runway_schema_get_table (RUNWAY_KIND_RELEASE);
  int last = -1;
  guint32 last_day = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      RunwayMilestone milestone;

      if (!runway_milestone_parse (row->values[order[i]], &milestone, NULL) ||
          milestone.kind != RUNWAY_MILESTONE_DATE)
        continue;
      if (last >= 0 && milestone.day < last_day)
        {
          g_autofree char *before = g_utf8_strdown (_(table->columns[field_columns[last]].label),
                                                    -1);
          g_autofree char *problem =
            g_strdup_printf (_("%s: %s is before %s (%s)"),
                             _(table->columns[field_columns[order[i]]].label),
                             row->values[order[i]], before, row->values[last]);

          note (imp->skipped, _("skipped %s: %s: %s"), row->where, choice->name, problem);
          imp->report->skipped++;
          return TRUE;
        }
      last = (int) order[i];
      last_day = milestone.day;
    }

  imp->report->added++;
  return TRUE;
}

static gboolean
import_row (Import  *imp,
            Row     *row,
            GError **error)
{
  const char *version = row->values[FIELD_VERSION];
  Choice *choice;
  RunwayEntity *product;
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;
  const char *first;
  gint64 *release_id;

  if (row->problem == NULL && version == NULL)
    row->problem = g_strdup (_("it has no release cycle (version)"));
  if (row->problem == NULL && row->product_label == NULL && row->product_id == NULL)
    row->problem = g_strdup (_("it does not say which product it is of"));
  if (row->problem != NULL)
    {
      /* Translators: "skipped line 12: end of life: “soon” is not a date" */
      note (imp->skipped, _("skipped %s: %s"), row->where, row->problem);
      imp->report->skipped++;
      return TRUE;
    }

  choice = choose_product (imp, row, error);
  if (choice == NULL)
    return FALSE;
  if (choice->to_create)
    return foresee_release (imp, row, choice);
  if (choice->product_id == 0)
    {
      choice->n_skipped++;
      imp->report->skipped++;
      return TRUE;
    }

  product = runway_plan_lookup (imp->plan, RUNWAY_KIND_PRODUCT, choice->product_id);
  title = g_strdup_printf ("%s %s", runway_entity_get_string (product, RUNWAY_PRODUCT_NAME),
                           version);
  key = dup_release_key (choice->product_id, version);

  first = g_hash_table_lookup (imp->seen, key);
  if (first != NULL)
    {
      /* Translators: "skipped line 30: PostgreSQL 13 is in the file twice (first at line 12)" */
      note (imp->skipped, _("skipped %s: %s is in the file twice (first at %s)"), row->where,
            title, first);
      imp->report->skipped++;
      return TRUE;
    }
  g_hash_table_insert (imp->seen, g_strdup (key), g_strdup (row->where));

  release_id = g_hash_table_lookup (imp->releases, key);
  if (release_id == NULL)
    {
      g_autoptr(RunwayEntity) draft = runway_entity_new (RUNWAY_KIND_RELEASE);
      gboolean written;

      runway_entity_set_int (draft, RUNWAY_RELEASE_PRODUCT, choice->product_id);
      for (guint f = 0; f < N_FIELDS; f++)
        if (row->present[f])
          runway_entity_set_string (draft, field_columns[f], row->values[f]);
      runway_entity_set_string (draft, RUNWAY_RELEASE_LIFECYCLE_SOURCE,
                                RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE);

      if (!write_release (imp, row, title, draft, &written, error))
        return FALSE;
      if (written)
        {
          imp->report->added++;
          choice->n_added++;
        }
      return TRUE;
    }

  {
    RunwayEntity *live = runway_plan_lookup (imp->plan, RUNWAY_KIND_RELEASE, *release_id);

    if (g_strcmp0 (runway_entity_get_string (live, RUNWAY_RELEASE_LIFECYCLE_SOURCE),
                   RUNWAY_LIFECYCLE_SOURCE_ENDOFLIFE) == 0)
      return refresh_release (imp, row, title, live, error);
    return merge_release (imp, row, title, live, error);
  }
}

static gboolean
vendor_has_products (RunwayPlan *plan,
                     gint64      vendor_id)
{
  GListModel *products = runway_plan_get_model (plan, RUNWAY_KIND_PRODUCT);
  guint n = g_list_model_get_n_items (products);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayEntity) product = g_list_model_get_item (products, i);

      if (runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR) == vendor_id)
        return TRUE;
    }
  return FALSE;
}

/* Reports the products that were not found, and takes back the products
 * (and the vendor) created for rows that were all skipped after all. */
static gboolean
finish_import (Import  *imp,
               GError **error)
{
  RunwayEntity *vendor = NULL;

  for (guint i = 0; i < imp->choice_order->len; i++)
    {
      Choice *choice = g_ptr_array_index (imp->choice_order, i);
      RunwayEntity *product;

      if (choice->n_skipped > 0)
        note (imp->skipped,
              g_dngettext (GETTEXT_PACKAGE, "skipped %u release of “%s”: %s",
                           "skipped %u releases of “%s”: %s", choice->n_skipped),
              choice->n_skipped, choice->name, choice->problem);

      if (!choice->created)
        continue;
      product = runway_plan_lookup (imp->plan, RUNWAY_KIND_PRODUCT, choice->product_id);
      vendor = runway_plan_lookup (imp->plan, RUNWAY_KIND_VENDOR,
                                   runway_entity_get_int (product, RUNWAY_PRODUCT_VENDOR));
      if (choice->n_added == 0)
        {
          if (!runway_plan_remove (imp->plan, product, error))
            return FALSE;
          continue;
        }
      note (imp->created, _("created product “%s” of “%s”"),
            runway_entity_get_string (product, RUNWAY_PRODUCT_NAME),
            runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME));
    }

  if (imp->created_vendor == 0)
    return TRUE;

  vendor = runway_plan_lookup (imp->plan, RUNWAY_KIND_VENDOR, imp->created_vendor);
  if (!vendor_has_products (imp->plan, imp->created_vendor))
    return runway_plan_remove (imp->plan, vendor, error);

  /* Translators: the first line of the notes of an import */
  g_ptr_array_insert (imp->created, 0,
                      g_strdup_printf (_("created vendor “%s”"),
                                       runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME)));
  return TRUE;
}

static gboolean
run_import (Import     *imp,
            GPtrArray  *rows,
            GError    **error)
{
  for (guint i = 0; i < rows->len; i++)
    if (!import_row (imp, g_ptr_array_index (rows, i), error))
      return FALSE;
  return finish_import (imp, error);
}

static gboolean
imported_any (RunwayLifecycleReport *report)
{
  return report->added + report->updated + report->unchanged > 0;
}

static void
set_nothing_imported (GError                **error,
                      RunwayLifecycleReport  *report,
                      Import                 *imp)
{
  const char *first = imp->skipped->len > 0 ? g_ptr_array_index (imp->skipped, 0) : "";

  if (imp->skipped->len <= 1)
    g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED,
                 _("Nothing imported: %s"), first);
  else
    g_set_error (error, RUNWAY_LIFECYCLE_ERROR, RUNWAY_LIFECYCLE_ERROR_NOTHING_IMPORTED,
                 _("Nothing imported: %u releases skipped, the first: %s"), report->skipped,
                 first);
}

/**
 * runway_plan_import_lifecycle:
 * @data: endoflife.date data: the CSV of many products, or the API v1 or
 *   v0 JSON of one; the form is told from the content
 * @product: (nullable): for the CSV, import only this product (by name or
 *   endoflife.date id); for JSON, the product the releases belong to
 *   (needed for v0, which does not say)
 * @vendor: (nullable): the vendor of products not in the plan yet, which
 *   are then created (and the vendor too); without one the rows of such
 *   products are skipped and reported
 *
 * Imports release lifecycles into @plan in one transaction and one undo
 * step. Releases are matched by product and exact version; new ones are
 * added, releases from an earlier import updated, releases made by hand
 * filled in where unknown and otherwise kept, nothing is removed. Rows
 * that cannot be imported are skipped and reported.
 *
 * Returns: (transfer full): what was done, or %NULL with @error set (and
 * nothing written) when the data cannot be read or nothing of it could be
 * imported.
 */
RunwayLifecycleReport *
runway_plan_import_lifecycle (RunwayPlan  *plan,
                              GBytes      *data,
                              const char  *product,
                              const char  *vendor,
                              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autofree char *product_name = dup_or_null (product);
  g_autofree char *vendor_name = dup_or_null (vendor);
  Parsed parsed = { RUNWAY_LIFECYCLE_FORMAT_CSV, rows, FALSE };
  Import imp = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_data (data, &parsed, error) || !apply_product (&parsed, product_name, error))
    return NULL;

  /* A dry run first, which validates every release and writes nothing:
   * when none of them can be imported the plan is not even opened for
   * writing, since a transaction rolled back still touches the file. */
  {
    g_autoptr(RunwayLifecycleReport) foreseen = report_new (parsed.format);
    Import dry = { 0 };

    import_init (&dry, plan, TRUE, vendor_name, foreseen);
    ok = run_import (&dry, rows, error);
    if (ok && !imported_any (foreseen))
      {
        set_nothing_imported (error, foreseen, &dry);
        ok = FALSE;
      }
    import_clear (&dry);
    if (!ok)
      return NULL;
  }

  report = report_new (parsed.format);
  /* Translators: the undo label of an import */
  if (!runway_plan_begin_edit (plan, _("Import lifecycle data"), error))
    return NULL;

  import_init (&imp, plan, FALSE, vendor_name, report);
  ok = run_import (&imp, rows, error);
  if (ok && !imported_any (report))
    {
      set_nothing_imported (error, report, &imp);
      ok = FALSE;
    }

  if (!ok)
    {
      runway_plan_abort_edit (plan);
      import_clear (&imp);
      return NULL;
    }

  add_notes (report, RUNWAY_LIFECYCLE_NOTE_CREATED, imp.created);
  add_notes (report, RUNWAY_LIFECYCLE_NOTE_KEPT, imp.kept);
  add_notes (report, RUNWAY_LIFECYCLE_NOTE_SKIPPED, imp.skipped);
  import_clear (&imp);

  if (!runway_plan_end_edit (plan, error))
    return NULL;

  return g_steal_pointer (&report);
}

void
runway_lifecycle_report_free (RunwayLifecycleReport *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->notes);
  g_array_unref (self->note_kinds);
  g_free (self);
}

RunwayLifecycleFormat
runway_lifecycle_report_get_format (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, RUNWAY_LIFECYCLE_FORMAT_CSV);

  return self->format;
}

/* Releases that were not in the plan. */
guint
runway_lifecycle_report_get_added (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->added;
}

/* Releases of the plan that changed. */
guint
runway_lifecycle_report_get_updated (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->updated;
}

/* Releases of the plan left as they were (some may have kept values). */
guint
runway_lifecycle_report_get_unchanged (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->unchanged;
}

/* Releases with a value set by hand that the file disagrees with. */
guint
runway_lifecycle_report_get_kept (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kept;
}

/* Releases of the file that were not imported. */
guint
runway_lifecycle_report_get_skipped (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->skipped;
}

guint
runway_lifecycle_report_get_n_notes (RunwayLifecycleReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->notes->len;
}

/**
 * runway_lifecycle_report_get_note:
 * @out_kind: (out) (optional): what the note is about
 *
 * Returns: (transfer none): one line for a user: what was created, which
 * values set by hand were kept, which rows were skipped and why. Notes
 * come in that order.
 */
const char *
runway_lifecycle_report_get_note (RunwayLifecycleReport   *self,
                                  guint                    index,
                                  RunwayLifecycleNoteKind *out_kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->notes->len, NULL);

  if (out_kind != NULL)
    *out_kind = g_array_index (self->note_kinds, RunwayLifecycleNoteKind, index);
  return g_ptr_array_index (self->notes, index);
}

/**
 * runway_lifecycle_report_dup_summary:
 *
 * Returns: (transfer full): "added 3, updated 1, unchanged 805", with the
 * kept and skipped counts when there are any.
 */
char *
runway_lifecycle_report_dup_summary (RunwayLifecycleReport *self)
{
  GString *summary;

  g_return_val_if_fail (self != NULL, NULL);

  summary = g_string_new (NULL);
  /* Translators: the result of a lifecycle import, counts of releases */
  g_string_printf (summary, _("added %u, updated %u, unchanged %u"), self->added, self->updated,
                   self->unchanged);
  if (self->kept > 0)
    g_string_append_printf (summary, _(", kept %u"), self->kept);
  if (self->skipped > 0)
    g_string_append_printf (summary, _(", skipped %u"), self->skipped);
  return g_string_free (summary, FALSE);
}
