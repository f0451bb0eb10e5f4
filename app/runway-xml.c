/* runway-xml.c — Runway plan XML (urn:runway:plan:1): export, import,
 * validation
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both directions stream: the export walks the plan with an xmlTextWriter,
 * the import reads with a SAX2 parser whose events pass through libxml2's
 * validator for the published schema (xmlSchemaSAXPlug(), what
 * xmlTextReader uses too, without building and freeing a node for every
 * element and attribute) and adds each entity through the plan's edit
 * API, so a file passes exactly the rules an edit in the window passes. The
 * edits go into a new plan as one fill (runway_plan_begin_fill()): one
 * transaction without undo records or a savepoint per row.
 *
 * XML from outside is hostile until shown otherwise. The parser never
 * loads a DTD, substitutes entities, follows XInclude or touches the
 * network (no NOENT, DTDLOAD, XINCLUDE or HUGE; NONET; a deny-all external
 * entity loader), refuses any DOCTYPE or entity reference outright, caps
 * nesting depth and file size, and forces UTF-8.
 *
 * Identifiers are "kind-N", numbered in document order, and the document
 * order is the plan's id order; an import inserts in document order, so
 * export → import → export gives the same bytes.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <string.h>
#include <unistd.h>

#include "runway-entity-private.h"
#include "runway-plan-private.h"
#include "runway-xml.h"

/* Deeper than any real capability tree; far below what hurts a parser. */
#define MAX_DEPTH 48
#define MAX_INPUT_BYTES (512 * 1024 * 1024)

G_DEFINE_QUARK (runway-xml-error-quark, runway_xml_error)

extern GResource *runway_core_get_resource (void);

/* One description of the document: which kinds have an id and under what
 * prefix, which element holds them, and which column their parent element
 * fills in. */
typedef struct
{
  RunwayKind  kind;
  const char *element;
  const char *id_prefix;      /* NULL: no id in XML */
  int         parent_column;  /* filled from the enclosing element, -1: none */
} ElementInfo;

static const ElementInfo elements[] = {
  { RUNWAY_KIND_SETTINGS, "plan", NULL, -1 },
  { RUNWAY_KIND_VENDOR, "vendor", "vendor", -1 },
  { RUNWAY_KIND_TEAM, "team", "team", -1 },
  { RUNWAY_KIND_PERSON, "person", "person", RUNWAY_PERSON_TEAM },
  { RUNWAY_KIND_SKILL, "skill", NULL, RUNWAY_SKILL_PERSON },
  { RUNWAY_KIND_PRODUCT, "product", "product", -1 },
  { RUNWAY_KIND_RELEASE, "release", "release", RUNWAY_RELEASE_PRODUCT },
  { RUNWAY_KIND_ROADMAP_ITEM, "roadmap-item", NULL, RUNWAY_ROADMAP_ITEM_PRODUCT },
  { RUNWAY_KIND_CAPABILITY, "capability", "capability", RUNWAY_CAPABILITY_PARENT },
  { RUNWAY_KIND_DEPLOYMENT, "deployment", NULL, RUNWAY_DEPLOYMENT_CAPABILITY },
  { RUNWAY_KIND_MIGRATION, "migration", "migration", RUNWAY_MIGRATION_CAPABILITY },
  { RUNWAY_KIND_RESPONSIBILITY, "responsibility", NULL, RUNWAY_RESPONSIBILITY_CAPABILITY },
  { RUNWAY_KIND_ALTERNATIVE, "alternative", NULL, RUNWAY_ALTERNATIVE_CAPABILITY },
  { RUNWAY_KIND_ACCEPTANCE, "acceptance", NULL, -1 },
};

static const ElementInfo *
info_for_kind (RunwayKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    if (elements[i].kind == kind)
      return &elements[i];
  g_assert_not_reached ();
}

static const ElementInfo *
info_for_element (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    if (g_str_equal (elements[i].element, name))
      return &elements[i];
  return NULL;
}

/* Columns written as child elements with text rather than attributes. */
static gboolean
is_text_child (RunwayKind kind,
               guint      column)
{
  return (kind == RUNWAY_KIND_SETTINGS && column == RUNWAY_SETTINGS_DESCRIPTION) ||
         (kind == RUNWAY_KIND_VENDOR && (column == RUNWAY_VENDOR_SUPPORT ||
                                         column == RUNWAY_VENDOR_NOTES));
}

/* Shortest decimal that reads back as the same FTE or minimum, never with
 * an exponent (the schema says xs:decimal). */
