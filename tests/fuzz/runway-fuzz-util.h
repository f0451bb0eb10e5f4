/* runway-fuzz-util.h — what the fuzz harnesses share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-core.h"

G_BEGIN_DECLS

/* libFuzzer's entry points, called by its main() */
int  LLVMFuzzerInitialize     (int          *argc,
                               char       ***argv);
int  LLVMFuzzerTestOneInput   (const guint8  *data,
                               size_t         size);

const char *runway_fuzz_init            (void);
void        runway_fuzz_remove_plan     (const char   *path);
void        runway_fuzz_assert_dir_empty (const char  *dir);

G_END_DECLS
