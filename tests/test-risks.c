/* test-risks.c — the risk engine: every rule at its edges, the order,
 * acceptance, staffing, the demo plan, and `runway-cli risks`, `staffing`
 * and `accept` as a user or a CI job runs them
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "runway-test-util.h"

#define AS_OF "2026-11-24"

/* A plan with nothing wrong in it: one release of one product runs in
 * production for one capability that every area covers and that has an
 * exit; three practitioners know the product. Each case changes one thing. */
typedef struct
{
  char       *dir;
  RunwayPlan *plan;
  gint64      team, vendor, product, release, next_release, capability, deployment;
  gint64      people[3];
  gint64      skills[3];
  gint64      alternative, other_product, migration;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  RunwayEntity *settings;
  g_autoptr(RunwayEntity) draft = NULL;
  g_autoptr(GError) error = NULL;
  static const char *names[] = { "Anna de Vries", "Tom Bakker", "Chen Wei" };

  f->dir = runway_test_make_dir ();
  f->plan = runway_test_new_plan (f->dir, "risks.runway");

  settings = RUNWAY_ENTITY (runway_plan_get_settings (f->plan));
  draft = runway_entity_copy (settings);
  g_object_set (draft, "horizon-start", "2020-01-01", "horizon-end", "2035-12-31",
                "min-fte", 3.0, "eol-warning-months", (gint64) 12,
                "eos-warning-months", (gint64) 6, NULL);
  runway_plan_update (f->plan, draft, &error);
  g_assert_no_error (error);

  f->team = runway_test_add (f->plan, RUNWAY_KIND_TEAM, "name", "Platform", NULL);
  f->vendor = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Acme", NULL);
  f->product = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor,
                                "name", "Widget", NULL);
  f->release = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->product,
                                "version", "1.0", "ga", "2020-01-01",
                                "end-of-life", "2036-01-01", NULL);
  f->next_release = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->product,
                                     "version", "2.0", "ga", "2026-01-01",
                                     "end-of-life", "none", NULL);
  f->capability = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "Core",
                                   "owner", f->team, NULL);
  for (guint a = 0; runway_responsibility_areas[a] != NULL; a++)
    runway_test_add (f->plan, RUNWAY_KIND_RESPONSIBILITY, "capability", f->capability,
                     "area", runway_responsibility_areas[a], "team", f->team, NULL);
  f->deployment = runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                                   "release", f->release, "environment", "production",
                                   "instances", (gint64) 4, "from", "2021-01-01", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (f->people); i++)
    {
      f->people[i] = runway_test_add (f->plan, RUNWAY_KIND_PERSON, "team", f->team,
                                      "name", names[i], "fte", 1.0, NULL);
      f->skills[i] = runway_test_add (f->plan, RUNWAY_KIND_SKILL, "person", f->people[i],
                                      "product", f->product, "level", "practitioner", NULL);
    }
  f->other_product = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor,
                                      "name", "Gadget", NULL);
  f->alternative = runway_test_add (f->plan, RUNWAY_KIND_ALTERNATIVE, "capability", f->capability,
                                    "product", f->other_product, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
  runway_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GPtrArray *
compute (Fixture    *f,
         const char *as_of)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *risks = runway_plan_compute_risks (f->plan, as_of, &error);

  g_assert_no_error (error);
  g_assert_nonnull (risks);
  return risks;
}

static guint
count_rule (GPtrArray  *risks,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < risks->len; i++)
    n += g_str_equal (runway_risk_get_rule (g_ptr_array_index (risks, i)), rule);
  return n;
}

static RunwayRisk *
find_risk (GPtrArray  *risks,
           const char *rule,
           const char *subject)
{
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (g_str_equal (runway_risk_get_rule (risk), rule)
          && (subject == NULL || g_str_equal (runway_risk_get_subject (risk), subject)))
        return risk;
    }
  return NULL;
}

static void
set_from_text (RunwayEntity *draft,
               const char   *name,
               const char   *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (draft), name);

  g_assert_nonnull (pspec);
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
    g_object_set (draft, name, *text ? text : NULL, NULL);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_DOUBLE)
    g_object_set (draft, name, g_ascii_strtod (text, NULL), NULL);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_BOOLEAN)
    g_object_set (draft, name, g_str_equal (text, "true"), NULL);
  else
    g_object_set (draft, name, g_ascii_strtoll (text, NULL, 10), NULL);
}

static void
update (Fixture    *f,
        RunwayKind  kind,
        gint64      id,
        const char *property,
        const char *value)
{
  g_autoptr(GError) error = NULL;
  RunwayEntity *live = kind == RUNWAY_KIND_SETTINGS
                       ? RUNWAY_ENTITY (runway_plan_get_settings (f->plan))
                       : runway_plan_lookup (f->plan, kind, id);
  g_autoptr(RunwayEntity) draft = NULL;

  g_assert_nonnull (live);
  draft = runway_entity_copy (live);
  set_from_text (draft, property, value);
  runway_plan_update (f->plan, draft, &error);
  g_assert_no_error (error);
}

static void
remove_entity (Fixture    *f,
               RunwayKind  kind,
               gint64      id)
{
  g_autoptr(GError) error = NULL;

  runway_plan_remove (f->plan, runway_plan_lookup (f->plan, kind, id), &error);
  g_assert_no_error (error);
}

static gint64
find_responsibility (Fixture    *f,
                     const char *area)
{
  GListModel *model = runway_plan_get_model (f->plan, RUNWAY_KIND_RESPONSIBILITY);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RunwayEntity) responsibility = g_list_model_get_item (model, i);

      if (g_str_equal (runway_entity_get_string (responsibility, RUNWAY_RESPONSIBILITY_AREA),
                       area))
        return runway_entity_get_id (responsibility);
    }
  g_assert_not_reached ();
  return 0;
}

/* One change to the fixture: "release.end-of-life" = "2026-11-24", or an
 * action such as "remove" = "alternative". */
static void
apply_change (Fixture    *f,
              const char *what,
              const char *value)
{
  g_auto(GStrv) parts = g_strsplit (what, ".", 2);
  const char *target = parts[0];
  const char *property = parts[1];

  if (g_str_equal (target, "remove"))
    {
      if (g_str_equal (value, "alternative"))
        remove_entity (f, RUNWAY_KIND_ALTERNATIVE, f->alternative);
      else if (g_str_has_prefix (value, "skill"))
        remove_entity (f, RUNWAY_KIND_SKILL, f->skills[value[5] - '1']);
      else
        remove_entity (f, RUNWAY_KIND_RESPONSIBILITY, find_responsibility (f, value));
    }
  else if (g_str_equal (target, "add") && g_str_equal (value, "other-product"))
    {
      /* Gadget 1 runs for Core as well */
      gint64 release = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->other_product,
                                        "version", "1", "end-of-life", "none", NULL);

      runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                       "release", release, "environment", "test", NULL);
    }
  else if (g_str_equal (target, "add") && g_str_equal (value, "exit-migration"))
    {
      gint64 release = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->other_product,
                                        "version", "5", "end-of-life", "none", NULL);

      runway_test_add (f->plan, RUNWAY_KIND_MIGRATION, "capability", f->capability,
                       "from", f->release, "to", release, "status", "planned", NULL);
    }
  else if (g_str_equal (target, "settings"))
    update (f, RUNWAY_KIND_SETTINGS, 0, property, value);
  else if (g_str_equal (target, "vendor"))
    update (f, RUNWAY_KIND_VENDOR, f->vendor, property, value);
  else if (g_str_equal (target, "release"))
    update (f, RUNWAY_KIND_RELEASE, f->release, property, value);
  else if (g_str_equal (target, "deployment"))
    update (f, RUNWAY_KIND_DEPLOYMENT, f->deployment, property, value);
  else if (g_str_has_prefix (target, "person"))
    update (f, RUNWAY_KIND_PERSON, f->people[target[6] - '1'], property, value);
  else if (g_str_has_prefix (target, "skill"))
    update (f, RUNWAY_KIND_SKILL, f->skills[target[5] - '1'], property, value);
  else if (g_str_equal (target, "migration"))
    {
      if (f->migration == 0)
        f->migration = runway_test_add (f->plan, RUNWAY_KIND_MIGRATION,
                                        "capability", f->capability, "from", f->release,
                                        "to", f->next_release, "start", "2025-01-01",
                                        "status", "planned", NULL);
      update (f, RUNWAY_KIND_MIGRATION, f->migration, property, value);
    }
  else
    g_error ("unknown change %s", what);
}