static char *
format_real (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.15f", value);
  end = buffer + strlen (buffer) - 1;
  while (end > buffer && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  return g_strdup (buffer);
}

/**
 * runway_xml_dup_schema:
 *
 * Returns: (transfer full): the XML Schema of the plan format, as shipped
 * inside the core so validation never depends on an installed file.
 */
GBytes *
runway_xml_dup_schema (void)
{
  return g_resource_lookup_data (runway_core_get_resource (),
                                 "/org/runway/Runway/schema/runway-plan.xsd",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static xmlParserInputPtr
deny_external_entity (const char       *url,
                      const char       *id,
                      xmlParserCtxtPtr  context)
{
  return NULL;
}

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

/* Export ================================================================ */

typedef struct
{
  RunwayPlan      *plan;
  RunwaySelection *selection;
  xmlTextWriterPtr writer;      /* NULL while numbering */
  GOutputStream   *out;
  GError          *write_error;
  GHashTable      *numbers[RUNWAY_N_KINDS];  /* a row's values → document number */
  GHashTable      *children[RUNWAY_N_KINDS]; /* parent id → GPtrArray of rows' values */
  gboolean         failed;
} Export;

static int
on_output_write (void       *context,
                 const char *buffer,
                 int         len)
{
  Export *export = context;
  gsize written = 0;

  if (export->write_error != NULL)
    return -1;
  if (!g_output_stream_write_all (export->out, buffer, (gsize) len, &written, NULL,
                                  &export->write_error))
    return -1;
  return len;
}

static int
on_output_close (void *context)
{
  return 0;
}

static GPtrArray *
children_of (Export     *export,
             RunwayKind  kind,
             gint64      parent)
{
  return g_hash_table_lookup (export->children[kind], &parent);
}

/* Groups every row by its parent once, in id order, so writing is one
 * pass over each kind rather than a scan per parent. Rows are read by
 * their values, which stay put while the export runs: an export makes no
 * entity. */
static void
group_children (Export *export)
{
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      const ElementInfo *info = info_for_kind ((RunwayKind) k);
      guint n = runway_plan_count (export->plan, (RunwayKind) k);

      export->children[k] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                   (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < n; i++)
        {
          const RunwayValue *values = runway_plan_peek_row_at (export->plan, (RunwayKind) k, i);
          gint64 parent = info->parent_column >= 0 ? values[info->parent_column].i : 0;
          GPtrArray *list;

          if (!runway_selection_contains_row (export->selection, (RunwayKind) k, values[0].i))
            continue;

          list = g_hash_table_lookup (export->children[k], &parent);
          if (list == NULL)
            {
              gint64 *key = g_new (gint64, 1);

              *key = parent;
              list = g_ptr_array_new ();
              g_hash_table_insert (export->children[k], key, list);
            }
          g_ptr_array_add (list, (gpointer) values);
        }
    }
}

static char *
xml_id (Export            *export,
        RunwayKind         kind,
        const RunwayValue *values)
{
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (export->numbers[kind], values));

  g_assert (number > 0);
  return g_strdup_printf ("%s-%u", info_for_kind (kind)->id_prefix, number);
}

static void
check_write (Export *export,
             int     rc)
{
  if (rc < 0)
    export->failed = TRUE;
}

static void
write_attribute (Export     *export,
                 const char *name,
                 const char *value)
{
  check_write (export, xmlTextWriterWriteAttribute (export->writer, BAD_CAST name,
                                                    BAD_CAST value));
}

/* Starts a row's element: in the numbering pass only counts it. */
static void
start_entity (Export            *export,
              RunwayKind         kind,
              const RunwayValue *values)
{
  const ElementInfo *info = info_for_kind (kind);
  const RunwayTable *table = runway_schema_get_table (kind);

  if (export->writer == NULL)
    {
      if (info->id_prefix != NULL)
        g_hash_table_insert (export->numbers[kind], (gpointer) values,
                             GUINT_TO_POINTER (g_hash_table_size (export->numbers[kind]) + 1));
      return;
    }

  check_write (export, xmlTextWriterStartElement (export->writer, BAD_CAST info->element));

  if (info->id_prefix != NULL)
    {
      g_autofree char *id = xml_id (export, kind, values);

      write_attribute (export, "id", id);
    }

  for (guint c = 1; c < table->n_columns; c++)
    {
      const RunwayColumn *column = &table->columns[c];
      g_autofree char *text = NULL;

      if ((int) c == info->parent_column || is_text_child (kind, c))
        continue;

      switch (column->type)
        {
        case RUNWAY_COLUMN_TEXT:
        case RUNWAY_COLUMN_DATE:
        case RUNWAY_COLUMN_MILESTONE:
        case RUNWAY_COLUMN_ENUM:
          if (values[c].s != NULL)
            write_attribute (export, column->property, values[c].s);
          break;
        case RUNWAY_COLUMN_BOOL:
          if (values[c].i)
            write_attribute (export, column->property, "true");
          break;
        case RUNWAY_COLUMN_INT:
          text = g_strdup_printf ("%" G_GINT64_FORMAT, values[c].i);
          write_attribute (export, column->property, text);
          break;
        case RUNWAY_COLUMN_REAL:
          text = format_real (values[c].d);
          write_attribute (export, column->property, text);
          break;
        case RUNWAY_COLUMN_REF:
          if (values[c].i != 0)
            {
              const RunwayValue *target = runway_plan_peek_row (export->plan, column->ref_kind,
                                                                values[c].i);

              /* a selection holds everything its members refer to */
              g_assert (target != NULL &&
                        runway_selection_contains_row (export->selection, column->ref_kind,
                                                       values[c].i));
              text = xml_id (export, column->ref_kind, target);
              write_attribute (export, column->property, text);
            }
          break;
        case RUNWAY_COLUMN_ID:
        default:
          g_assert_not_reached ();
        }
    }

  for (guint c = 1; c < table->n_columns; c++)
    if (is_text_child (kind, c) && values[c].s != NULL)
      check_write (export, xmlTextWriterWriteElement (export->writer,
                                                      BAD_CAST table->columns[c].property,
                                                      BAD_CAST values[c].s));
}

static void
end_entity (Export *export)
{
  if (export->writer != NULL)
    check_write (export, xmlTextWriterEndElement (export->writer));
}

static void
write_children (Export     *export,
                RunwayKind  kind,
                gint64      parent);

static void
write_entity (Export            *export,
              RunwayKind         kind,
              const RunwayValue *values)
{
  gint64 id = values[0].i;

  start_entity (export, kind, values);

  switch (kind)
    {
    case RUNWAY_KIND_TEAM:
      write_children (export, RUNWAY_KIND_PERSON, id);
      break;
    case RUNWAY_KIND_PERSON:
      write_children (export, RUNWAY_KIND_SKILL, id);
      break;
    case RUNWAY_KIND_PRODUCT:
      write_children (export, RUNWAY_KIND_RELEASE, id);
      write_children (export, RUNWAY_KIND_ROADMAP_ITEM, id);
      break;
    case RUNWAY_KIND_CAPABILITY:
      write_children (export, RUNWAY_KIND_DEPLOYMENT, id);
      write_children (export, RUNWAY_KIND_MIGRATION, id);
      write_children (export, RUNWAY_KIND_RESPONSIBILITY, id);
      write_children (export, RUNWAY_KIND_ALTERNATIVE, id);
      write_children (export, RUNWAY_KIND_CAPABILITY, id);
      break;
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_KIND_VENDOR:
    case RUNWAY_KIND_RELEASE:
    case RUNWAY_KIND_ROADMAP_ITEM:
    case RUNWAY_KIND_SKILL:
    case RUNWAY_KIND_DEPLOYMENT:
    case RUNWAY_KIND_MIGRATION:
    case RUNWAY_KIND_RESPONSIBILITY:
    case RUNWAY_KIND_ALTERNATIVE:
    case RUNWAY_KIND_ACCEPTANCE:
    case RUNWAY_N_KINDS:
    default:
      break;
    }

  end_entity (export);
}

static void
write_children (Export     *export,
                RunwayKind  kind,
                gint64      parent)
{
  GPtrArray *list = children_of (export, kind, parent);

  for (guint i = 0; list != NULL && i < list->len && !export->failed; i++)
    write_entity (export, kind, g_ptr_array_index (list, i));
}

static void
write_section (Export     *export,
               const char *container,
               RunwayKind  kind)
{
  GPtrArray *list = children_of (export, kind, 0);

  if (list == NULL || list->len == 0)
    return;
  if (export->writer != NULL)
    check_write (export, xmlTextWriterStartElement (export->writer, BAD_CAST container));
  write_children (export, kind, 0);
  if (export->writer != NULL)
    check_write (export, xmlTextWriterEndElement (export->writer));
}

static void
write_document (Export *export)
{
  if (export->writer != NULL)
    {
      check_write (export, xmlTextWriterStartDocument (export->writer, NULL, "UTF-8", NULL));
      check_write (export, xmlTextWriterStartElementNS (export->writer, NULL,
                                                        BAD_CAST "runway-plan",
                                                        BAD_CAST RUNWAY_XML_NAMESPACE));
      write_attribute (export, "version", "1");
    }

  write_entity (export, RUNWAY_KIND_SETTINGS,
                runway_entity_peek_values (RUNWAY_ENTITY (runway_plan_get_settings (export->plan))));
  write_section (export, "vendors", RUNWAY_KIND_VENDOR);
  write_section (export, "teams", RUNWAY_KIND_TEAM);
  write_section (export, "products", RUNWAY_KIND_PRODUCT);
  write_section (export, "capabilities", RUNWAY_KIND_CAPABILITY);
  if (runway_selection_is_everything (export->selection))
    write_section (export, "acceptances", RUNWAY_KIND_ACCEPTANCE);

  if (export->writer != NULL)
    {
      check_write (export, xmlTextWriterEndElement (export->writer));
      check_write (export, xmlTextWriterEndDocument (export->writer));
    }
}

/**
 * runway_plan_export_xml:
 * @selection: (nullable): only this part of the plan (a vendor meeting's
 *   slice); %NULL for all of it
 *
 * Writes the plan as canonical Runway plan XML to @out. The output is valid
 * against the published schema and can be imported again.
 */
gboolean
runway_plan_export_xml (RunwayPlan       *plan,
                        RunwaySelection  *selection,
                        GOutputStream    *out,
                        GError          **error)
{
  g_autoptr(RunwaySelection) everything = NULL;
  Export export = { 0 };
  xmlOutputBufferPtr buffer;
  gboolean ok;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  ensure_libxml ();

  if (selection == NULL)
    selection = everything = runway_selection_new (plan, NULL, NULL, NULL);

  export.plan = plan;
  export.selection = selection;
  export.out = out;
  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    export.numbers[k] = g_hash_table_new (NULL, NULL);
  group_children (&export);

  /* first pass numbers every entity in document order, so a reference to
   * something written later (a skill's product) has its id already */
  write_document (&export);

  buffer = xmlOutputBufferCreateIO (on_output_write, on_output_close, &export, NULL);
  export.writer = xmlNewTextWriter (buffer);
  xmlTextWriterSetIndent (export.writer, 1);
  xmlTextWriterSetIndentString (export.writer, BAD_CAST "  ");
  write_document (&export);
  check_write (&export, xmlTextWriterFlush (export.writer));
  xmlFreeTextWriter (export.writer);

  for (guint k = 0; k < RUNWAY_N_KINDS; k++)
    {
      g_hash_table_unref (export.numbers[k]);
      g_hash_table_unref (export.children[k]);
    }

  ok = !export.failed && export.write_error == NULL;
  if (export.write_error != NULL)
    g_propagate_error (error, export.write_error);
  else if (!ok)
    g_set_error (error, RUNWAY_XML_ERROR, RUNWAY_XML_ERROR_MALFORMED,
                 _("The plan could not be written as XML"));
  return ok;
}

/* Import ================================================================ */

typedef struct
{
  const ElementInfo *info;      /* NULL for containers and text elements */
  char              *name;
  RunwayValue       *values;    /* the row, until added; vendors and the settings
                                 * wait for their text children */
  char              *xml_id;    /* of a row that waits */
  char              *product;   /* a skill's product reference */
  gint64             id;        /* once added */
  GString           *text;      /* a text element's content */
  int                line;
} Frame;

/* What an xml id stands for, packed into the hash table's value: a large
 * estate has a hundred thousand ids, and a struct of its own for each was
 * a sixth of an import's memory. */
#define ID_TARGET(id, kind) GSIZE_TO_POINTER (((gsize) (id) << 4) | (gsize) (kind))
#define ID_TARGET_ID(target) ((gint64) (GPOINTER_TO_SIZE (target) >> 4))
#define ID_TARGET_KIND(target) ((RunwayKind) (GPOINTER_TO_SIZE (target) & 0xf))
G_STATIC_ASSERT (RUNWAY_N_KINDS <= 16);

typedef struct
{
  gint64  person;
  char   *product;
  char   *level;
  int     line;
} PendingSkill;

typedef struct
{
  RunwayPlan       *plan;       /* NULL: validate only the XML itself */
  xmlParserCtxtPtr  parser;
  xmlSAXHandlerPtr  schema_sax; /* the validator's handlers, called before ours */
  void             *schema_data;
  gboolean          stopped;    /* the parser was told to stop */
  GString          *value;      /* the attribute value being read, NUL-terminated */
  GInputStream     *in;
  GCancellable     *cancellable;
  GError           *read_error;
  guint64           bytes_read;
  GArray           *stack;      /* Frame */
  GHashTable       *ids;        /* xml id → ID_TARGET (id, kind) */
  GStringChunk     *id_strings; /* the keys of @ids */
  GArray           *skills;     /* PendingSkill, resolved at the end */
  GPtrArray        *problems;   /* collect mode: every problem; else stop at the first */
  GError           *error;      /* the first problem */
  gboolean          fatal;      /* not well-formed or hostile: stop reading */
  gboolean          seen_root;
  GString          *prolog;     /* what comes before the root element, while screening it */
  guint8            carry[4];   /* an incomplete UTF-8 sequence at the end of a read */
  gsize             n_carry;
} Import;

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_free (frame->name);
  if (frame->values != NULL)
    runway_values_free (runway_schema_get_table (frame->info->kind), frame->values);
  g_free (frame->xml_id);
  g_free (frame->product);
  if (frame->text != NULL)
    g_string_free (frame->text, TRUE);
}

