/* runway-window-exchange.c — the window's import and export actions
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action takes its files as a parameter; an empty one asks the user
 * with a file chooser first. The same code runs for a menu item and for a
 * test that names its files, so what is tested is what the user gets.
 *
 *   win.export             (sss)  format, vendor ("" = whole plan), file
 *   win.import-xml         (ss)   plan XML file, new plan file
 *   win.import-lifecycle   (sss)  endoflife.date file, product, vendor for new products
 *
 * Formats: "xml" (plan XML), "archimate", "ics", and "timeline" (PNG, SVG or
 * PDF by the file's extension, with the timeline view's current filters).
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "runway-core.h"
#include "runway-window-private.h"

typedef struct
{
  const char       *format;
  const char       *title;        /* the dialog's heading */
  const char       *extension;
  const char       *mime_type;
  RunwayExportFunc  export;
} ExportFormat;

static const ExportFormat export_formats[] = {
  { "xml", N_("Export Plan XML"), "xml", "application/xml", runway_plan_export_xml },
  { "archimate", N_("Export to ArchiMate"), "xml", "application/xml",
    runway_plan_export_archimate },
  { "ics", N_("Export Milestones to a Calendar"), "ics", "text/calendar",
    runway_plan_export_ics },
  { "timeline", N_("Export the Timeline"), "pdf", "application/pdf", NULL },
};

static const ExportFormat *
find_format (const char *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_str_equal (export_formats[i].format, format))
      return &export_formats[i];
  return NULL;
}

/* A file chooser whose answer goes to @callback with @data; the chooser
 * keeps itself alive until it answers. */
typedef void (*ChosenFunc) (RunwayWindow *self,
                            GFile        *file,
                            gpointer      data);

typedef struct
{
  RunwayWindow   *window;
  ChosenFunc      callback;
  gpointer        data;
  GDestroyNotify  destroy;
} Chooser;

