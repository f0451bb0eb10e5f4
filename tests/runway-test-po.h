/* runway-test-po.h — what a translation says, read from its po/LANG.po
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *runway_test_po_lookup (const char *language,
                             const char *context,
                             const char *msgid);
char *runway_test_po_lookup_plural (const char *language,
                                    const char *msgid,
                                    guint       form);
char *runway_test_po_fill   (const char *format,
                             ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