static void
pending_skill_clear (gpointer data)
{
  PendingSkill *skill = data;

  g_free (skill->product);
  g_free (skill->level);
}

/* The line of the tag or text being handled. */
static int
current_line (Import *import)
{
  return import->parser != NULL ? xmlSAX2GetLineNumber (import->parser) : 0;
}

static void
report (Import     *import,
        int         line,
        gint        code,
        const char *format,
        ...) G_GNUC_PRINTF (4, 5);

/* Records a problem. Hostile and malformed input stops the reading; in
 * collect mode everything else is gathered, otherwise the first one
 * ends the import. */
static void
report (Import     *import,
        int         line,
        gint        code,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *full = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  full = line > 0 ? g_strdup_printf (_("line %d: %s"), line, message) : g_strdup (message);
  if (import->error == NULL)
    import->error = g_error_new_literal (RUNWAY_XML_ERROR, code, full);
  if (import->problems != NULL)
    g_ptr_array_add (import->problems, g_steal_pointer (&full));
  if (code != RUNWAY_XML_ERROR_INVALID || import->problems == NULL)
    import->fatal = TRUE;
}

static void
on_structured_error (void        *user_data,
                     xmlErrorPtr  xml_error)
{
  Import *import = user_data;
  g_autofree char *message = NULL;
  gint code;

  /* once stopped, the parser only complains about being stopped */
  if (xml_error == NULL || xml_error->level == XML_ERR_WARNING || import->stopped)
    return;

  message = g_strchomp (g_strdup (xml_error->message ? xml_error->message : "error"));
  {
    /* "Element '{urn:runway:plan:1}person'" reads better as "Element 'person'" */
    g_auto(GStrv) parts = g_strsplit (message, "{" RUNWAY_XML_NAMESPACE "}", -1);

    g_free (message);
    message = g_strjoinv ("", parts);
  }
  code = xml_error->domain == XML_FROM_SCHEMASV || xml_error->domain == XML_FROM_SCHEMASP
           ? RUNWAY_XML_ERROR_INVALID : RUNWAY_XML_ERROR_MALFORMED;
  if (import->read_error != NULL)
    return;   /* the stream's own error says it better */
  report (import, xml_error->line, code, "%s", message);
}

