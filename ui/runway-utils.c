/* runway-utils.c — small helpers the widgets share
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "runway-date.h"
#include "runway-utils.h"

/**
 * runway_kind_get_noun:
 *
 * Returns: what a user calls @n entities of @kind ("capability",
 * "capabilities"), translated with the right plural form.
 */
const char *
runway_kind_get_noun (RunwayKind kind,
                      guint      n)
{
  switch (kind)
    {
    case RUNWAY_KIND_VENDOR:
      return ngettext ("vendor", "vendors", n);
    case RUNWAY_KIND_PRODUCT:
      return ngettext ("product", "products", n);
    case RUNWAY_KIND_RELEASE:
      return ngettext ("release", "releases", n);
    case RUNWAY_KIND_ROADMAP_ITEM:
      return ngettext ("roadmap item", "roadmap items", n);
    case RUNWAY_KIND_TEAM:
      return ngettext ("team", "teams", n);
    case RUNWAY_KIND_PERSON:
      return ngettext ("person", "people", n);
    case RUNWAY_KIND_SKILL:
      return ngettext ("skill", "skills", n);
    case RUNWAY_KIND_CAPABILITY:
      return ngettext ("capability", "capabilities", n);
    case RUNWAY_KIND_DEPLOYMENT:
      return ngettext ("deployment", "deployments", n);
    case RUNWAY_KIND_MIGRATION:
      return ngettext ("migration", "migrations", n);
    case RUNWAY_KIND_RESPONSIBILITY:
      return ngettext ("responsibility", "responsibilities", n);
    case RUNWAY_KIND_ALTERNATIVE:
      return ngettext ("alternative", "alternatives", n);
    case RUNWAY_KIND_ACCEPTANCE:
      return ngettext ("accepted risk", "accepted risks", n);
    case RUNWAY_KIND_SETTINGS:
    case RUNWAY_N_KINDS:
    default:
      g_return_val_if_reached ("");
    }
}

/* A count as the user's locale groups digits: "10,000". */
char *
runway_format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

char *
runway_dup_count_label (RunwayKind kind,
                        guint      n)
{
  g_autofree char *count = runway_format_count (n);

  /* Translators: a count and a noun, "12 capabilities" */
  return g_strdup_printf (C_("count", "%s %s"), count, runway_kind_get_noun (kind, n));
}

/* The name of a referenced vendor, team…; NULL when there is none. */
char *
runway_dup_entity_name (RunwayPlan *plan,
                        RunwayKind  kind,
                        gint64      id)
{
  RunwayEntity *entity;

  if (id == 0)
    return NULL;
  entity = runway_plan_lookup (plan, kind, id);
  return entity ? runway_plan_dup_title (plan, entity) : NULL;
}

/* An enumeration's value as a reader writes it: "in-progress" → "In progress". */
char *
runway_dup_readable_enum_value (const char *value)
{
  g_autofree char *spaced = g_strdelimit (g_strdup (value), "-", ' ');
  g_autofree char *first = g_utf8_strup (spaced, g_utf8_next_char (spaced) - spaced);

  return g_strconcat (first, g_utf8_next_char (spaced), NULL);
}

/* What people read for the values a plan stores for its enumerations. */
static const struct
{
  const char *value;
  const char *label;
} enum_labels[] = {
  { "development", NC_("enum value", "Development") },
  { "test", NC_("enum value", "Test") },
  { "acceptance", NC_("enum value", "Acceptance") },
  { "production", NC_("enum value", "Production") },
  { "planned", NC_("enum value", "Planned") },
  { "in-progress", NC_("enum value", "In progress") },
  { "done", NC_("enum value", "Done") },
  { "cancelled", NC_("enum value", "Cancelled") },
  { "learning", NC_("enum value", "Learning") },
  { "practitioner", NC_("enum value", "Practitioner") },
  { "expert", NC_("enum value", "Expert") },
  { "operations", NC_("enum value", "Operations") },
  { "maintenance", NC_("enum value", "Maintenance") },
  { "design-integration", NC_("enum value", "Design and integration") },
  { "security", NC_("enum value", "Security") },
  { "resilience", NC_("enum value", "Resilience") },
  { "quality-assurance", NC_("enum value", "Quality assurance") },
  { "strategy-roadmap", NC_("enum value", "Strategy and roadmap") },
  { "customer-support", NC_("enum value", "Customer support") },
  { "cost-licences", NC_("enum value", "Cost and licences") },
  { "release", NC_("enum value", "Release") },
  { "feature", NC_("enum value", "Feature") },
  { "deprecation", NC_("enum value", "Deprecation") },
  { "price-change", NC_("enum value", "Price change") },
  { "other", NC_("enum value", "Other") },
  { "announced", NC_("enum value", "Announced") },
  { "expected", NC_("enum value", "Expected") },
  { "rumoured", NC_("enum value", "Rumoured") },
};

/**
 * runway_dup_enum_label:
 * @value: a value a plan stores for an enumeration ("in-progress")
 *
 * Returns: what the user reads for it, translated ("In progress"); a value
 * this table does not know, readable but untranslated.
 */
char *
runway_dup_enum_label (const char *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    if (g_str_equal (enum_labels[i].value, value))
      return g_strdup (g_dpgettext2 (NULL, "enum value", enum_labels[i].label));
  return runway_dup_readable_enum_value (value);
}

/**
 * runway_format_day:
 * @day: a day number (GDate's Julian day), not 0
 *
 * Returns: @day as people read dates in their locale, for labels and
 * tooltips ("24 Nov 2026", "24 nov 2026"). Entries and files keep ISO
 * 8601, which is what people type.
 */
char *
runway_format_day (guint32 day)
{
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  g_return_val_if_fail (day > 0, NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  when = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 12, 0, 0);
  /* Translators: how labels show a day, as g_date_time_format() reads it:
   * %-d day, %b month name (from the user's locale), %Y year. Keep the year
   * four digits: plans span decades. */
  /* xgettext:no-c-format */
  return g_date_time_format (when, C_("date format", "%-d %b %Y"));
}

/**
 * runway_format_date_text:
 * @text: (nullable): an ISO date as a plan stores it, "YYYY-MM-DD"
 *
 * Returns: @text as runway_format_day() shows it; anything that is not a
 * date (a milestone's "ended", "", %NULL) unchanged.
 */
char *
runway_format_date_text (const char *text)
{
  guint32 day;

  if (text == NULL || !runway_date_parse (text, &day, NULL))
    return g_strdup (text);
  return runway_format_day (day);
}