static void
test_baseline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = compute (f, AS_OF);

  /* the cases below can only fire because of what they change */
  for (guint i = 0; i < risks->len; i++)
    g_printerr ("unexpected: %s\n", runway_risk_get_message (g_ptr_array_index (risks, i)));
  g_assert_cmpuint (risks->len, ==, 0);
}

typedef struct
{
  const char *what;
  const char *as_of;        /* NULL: AS_OF */
  const char *changes[12];  /* what, value pairs */
  const char *rule;
  const char *date;         /* the risk's date, "-" when it has none; NULL: it must not fire */
  const char *message;      /* text the message holds, or NULL */
} RuleCase;

static const RuleCase rule_cases[] = {
  /* end of life: the date is the last day of support */
  { "end of life on the as-of date: still supported, bites soon", NULL,
    { "release.end-of-life", AS_OF }, "eol-soon", AS_OF,
    "Widget 1.0 reaches end of life on 2026-11-24 and runs in production for Core" },
  { "end of life on the as-of date: not passed", NULL,
    { "release.end-of-life", AS_OF }, "eol-passed", NULL },
  { "end of life the day before the as-of date", NULL,
    { "release.end-of-support", "2022-01-01", "release.end-of-life", "2026-11-23" },
    "eol-passed", "2026-11-23",
    "Widget 1.0 reached end of life on 2026-11-23 and runs in production for Core; migrate or "
    "contract extended support" },
  { "end of life at the edge of the warning window", NULL,
    { "release.end-of-life", "2027-11-24" }, "eol-soon", "2027-11-24" },
  { "end of life a day past the warning window", NULL,
    { "release.end-of-life", "2027-11-25" }, "eol-soon", NULL },
  { "no warning window: only the day itself", NULL,
    { "settings.eol-warning-months", "0", "release.end-of-life", "2026-11-25" }, "eol-soon",
    NULL },
  { "leap day as-of: twelve months on is 2025-02-28", "2024-02-29",
    { "release.end-of-life", "2025-02-28" }, "eol-soon", "2025-02-28" },
  { "leap day as-of: 2025-03-01 is outside", "2024-02-29",
    { "release.end-of-life", "2025-03-01" }, "eol-soon", NULL },
  { "end of life on a leap day, as of that day", "2028-02-29",
    { "release.end-of-life", "2028-02-29" }, "eol-soon", "2028-02-29" },
  { "end of life on a leap day, as of the day after", "2028-03-01",
    { "release.end-of-life", "2028-02-29" }, "eol-passed", "2028-02-29" },
  { "end of life ended: passed, day unknown", NULL,
    { "release.end-of-support", "ended", "release.end-of-life", "ended" }, "eol-passed", "-",
    "Widget 1.0 has reached end of life" },
  { "end of life none: never", NULL,
    { "release.end-of-life", "none" }, "eol-passed", NULL },
  { "end of life none: no warning either", NULL,
    { "release.end-of-life", "none" }, "eol-soon", NULL },
  { "end of life unknown", NULL,
    { "release.end-of-life", "" }, "lifecycle-unknown", "-", "look it up" },
  { "end of life known: not unknown", NULL,
    { "release.end-of-life", "2030-01-01" }, "lifecycle-unknown", NULL },
  { "a deployment retired on its end of life is in time", NULL,
    { "release.end-of-life", "2027-03-01", "deployment.until", "2027-03-01" }, "eol-soon", NULL },
  { "a deployment retired a day after its end of life", NULL,
    { "release.end-of-life", "2027-03-01", "deployment.until", "2027-03-02" }, "eol-soon",
    "2027-03-01" },

  /* extended support */
  { "past end of life, extended support not contracted", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "2028-01-01" }, "eol-passed", "2025-01-01" },
  { "past end of life on contracted extended support", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "2028-01-01",
      "release.extended-support-contracted", "true" }, "extended-only", "2028-01-01",
    "on contracted extended support until 2028-01-01" },
  { "contracted extended support covers: no eol-passed", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "2028-01-01",
      "release.extended-support-contracted", "true" }, "eol-passed", NULL },
  { "contracted extended support ending on the as-of date still runs", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", AS_OF,
      "release.extended-support-contracted", "true" }, "extended-only", AS_OF },
  { "contracted extended support that ran out", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "2026-11-23",
      "release.extended-support-contracted", "true" }, "eol-passed", "2026-11-23",
    "The contracted extended support of Widget 1.0 ended on 2026-11-23" },
  { "contracted extended support without an announced end", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "none",
      "release.extended-support-contracted", "true" }, "extended-only", "-" },
  { "contracted extended support whose end is not recorded", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-contracted", "true" }, "eol-passed", "2025-01-01",
    "its end is not recorded" },
  { "contracted extended support that has ended", NULL,
    { "release.end-of-support", "2020-06-01", "release.end-of-life", "2025-01-01",
      "release.extended-support-end", "ended",
      "release.extended-support-contracted", "true" }, "eol-passed", "2025-01-01" },

  /* end of mainstream support */
  { "end of support passed", NULL,
    { "release.end-of-support", "2026-11-23" }, "eos-passed", "2026-11-23" },
  { "end of support on the as-of date: soon", NULL,
    { "release.end-of-support", AS_OF }, "eos-soon", AS_OF },
  { "end of support at the edge of its window", NULL,
    { "release.end-of-support", "2027-05-24" }, "eos-soon", "2027-05-24" },
  { "end of support a day past its window", NULL,
    { "release.end-of-support", "2027-05-25" }, "eos-soon", NULL },
  { "end of support ended", NULL,
    { "release.end-of-support", "ended" }, "eos-passed", "-" },
  { "end of support none", NULL,
    { "release.end-of-support", "none" }, "eos-passed", NULL },

  /* migrations */
  { "end of life inside the horizon, no migration", NULL,
    { "release.end-of-life", "2031-01-01" }, "no-migration", "2031-01-01",
    "no migration away from it is planned for Core" },
  { "end of life passed, no migration", NULL,
    { "release.end-of-life", "2026-01-01" }, "no-migration", "2026-01-01",
    "Widget 1.0 reached end of life on 2026-01-01 and no migration away from it is planned for "
    "Core; plan one" },
  { "end of life ended, no migration", NULL,
    { "release.end-of-support", "ended", "release.end-of-life", "ended" }, "no-migration", "-",
    "Widget 1.0 has reached end of life and no migration away from it is planned for Core" },
  { "end of life on the horizon's last day", NULL,
    { "release.end-of-life", "2035-12-31" }, "no-migration", "2035-12-31" },
  { "end of life after the horizon", NULL,
    { "release.end-of-life", "2036-01-01" }, "no-migration", NULL },
  { "end of life inside the horizon, migration planned", NULL,
    { "release.end-of-life", "2031-01-01", "migration.end", "2030-12-01" }, "no-migration", NULL },
  { "end of life inside the horizon, migration cancelled", NULL,
    { "release.end-of-life", "2031-01-01", "migration.status", "cancelled" }, "no-migration",
    "2031-01-01" },
  { "a migration ending the day of the end of life is in time", NULL,
    { "release.end-of-life", "2031-01-01", "migration.end", "2031-01-01" }, "migration-late",
    NULL },
  { "a migration ending the day after the end of life is late", NULL,
    { "release.end-of-life", "2031-01-01", "migration.end", "2031-01-02" }, "migration-late",
    "2031-01-01", "The migration Widget 1.0 → Widget 2.0 for Core ends on 2031-01-02, after the "
    "end of life of Widget 1.0 on 2031-01-01" },
  { "a late migration under way is late too", NULL,
    { "release.end-of-life", "2031-01-01", "migration.end", "2031-06-01",
      "migration.status", "in-progress" }, "migration-late", "2031-01-01" },
  { "a done migration is not late", NULL,
    { "release.end-of-life", "2031-01-01", "migration.end", "2031-06-01",
      "migration.status", "done" }, "migration-late", NULL },
  { "contracted extended support bridges a late migration", NULL,
    { "release.end-of-life", "2031-01-01", "release.extended-support-end", "2032-01-01",
      "release.extended-support-contracted", "true", "migration.end", "2031-06-01" },
    "migration-late", NULL },
  { "extended support that ends before the migration does not", NULL,
    { "release.end-of-life", "2031-01-01", "release.extended-support-end", "2031-03-01",
      "release.extended-support-contracted", "true", "migration.end", "2031-06-01" },
    "migration-late", "2031-01-01" },
  { "a migration away from an ended release", NULL,
    { "release.end-of-support", "ended", "release.end-of-life", "ended",
      "migration.end", "2027-06-01" }, "migration-late", "-" },

  /* staffing */
  { "three full-time practitioners are enough", NULL,
    { "person1.fte", "1.0" }, "understaffed", NULL },
  { "a person with fte 0.5 makes 2.5 of 3", NULL,
    { "person3.fte", "0.5" }, "understaffed", "-",
    "Widget has 2.5 FTE of practitioners and experts, below the plan's minimum of 3.0" },
  { "0.5 + 0.5 + 1 + 1 makes the minimum of 2.5", NULL,
    { "settings.min-fte", "2.5", "person2.fte", "0.5", "person3.fte", "1.0" }, "understaffed",
    NULL },
  { "0.6 + 0.7 + 0.7 is 2, though not in floating point", NULL,
    { "settings.min-fte", "2.0", "person1.fte", "0.6", "person2.fte", "0.7",
      "person3.fte", "0.7" }, "understaffed", NULL },
  { "learners do not count", NULL,
    { "skill3.level", "learning" }, "understaffed", "-" },
  { "one practitioner: single expert", NULL,
    { "remove", "skill2", "remove", "skill3" }, "single-expert", "-",
    "Only Anna de Vries can run Widget" },
  { "one expert and a learner: still single expert", NULL,
    { "skill1.level", "expert", "skill2.level", "learning", "remove", "skill3" },
    "single-expert", "-" },
  { "two practitioners: not single", NULL,
    { "remove", "skill3" }, "single-expert", NULL },
  { "nobody knows it: understaffed, not single", NULL,
    { "remove", "skill1", "remove", "skill2", "remove", "skill3" }, "single-expert", NULL },
  { "nobody knows it", NULL,
    { "remove", "skill1", "remove", "skill2", "remove", "skill3" }, "understaffed", "-",
    "Nobody can run Widget" },

  /* capabilities */
  { "an area nobody covers", NULL,
    { "remove", "security" }, "ownership-gap", "-", "No team covers security for Core" },
  { "two areas nobody covers, one risk", NULL,
    { "remove", "security", "remove", "cost-licences" }, "ownership-gap", "-",
    "No team covers security, cost and licences for Core" },
  { "no alternative", NULL,
    { "remove", "alternative" }, "no-alternative", "-",
    "Core runs on Widget only and has no alternative" },
  { "two products: an alternative runs already", NULL,
    { "remove", "alternative", "add", "other-product" }, "no-alternative", NULL },
  { "a planned migration to another product is an exit", NULL,
    { "remove", "alternative", "add", "exit-migration" }, "no-alternative", NULL },
  { "a migration to a newer release is no exit", NULL,
    { "remove", "alternative", "migration.end", "2030-01-01" }, "no-alternative", "-" },

  /* vendor contract */
  { "a contract that ends before an open-ended deployment", NULL,
    { "vendor.contract-end", "2027-06-30" }, "contract-ends", "2027-06-30",
    "The contract with Acme runs until 2027-06-30, but Widget keeps running for Core" },
  { "a contract that ended", NULL,
    { "vendor.contract-end", "2026-01-31" }, "contract-ends", "2026-01-31",
    "The contract with Acme ended on 2026-01-31" },
  { "a deployment retired when the contract ends", NULL,
    { "vendor.contract-end", "2027-06-30", "deployment.until", "2027-06-30" }, "contract-ends",
    NULL },
  { "a deployment retired after the contract ends", NULL,
    { "vendor.contract-end", "2027-06-30", "deployment.until", "2027-07-01" }, "contract-ends",
    "2027-06-30" },

  /* what is deployed on the as-of date */
  { "a deployment that starts later is not there yet", NULL,
    { "release.end-of-life", "2025-01-01", "deployment.from", "2026-11-25" }, "eol-passed",
    NULL },
  { "a deployment that starts on the as-of date is", NULL,
    { "release.end-of-life", "2025-01-01", "deployment.from", AS_OF }, "eol-passed",
    "2025-01-01" },
  { "a deployment that ended before is gone", NULL,
    { "release.end-of-life", "2025-01-01", "deployment.until", "2026-11-23" }, "eol-passed",
    NULL },
  { "a deployment that ends on the as-of date still runs", NULL,
    { "release.end-of-life", "2025-01-01", "deployment.until", AS_OF }, "eol-passed",
    "2025-01-01" },
  { "what-if: as of a later day", "2036-01-02",
    { "release.end-of-life", "2036-01-01" }, "eol-passed", "2036-01-01" },
};