/* Screens the prolog (all that comes before the root element) before the
 * parser acts on it: a DOCTYPE or entity declaration is refused here, so
 * no entity is ever expanded, however the parser would treat it. */
static gboolean
screen_prolog (Import     *import,
               const char *data,
               gsize       len)
{
  const char *text;

  if (import->prolog == NULL)
    return TRUE;

  g_string_append_len (import->prolog, data, (gssize) len);
  text = import->prolog->str;

  if (strstr (text, "<!DOCTYPE") != NULL || strstr (text, "<!ENTITY") != NULL)
    {
      report (import, 0, RUNWAY_XML_ERROR_HOSTILE,
              _("a DOCTYPE is not allowed in a plan (it can declare entities or load "
                "external files)"));
      return FALSE;
    }

  if (g_str_has_prefix (text, "<?xml"))
    {
      const char *end = strstr (text, "?>");
      const char *encoding = strstr (text, "encoding=");

      if (end != NULL && encoding != NULL && encoding < end)
        {
          g_autofree char *name = g_strndup (encoding + 10, (gsize) (end - encoding - 10));
          char *quote = strpbrk (name, "\"'");

          if (quote != NULL)
            *quote = '\0';
          if (g_ascii_strcasecmp (name, "UTF-8") != 0)
            {
              report (import, 1, RUNWAY_XML_ERROR_MALFORMED,
                      _("the file is encoded as %s; a plan is UTF-8"), name);
              return FALSE;
            }
        }
    }

  /* the root element starts at the first "<" followed by a name */
  for (const char *p = text; (p = strchr (p, '<')) != NULL; p++)
    if (g_ascii_isalpha (p[1]) || p[1] == '_')
      {
        g_string_free (import->prolog, TRUE);
        import->prolog = NULL;
        return TRUE;
      }

  if (import->prolog->len > 64 * 1024)
    {
      report (import, 0, RUNWAY_XML_ERROR_HOSTILE,
              _("more than 64 KiB before the first element; a plan never has that"));
      return FALSE;
    }
  return TRUE;
}

/* Only UTF-8 text gets to the parser: anything else is refused rather than
 * guessed at and converted. */
static gboolean
screen_utf8 (Import       *import,
             const guint8 *data,
             gsize         len)
{
  g_autofree guint8 *joined = NULL;
  const char *end = NULL;
  gsize total = import->n_carry + len;

  joined = g_malloc (total + 1);
  memcpy (joined, import->carry, import->n_carry);
  memcpy (joined + import->n_carry, data, len);
  import->n_carry = 0;

  if (g_utf8_validate_len ((const char *) joined, total, &end))
    return TRUE;

  /* a character split between two reads is fine; anything else is not */
  if (len > 0 && total - (gsize) ((const guint8 *) end - joined) < 4 && *end != '\0' &&
      (guint8) *end >= 0xC2)
    {
      import->n_carry = total - (gsize) ((const guint8 *) end - joined);
      memcpy (import->carry, end, import->n_carry);
      return TRUE;
    }

  report (import, 0, RUNWAY_XML_ERROR_MALFORMED,
          _("the file is not UTF-8 text (at byte %" PRIu64 ")"),
          import->bytes_read - len + (guint64) ((const guint8 *) end - joined) -
            (guint64) (total - len));
  return FALSE;
}

static int
on_input_read (void *context,
               char *buffer,
               int   len)
{
  Import *import = context;
  gssize n;

  if (import->fatal)
    return -1;

  n = g_input_stream_read (import->in, buffer, (gsize) len, import->cancellable,
                           &import->read_error);
  if (n < 0)
    return -1;
  import->bytes_read += (guint64) n;
  if (import->bytes_read > MAX_INPUT_BYTES)
    {
      report (import, 0, RUNWAY_XML_ERROR_HOSTILE,
              _("the file is larger than %d MiB; a plan never is"), MAX_INPUT_BYTES >> 20);
      return -1;
    }
  if (n == 0 && import->bytes_read == 0)
    {
      report (import, 0, RUNWAY_XML_ERROR_MALFORMED, _("the file is empty"));
      return -1;
    }
  if (!screen_utf8 (import, (const guint8 *) buffer, (gsize) n) ||
      !screen_prolog (import, buffer, (gsize) n))
    return -1;
  return (int) n;
}

static int
on_input_close (void *context)
{
  return 0;
}

static Frame *
top (Import *import,
     guint   up)
{
  if (import->stack->len <= up)
    return NULL;
  return &g_array_index (import->stack, Frame, import->stack->len - 1 - up);
}

/* The nearest enclosing element that is an entity. */
static Frame *
enclosing_entity (Import *import)
{
  for (guint up = 0; up < import->stack->len; up++)
    {
      Frame *frame = top (import, up);

      if (frame->info != NULL)
        return frame;
    }
  return NULL;
}

