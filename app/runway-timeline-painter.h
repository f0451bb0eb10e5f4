/* runway-timeline-painter.h — the timeline as a picture: PNG, SVG and PDF
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-timeline.h"

G_BEGIN_DECLS

#define RUNWAY_TIMELINE_PAINTER_ERROR (runway_timeline_painter_error_quark ())

typedef enum {
  RUNWAY_TIMELINE_PAINTER_ERROR_FORMAT,     /* not .png, .svg or .pdf */
  RUNWAY_TIMELINE_PAINTER_ERROR_TOO_LARGE,  /* more rows than one image can hold */
  RUNWAY_TIMELINE_PAINTER_ERROR_FAILED,     /* cairo could not draw it */
} RunwayTimelinePainterError;

GQuark runway_timeline_painter_error_quark (void);

typedef enum {
  RUNWAY_TIMELINE_FORMAT_PNG,
  RUNWAY_TIMELINE_FORMAT_SVG,
  RUNWAY_TIMELINE_FORMAT_PDF,
} RunwayTimelineFormat;

gboolean runway_timeline_format_for_path (const char            *path,
                                          RunwayTimelineFormat  *out_format,
                                          GError               **error);

/* Severity is never told by colour alone: each has its shape. */
typedef enum {
  RUNWAY_TIMELINE_SHAPE_DIAMOND,   /* critical */
  RUNWAY_TIMELINE_SHAPE_TRIANGLE,  /* high */
  RUNWAY_TIMELINE_SHAPE_CIRCLE,    /* medium */
  RUNWAY_TIMELINE_SHAPE_SQUARE,    /* low */
} RunwayTimelineShape;

RunwayTimelineShape runway_timeline_shape_for_severity (RunwaySeverity severity);

/**
 * RunwayTimelinePalette:
 *
 * The colours of a timeline, as "#rrggbb". The light palette is made for a
 * projector: strong fills on white, dark text, a hatch on what is past its
 * end of life so it reads without colour too.
 */
typedef struct
{
  const char *background;
  const char *text;
  const char *secondary_text;
  const char *grid;
  const char *grid_major;
  const char *group_band;
  const char *row_rule;
  const char *phases[RUNWAY_TIMELINE_N_PHASES];
  const char *environments[4];     /* in the order of runway_environments[] */
  const char *severities[4];       /* in the order of RunwaySeverity */
  const char *marker_outline;
  const char *roadmap;
  const char *contract_end;
  const char *migration;
  const char *migration_done;
  const char *today;
  const char *as_of;
} RunwayTimelinePalette;

const RunwayTimelinePalette *runway_timeline_palette_get_light (void);

#define RUNWAY_TYPE_TIMELINE_PAINTER (runway_timeline_painter_get_type ())

G_DECLARE_FINAL_TYPE (RunwayTimelinePainter, runway_timeline_painter, RUNWAY, TIMELINE_PAINTER,
                      GObject)

RunwayTimelinePainter *runway_timeline_painter_new       (RunwayTimeline         *timeline);
void                   runway_timeline_painter_set_title (RunwayTimelinePainter  *self,
                                                          const char             *title);
void                   runway_timeline_painter_set_subtitle (RunwayTimelinePainter *self,
                                                          const char             *subtitle);
void                   runway_timeline_painter_set_width (RunwayTimelinePainter  *self,
                                                          guint                   width);
GBytes                *runway_timeline_painter_render    (RunwayTimelinePainter  *self,
                                                          RunwayTimelineFormat    format,
                                                          GError                **error);

G_END_DECLS