static void
test_rule_case (gconstpointer data)
{
  const RuleCase *rule_case = data;
  Fixture f = { 0 };
  g_autoptr(GPtrArray) risks = NULL;
  RunwayRisk *risk;

  fixture_set_up (&f, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (rule_case->changes) && rule_case->changes[i]; i += 2)
    apply_change (&f, rule_case->changes[i], rule_case->changes[i + 1]);

  risks = compute (&f, rule_case->as_of ? rule_case->as_of : AS_OF);
  risk = find_risk (risks, rule_case->rule, NULL);
  if (rule_case->date == NULL)
    {
      if (risk != NULL)
        g_error ("%s: unexpected %s: %s", rule_case->what, rule_case->rule,
                 runway_risk_get_message (risk));
    }
  else
    {
      if (risk == NULL)
        g_error ("%s: %s did not fire", rule_case->what, rule_case->rule);
      g_assert_cmpuint (count_rule (risks, rule_case->rule), ==, 1);
      g_assert_cmpstr (runway_risk_get_date (risk), ==,
                       g_str_equal (rule_case->date, "-") ? NULL : rule_case->date);
      if (rule_case->message != NULL && !strstr (runway_risk_get_message (risk),
                                                 rule_case->message))
        g_error ("%s: “%s” not in “%s”", rule_case->what, rule_case->message,
                 runway_risk_get_message (risk));
    }

  fixture_tear_down (&f, NULL);
}

