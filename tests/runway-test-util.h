/* runway-test-util.h — what the test programs share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-core.h"

G_BEGIN_DECLS

char       *runway_test_make_dir      (void);
void        runway_test_remove_dir    (const char  *dir);
GBytes     *runway_test_read_file     (const char  *path);
gboolean    runway_test_file_equals   (const char  *path,
                                       GBytes      *bytes);
void        runway_test_write_file    (const char  *path,
                                       const void  *data,
                                       gsize        len);
void        runway_test_sql           (const char  *path,
                                       const char  *sql);
RunwayPlan *runway_test_new_plan      (const char  *dir,
                                       const char  *name);
gint64      runway_test_add           (RunwayPlan  *plan,
                                       RunwayKind   kind,
                                       const char  *first_property,
                                       ...) G_GNUC_NULL_TERMINATED;

/* A fresh demo plan in a folder of its own, for g_test_add() fixtures. */
typedef struct
{
  char       *dir;
  char       *path;
  RunwayPlan *plan;
} RunwayTestDemo;

RunwayPlan *runway_test_new_demo_plan  (const char     *path,
                                        const char     *name);
void        runway_test_demo_set_up    (RunwayTestDemo *demo,
                                        gconstpointer   data);
void        runway_test_demo_tear_down (RunwayTestDemo *demo,
                                        gconstpointer   data);

/* What a run of runway-cli printed and how it ended. */
typedef struct
{
  int   status;
  char *out;    /* as printed, NUL-terminated; may hold any bytes */
  char *err;
} RunwayTestRun;

void        runway_test_run_clear     (RunwayTestRun *run);
void        runway_test_run_cli       (RunwayTestRun *run,
                                       const char    *first,
                                       ...) G_GNUC_NULL_TERMINATED;
void        runway_test_run_cli_input (RunwayTestRun *run,
                                       const char    *input,
                                       const char    *first,
                                       ...) G_GNUC_NULL_TERMINATED;
void        runway_test_run_cli_limited (RunwayTestRun *run,
                                       guint          file_size_limit,
                                       const char    *first,
                                       ...) G_GNUC_NULL_TERMINATED;
void        runway_test_run_cli_argv  (RunwayTestRun      *run,
                                       const char * const *args);
guint       runway_test_count_lines   (const char    *text);
void        runway_test_assert_contains (const char  *haystack,
                                       const char    *needle);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunwayTestRun, runway_test_run_clear)

G_END_DECLS
