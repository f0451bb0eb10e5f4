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

G_END_DECLS