/* The fields a view and runway-cli show, for each kind of subject. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = NULL;
  RunwayRisk *risk;
  RunwaySeverity severity;

  apply_change (f, "release.end-of-life", "2026-12-31");
  apply_change (f, "vendor.contract-end", "2027-06-30");
  apply_change (f, "remove", "skill3");
  apply_change (f, "remove", "resilience");
  risks = compute (f, AS_OF);

  risk = find_risk (risks, "eol-soon", "Widget 1.0");
  g_assert_nonnull (risk);
  g_assert_cmpint (runway_risk_get_severity (risk), ==, RUNWAY_SEVERITY_HIGH);
  g_assert_cmpstr (runway_risk_get_subject_kind (risk), ==, "release");
  g_assert_cmpstr (runway_risk_get_capability (risk), ==, "Core");
  g_assert_cmpstr (runway_risk_get_product (risk), ==, "Widget");
  g_assert_cmpstr (runway_risk_get_release (risk), ==, "1.0");
  g_assert_cmpint (runway_risk_get_release_id (risk), ==, f->release);
  g_assert_cmpint (runway_risk_get_subject_id (risk), ==, f->release);
  g_assert_false (runway_risk_is_accepted (risk));

  risk = find_risk (risks, "understaffed", "Widget");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_subject_kind (risk), ==, "product");
  g_assert_null (runway_risk_get_capability (risk));
  g_assert_null (runway_risk_get_release (risk));
  g_assert_cmpint (runway_risk_get_product_id (risk), ==, f->product);

  risk = find_risk (risks, "ownership-gap", "Core");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_subject_kind (risk), ==, "capability");
  g_assert_cmpint (runway_risk_get_capability_id (risk), ==, f->capability);

  risk = find_risk (risks, "contract-ends", "Acme");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_subject_kind (risk), ==, "vendor");
  g_assert_cmpstr (runway_risk_get_product (risk), ==, "Widget");
  g_assert_cmpstr (runway_risk_get_capability (risk), ==, "Core");

  /* the properties say the same as the getters */
  {
    g_autofree char *rule = NULL;
    g_autofree char *message = NULL;

    g_object_get (risk, "rule", &rule, "severity", &severity, "message", &message, NULL);
    g_assert_cmpstr (rule, ==, "contract-ends");
    g_assert_cmpint (severity, ==, RUNWAY_SEVERITY_MEDIUM);
    g_assert_cmpstr (message, ==, runway_risk_get_message (risk));
  }

  g_assert_true (runway_severity_from_string ("High", &severity));
  g_assert_cmpint (severity, ==, RUNWAY_SEVERITY_HIGH);
  g_assert_false (runway_severity_from_string ("severe", &severity));
  g_assert_cmpstr (runway_severity_to_string (RUNWAY_SEVERITY_LOW), ==, "low");
  g_assert_true (runway_risk_rule_is_known ("contract-ends"));
  g_assert_false (runway_risk_rule_is_known ("eol"));
}

/* One release that runs for two capabilities is two risks of one subject. */
static void
test_release_for_two_capabilities (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = NULL;
  gint64 other = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "Edge", NULL);

  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", other, "release", f->release,
                   "environment", "test", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", other, "release", f->release,
                   "environment", "acceptance", NULL);
  apply_change (f, "release.end-of-life", "2026-01-01");
  risks = compute (f, AS_OF);

  g_assert_cmpuint (count_rule (risks, "eol-passed"), ==, 2);
  /* same severity, date and subject: by capability */
  g_assert_cmpstr (runway_risk_get_capability (find_risk (risks, "eol-passed", NULL)), ==,
                   "Core");
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      if (g_str_equal (runway_risk_get_rule (risk), "eol-passed")
          && g_str_equal (runway_risk_get_capability (risk), "Edge"))
        g_assert_nonnull (strstr (runway_risk_get_message (risk),
                                  "runs in acceptance, test for Edge"));
    }
}

static void
assert_sorted (GPtrArray *risks)
{
  for (guint i = 1; i < risks->len; i++)
    {
      RunwayRisk *a = g_ptr_array_index (risks, i - 1);
      RunwayRisk *b = g_ptr_array_index (risks, i);
      const char *date_a = runway_risk_get_date (a) ? runway_risk_get_date (a) : "";
      const char *date_b = runway_risk_get_date (b) ? runway_risk_get_date (b) : "";

      g_assert_cmpint (runway_risk_compare (a, b), <, 0);
      g_assert_cmpint (runway_risk_get_severity (a), <=, runway_risk_get_severity (b));
      if (runway_risk_get_severity (a) == runway_risk_get_severity (b))
        {
          g_assert_cmpint (strcmp (date_a, date_b), <=, 0);
          if (g_str_equal (date_a, date_b))
            g_assert_cmpint (strcmp (runway_risk_get_subject (a),
                                     runway_risk_get_subject (b)), <=, 0);
        }
    }
}

/* Severity, then date (undated first), then subject; and again the same. */
static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GPtrArray) again = NULL;
  gint64 zeta = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor,
                                 "name", "Zeta", NULL);
  gint64 alpha = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor,
                                  "name", "Alpha", NULL);
  gint64 zeta1 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", zeta, "version", "1",
                                  "end-of-life", "2026-03-01", NULL);
  gint64 alpha1 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", alpha,
                                   "version", "1", "end-of-life", "2026-03-01", NULL);
  gint64 alpha2 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", alpha,
                                   "version", "2", "end-of-life", "2026-02-01", NULL);
  const char *expected[][2] = {
    { "eol-passed", "Alpha 2" }, { "eol-passed", "Alpha 1" }, { "eol-passed", "Zeta 1" },
    { "understaffed", "Alpha" }, { "understaffed", "Zeta" },
  };

  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                   "release", zeta1, "environment", "production", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                   "release", alpha1, "environment", "production", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                   "release", alpha2, "environment", "production", NULL);
  risks = compute (f, AS_OF);

  /* critical first, by date, then by subject; high: undated first */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      g_assert_cmpstr (runway_risk_get_rule (risk), ==, expected[i][0]);
      g_assert_cmpstr (runway_risk_get_subject (risk), ==, expected[i][1]);
    }
  assert_sorted (risks);

  again = compute (f, AS_OF);
  g_assert_cmpuint (again->len, ==, risks->len);
  for (guint i = 0; i < risks->len; i++)
    g_assert_cmpstr (runway_risk_get_message (g_ptr_array_index (risks, i)), ==,
                     runway_risk_get_message (g_ptr_array_index (again, i)));
}

