/* runway-date.c — calendar dates and lifecycle milestones
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-date.h"
#include "runway-error.h"

/* Strict YYYY-MM-DD: plans are exchanged between tools and kept in git, so
 * "2024-1-5" or "2024-01-05T00:00" are refused rather than guessed at. */
gboolean
runway_date_parse (const char  *text,
                   guint32     *out_day,
                   GError     **error)
{
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (out_day != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    goto invalid;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        goto invalid;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < 1900 || year > 2999 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                                                        (GDateYear) year))
    goto invalid;

  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    *out_day = g_date_get_julian (&date);
  }
  return TRUE;

invalid:
  g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
               _("“%s” is not a date (expected YYYY-MM-DD between 1900 and 2999)"),
               text ? text : "");
  return FALSE;
}

gboolean
runway_date_is_valid_text (const char *text)
{
  guint32 day;

  return runway_date_parse (text, &day, NULL);
}

char *
runway_date_format (guint32 day)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (day), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_day (&date));
}

guint32
runway_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  return g_date_get_julian (&date);
}

guint32
runway_date_add_months (guint32 day,
                        int     months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (months >= 0)
    g_date_add_months (&date, (guint) months);
  else
    g_date_subtract_months (&date, (guint) -months);
  return g_date_get_julian (&date);
}

gboolean
runway_milestone_parse (const char       *text,
                        RunwayMilestone  *out,
                        GError          **error)
{
  g_return_val_if_fail (out != NULL, FALSE);

  out->day = 0;

  if (text == NULL || *text == '\0')
    {
      out->kind = RUNWAY_MILESTONE_UNKNOWN;
      return TRUE;
    }
  if (g_str_equal (text, "ended"))
    {
      out->kind = RUNWAY_MILESTONE_ENDED;
      return TRUE;
    }
  if (g_str_equal (text, "none"))
    {
      out->kind = RUNWAY_MILESTONE_NONE;
      return TRUE;
    }
  if (runway_date_parse (text, &out->day, NULL))
    {
      out->kind = RUNWAY_MILESTONE_DATE;
      return TRUE;
    }

  g_set_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID,
               _("“%s” is not a milestone (expected YYYY-MM-DD, “ended” or “none”)"), text);
  return FALSE;
}
