/* runway-bench-estate.h — DESIGN.md's large estate for the benchmarks
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "runway-core.h"

G_BEGIN_DECLS

void   runway_bench_estate_build (RunwayPlan *plan,
                                  double      scale,
                                  guint32     seed);
double runway_bench_now_ms       (void);
double runway_bench_read_peak_mb (void);
void   runway_bench_sort         (double     *values,
                                  guint       n);
double runway_bench_best         (double     *values,
                                  guint       n);
double runway_bench_median       (double     *values,
                                  guint       n);
double runway_bench_array_best   (GArray     *values);
double runway_bench_array_median (GArray     *values);

G_END_DECLS