static gint64
accept (Fixture    *f,
        const char *rule,
        const char *subject,
        const char *date,
        const char *expires)
{
  return runway_test_add (f->plan, RUNWAY_KIND_ACCEPTANCE, "rule", rule, "subject", subject,
                          "date", date, "justification", "Replaced next spring",
                          "owner", "Maria Rossi", "expires", expires, NULL);
}

static void
test_acceptance (Fixture       *f,
                 gconstpointer  data)
{
  GPtrArray *risks;
  RunwayRisk *risk;
  gint64 acceptance;

  apply_change (f, "release.end-of-life", "2026-06-30");
  acceptance = accept (f, "eol-passed", "Widget 1.0", "2026-06-30", "2027-03-31");

  /* covered: listed as accepted, with who and why */
  risks = compute (f, AS_OF);
  risk = find_risk (risks, "eol-passed", "Widget 1.0");
  g_assert_nonnull (risk);
  g_assert_true (runway_risk_is_accepted (risk));
  g_assert_cmpint (runway_entity_get_id (RUNWAY_ENTITY (runway_risk_get_acceptance (risk))), ==,
                   acceptance);
  /* only that rule: no-migration for the same subject is not accepted */
  g_assert_false (runway_risk_is_accepted (find_risk (risks, "no-migration", "Widget 1.0")));
  g_ptr_array_unref (risks);

  /* on its last day it still holds; the day after the risk returns */
  risks = compute (f, "2027-03-31");
  g_assert_true (runway_risk_is_accepted (find_risk (risks, "eol-passed", "Widget 1.0")));
  g_ptr_array_unref (risks);
  risks = compute (f, "2027-04-01");
  g_assert_false (runway_risk_is_accepted (find_risk (risks, "eol-passed", "Widget 1.0")));
  g_ptr_array_unref (risks);

  /* the risk changes (the vendor moved the end of life): it returns */
  apply_change (f, "release.end-of-life", "2026-09-30");
  risks = compute (f, AS_OF);
  risk = find_risk (risks, "eol-passed", "Widget 1.0");
  g_assert_nonnull (risk);
  g_assert_false (runway_risk_is_accepted (risk));
  g_ptr_array_unref (risks);

  /* and moving it back makes the acceptance hold again */
  apply_change (f, "release.end-of-life", "2026-06-30");
  risks = compute (f, AS_OF);
  g_assert_true (runway_risk_is_accepted (find_risk (risks, "eol-passed", "Widget 1.0")));
  g_ptr_array_unref (risks);

  /* an acceptance without a date (as the XML has them) holds for any date */
  remove_entity (f, RUNWAY_KIND_ACCEPTANCE, acceptance);
  accept (f, "eol-passed", "Widget 1.0", NULL, "2027-03-31");
  apply_change (f, "release.end-of-life", "2026-09-30");
  risks = compute (f, AS_OF);
  g_assert_true (runway_risk_is_accepted (find_risk (risks, "eol-passed", "Widget 1.0")));
  g_ptr_array_unref (risks);
}

static void
test_undated_acceptance (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) risks = NULL;

  apply_change (f, "person3.fte", "0.5");
  accept (f, "understaffed", "Widget", NULL, "2026-12-31");
  accept (f, "single-expert", "Widget", NULL, "2026-12-31");
  risks = compute (f, AS_OF);
  g_assert_true (runway_risk_is_accepted (find_risk (risks, "understaffed", "Widget")));
  /* accepting a risk that is not there changes nothing */
  g_assert_null (find_risk (risks, "single-expert", "Widget"));
  g_assert_cmpuint (risks->len, ==, 1);
}

static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autofree char *as_of = NULL;

  apply_change (f, "release.end-of-life", "2028-01-01");

  /* the plan's as-of date, when none is given */
  apply_change (f, "settings.as-of", "2027-06-01");
  as_of = runway_plan_dup_as_of (f->plan, NULL, &error);
  g_assert_cmpstr (as_of, ==, "2027-06-01");
  risks = compute (f, NULL);
  g_assert_nonnull (find_risk (risks, "eol-soon", "Widget 1.0"));
  g_clear_pointer (&risks, g_ptr_array_unref);

  /* a given date wins */
  risks = compute (f, "2026-01-01");
  g_assert_null (find_risk (risks, "eol-soon", "Widget 1.0"));
  g_clear_pointer (&risks, g_ptr_array_unref);

  /* today, when the plan has none */
  apply_change (f, "settings.as-of", "");
  g_clear_pointer (&as_of, g_free);
  as_of = runway_plan_dup_as_of (f->plan, NULL, &error);
  {
    g_autofree char *today = runway_date_format (runway_date_today ());

    g_assert_cmpstr (as_of, ==, today);
  }

  g_assert_null (runway_plan_compute_risks (f->plan, "2026-02-30", &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-30"));
}

/* Risks are computed from an index of the plan: every kind of edit, undo and
 * an abandoned edit group must show in the next computation. */
static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  GPtrArray *risks;
  g_autoptr(GError) error = NULL;

  risks = compute (f, AS_OF);
  g_assert_cmpuint (risks->len, ==, 0);
  g_ptr_array_unref (risks);

  apply_change (f, "release.end-of-life", "2026-01-01");
  risks = compute (f, AS_OF);
  g_assert_nonnull (find_risk (risks, "eol-passed", "Widget 1.0"));
  g_ptr_array_unref (risks);

  g_assert_true (runway_plan_undo (f->plan, &error));
  risks = compute (f, AS_OF);
  g_assert_null (find_risk (risks, "eol-passed", "Widget 1.0"));
  g_ptr_array_unref (risks);

  g_assert_true (runway_plan_redo (f->plan, &error));
  risks = compute (f, AS_OF);
  g_assert_nonnull (find_risk (risks, "eol-passed", "Widget 1.0"));
  g_ptr_array_unref (risks);

  /* a name a risk shows */
  update (f, RUNWAY_KIND_PRODUCT, f->product, "name", "Sprocket");
  risks = compute (f, AS_OF);
  g_assert_nonnull (find_risk (risks, "eol-passed", "Sprocket 1.0"));
  g_ptr_array_unref (risks);

  /* an edit group: seen inside it and after it is abandoned */
  g_assert_true (runway_plan_begin_edit (f->plan, "Retire", &error));
  remove_entity (f, RUNWAY_KIND_DEPLOYMENT, f->deployment);
  risks = compute (f, AS_OF);
  g_assert_cmpuint (risks->len, ==, 0);
  g_ptr_array_unref (risks);
  runway_plan_abort_edit (f->plan);
  risks = compute (f, AS_OF);
  g_assert_nonnull (find_risk (risks, "eol-passed", "Sprocket 1.0"));
  g_ptr_array_unref (risks);

  /* settings are read every time */
  apply_change (f, "settings.min-fte", "4");
  risks = compute (f, AS_OF);
  g_assert_nonnull (find_risk (risks, "understaffed", "Sprocket"));
  g_ptr_array_unref (risks);
}

/* The list model the risk panel shows: the same risks, made as shown, and
 * whole while the plan changes or goes away. */
