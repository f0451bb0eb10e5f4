/* runway-cli-render.c — placeholder until the command lands
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "runway-cli-private.h"

int
runway_cli_render (int    argc,
                   char **argv)
{
  g_printerr ("runway-cli %s: not available yet\n", argv[0]);
  return RUNWAY_CLI_FAILED;
}
