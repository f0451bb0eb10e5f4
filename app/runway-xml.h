/* runway-xml.h — Runway plan XML (urn:runway:plan:1): export, import,
 * validation
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "runway-plan.h"
#include "runway-selection.h"

G_BEGIN_DECLS

#define RUNWAY_XML_NAMESPACE "urn:runway:plan:1"

#define RUNWAY_XML_ERROR (runway_xml_error_quark ())

/**
 * RunwayXmlError:
 * Why a plan XML file was refused. Messages start with "line N: ".
 */
typedef enum {
  RUNWAY_XML_ERROR_MALFORMED,   /* not well-formed, truncated, not UTF-8 */
  RUNWAY_XML_ERROR_HOSTILE,     /* DOCTYPE, entities, external references, too deep, too big */
  RUNWAY_XML_ERROR_INVALID,     /* against the schema or the plan's rules */
} RunwayXmlError;

GQuark      runway_xml_error_quark     (void);

gboolean    runway_plan_export_xml     (RunwayPlan        *plan,
                                        RunwaySelection   *selection,
                                        GOutputStream     *out,
                                        GError           **error);
gboolean    runway_plan_import_xml     (GInputStream      *in,
                                        const char        *plan_path,
                                        gboolean           replace,
                                        GCancellable      *cancellable,
                                        GError           **error);
GPtrArray  *runway_xml_validate        (GInputStream      *in,
                                        GCancellable      *cancellable,
                                        GError           **error);
GBytes     *runway_xml_dup_schema      (void);

G_END_DECLS