static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayRiskList) list = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(RunwayRisk) first = NULL;
  g_autoptr(RunwayRisk) again = NULL;
  guint n;

  apply_change (f, "release.end-of-life", "2026-06-30");
  apply_change (f, "release.end-of-support", "2025-01-01");
  apply_change (f, "person3.fte", "0.5");
  accept (f, "understaffed", "Widget", NULL, "2027-12-31");

  risks = compute (f, AS_OF);
  list = runway_risk_list_new (f->plan, AS_OF, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, risks->len);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (runway_risk_list_get_as_of (list), ==, AS_OF);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == RUNWAY_TYPE_RISK);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RunwayRisk) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      RunwayRisk *risk = g_ptr_array_index (risks, i);

      g_assert_cmpstr (runway_risk_get_message (item), ==, runway_risk_get_message (risk));
      g_assert_cmpint (runway_risk_list_get_severity (list, i), ==,
                       runway_risk_get_severity (risk));
      g_assert_cmpint (runway_risk_list_is_accepted (list, i), ==,
                       runway_risk_is_accepted (risk));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
  g_assert_cmpuint (runway_risk_list_count (list, RUNWAY_SEVERITY_CRITICAL, FALSE), ==, 1);
  g_assert_cmpuint (runway_risk_list_count (list, RUNWAY_SEVERITY_HIGH, FALSE), ==, 1);
  g_assert_cmpuint (runway_risk_list_count (list, RUNWAY_SEVERITY_HIGH, TRUE), ==, 1);
  g_assert_cmpuint (runway_risk_list_count (list, RUNWAY_SEVERITY_MEDIUM, FALSE), ==, 1);

  /* one object per row */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == again);

  /* a snapshot: the plan changes, then goes, and the list still reads */
  update (f, RUNWAY_KIND_PRODUCT, f->product, "name", "Sprocket");
  g_clear_object (&f->plan);
  {
    g_autoptr(RunwayRisk) last = g_list_model_get_item (G_LIST_MODEL (list), n - 1);

    g_assert_cmpstr (runway_risk_get_product (last), ==, "Widget");
  }
}

static void
test_staffing (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staffing = NULL;
  RunwayStaffing *entry;
  RunwayStaffingMember *member;

  apply_change (f, "skill1.level", "expert");
  apply_change (f, "person2.fte", "0.5");
  apply_change (f, "skill3.level", "learning");

  staffing = runway_plan_compute_staffing (f->plan, AS_OF, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staffing->len, ==, 1);
  entry = g_ptr_array_index (staffing, 0);
  g_assert_cmpstr (entry->product, ==, "Widget");
  g_assert_cmpstr (entry->vendor, ==, "Acme");
  g_assert_cmpfloat_with_epsilon (entry->fte, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (entry->min_fte, 3.0, 1e-9);
  g_assert_cmpuint (entry->n_knowers, ==, 2);
  g_assert_true (entry->understaffed);
  g_assert_false (entry->single_expert);

  /* experts, practitioners, then learners who do not count */
  g_assert_cmpuint (entry->members->len, ==, 3);
  member = g_ptr_array_index (entry->members, 0);
  g_assert_cmpstr (member->person, ==, "Anna de Vries");
  g_assert_cmpstr (member->level, ==, "expert");
  g_assert_cmpstr (member->team, ==, "Platform");
  g_assert_true (member->counts);
  member = g_ptr_array_index (entry->members, 1);
  g_assert_cmpstr (member->person, ==, "Tom Bakker");
  g_assert_cmpfloat_with_epsilon (member->fte, 0.5, 1e-9);
  member = g_ptr_array_index (entry->members, 2);
  g_assert_cmpstr (member->level, ==, "learning");
  g_assert_false (member->counts);

  /* a product that runs nowhere on the day is not listed */
  g_clear_pointer (&staffing, g_ptr_array_unref);
  staffing = runway_plan_compute_staffing (f->plan, "2020-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staffing->len, ==, 0);
}

static RunwayPlan *
make_demo (const char *dir)
{
  g_autoptr(GError) error = NULL;
  RunwayPlan *plan = runway_test_new_plan (dir, "demo.runway");

  runway_plan_fill_demo (plan, &error);
  g_assert_no_error (error);
  return plan;
}

/* The demo plan shows every rule as of late 2026, with real dates. */
static void
test_demo (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autoptr(RunwayPlan) plan = make_demo (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = runway_plan_compute_risks (plan, AS_OF, &error);
  RunwayRisk *risk;

  g_assert_no_error (error);
  for (guint r = 0; runway_risk_rules[r] != NULL; r++)
    if (count_rule (risks, runway_risk_rules[r]) == 0)
      g_error ("the demo plan has no %s risk as of " AS_OF, runway_risk_rules[r]);
  assert_sorted (risks);

  risk = find_risk (risks, "eol-passed", "PostgreSQL 13");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_date (risk), ==, "2025-11-13");
  g_assert_cmpstr (runway_risk_get_message (risk), ==,
                   "PostgreSQL 13 reached end of life on 2025-11-13 and runs in production for "
                   "Relational database; migrate or contract extended support");
  g_assert_cmpint (runway_risk_get_severity (risk), ==, RUNWAY_SEVERITY_CRITICAL);

  risk = find_risk (risks, "migration-late", "PostgreSQL 13 → PostgreSQL 17");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_date (risk), ==, "2025-11-13");

  risk = find_risk (risks, "extended-only", "Red Hat Enterprise Linux 7");
  g_assert_nonnull (risk);
  g_assert_cmpstr (runway_risk_get_date (risk), ==, "2029-05-31");
  g_assert_null (find_risk (risks, "eol-passed", "Red Hat Enterprise Linux 7"));

  risk = find_risk (risks, "single-expert", "Oracle Database");
  g_assert_nonnull (risk);
  g_assert_nonnull (strstr (runway_risk_get_message (risk), "Robert Fischer"));
  g_assert_nonnull (find_risk (risks, "understaffed", "Vault"));
  g_assert_null (find_risk (risks, "understaffed", "PostgreSQL"));

  g_assert_cmpuint (count_rule (risks, "contract-ends"), ==, 3);
  g_assert_cmpstr (runway_risk_get_date (find_risk (risks, "contract-ends", "Broadcom")), ==,
                   "2027-06-30");
  /* Oracle's contract outlives the Oracle deployment, retired at its end of life */
  g_assert_null (find_risk (risks, "contract-ends", "Oracle"));
  g_assert_null (find_risk (risks, "no-migration", "Oracle Database 19"));

  g_assert_nonnull (find_risk (risks, "ownership-gap", "Messaging"));
  g_assert_nonnull (find_risk (risks, "no-alternative", "Backup and recovery"));
  g_assert_nonnull (find_risk (risks, "lifecycle-unknown", "PostgreSQL 19"));
  g_assert_nonnull (find_risk (risks, "eos-soon", "Red Hat OpenShift 4.22"));
  /* the migration off RHEL 8 is planned in time */
  g_assert_null (find_risk (risks, "no-migration", "Red Hat Enterprise Linux 8"));

  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

/* runway-cli */

/* RFC 4180, as a spreadsheet reads it: rows of fields. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *c = text; *c; c++)
    {
      if (quoted)
        {
          if (*c == '"' && c[1] == '"')
            g_string_append_c (field, *c++);
          else if (*c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *c);
        }
      else if (*c == '"')
        quoted = TRUE;
      else if (*c == ',' || *c == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          if (*c == '\n')
            {
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
            }
        }
      else
        g_string_append_c (field, *c);
    }
  g_assert_cmpuint (row->len, ==, 0);
  return rows;
}

static void
test_cli_formats_agree (void)
{
  static const char * const keys[] = {
    "rule", "severity", "date", "subject_kind", "subject", "capability", "product", "release",
    "message"
  };
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_auto(RunwayTestRun) demo = { 0 };
  g_auto(RunwayTestRun) text = { 0 };
  g_auto(RunwayTestRun) csv = { 0 };
  g_auto(RunwayTestRun) json = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  JsonArray *array;

  runway_test_run_cli (&demo, "demo", path, NULL);
  g_assert_cmpint (demo.status, ==, 0);
  runway_test_run_cli (&text, "risks", path, "--as-of", AS_OF, NULL);
  runway_test_run_cli (&csv, "risks", path, "--as-of", AS_OF, "--format", "csv", NULL);
  runway_test_run_cli (&json, "risks", path, "--as-of", AS_OF, "--format", "json", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (csv.err, ==, "");

  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  risks = runway_plan_compute_risks (plan, AS_OF, &error);
  g_assert_no_error (error);

  rows = parse_csv (csv.out);
  g_assert_cmpstr (csv.out, ==, strstr (csv.out, "rule,severity,date,subject_kind,subject,"
                                                 "capability,product,release,message\n"));
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));

  /* the same risks in the same order, as the core computed them */
  g_assert_cmpuint (rows->len, ==, risks->len + 1);
  g_assert_cmpuint (json_array_get_length (array), ==, risks->len);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);
      char **row = g_ptr_array_index (rows, i + 1);
      JsonObject *object = json_array_get_object_element (array, i);
      const char *values[G_N_ELEMENTS (keys)] = {
        runway_risk_get_rule (risk), runway_severity_to_string (runway_risk_get_severity (risk)),
        runway_risk_get_date (risk), runway_risk_get_subject_kind (risk),
        runway_risk_get_subject (risk), runway_risk_get_capability (risk),
        runway_risk_get_product (risk), runway_risk_get_release (risk),
        runway_risk_get_message (risk)
      };

      g_assert_cmpuint (g_strv_length (row), ==, G_N_ELEMENTS (keys));
      g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (keys));
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          g_assert_cmpstr (row[k], ==, values[k] ? values[k] : "");
          if (values[k] == NULL)
            g_assert_true (json_object_get_null_member (object, keys[k]));
          else
            g_assert_cmpstr (json_object_get_string_member (object, keys[k]), ==, values[k]);
        }
      /* and the text lists each of them, with its message */
      runway_test_assert_contains (text.out, values[8]);
    }
  /* a title, the risks, a blank line and the summary */
  g_assert_cmpuint (runway_test_count_lines (text.out), ==, risks->len + 3);
  runway_test_assert_contains (text.out, "Risks of “Demo estate” as of " AS_OF "\n");
  runway_test_assert_contains (text.out,
                               "critical  2025-11-13  eol-passed         PostgreSQL 13 reached");

  g_clear_object (&plan);
  runway_test_remove_dir (dir);
}