static void
chooser_free (gpointer pointer)
{
  Chooser *chooser = pointer;

  if (chooser->destroy != NULL)
    chooser->destroy (chooser->data);
  g_object_unref (chooser->window);
  g_free (chooser);
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     Chooser         *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    chooser->callback (chooser->window, file, chooser->data);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
choose_file (RunwayWindow         *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept_label,
             const char           *suggested_name,
             const char * const   *patterns,
             const char           *filter_name,
             ChosenFunc            callback,
             gpointer              data,
             GDestroyNotify        destroy)
{
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  Chooser *chooser = g_new0 (Chooser, 1);

  chooser->window = g_object_ref (self);
  chooser->callback = callback;
  chooser->data = data;
  chooser->destroy = destroy;

  gtk_file_filter_set_name (filter, filter_name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_data (native, "response", G_CALLBACK (on_chooser_response), chooser,
                         (GClosureNotify) (void (*) (void)) chooser_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static GFile *
file_for_parameter (const char *path)
{
  return *path != '\0' ? g_file_new_for_commandline_arg (path) : NULL;
}

/* Export ================================================================ */

typedef struct
{
  const ExportFormat *format;
  char               *vendor;   /* NULL: the whole plan */
} ExportRequest;

static void
export_request_free (gpointer data)
{
  ExportRequest *request = data;

  g_free (request->vendor);
  g_free (request);
}

/* The timeline as the view shows it (grouping, vendor, deployed only),
 * over the plan's horizon, drawn by the same painter as runway-cli render. */
static gboolean
export_timeline (RunwayWindow  *self,
                 GFile         *file,
                 GError       **error)
{
  RunwayPlan *plan = runway_window_get_plan (self);
  RunwayTimelineView *view = runway_window_get_timeline_view (self);
  g_autoptr(RunwayTimeline) timeline = runway_timeline_new (plan);
  g_autoptr(RunwayTimelinePainter) painter = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *as_of = NULL;
  gint64 vendor = runway_timeline_view_get_vendor (view);
  RunwayTimelineFormat format;
  guint32 day;

  if (!runway_timeline_format_for_path (path ? path : "", &format, error))
    return FALSE;

  as_of = runway_plan_dup_as_of (plan, NULL, error);
  if (as_of == NULL || !runway_date_parse (as_of, &day, error))
    return FALSE;
  risks = runway_plan_compute_risks (plan, as_of, error);
  if (risks == NULL)
    return FALSE;

  runway_timeline_set_grouping (timeline, runway_timeline_view_get_grouping (view));
  runway_timeline_set_deployed_only (timeline, runway_timeline_view_get_deployed_only (view));
  runway_timeline_set_as_of (timeline, day);
  runway_timeline_set_risks (timeline, risks);
  if (vendor != 0)
    runway_timeline_set_vendors (timeline, &vendor, 1);

  painter = runway_timeline_painter_new (timeline);
  if (vendor != 0)
    {
      RunwayEntity *entity = runway_plan_lookup (plan, RUNWAY_KIND_VENDOR, vendor);
      /* Translators: the subtitle of an exported timeline, "Vendor Broadcom" */
      g_autofree char *subtitle = g_strdup_printf (_("Vendor %s"),
                                                   runway_entity_get_string (entity,
                                                                             RUNWAY_VENDOR_NAME));

      runway_timeline_painter_set_subtitle (painter, subtitle);
    }
  bytes = runway_timeline_painter_render (painter, format, error);
  return bytes != NULL &&
         g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

static void
export_to (RunwayWindow  *self,
           GFile         *file,
           gpointer       data)
{
  ExportRequest *request = data;
  RunwayPlan *plan = runway_window_get_plan (self);
  const char *vendors[] = { request->vendor, NULL };
  g_autoptr(RunwaySelection) selection = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (plan == NULL)
    return;

  if (request->format->export == NULL)
    {
      if (!export_timeline (self, file, &error))
        {
          runway_window_show_error (self, _("Could Not Export the Timeline"), error);
          return;
        }
    }
  else if ((selection = runway_selection_new (plan, request->vendor ? vendors : NULL, NULL,
                                              &error)) == NULL ||
           !runway_export_to_file (request->format->export, plan, selection, file, &error))
    {
      runway_window_show_error (self, _("Could Not Export the Plan"), error);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: a toast, "Exported to “Broadcom.xml”" */
  message = g_strdup_printf (_("Exported to “%s”"), name);
  runway_window_show_toast (self, message);
}

static char *
suggest_export_name (RunwayWindow       *self,
                     const ExportFormat *format,
                     const char         *vendor)
{
  RunwayEntity *settings = RUNWAY_ENTITY (runway_plan_get_settings (runway_window_get_plan (self)));
  const char *plan_name = runway_entity_get_string (settings, RUNWAY_SETTINGS_NAME);
  g_autofree char *base = vendor ? g_strdup_printf ("%s - %s", plan_name, vendor)
                                 : g_strdup (plan_name);

  if (g_str_equal (format->format, "archimate"))
    return g_strdup_printf ("%s (ArchiMate).%s", base, format->extension);
  return g_strdup_printf ("%s.%s", g_strdelimit (base, "/\\", '-'), format->extension);
}

static void
choose_export_file (RunwayWindow  *self,
                    ExportRequest *request)
{
  static const char * const images[] = { "*.pdf", "*.svg", "*.png", NULL };
  g_autofree char *suggested = suggest_export_name (self, request->format, request->vendor);
  g_autofree char *pattern = g_strdup_printf ("*.%s", request->format->extension);
  const char *single[] = { pattern, NULL };
  const char * const *patterns = request->format->export == NULL ? images : single;

  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _(request->format->title), _("_Export"),
               suggested, patterns, _(request->format->title), export_to, request,
               export_request_free);
}

static void
on_export_dialog_response (AdwMessageDialog *dialog,
                           const char       *response,
                           ExportRequest    *request)
{
  RunwayWindow *self = RUNWAY_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  GtkDropDown *vendors = g_object_get_data (G_OBJECT (dialog), "vendors");
  guint selected = gtk_drop_down_get_selected (vendors);

  if (!g_str_equal (response, "export"))
    {
      export_request_free (request);
      return;
    }

  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    request->vendor = g_strdup (gtk_string_list_get_string (
                                  GTK_STRING_LIST (gtk_drop_down_get_model (vendors)), selected));
  choose_export_file (self, request);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Asks what to export: the whole plan, or one vendor's slice for an
 * advisory meeting. */
static void
ask_export_scope (RunwayWindow  *self,
                  ExportRequest *request)
{
  RunwayPlan *plan = runway_window_get_plan (self);
  GListModel *vendors = runway_plan_get_model (plan, RUNWAY_KIND_VENDOR);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GtkStringList *list = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  GtkWidget *dialog;

  gtk_string_list_append (list, _("The whole plan"));
  for (guint i = 0; i < g_list_model_get_n_items (vendors); i++)
    {
      g_autoptr(RunwayEntity) vendor = g_list_model_get_item (vendors, i);

      g_ptr_array_add (names, (char *) runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME));
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (list, g_ptr_array_index (names, i));

  dropdown = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What to export"), -1);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _(request->format->title),
                                   _("Export the whole plan, or only what concerns one vendor: "
                                     "its products and releases, where they run, the "
                                     "migrations and who knows them."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), dropdown);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "vendors", dropdown);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_dialog_response), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  const char *format = NULL, *vendor = NULL, *path = NULL;
  g_autoptr(GFile) file = NULL;
  ExportRequest *request;

  g_variant_get (parameter, "(&s&s&s)", &format, &vendor, &path);
  if (runway_window_get_plan (self) == NULL || find_format (format) == NULL)
    return;

  request = g_new0 (ExportRequest, 1);
  request->format = find_format (format);
  request->vendor = *vendor != '\0' ? g_strdup (vendor) : NULL;

  file = file_for_parameter (path);
  if (file != NULL)
    {
      export_to (self, file, request);
      export_request_free (request);
    }
  else if (request->format->export == NULL)
    choose_export_file (self, request);   /* the view's own filters apply */
  else
    ask_export_scope (self, request);
}

/* Import plan XML ======================================================= */

static void
import_xml_into (RunwayWindow *self,
                 GFile        *target,
                 gpointer      data)
{
  GFile *source = data;
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (target);

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Runway can only keep plans on this computer"));
      runway_window_show_error (self, _("Could Not Import the Plan"), error);
      return;
    }

  in = g_file_read (source, NULL, &error);
  /* the file chooser has asked before replacing a file */
  if (in == NULL ||
      !runway_plan_import_xml (G_INPUT_STREAM (in), path, TRUE, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (source);

      /* Translators: "“plan.xml”: line 12: …" */
      g_prefix_error (&error, _("“%s”: "), name);
      runway_window_show_error (self, _("Could Not Import the Plan"), error);
      return;
    }

  runway_window_open (self, target);
}

static void
on_import_source_chosen (RunwayWindow *self,
                         GFile        *source,
                         gpointer      data)
{
  static const char * const patterns[] = { "*.runway", NULL };
  g_autofree char *base = g_file_get_basename (source);
  g_autofree char *suggested = NULL;
  char *dot = strrchr (base, '.');

  if (dot != NULL)
    *dot = '\0';
  suggested = g_strdup_printf ("%s.runway", base);
  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, _("Save the Imported Plan As"), _("_Import"),
               suggested, patterns, _("Runway Plans"), import_xml_into, g_object_ref (source),
               g_object_unref);
}

static void
import_xml_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  static const char * const patterns[] = { "*.xml", NULL };
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  const char *source_path = NULL, *target_path = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;

  g_variant_get (parameter, "(&s&s)", &source_path, &target_path);
  source = file_for_parameter (source_path);
  target = file_for_parameter (target_path);

  if (source == NULL)
    choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Plan XML"), _("_Open"), NULL,
                 patterns, _("Plan XML"), on_import_source_chosen, NULL, NULL);
  else if (target == NULL)
    on_import_source_chosen (self, source, NULL);
  else
    import_xml_into (self, target, source);
}