/* White space as XML defines it (what xmlIsBlankNode() looks for). */
static gboolean
is_blank_text (const xmlChar *text,
               int            len)
{
  for (int i = 0; i < len; i++)
    if (!IS_BLANK_CH (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
parse_integer (const char *text,
               gint64     *out)
{
  char *end = NULL;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    return FALSE;
  *out = g_ascii_strtoll (text, &end, 10);
  return end != NULL && *end == '\0';
}

static gboolean
resolve_reference (Import     *import,
                   const char *value,
                   RunwayKind  kind,
                   gint64     *out,
                   int         line)
{
  gpointer target = g_hash_table_lookup (import->ids, value);

  if (target == NULL)
    {
      report (import, line, RUNWAY_XML_ERROR_INVALID,
              _("“%s” refers to nothing defined before it"), value);
      return FALSE;
    }
  if (ID_TARGET_KIND (target) != kind)
    {
      report (import, line, RUNWAY_XML_ERROR_INVALID, _("“%s” is not a %s"), value,
              _(runway_schema_get_table (kind)->name));
      return FALSE;
    }
  *out = ID_TARGET_ID (target);
  return TRUE;
}

/* What runway_entity_set_string() makes of a text: trimmed, and none if
 * nothing is left. */
static void
set_text (RunwayValue *values,
          guint        c,
          const char  *text)
{
  char *trimmed = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (trimmed != NULL && *trimmed == '\0')
    g_clear_pointer (&trimmed, g_free);
  g_free (values[c].s);
  values[c].s = trimmed;
}

/* Sets one attribute of a row; FALSE (with a problem reported) if the
 * value cannot even be read as its type. The plan checks the rest. */
static gboolean
set_attribute (Import             *import,
               const RunwayTable  *table,
               RunwayValue        *values,
               guint               c,
               const char         *value,
               int                 line)
{
  const RunwayColumn *column = &table->columns[c];
  gint64 number;

  switch (column->type)
    {
    case RUNWAY_COLUMN_TEXT:
    case RUNWAY_COLUMN_DATE:
    case RUNWAY_COLUMN_MILESTONE:
    case RUNWAY_COLUMN_ENUM:
      set_text (values, c, value);
      return TRUE;
    case RUNWAY_COLUMN_BOOL:
      if (g_str_equal (value, "true") || g_str_equal (value, "1"))
        values[c].i = 1;
      else if (g_str_equal (value, "false") || g_str_equal (value, "0"))
        values[c].i = 0;
      else
        break;
      return TRUE;
    case RUNWAY_COLUMN_INT:
      if (!parse_integer (value, &number))
        break;
      values[c].i = number;
      return TRUE;
    case RUNWAY_COLUMN_REAL:
      {
        char *end = NULL;
        double d = g_ascii_strtod (value, &end);

        if (*value == '\0' || end == NULL || *end != '\0')
          break;
        values[c].d = d;
        return TRUE;
      }
    case RUNWAY_COLUMN_REF:
      if (!resolve_reference (import, value, column->ref_kind, &number, line))
        return FALSE;
      values[c].i = number;
      return TRUE;
    case RUNWAY_COLUMN_ID:
    default:
      g_assert_not_reached ();
    }

  report (import, line, RUNWAY_XML_ERROR_INVALID, _("%s: “%s” is not a valid value"),
          column->property, value);
  return FALSE;
}

/* The value of a SAX2 attribute (localname, prefix, URI, value, end),
 * valid until the next call. Without entity substitution, libxml2 hands
 * over every ampersand as "&#38;" (to be parsed again by a tree builder)
 * and every other reference already resolved; a raw "&" cannot be there,
 * so each "&#38;" is one "&". */
static const char *
attribute_value (Import         *import,
                 const xmlChar **attribute)
{
  const char *p = (const char *) attribute[3];
  const char *end = (const char *) attribute[4];
  const char *amp;

  g_string_truncate (import->value, 0);
  while ((amp = memchr (p, '&', (gsize) (end - p))) != NULL)
    {
      g_string_append_len (import->value, p, amp - p);
      g_string_append_c (import->value, '&');
      p = amp + 1;
      if (end - p >= 4 && memcmp (p, "#38;", 4) == 0)
        p += 4;
    }
  g_string_append_len (import->value, p, end - p);
  return import->value->str;
}

/* Reads the attributes of the current element into @frame's row; the id
 * goes to @out_id. Namespace declarations are not among SAX2's attributes. */
static gboolean
read_attributes (Import            *import,
                 const ElementInfo *info,
                 Frame             *frame,
                 int                n_attributes,
                 const xmlChar    **attributes,
                 char             **out_id,
                 int                line)
{
  const RunwayTable *table = runway_schema_get_table (info->kind);
  gboolean ok = TRUE;

  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = &attributes[i * 5];
      const char *name = (const char *) attribute[0];
      const char *ns = (const char *) attribute[2];
      const char *value = attribute_value (import, attribute);
      int c;

      if (ns != NULL)
        {
          report (import, line,
                  g_str_equal (ns, "http://www.w3.org/2001/XMLSchema-instance")
                    ? RUNWAY_XML_ERROR_HOSTILE : RUNWAY_XML_ERROR_INVALID,
                  g_str_equal (ns, "http://www.w3.org/2001/XMLSchema-instance")
                    ? _("references to other schemas are not allowed in a plan")
                    : _("unknown attribute “%s” on <%s>"), name, info->element);
          ok = FALSE;
          continue;
        }
      if (g_str_equal (name, "id") && info->id_prefix != NULL)
        {
          g_free (*out_id);
          *out_id = g_strdup (value);
          continue;
        }

      c = runway_schema_find_column (table, name);
      if (c <= 0 || c == info->parent_column || is_text_child (info->kind, (guint) c))
        {
          report (import, line, RUNWAY_XML_ERROR_INVALID, _("unknown attribute “%s” on <%s>"),
                  name, info->element);
          ok = FALSE;
          continue;
        }

      /* a skill's product may be defined later in the file */
      if (info->kind == RUNWAY_KIND_SKILL && c == RUNWAY_SKILL_PRODUCT)
        {
          g_free (frame->product);
          frame->product = g_strdup (value);
          continue;
        }

      ok = set_attribute (import, table, frame->values, (guint) c, value, line) && ok;
    }
  return ok;
}

/* Adds @frame's row to the plan, and its xml id to those a reference can
 * name. */
static void
add_entity (Import     *import,
            Frame      *frame,
            const char *xml_id)
{
  RunwayKind kind = frame->info->kind;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (kind == RUNWAY_KIND_SETTINGS)
    {
      g_autoptr(RunwayEntity) settings = NULL;

      frame->values[RUNWAY_SETTINGS_ID].i = 1;
      settings = runway_entity_new_from_values (kind, frame->values);
      if (import->plan != NULL && !runway_plan_update (import->plan, settings, &error))
        report (import, frame->line, RUNWAY_XML_ERROR_INVALID, "%s", error->message);
      return;
    }

  if (import->plan == NULL)
    id = g_hash_table_size (import->ids) + 1;
  else
    id = runway_plan_fill_add (import->plan, kind, frame->values, &error);

  if (id == 0)
    {
      g_autoptr(RunwayEntity) row = runway_entity_new_from_values (kind, frame->values);
      g_autofree char *label = runway_entity_dup_label (row);

      report (import, frame->line, RUNWAY_XML_ERROR_INVALID, "%s “%s”: %s",
              frame->info->element, label, error->message);
      return;
    }
  frame->id = id;

  /* a plan's ids count up from 1, far below where packing would lose bits */
  g_assert (id > 0 && id < (G_MAXINT64 >> 4));
  if (xml_id != NULL)
    g_hash_table_insert (import->ids, g_string_chunk_insert (import->id_strings, xml_id),
                         ID_TARGET (id, kind));
}

static void
check_root_attributes (Import         *import,
                       int             n_attributes,
                       const xmlChar **attributes,
                       int             line)
{
  for (int i = 0; i < n_attributes && !import->fatal; i++)
    {
      const xmlChar **attribute = &attributes[i * 5];
      const char *name = (const char *) attribute[0];
      const char *ns = (const char *) attribute[2];
      const char *value = attribute_value (import, attribute);
      gint64 version;

      if (ns != NULL && g_str_equal (ns, "http://www.w3.org/2001/XMLSchema-instance"))
        report (import, line, RUNWAY_XML_ERROR_HOSTILE,
                _("references to other schemas are not allowed in a plan"));
      else if (ns == NULL && g_str_equal (name, "version") && parse_integer (value, &version) &&
               version > 1)
        report (import, line, RUNWAY_XML_ERROR_HOSTILE,
                _("this is plan XML version %s, written by a newer Runway; this one reads "
                  "version 1"), value);
    }
}

static void
start_element (Import         *import,
               const char     *name,
               const char     *ns,
               int             n_attributes,
               const xmlChar **attributes)
{
  int line = current_line (import);
  Frame frame = { 0 };

  frame.name = g_strdup (name);
  frame.line = line;

  if (g_strcmp0 (ns, RUNWAY_XML_NAMESPACE) != 0)
    {
      report (import, line, RUNWAY_XML_ERROR_INVALID,
              _("<%s> is not part of a Runway plan (namespace “%s”)"), name, ns ? ns : "");
      import->fatal = TRUE;
      g_array_append_val (import->stack, frame);
      return;
    }

  if (!import->seen_root)
    {
      import->seen_root = TRUE;
      if (!g_str_equal (name, "runway-plan"))
        {
          report (import, line, RUNWAY_XML_ERROR_INVALID,
                  _("the document is a <%s>, not a <runway-plan>"), name);
          import->fatal = TRUE;
        }
      else
        check_root_attributes (import, n_attributes, attributes, line);
      g_array_append_val (import->stack, frame);
      return;
    }

  frame.info = info_for_element (name);
  if (frame.info == NULL)
    {
      /* containers and text children carry no attributes of their own */
      if (g_str_equal (name, "description") || g_str_equal (name, "support") ||
          g_str_equal (name, "notes"))
        frame.text = g_string_new (NULL);
      g_array_append_val (import->stack, frame);
      return;
    }

  {
    g_autofree char *xml_id = NULL;
    Frame *parent = enclosing_entity (import);
    gboolean ok;

    const RunwayTable *table = runway_schema_get_table (frame.info->kind);

    if (frame.info->kind == RUNWAY_KIND_SETTINGS && import->plan != NULL)
      frame.values = runway_values_copy (table, runway_entity_peek_values (
                                                  RUNWAY_ENTITY (runway_plan_get_settings (import->plan))));
    else
      frame.values = runway_values_new (table);

    if (frame.info->parent_column >= 0 && parent != NULL && parent->info != NULL)
      frame.values[frame.info->parent_column].i = parent->id;

    ok = read_attributes (import, frame.info, &frame, n_attributes, attributes, &xml_id, line);

    if (xml_id != NULL && g_hash_table_contains (import->ids, xml_id))
      {
        report (import, line, RUNWAY_XML_ERROR_INVALID, _("the id “%s” is used twice"), xml_id);
        ok = FALSE;
      }

    if (ok && frame.info->kind == RUNWAY_KIND_SKILL)
      {
        PendingSkill skill = {
          parent ? parent->id : 0,
          g_steal_pointer (&frame.product),
          g_strdup (frame.values[RUNWAY_SKILL_LEVEL].s),
          line
        };

        g_array_append_val (import->skills, skill);
        runway_values_free (table, g_steal_pointer (&frame.values));
      }
    else if (ok && frame.info->kind != RUNWAY_KIND_VENDOR &&
             frame.info->kind != RUNWAY_KIND_SETTINGS)
      {
        /* added now, so its children can refer to it; vendors and the
         * settings wait for their text children */
        add_entity (import, &frame, xml_id);
        runway_values_free (table, g_steal_pointer (&frame.values));
      }
    else if (ok)
      frame.xml_id = g_steal_pointer (&xml_id);
    else
      runway_values_free (table, g_steal_pointer (&frame.values));
  }

  g_array_append_val (import->stack, frame);
}

static void
end_element (Import *import)
{
  Frame *frame = top (import, 0);
  Frame *parent = top (import, 1);

  g_assert (frame != NULL);

  if (frame->text != NULL && parent != NULL && parent->values != NULL)
    {
      const RunwayTable *table = runway_schema_get_table (parent->info->kind);
      int c = runway_schema_find_column (table, frame->name);

      /* text of white space alone reads as empty, as it always has */
      if (is_blank_text ((const xmlChar *) frame->text->str, (int) frame->text->len))
        g_string_truncate (frame->text, 0);
      if (c > 0)
        set_text (parent->values, (guint) c, frame->text->str);
    }
  else if (frame->info != NULL && frame->values != NULL)
    add_entity (import, frame, frame->xml_id);

  g_array_set_size (import->stack, import->stack->len - 1);
}

static void
add_pending_skills (Import *import)
{
  for (guint i = 0; i < import->skills->len && !import->fatal; i++)
    {
      PendingSkill *skill = &g_array_index (import->skills, PendingSkill, i);
      const RunwayTable *table = runway_schema_get_table (RUNWAY_KIND_SKILL);
      g_autoptr(GError) error = NULL;
      RunwayValue *values;
      gint64 product;

      if (skill->product == NULL ||
          !resolve_reference (import, skill->product, RUNWAY_KIND_PRODUCT, &product, skill->line))
        continue;

      values = runway_values_new (table);
      values[RUNWAY_SKILL_PERSON].i = skill->person;
      values[RUNWAY_SKILL_PRODUCT].i = product;
      set_text (values, RUNWAY_SKILL_LEVEL, skill->level);
      if (import->plan != NULL &&
          runway_plan_fill_add (import->plan, RUNWAY_KIND_SKILL, values, &error) == 0)
        report (import, skill->line, RUNWAY_XML_ERROR_INVALID, _("skill: %s"), error->message);
      runway_values_free (table, values);
    }
}

static xmlSchemaPtr
load_schema (void)
{
  static xmlSchemaPtr schema = NULL;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = runway_xml_dup_schema ();
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);
      xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt (data, (int) len);
      xmlSchemaPtr parsed = xmlSchemaParse (parser);

      xmlSchemaFreeParserCtxt (parser);
      g_assert (parsed != NULL);
      g_once_init_leave (&schema, parsed);
    }
  return schema;
}

