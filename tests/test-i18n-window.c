/* test-i18n-window.c — the window in Dutch, on a real display (Xvfb)
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the window as a Dutch user would see it (LANGUAGE=nl, and Dutch
 * dates from LC_TIME=nl_NL.UTF-8) and reads what is on screen. What it
 * expects comes from po/nl.po, so the test follows the translators.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "runway-application.h"
#include "runway-core.h"
#include "runway-test-po.h"
#include "runway-test-util.h"
#include "runway-ui-test-util.h"
#include "runway-window.h"

static RunwayApplication *app;
static gboolean has_dutch_dates;

typedef struct
{
  char         *dir;
  RunwayPlan   *plan;
  RunwayWindow *window;
} Fixture;

/* The Dutch of @msgid, which must differ from the English, or the test
 * could not tell a translated window from an untranslated one. */
static char *
dutch (const char *context,
       const char *msgid)
{
  char *text = runway_test_po_lookup ("nl", context, msgid);

  g_assert_cmpstr (text, !=, msgid);
  return text;
}

typedef gboolean (*MatchFunc) (GtkWidget *widget, const char *text);

static GtkWidget *
find_widget (GtkWidget  *root,
             MatchFunc   match,
             const char *text)
{
  if (match (root, text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_shown_label (GtkWidget  *widget,
                const char *text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
has_tooltip (GtkWidget  *widget,
             const char *text)
{
  return gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static void
assert_shows (Fixture    *fixture,
              MatchFunc   match,
              const char *text)
{
  if (find_widget (GTK_WIDGET (fixture->window), match, text) == NULL)
    g_error ("nothing on screen shows “%s”", text);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = runway_test_make_dir ();
  path = g_build_filename (fixture->dir, "demo.runway", NULL);
  fixture->plan = runway_test_new_demo_plan (path, "Dutch estate");
  runway_plan_clear_history (fixture->plan);

  fixture->window = runway_ui_test_present_plan (app, fixture->plan, 1200, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  runway_ui_test_destroy_windows ();
  g_clear_object (&fixture->plan);
  runway_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The view switcher, the tooltips of the toolbar's buttons and the risk
 * count, in its plural form, are Dutch. */
static void
test_window_dutch (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const views[] = { "Timeline", "Risks", "Staffing" };
  static const char * const tooltips[] = { "Zoom In", "Go to Today", "Main Menu" };
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (fixture->plan, NULL, NULL);
  guint counts[RUNWAY_SEVERITY_LOW + 1] = { 0 };
  guint open = 0;
  g_autofree char *format = NULL;
  char *numbers[5];
  g_autofree char *summary = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *title = dutch (NULL, views[i]);

      assert_shows (fixture, is_shown_label, title);
    }
  for (guint i = 0; i < G_N_ELEMENTS (tooltips); i++)
    {
      g_autofree char *tooltip = dutch (NULL, tooltips[i]);

      assert_shows (fixture, has_tooltip, tooltip);
    }

  /* nplurals=2; plural=(n != 1): form 1 is the one for many */
  g_assert_nonnull (risks);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (!runway_risk_is_accepted (risk))
        {
          counts[runway_risk_get_severity (risk)]++;
          open++;
        }
    }
  g_assert_cmpuint (open, >, 1);
  format = runway_test_po_lookup_plural ("nl", "%u open risk: ◆ %u critical, ▲ %u high, "
                                         "● %u medium, ■ %u low", 1);
  numbers[0] = g_strdup_printf ("%u", open);
  numbers[1] = g_strdup_printf ("%u", counts[RUNWAY_SEVERITY_CRITICAL]);
  numbers[2] = g_strdup_printf ("%u", counts[RUNWAY_SEVERITY_HIGH]);
  numbers[3] = g_strdup_printf ("%u", counts[RUNWAY_SEVERITY_MEDIUM]);
  numbers[4] = g_strdup_printf ("%u", counts[RUNWAY_SEVERITY_LOW]);
  summary = runway_test_po_fill (format, numbers[0], numbers[1], numbers[2], numbers[3],
                                 numbers[4], NULL);
  assert_shows (fixture, is_shown_label, summary);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_free (numbers[i]);
}

/* With a Dutch LC_TIME the what-if button shows the day the Dutch way:
 * "Per 15 okt 2030", not "As of 2030-10-15". */
static void
test_window_dutch_dates (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *as_of = dutch (NULL, "As of %s");
  g_autofree char *label = runway_test_po_fill (as_of, "15 okt 2030", NULL);

  if (!has_dutch_dates)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed (.ci/setup creates it)");
      return;
    }

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), "win.as-of",
                                                     g_variant_new_string ("2030-10-15")));
  runway_ui_test_drain ();
  runway_ui_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_shows (fixture, is_shown_label, label);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  /* a Dutch user's session; glibc reads LANGUAGE in C.UTF-8 too, so the
   * messages need no Dutch locale, but the month names do */
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "", FALSE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* gtk_test_init() sets the "C" locale, in which glibc ignores LANGUAGE;
   * take the environment's (C.UTF-8) as the program does */
  g_assert_nonnull (setlocale (LC_ALL, ""));
  has_dutch_dates = setlocale (LC_TIME, "nl_NL.UTF-8") != NULL;

  /* what main.c does for the program */
  g_assert_nonnull (g_getenv ("RUNWAY_LOCALEDIR"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RUNWAY_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = runway_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/i18n/window/dutch", Fixture, NULL,
              fixture_set_up, test_window_dutch, fixture_tear_down);
  g_test_add ("/i18n/window/dutch-dates", Fixture, NULL,
              fixture_set_up, test_window_dutch_dates, fixture_tear_down);

  return g_test_run ();
}
