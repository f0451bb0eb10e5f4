/* main.c — the entry point of `runway [PLAN…]`
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "runway-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RunwayApplication) app = NULL;
  /* An uninstalled build finds its catalogues here (the tests, `meson devenv`). */
  const char *localedir = g_getenv ("RUNWAY_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = runway_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