/* Stops the parser once the import has failed. Never from an error
 * callback: the parser may still be using the input that stopping frees. */
static void
stop_if_fatal (Import *import)
{
  if (import->fatal && !import->stopped)
    {
      import->stopped = TRUE;
      xmlStopParser (import->parser);
    }
}

/* Text counts as a level too. */
static gboolean
check_depth (Import *import)
{
  if (import->stack->len <= MAX_DEPTH)
    return TRUE;
  report (import, current_line (import), RUNWAY_XML_ERROR_HOSTILE,
          _("elements are nested more than %d deep; a plan never is"), MAX_DEPTH);
  return FALSE;
}

/* The schema's verdict on a node comes before ours, so a file the schema
 * refuses is refused in the schema's words. */
static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  Import *import = user_data;

  if (!import->fatal && check_depth (import))
    {
      import->schema_sax->startElementNs (import->schema_data, localname, prefix, uri,
                                          n_namespaces, namespaces, n_attributes, n_defaulted,
                                          attributes);
      if (!import->fatal)
        start_element (import, (const char *) localname, (const char *) uri, n_attributes,
                       attributes);
    }
  stop_if_fatal (import);
}

static void
on_end_element (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  Import *import = user_data;

  if (!import->fatal)
    {
      import->schema_sax->endElementNs (import->schema_data, localname, prefix, uri);
      if (!import->fatal)
        end_element (import);
    }
  stop_if_fatal (import);
}

