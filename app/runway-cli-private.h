/* runway-cli-private.h — what the commands of runway-cli share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-core.h"

G_BEGIN_DECLS

/* Exit status of every command: 0 success, 1 failure (one line on stderr),
 * 2 wrong usage (usage on stderr); `risks --fail-on` adds 3. */
#define RUNWAY_CLI_OK       0
#define RUNWAY_CLI_FAILED   1
#define RUNWAY_CLI_USAGE    2

int             runway_cli_fail             (const char          *command,
                                             const GError        *error);
GOptionContext *runway_cli_context          (const char          *parameters,
                                             const char          *summary,
                                             const GOptionEntry  *entries);
gboolean        runway_cli_parse            (GOptionContext      *context,
                                             const char          *command,
                                             int                 *argc,
                                             char              ***argv,
                                             int                  n_args,
                                             int                 *status);
int             runway_cli_usage_error      (GOptionContext      *context,
                                             const char          *command,
                                             const char          *message);
RunwayPlan     *runway_cli_open_for_reading (const char          *path,
                                             GError             **error);
gboolean        runway_cli_write_export     (RunwayExportFunc     export,
                                             RunwayPlan          *plan,
                                             RunwaySelection     *selection,
                                             const char          *path,
                                             GError             **error);

/* The commands, one function each: argv[0] is the command's name. */
int runway_cli_new              (int argc, char **argv);
int runway_cli_demo             (int argc, char **argv);
int runway_cli_info             (int argc, char **argv);
int runway_cli_check            (int argc, char **argv);
int runway_cli_export_xml       (int argc, char **argv);   /* runway-cli-exchange.c */
int runway_cli_import_xml       (int argc, char **argv);
int runway_cli_validate         (int argc, char **argv);
int runway_cli_export_archimate (int argc, char **argv);   /* runway-cli-export.c */
int runway_cli_export_ics       (int argc, char **argv);
int runway_cli_import_eol       (int argc, char **argv);   /* runway-cli-lifecycle.c */
int runway_cli_render           (int argc, char **argv);   /* runway-cli-render.c */
int runway_cli_risks            (int argc, char **argv);   /* runway-cli-risks.c */
int runway_cli_accept           (int argc, char **argv);
int runway_cli_staffing         (int argc, char **argv);

G_END_DECLS
