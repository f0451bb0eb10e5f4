/* test-date.c — dates and lifecycle milestones
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "runway-test-util.h"

static void
test_date_parse (void)
{
  static const struct { const char *text; gboolean valid; } cases[] = {
    { "2024-11-14", TRUE }, { "2024-02-29", TRUE }, { "2023-02-29", FALSE },
    { "2024-13-01", FALSE }, { "2024-1-5", FALSE }, { "24-01-05", FALSE },
    { "2024-01-05T00:00", FALSE }, { "", FALSE }, { "ended", FALSE }, { "1899-12-31", FALSE },
    { "2024/01/05", FALSE }, { "２０２４-01-05", FALSE },
    { "2000-02-29", TRUE }, { "2100-02-29", FALSE }, { "2999-12-31", TRUE },
    { "3000-01-01", FALSE }, { "2024-00-10", FALSE }, { "2024-11-00", FALSE },
    { "2024-04-31", FALSE }, { "2024-", FALSE }, { "2024-11-1", FALSE },
    { "2024-11-14x", FALSE }, { "2024-11-1 ", FALSE }, { "+024-11-14", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint32 day = 0;
      gboolean ok = runway_date_parse (cases[i].text, &day, &error);

      g_assert_cmpint (ok, ==, cases[i].valid);
      if (ok)
        {
          g_autofree char *back = runway_date_format (day);

          g_assert_no_error (error);
          g_assert_cmpstr (back, ==, cases[i].text);
        }
      else
        g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
    }
}

/* Every day Runway accepts is the day GDate makes of it, and reads back
 * as it was written. */
static void
test_date_every_day (void)
{
  GDate date;
  guint n = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1900);
  while (g_date_get_year (&date) < 3000)
    {
      char text[16];
      guint32 day = 0;
      g_autofree char *back = NULL;

      g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
      g_assert_true (runway_date_parse (text, &day, NULL));
      g_assert_cmpuint (day, ==, g_date_get_julian (&date));
      back = runway_date_format (day);
      g_assert_cmpstr (back, ==, text);
      g_date_add_days (&date, 1);
      n++;
    }
  g_assert_cmpuint (n, ==, 1100 * 365 + 267);   /* 267 leap days */
}

static void
test_milestone_parse (void)
{
  RunwayMilestone m;
  g_autoptr(GError) error = NULL;
  guint32 day;

  g_assert_true (runway_milestone_parse (NULL, &m, NULL));
  g_assert_cmpint (m.kind, ==, RUNWAY_MILESTONE_UNKNOWN);
  g_assert_true (runway_milestone_parse ("ended", &m, NULL));
  g_assert_cmpint (m.kind, ==, RUNWAY_MILESTONE_ENDED);
  g_assert_true (runway_milestone_parse ("none", &m, NULL));
  g_assert_cmpint (m.kind, ==, RUNWAY_MILESTONE_NONE);
  g_assert_true (runway_milestone_parse ("2028-06-30", &m, NULL));
  g_assert_cmpint (m.kind, ==, RUNWAY_MILESTONE_DATE);
  g_assert_true (runway_date_parse ("2028-06-30", &day, NULL));
  g_assert_cmpuint (m.day, ==, day);

  g_assert_false (runway_milestone_parse ("true", &m, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
}

static void
test_add_months (void)
{
  guint32 day, expected;

  g_assert_true (runway_date_parse ("2026-01-31", &day, NULL));
  g_assert_true (runway_date_parse ("2026-02-28", &expected, NULL));
  g_assert_cmpuint (runway_date_add_months (day, 1), ==, expected);
  g_assert_true (runway_date_parse ("2025-11-30", &expected, NULL));
  g_assert_cmpuint (runway_date_add_months (day, -2), ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/parse", test_date_parse);
  g_test_add_func ("/date/every-day", test_date_every_day);
  g_test_add_func ("/date/milestone", test_milestone_parse);
  g_test_add_func ("/date/add-months", test_add_months);

  return g_test_run ();
}