static void
on_characters (void          *user_data,
               const xmlChar *text,
               int            len)
{
  Import *import = user_data;
  Frame *frame;

  if (import->fatal || !check_depth (import))
    {
      stop_if_fatal (import);
      return;
    }

  import->schema_sax->characters (import->schema_data, text, len);
  frame = top (import, 0);
  if (import->fatal)
    ;
  else if (frame != NULL && frame->text != NULL)
    {
      /* libxml2 refuses a text node this long when it builds one, in
       * these words; so do we */
      if (frame->text->len + (gsize) len > XML_MAX_TEXT_LENGTH)
        report (import, current_line (import), RUNWAY_XML_ERROR_MALFORMED, "%s",
                "xmlSAX2Characters: huge text node");
      else
        g_string_append_len (frame->text, (const char *) text, len);
    }
  else if (!is_blank_text (text, len))
    {
      g_autofree char *copy = g_strndup ((const char *) text, (gsize) len);

      report (import, current_line (import), RUNWAY_XML_ERROR_INVALID,
              _("unexpected text “%.20s” inside <%s>"), copy, frame ? frame->name : "?");
    }
  stop_if_fatal (import);
}

static void
on_processing_instruction (void          *user_data,
                           const xmlChar *target,
                           const xmlChar *data)
{
  Import *import = user_data;

  report (import, current_line (import), RUNWAY_XML_ERROR_HOSTILE,
          _("processing instructions are not allowed in a plan"));
  stop_if_fatal (import);
}

static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  Import *import = user_data;

  report (import, current_line (import), RUNWAY_XML_ERROR_HOSTILE,
          _("a DOCTYPE is not allowed in a plan (it can declare entities or load "
            "external files)"));
  stop_if_fatal (import);
}

static void
on_entity_declaration (void          *user_data,
                       const xmlChar *name,
                       int            type,
                       const xmlChar *public_id,
                       const xmlChar *system_id,
                       xmlChar       *content)
{
  Import *import = user_data;

  report (import, current_line (import), RUNWAY_XML_ERROR_HOSTILE,
          _("entity references are not allowed in a plan"));
  stop_if_fatal (import);
}

static void
on_reference (void          *user_data,
              const xmlChar *name)
{
  Import *import = user_data;

  report (import, current_line (import), RUNWAY_XML_ERROR_HOSTILE,
          _("entity references are not allowed in a plan"));
  stop_if_fatal (import);
}

/* Where the validator's errors are: the line the parser is on. */
static int
on_schema_locate (void           *user_data,
                  const char    **file,
                  unsigned long  *line)
{
  Import *import = user_data;

  if (file != NULL)
    *file = NULL;
  if (line != NULL)
    *line = (unsigned long) MAX (current_line (import), 0);
  return 0;
}

/* Reads the whole document into @import->plan (or nowhere, when NULL). */
static void
read_document (Import *import)
{
  xmlSAXHandler sax = { 0 };
  xmlSchemaValidCtxtPtr validator = NULL;
  xmlSchemaSAXPlugPtr plug = NULL;
  gboolean well_formed;
  gboolean valid;

  ensure_libxml ();

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.processingInstruction = on_processing_instruction;
  sax.internalSubset = on_doctype;
  sax.externalSubset = on_doctype;
  sax.entityDecl = on_entity_declaration;
  sax.reference = on_reference;
  sax.serror = on_structured_error;

  /* UTF-8 is forced: a plan in another encoding is refused, not converted */
  import->parser = xmlCreateIOParserCtxt (&sax, import, on_input_read, on_input_close, import,
                                          XML_CHAR_ENCODING_UTF8);
  if (import->parser == NULL)
    {
      report (import, 0, RUNWAY_XML_ERROR_MALFORMED, _("the file cannot be read as XML"));
      return;
    }
  xmlCtxtUseOptions (import->parser, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC);
  import->parser->linenumbers = 1;

  /* Some parser errors reach only the thread's handler; it catches them
   * while this document is read. */
  xmlSetStructuredErrorFunc (import, on_structured_error);
  validator = xmlSchemaNewValidCtxt (load_schema ());
  xmlSchemaSetValidStructuredErrors (validator, on_structured_error, import);
  xmlSchemaValidateSetLocator (validator, on_schema_locate, import);
  /* with no handlers of ours, the plug's are the validator's own */
  plug = xmlSchemaSAXPlug (validator, &import->schema_sax, &import->schema_data);
  if (plug == NULL)
    report (import, 0, RUNWAY_XML_ERROR_MALFORMED, _("the schema could not be applied"));
  else
    xmlParseDocument (import->parser);

  well_formed = import->parser->wellFormed;
  valid = validator != NULL && xmlSchemaIsValid (validator) == 1;

  if (!import->fatal && !well_formed && import->error == NULL)
    report (import, current_line (import), RUNWAY_XML_ERROR_MALFORMED,
            _("the file is not well-formed XML (truncated?)"));

  if (!import->fatal && !import->seen_root)
    report (import, 0, RUNWAY_XML_ERROR_MALFORMED, _("the file holds no XML element"));

  if (import->read_error != NULL && (import->error == NULL ||
                                     import->error->code != RUNWAY_XML_ERROR_HOSTILE))
    {
      g_clear_error (&import->error);
      import->error = g_error_copy (import->read_error);
      import->fatal = TRUE;
    }

  if (!import->fatal)
    add_pending_skills (import);

  if (!import->fatal && !valid && import->error == NULL)
    report (import, 0, RUNWAY_XML_ERROR_INVALID, _("the file does not match the plan schema"));

  if (plug != NULL)
    xmlSchemaSAXUnplug (plug);
  xmlSchemaFreeValidCtxt (validator);
  xmlFreeParserCtxt (import->parser);
  import->parser = NULL;
  xmlSetStructuredErrorFunc (NULL, NULL);
}