/* Import lifecycle data ================================================= */

typedef struct
{
  char *product;
  char *vendor;
} LifecycleRequest;

static void
lifecycle_request_free (gpointer data)
{
  LifecycleRequest *request = data;

  g_free (request->product);
  g_free (request->vendor);
  g_free (request);
}

static void
show_lifecycle_report (RunwayWindow          *self,
                       RunwayLifecycleReport *report)
{
  g_autofree char *summary = runway_lifecycle_report_dup_summary (report);
  guint n_notes = runway_lifecycle_report_get_n_notes (report);
  g_autoptr(GString) body = NULL;
  GtkWidget *dialog;

  if (n_notes == 0)
    {
      runway_window_show_toast (self, summary);
      return;
    }

  /* kept and skipped releases are the user's to look at */
  body = g_string_new (summary);
  g_string_append_c (body, '\n');
  for (guint i = 0; i < n_notes; i++)
    g_string_append_printf (body, "\n%s", runway_lifecycle_report_get_note (report, i, NULL));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Lifecycle Data Imported"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_lifecycle_from (RunwayWindow *self,
                       GFile        *file,
                       gpointer      data)
{
  LifecycleRequest *request = data;
  RunwayPlan *plan = runway_window_get_plan (self);
  g_autoptr(RunwayLifecycleReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (plan == NULL)
    return;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes != NULL)
    report = runway_plan_import_lifecycle (plan, bytes, request->product, request->vendor,
                                           &error);
  if (report == NULL)
    {
      runway_window_show_error (self, _("Could Not Import the Lifecycle Data"), error);
      return;
    }
  show_lifecycle_report (self, report);
}

static void
import_lifecycle_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  static const char * const patterns[] = { "*.csv", "*.json", NULL };
  RunwayWindow *self = RUNWAY_WINDOW (widget);
  const char *path = NULL, *product = NULL, *vendor = NULL;
  g_autoptr(GFile) file = NULL;
  LifecycleRequest *request;

  g_variant_get (parameter, "(&s&s&s)", &path, &product, &vendor);
  if (runway_window_get_plan (self) == NULL)
    return;

  request = g_new0 (LifecycleRequest, 1);
  request->product = *product ? g_strdup (product) : NULL;
  request->vendor = *vendor ? g_strdup (vendor) : NULL;

  file = file_for_parameter (path);
  if (file != NULL)
    {
      import_lifecycle_from (self, file, request);
      lifecycle_request_free (request);
    }
  else
    choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Lifecycle Data"), _("_Import"),
                 NULL, patterns, _("endoflife.date data"), import_lifecycle_from, request,
                 lifecycle_request_free);
}

/* The plan's state decides what can be done: nothing without a plan,
 * no lifecycle import into a read-only one. */
void
runway_window_update_exchange_actions (RunwayWindow *self)
{
  RunwayPlan *plan = runway_window_get_plan (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-lifecycle",
                                 plan != NULL && !runway_plan_is_read_only (plan));
}

void
runway_window_class_add_exchange_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", "(sss)", export_action);
  gtk_widget_class_install_action (widget_class, "win.import-xml", "(ss)", import_xml_action);
  gtk_widget_class_install_action (widget_class, "win.import-lifecycle", "(sss)",
                                   import_lifecycle_action);
}