static void
test_cli_fail_on (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.runway", NULL);
  g_autoptr(RunwayPlan) plan = make_demo (dir);
  g_auto(RunwayTestRun) fail_critical = { 0 };
  g_auto(RunwayTestRun) no_fail = { 0 };
  g_auto(RunwayTestRun) clean = { 0 };
  g_autoptr(GPtrArray) risks = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&plan);
  runway_test_run_cli (&fail_critical, "risks", path, "--as-of", AS_OF, "--fail-on", "critical",
           "--format", "csv", NULL);
  g_assert_cmpint (fail_critical.status, ==, 3);
  /* the report is still there for the CI log */
  runway_test_assert_contains (fail_critical.out,
                               "eol-passed,critical,2025-11-13,release,PostgreSQL 13,");

  runway_test_run_cli (&no_fail, "risks", path, "--as-of", AS_OF, NULL);
  g_assert_cmpint (no_fail.status, ==, 0);

  /* accept every critical risk: critical passes, high still fails */
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  risks = runway_plan_compute_risks (plan, AS_OF, &error);
  g_clear_object (&plan);
  for (guint i = 0; i < risks->len; i++)
    {
      RunwayRisk *risk = g_ptr_array_index (risks, i);
      g_auto(RunwayTestRun) accepted = { 0 };

      if (runway_risk_get_severity (risk) != RUNWAY_SEVERITY_CRITICAL)
        continue;
      runway_test_run_cli (&accepted, "accept", path, runway_risk_get_rule (risk),
               runway_risk_get_subject (risk), "--justification", "Known, budgeted",
               "--owner", "CIO", "--expires", "2027-01-31", "--as-of", AS_OF, NULL);
      g_assert_cmpint (accepted.status, ==, 0);
    }
  {
    static const struct { const char *level; int status; } levels[] = {
      { "critical", 0 }, { "high", 3 }, { "medium", 3 }, { "low", 3 }, { "HIGH", 3 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
      {
        g_auto(RunwayTestRun) run = { 0 };

        runway_test_run_cli (&run, "risks", path, "--as-of", AS_OF, "--fail-on", levels[i].level,
                             NULL);
        g_assert_cmpint (run.status, ==, levels[i].status);
      }
  }
  /* once the acceptances expire, the pipeline fails again */
  {
    g_auto(RunwayTestRun) later = { 0 };

    runway_test_run_cli (&later, "risks", path, "--as-of", "2027-02-01", "--fail-on", "critical",
                         NULL);
    g_assert_cmpint (later.status, ==, 3);
  }

  /* a plan without risks passes even --fail-on low */
  plan = runway_test_new_plan (dir, "empty.runway");
  g_clear_object (&plan);
  runway_test_run_cli (&clean, "risks", empty, "--fail-on", "low", NULL);
  g_assert_cmpint (clean.status, ==, 0);
  runway_test_assert_contains (clean.out, "No open risks");

  runway_test_remove_dir (dir);
}

static void
test_cli_usage (void)
{
  static const struct { const char *args[7]; int status; const char *message; } cases[] = {
    { { "risks", "--help" }, 0, "--fail-on" },
    { { "staffing", "--help" }, 0, "--format" },
    { { "accept", "--help" }, 0, "--justification" },
    { { "risks", "x.runway", "--format", "xml" }, 2, "--format must be text, csv or json" },
    { { "risks", "x.runway", "--fail-on", "severe" }, 2, "--fail-on must be" },
    { { "risks", "x.runway", "--as-of", "2026-13-01" }, 2, "--as-of must be a date" },
    { { "risks" }, 2, "missing argument" },
    { { "staffing", "x.runway", "--format", "json" }, 2, "--format must be text or csv" },
    { { "accept", "x.runway", "eol", "PostgreSQL 13" }, 2, "unknown rule “eol”" },
    { { "accept", "x.runway", "eol-passed", "PostgreSQL 13" }, 2, "are required" },
    { { "risks", "missing.runway" }, 1, "does not exist" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RunwayTestRun) run = { 0 };

      runway_test_run_cli_argv (&run, cases[i].args);
      g_assert_cmpint (run.status, ==, cases[i].status);
      runway_test_assert_contains (cases[i].status == 0 ? run.out : run.err, cases[i].message);
      if (cases[i].status == 1)
        {
          g_assert_cmpuint (runway_test_count_lines (run.err), ==, 1);
          g_assert_cmpstr (run.out, ==, "");
        }
    }
}

static void
test_cli_accept (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_autoptr(RunwayPlan) plan = make_demo (dir);
  g_autoptr(GBytes) before = NULL;
  g_auto(RunwayTestRun) not_a_risk = { 0 };
  g_auto(RunwayTestRun) too_late = { 0 };
  g_auto(RunwayTestRun) accepted = { 0 };
  g_auto(RunwayTestRun) listed = { 0 };
  g_auto(RunwayTestRun) included = { 0 };
  g_auto(RunwayTestRun) csv = { 0 };
  g_auto(RunwayTestRun) renewed = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) risks = NULL;
  RunwayRisk *risk;

  g_clear_object (&plan);
  before = runway_test_read_file (path);

  /* refused, and nothing written, for what is not a current risk */
  runway_test_run_cli (&not_a_risk, "accept", path, "eol-passed", "PostgreSQL 17",
                       "--justification", "x",
           "--owner", "y", "--expires", "2027-01-01", "--as-of", AS_OF, NULL);
  g_assert_cmpint (not_a_risk.status, ==, 1);
  runway_test_assert_contains (not_a_risk.err,
                               "“PostgreSQL 17” has no eol-passed risk as of " AS_OF);
  g_assert_cmpuint (runway_test_count_lines (not_a_risk.err), ==, 1);
  runway_test_run_cli (&too_late, "accept", path, "eol-passed", "PostgreSQL 13",
                       "--justification", "x",
           "--owner", "y", "--expires", "2026-11-23", "--as-of", AS_OF, NULL);
  g_assert_cmpint (too_late.status, ==, 1);
  runway_test_assert_contains (too_late.err, "before the as-of date");
  g_assert_true (runway_test_file_equals (path, before));

  /* the subject as a user types it */
  runway_test_run_cli (&accepted, "accept", path, "eol-passed", "postgresql 13",
           "--justification", "Migration to 17 under way, see the late-migration risk",
           "--owner", "Priya Natarajan", "--expires", "2027-03-31", "--as-of", AS_OF, NULL);
  g_assert_cmpint (accepted.status, ==, 0);
  runway_test_assert_contains (accepted.out,
                               "Accepted eol-passed for “PostgreSQL 13” until 2027-03-31");

  /* stored with the risk's date, as the plan's own acceptance */
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  risks = runway_plan_compute_risks (plan, AS_OF, &error);
  risk = find_risk (risks, "eol-passed", "PostgreSQL 13");
  g_assert_true (runway_risk_is_accepted (risk));
  g_assert_cmpstr (runway_entity_get_string (RUNWAY_ENTITY (runway_risk_get_acceptance (risk)),
                                             RUNWAY_ACCEPTANCE_DATE), ==, "2025-11-13");
  g_clear_object (&plan);

  /* listed apart */
  runway_test_run_cli (&listed, "risks", path, "--as-of", AS_OF, NULL);
  g_assert_null (strstr (listed.out, "PostgreSQL 13 reached end of life"));
  runway_test_assert_contains (listed.out, "1 accepted, not shown (--include-accepted)");
  runway_test_run_cli (&included, "risks", path, "--as-of", AS_OF, "--include-accepted", NULL);
  runway_test_assert_contains (included.out, "\nAccepted risks:\ncritical  2025-11-13  eol-passed");
  runway_test_assert_contains (included.out,
                               "(accepted by Priya Natarajan until 2027-03-31: Migration to "
                                 "17 under way, see the late-migration risk)");
  runway_test_run_cli (&csv, "risks", path, "--as-of", AS_OF, "--include-accepted", "--format",
                       "csv", NULL);
  runway_test_assert_contains (csv.out,
                               ",message,accepted_owner,accepted_expires,accepted_justification\n");
  runway_test_assert_contains (csv.out, ",Priya Natarajan,2027-03-31,\"Migration to 17 under way, "
                               "see the late-migration risk\"\n");

  /* accepting it again renews it */
  runway_test_run_cli (&renewed, "accept", path, "eol-passed", "PostgreSQL 13", "--justification",
                       "Still",
           "--owner", "Jan Kowalski", "--expires", "2027-06-30", "--as-of", AS_OF, NULL);
  g_assert_cmpint (renewed.status, ==, 0);
  runway_test_assert_contains (renewed.out,
                               "Renewed the acceptance of eol-passed for “PostgreSQL 13”");
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_ACCEPTANCE), ==, 1);
  g_clear_object (&plan);

  runway_test_remove_dir (dir);
}