static void
import_init (Import       *import,
             GInputStream *in,
             GCancellable *cancellable)
{
  memset (import, 0, sizeof *import);
  import->in = in;
  import->cancellable = cancellable;
  import->stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (import->stack, frame_clear);
  import->ids = g_hash_table_new (g_str_hash, g_str_equal);
  import->id_strings = g_string_chunk_new (64 * 1024);
  import->skills = g_array_new (FALSE, TRUE, sizeof (PendingSkill));
  g_array_set_clear_func (import->skills, pending_skill_clear);
  import->prolog = g_string_new (NULL);
  import->value = g_string_new (NULL);
}

static void
import_clear (Import *import)
{
  g_array_unref (import->stack);
  g_hash_table_unref (import->ids);
  g_string_chunk_free (import->id_strings);
  g_array_unref (import->skills);
  g_clear_error (&import->read_error);
  g_clear_error (&import->error);
  g_clear_pointer (&import->problems, g_ptr_array_unref);
  if (import->prolog != NULL)
    g_string_free (import->prolog, TRUE);
  g_string_free (import->value, TRUE);
}

static char *
make_temp_plan_path (const char  *plan_path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (plan_path);
  g_autofree char *base = g_path_get_basename (plan_path);
  g_autofree char *template = g_strdup_printf ("%s/.%s.import-XXXXXX", dir, base);
  int fd = g_mkstemp (template);

  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_READ_ONLY,
                   _("Cannot write in the folder “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);
  /* only the name is reserved: runway_plan_create() wants to make it */
  g_unlink (template);
  return g_steal_pointer (&template);
}

static void
remove_plan_files (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/**
 * runway_plan_import_xml:
 * @in: a Runway plan XML document
 * @plan_path: the plan file to create
 * @replace: whether an existing @plan_path may be replaced
 *
 * Creates the plan @plan_path from @in. The plan is built in a temporary
 * file beside @plan_path in one transaction and renamed into place only
 * when complete: interrupted at any moment, the import leaves no plan or a
 * whole one. On error nothing is left and @error says which line is wrong.
 */
gboolean
runway_plan_import_xml (GInputStream  *in,
                        const char    *plan_path,
                        gboolean       replace,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *temp_path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *dir = NULL;
  Import import;
  gboolean ok;

  g_return_val_if_fail (G_IS_INPUT_STREAM (in), FALSE);
  g_return_val_if_fail (plan_path != NULL, FALSE);

  display = g_filename_display_name (plan_path);
  if (!replace && g_file_test (plan_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_EXISTS,
                   _("“%s” already exists (use --replace to replace it)"), display);
      return FALSE;
    }

  temp_path = make_temp_plan_path (plan_path, error);
  if (temp_path == NULL)
    return FALSE;

  import_init (&import, in, cancellable);
  import.plan = runway_plan_create (temp_path, "import", error);
  if (import.plan == NULL)
    {
      import_clear (&import);
      return FALSE;
    }

  /* the plan is new and only becomes the user's once renamed into place:
   * nothing in it is theirs to undo */
  ok = runway_plan_begin_fill (import.plan, error);
  if (ok)
    {
      read_document (&import);
      if (import.error != NULL)
        {
          runway_plan_abort_edit (import.plan);
          g_propagate_error (error, g_steal_pointer (&import.error));
          ok = FALSE;
        }
      else
        ok = runway_plan_end_edit (import.plan, error);
    }
  g_clear_object (&import.plan);
  import_clear (&import);

  if (ok)
    {
      dir = g_path_get_dirname (plan_path);
      if (replace)
        ok = g_rename (temp_path, plan_path) == 0;
      else
        ok = link (temp_path, plan_path) == 0 && g_unlink (temp_path) == 0;
      if (!ok)
        {
          int saved_errno = errno;

          g_set_error (error, RUNWAY_STORE_ERROR,
                       saved_errno == EEXIST ? RUNWAY_STORE_ERROR_EXISTS : RUNWAY_STORE_ERROR_IO,
                       _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
        }
      else
        {
          /* make the rename itself durable */
          int fd = g_open (dir, O_RDONLY | O_DIRECTORY, 0);

          if (fd >= 0)
            {
              fsync (fd);
              close (fd);
            }
        }
    }

  if (!ok)
    remove_plan_files (temp_path);
  return ok;
}

/**
 * runway_xml_validate:
 *
 * Checks a plan XML document against the schema and the plan's rules
 * (references, duplicate ids, milestone order, ranges) without keeping
 * anything.
 *
 * Returns: (transfer full) (element-type utf8): every problem as "line N:
 * message", empty when the document is sound; %NULL with @error when it
 * could not be checked at all.
 */
GPtrArray *
runway_xml_validate (GInputStream  *in,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GPtrArray *problems;
  Import import;

  g_return_val_if_fail (G_IS_INPUT_STREAM (in), NULL);

  /* The rules live in the plan, so the document goes into a scratch plan
   * that is thrown away. */
  dir = g_dir_make_tmp ("runway-validate-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "scratch.runway", NULL);

  import_init (&import, in, cancellable);
  import.problems = g_ptr_array_new_with_free_func (g_free);
  import.plan = runway_plan_create (path, "validate", error);
  if (import.plan == NULL)
    {
      import_clear (&import);
      g_rmdir (dir);
      return NULL;
    }

  if (runway_plan_begin_fill (import.plan, NULL))
    {
      read_document (&import);
      runway_plan_abort_edit (import.plan);
    }
  g_clear_object (&import.plan);
  remove_plan_files (path);
  g_rmdir (dir);

  if (import.read_error != NULL && import.problems->len == 0)
    {
      g_propagate_error (error, g_steal_pointer (&import.read_error));
      import_clear (&import);
      return NULL;
    }

  problems = g_steal_pointer (&import.problems);
  import_clear (&import);
  return problems;
}