static void
test_cli_staffing (void)
{
  g_autofree char *dir = runway_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.runway", NULL);
  g_autoptr(RunwayPlan) plan = make_demo (dir);
  g_auto(RunwayTestRun) text = { 0 };
  g_auto(RunwayTestRun) csv = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  gboolean robert = FALSE;

  g_clear_object (&plan);
  runway_test_run_cli (&text, "staffing", path, "--as-of", AS_OF, NULL);
  g_assert_cmpint (text.status, ==, 0);
  runway_test_assert_contains (text.out,
                               "Staffing of “Demo estate” as of " AS_OF ", minimum 3 FTE");
  runway_test_assert_contains (text.out, "\nOracle Database (Oracle): 1 of 3 FTE  SINGLE EXPERT  "
                             "UNDERSTAFFED\n  Robert Fischer");
  runway_test_assert_contains (text.out,
                               "\nPostgreSQL (PostgreSQL Global Development Group): 3.3 of 3 FTE\n");
  runway_test_assert_contains (text.out, "(does not count)");

  runway_test_run_cli (&csv, "staffing", path, "--as-of", AS_OF, "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  rows = parse_csv (csv.out);
  g_assert_cmpstrv (g_ptr_array_index (rows, 0),
                    ((const char * const []) { "product", "vendor", "person", "team", "level",
                                               "fte", "counts", "product_fte", "min_fte",
                                               "understaffed", "single_expert", NULL }));
  for (guint i = 1; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      if (g_str_equal (row[2], "Robert Fischer"))
        {
          g_assert_cmpstrv (row, ((const char * const []) {
                              "Oracle Database", "Oracle", "Robert Fischer",
                              "Database Engineering", "expert", "1", "true", "1", "3", "true",
                              "true", NULL }));
          robert = TRUE;
        }
    }
  g_assert_true (robert);

  runway_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/risks/baseline", test_baseline);
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/risks/rules/%s/%02u", rule_cases[i].rule, i);

      g_test_add_data_func (path, &rule_cases[i], test_rule_case);
    }
  ADD ("/risks/fields", test_fields);
  ADD ("/risks/release-for-two-capabilities", test_release_for_two_capabilities);
  ADD ("/risks/order", test_order);
  ADD ("/risks/acceptance", test_acceptance);
  ADD ("/risks/undated-acceptance", test_undated_acceptance);
  ADD ("/risks/as-of", test_as_of);
  ADD ("/risks/follows-edits", test_follows_edits);
  ADD ("/risks/list", test_list);
  ADD ("/risks/staffing", test_staffing);
  g_test_add_func ("/risks/demo", test_demo);
  g_test_add_func ("/risks/cli/formats-agree", test_cli_formats_agree);
  g_test_add_func ("/risks/cli/fail-on", test_cli_fail_on);
  g_test_add_func ("/risks/cli/usage", test_cli_usage);
  g_test_add_func ("/risks/cli/accept", test_cli_accept);
  g_test_add_func ("/risks/cli/staffing", test_cli_staffing);

  return g_test_run ();
}
