/* test-plan.c — the model: validation of every rule, removal, undo/redo,
 * list models and notifications, edit groups
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "runway-test-util.h"

typedef struct
{
  char       *dir;
  RunwayPlan *plan;
  gint64      vendor, product, release, team, person, capability;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = runway_test_make_dir ();
  f->plan = runway_test_new_plan (f->dir, "plan.runway");
  f->vendor = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Oracle", NULL);
  f->product = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor,
                                "name", "Oracle Database", NULL);
  f->release = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->product,
                                "version", "19", "ga", "2019-02-13",
                                "end-of-support", "2024-04-30", "end-of-life", "2027-04-30",
                                NULL);
  f->team = runway_test_add (f->plan, RUNWAY_KIND_TEAM, "name", "Database Engineering",
                             "support-line", (gint64) 3, NULL);
  f->person = runway_test_add (f->plan, RUNWAY_KIND_PERSON, "team", f->team,
                               "name", "Anna de Vries", "fte", 0.8, NULL);
  f->capability = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "Relational database",
                                   "criticality", (gint64) 1, "owner", f->team, NULL);
  runway_plan_clear_history (f->plan);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
  runway_test_remove_dir (f->dir);
  g_free (f->dir);
}

static RunwayPlan *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (runway_plan_get_path (f->plan));
  RunwayPlan *plan;

  g_clear_object (&f->plan);
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return plan;
}

/* Each case: a draft that breaks one rule, the error and field expected. */
typedef struct
{
  const char *what;
  RunwayKind  kind;
  const char *props[6];   /* name, value pairs; values as text */
  gint        code;
  const char *field;
} RuleCase;

static void
set_from_text (Fixture      *f,
               RunwayEntity *draft,
               const char   *name,
               const char   *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (draft), name);

  g_assert_nonnull (pspec);
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
    g_object_set (draft, name, text, NULL);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_DOUBLE)
    g_object_set (draft, name, g_ascii_strtod (text, NULL), NULL);
  else if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_BOOLEAN)
    g_object_set (draft, name, g_str_equal (text, "true"), NULL);
  else
    {
      /* references by symbolic name, so cases read like a story */
      gint64 value = g_str_equal (text, "$vendor") ? f->vendor
                   : g_str_equal (text, "$product") ? f->product
                   : g_str_equal (text, "$release") ? f->release
                   : g_str_equal (text, "$team") ? f->team
                   : g_str_equal (text, "$person") ? f->person
                   : g_str_equal (text, "$capability") ? f->capability
                   : g_ascii_strtoll (text, NULL, 10);

      g_object_set (draft, name, value, NULL);
    }
}

static RunwayEntity *
make_draft (Fixture          *f,
            RunwayKind        kind,
            const char *const props[6])
{
  RunwayEntity *draft = runway_entity_new (kind);

  for (guint i = 0; i < 6 && props[i] != NULL; i += 2)
    set_from_text (f, draft, props[i], props[i + 1]);
  return draft;
}

static const RuleCase rule_cases[] = {
  { "empty vendor name", RUNWAY_KIND_VENDOR, { "name", "   " },
    RUNWAY_PLAN_ERROR_INVALID, "name" },
  { "duplicate vendor, other case", RUNWAY_KIND_VENDOR, { "name", "ORACLE" },
    RUNWAY_PLAN_ERROR_DUPLICATE, "name" },
  { "bad vendor contract date", RUNWAY_KIND_VENDOR,
    { "name", "SUSE", "contract-end", "2027-02-30" },
    RUNWAY_PLAN_ERROR_INVALID, "contract-end" },
  { "product without vendor", RUNWAY_KIND_PRODUCT, { "name", "MySQL" },
    RUNWAY_PLAN_ERROR_INVALID, "vendor" },
  { "product of unknown vendor", RUNWAY_KIND_PRODUCT, { "name", "MySQL", "vendor", "999" },
    RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE, "vendor" },
  { "duplicate product of vendor", RUNWAY_KIND_PRODUCT,
    { "name", "oracle database", "vendor", "$vendor" }, RUNWAY_PLAN_ERROR_DUPLICATE, "name" },
  { "duplicate release version", RUNWAY_KIND_RELEASE, { "version", "19", "product", "$product" },
    RUNWAY_PLAN_ERROR_DUPLICATE, "version" },
  { "empty release version", RUNWAY_KIND_RELEASE, { "version", "", "product", "$product" },
    RUNWAY_PLAN_ERROR_INVALID, "version" },
  { "end of support before GA", RUNWAY_KIND_RELEASE,
    { "product", "$product", "version", "23", "ga", "2024-05-02" },
    RUNWAY_PLAN_ERROR_INVALID, NULL },
  { "milestone that is not a date", RUNWAY_KIND_RELEASE,
    { "product", "$product", "version", "23", "end-of-life", "soon" },
    RUNWAY_PLAN_ERROR_INVALID, "end-of-life" },
  { "FTE of zero", RUNWAY_KIND_PERSON, { "name", "Bo", "team", "$team", "fte", "0" },
    RUNWAY_PLAN_ERROR_INVALID, "fte" },
  { "FTE above one", RUNWAY_KIND_PERSON, { "name", "Bo", "team", "$team", "fte", "1.2" },
    RUNWAY_PLAN_ERROR_INVALID, "fte" },
  { "person of unknown team", RUNWAY_KIND_PERSON, { "name", "Bo", "team", "42" },
    RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE, "team" },
  { "criticality 0", RUNWAY_KIND_CAPABILITY, { "name", "Messaging", "criticality", "0" },
    RUNWAY_PLAN_ERROR_INVALID, "criticality" },
  { "criticality 5", RUNWAY_KIND_CAPABILITY, { "name", "Messaging", "criticality", "5" },
    RUNWAY_PLAN_ERROR_INVALID, "criticality" },
  { "capability of unknown parent", RUNWAY_KIND_CAPABILITY, { "name", "Messaging", "parent", "77" },
    RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE, "parent" },
  { "duplicate capability", RUNWAY_KIND_CAPABILITY, { "name", "relational database" },
    RUNWAY_PLAN_ERROR_DUPLICATE, "name" },
  { "support line 5", RUNWAY_KIND_TEAM, { "name", "Ops", "support-line", "5" },
    RUNWAY_PLAN_ERROR_INVALID, "support-line" },
  { "unknown environment", RUNWAY_KIND_DEPLOYMENT,
    { "capability", "$capability", "release", "$release", "environment", "staging" },
    RUNWAY_PLAN_ERROR_INVALID, "environment" },
  { "deployment of unknown release", RUNWAY_KIND_DEPLOYMENT,
    { "capability", "$capability", "release", "1234" },
    RUNWAY_PLAN_ERROR_UNKNOWN_REFERENCE, "release" },
  { "zero instances", RUNWAY_KIND_DEPLOYMENT,
    { "capability", "$capability", "release", "$release", "instances", "0" },
    RUNWAY_PLAN_ERROR_INVALID, "instances" },
  { "migration to itself", RUNWAY_KIND_MIGRATION,
    { "capability", "$capability", "from", "$release", "to", "$release" },
    RUNWAY_PLAN_ERROR_INVALID, "to" },
  { "unknown skill level", RUNWAY_KIND_SKILL,
    { "person", "$person", "product", "$product", "level", "guru" },
    RUNWAY_PLAN_ERROR_INVALID, "level" },
  { "unknown responsibility area", RUNWAY_KIND_RESPONSIBILITY,
    { "capability", "$capability", "team", "$team", "area", "catering" },
    RUNWAY_PLAN_ERROR_INVALID, "area" },
};

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      const RuleCase *c = &rule_cases[i];
      g_autoptr(RunwayEntity) draft = make_draft (f, c->kind, c->props);
      g_autoptr(GError) error = NULL;
      guint before = runway_plan_count (f->plan, c->kind);

      g_test_message ("case: %s", c->what);

      /* "end of support before GA" needs the order broken after GA is set */
      if (g_str_equal (c->what, "end of support before GA"))
        g_object_set (draft, "end-of-support", "2024-01-01", NULL);

      g_assert_cmpint (runway_plan_add (f->plan, draft, &error), ==, 0);
      g_assert_error (error, RUNWAY_PLAN_ERROR, c->code);
      g_assert_cmpstr (runway_plan_error_get_field (error), ==,
                       c->field ? c->field : "end-of-support");
      g_assert_cmpuint (runway_plan_count (f->plan, c->kind), ==, before);
    }
  g_assert_false (runway_plan_can_undo (f->plan));
}

static void
test_milestone_order (Fixture       *f,
                      gconstpointer  data)
{
  static const struct { const char *ga, *eos, *eol, *ext; const char *field; } cases[] = {
    { "2020-01-01", "2023-01-01", "2025-01-01", "2028-01-01", NULL },
    { "2020-01-01", "2020-01-01", "2020-01-01", "2020-01-01", NULL },  /* equal is fine */
    { "2020-01-01", "ended", "2019-01-01", NULL, "end-of-life" },      /* skips "ended" */
    { "2020-01-01", "2023-01-01", "2022-01-01", NULL, "end-of-life" },
    { "2020-01-01", "2023-01-01", "2025-01-01", "2024-12-31", "extended-support-end" },
    { NULL, "2023-01-01", "none", "2022-01-01", "extended-support-end" },
    { "ended", "none", NULL, "2030-01-01", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *version = g_strdup_printf ("v%u", i);
      g_autoptr(RunwayEntity) draft =
        runway_entity_new_with (RUNWAY_KIND_RELEASE, "product", f->product, "version", version,
                                "ga", cases[i].ga, "end-of-support", cases[i].eos,
                                "end-of-life", cases[i].eol,
                                "extended-support-end", cases[i].ext, NULL);
      g_autoptr(GError) error = NULL;
      gint64 id = runway_plan_add (f->plan, draft, &error);

      if (cases[i].field == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpint (id, >, 0);
        }
      else
        {
          g_assert_cmpint (id, ==, 0);
          g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_INVALID);
          g_assert_cmpstr (runway_plan_error_get_field (error), ==, cases[i].field);
        }
    }
}

static void
test_versions_are_strings (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) again = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  gint64 v31 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->product,
                                "version", "3.1", NULL);
  gint64 v310 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", f->product,
                                 "version", "3.10", NULL);

  g_assert_cmpint (v31, !=, v310);
  again = runway_entity_new_with (RUNWAY_KIND_RELEASE, "product", f->product, "version", "3.10",
                                  NULL);
  g_assert_cmpint (runway_plan_add (f->plan, again, &error), ==, 0);
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_DUPLICATE);

  plan = reopen (f);
  g_assert_cmpstr (runway_entity_get_string (runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, v310),
                                             RUNWAY_RELEASE_VERSION), ==, "3.10");
  g_assert_cmpstr (runway_entity_get_string (runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, v31),
                                             RUNWAY_RELEASE_VERSION), ==, "3.1");
}

static void
test_capability_cycle (Fixture       *f,
                       gconstpointer  data)
{
  gint64 child = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "OLTP databases",
                                  "parent", f->capability, NULL);
  gint64 grandchild = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "Payments DB",
                                       "parent", child, NULL);
  RunwayEntity *top = runway_plan_lookup (f->plan, RUNWAY_KIND_CAPABILITY, f->capability);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (top);
  g_autoptr(GError) error = NULL;

  g_object_set (draft, "parent", grandchild, NULL);
  g_assert_false (runway_plan_update (f->plan, draft, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_CYCLE);
  g_assert_cmpstr (runway_plan_error_get_field (error), ==, "parent");
  g_clear_error (&error);

  g_object_set (draft, "parent", f->capability, NULL);
  g_assert_false (runway_plan_update (f->plan, draft, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_CYCLE);
  g_assert_cmpint (runway_entity_get_int (top, RUNWAY_CAPABILITY_PARENT), ==, 0);
}

static void
test_capability_tree_models (Fixture       *f,
                             gconstpointer  data)
{
  GListModel *roots = runway_plan_get_children (f->plan, NULL);
  gint64 other = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "Messaging", NULL);
  RunwayEntity *messaging = runway_plan_lookup (f->plan, RUNWAY_KIND_CAPABILITY, other);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (messaging);
  g_autoptr(GError) error = NULL;
  GListModel *below;

  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 2);

  /* moving a capability moves it between the children models */
  g_object_set (draft, "parent", f->capability, NULL);
  g_assert_true (runway_plan_update (f->plan, draft, &error));
  below = runway_plan_get_children (f->plan, RUNWAY_CAPABILITY (runway_plan_lookup (
                                      f->plan, RUNWAY_KIND_CAPABILITY, f->capability)));
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (below), ==, 1);

  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_cmpuint (g_list_model_get_n_items (roots), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (below), ==, 0);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *count = user_data;

  *count += added + removed;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
test_models_notify (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *vendors = runway_plan_get_model (f->plan, RUNWAY_KIND_VENDOR);
  RunwayEntity *release = runway_plan_lookup (f->plan, RUNWAY_KIND_RELEASE, f->release);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (release);
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint changes = 0;
  gulong handler = g_signal_connect (vendors, "items-changed", G_CALLBACK (on_items_changed),
                                     &changes);

  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "SUSE", NULL);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 2);
  g_signal_handler_disconnect (vendors, handler);

  g_signal_connect (release, "notify", G_CALLBACK (on_notify), notified);
  g_object_set (draft, "end-of-life", "2028-04-30", "codename", "Long Term", NULL);
  g_assert_true (runway_plan_update (f->plan, draft, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "end-of-life", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (notified, "codename", g_str_equal, NULL));
  g_assert_cmpstr (runway_entity_get_string (release, RUNWAY_RELEASE_END_OF_LIFE), ==,
                   "2028-04-30");

  /* an update that changes nothing is no undo step */
  g_assert_true (runway_plan_update (f->plan, draft, &error));
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Change release “19”");
}

static void
test_live_entities_are_not_set_directly (Fixture       *f,
                                         gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      RunwayEntity *vendor = runway_plan_lookup (f->plan, RUNWAY_KIND_VENDOR, f->vendor);

      g_object_set (vendor, "name", "Sneaky", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*runway_plan_update*");
}

static void
test_remove_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", f->capability,
                   "release", f->release, "environment", "production", "instances", (gint64) 4,
                   NULL);

  /* a vendor with products */
  g_assert_false (runway_plan_remove (f->plan, runway_plan_lookup (f->plan, RUNWAY_KIND_VENDOR,
                                                                   f->vendor), &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "“Oracle” is still used by the product "
                                            "“Oracle Database”"));
  g_clear_error (&error);

  /* a product whose release is deployed */
  g_assert_false (runway_plan_remove (f->plan, runway_plan_lookup (f->plan, RUNWAY_KIND_PRODUCT,
                                                                   f->product), &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Oracle Database 19 in production for "
                                            "Relational database"));
  g_clear_error (&error);

  /* a team that owns a capability */
  g_assert_false (runway_plan_remove (f->plan, runway_plan_lookup (f->plan, RUNWAY_KIND_TEAM,
                                                                   f->team), &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 1);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PERSON), ==, 1);
}

static void
test_remove_cascades_and_undo (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  gint64 child = runway_test_add (f->plan, RUNWAY_KIND_CAPABILITY, "name", "OLTP databases",
                                  "parent", f->capability, NULL);
  gint64 deployment = runway_test_add (f->plan, RUNWAY_KIND_DEPLOYMENT, "capability", child,
                                       "release", f->release, NULL);
  RunwayEntity *top = runway_plan_lookup (f->plan, RUNWAY_KIND_CAPABILITY, f->capability);

  runway_test_add (f->plan, RUNWAY_KIND_SKILL, "person", f->person, "product", f->product,
                   "level", "expert", NULL);
  runway_test_add (f->plan, RUNWAY_KIND_RESPONSIBILITY, "capability", f->capability,
                   "area", "operations", "team", f->team, NULL);

  /* a capability takes its sub-capabilities, deployments and
   * responsibilities with it; the release and the team stay */
  set = runway_plan_dup_removal_set (f->plan, top, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->len, ==, 4);
  g_assert_true (g_ptr_array_index (set, set->len - 1) == top);

  g_assert_true (runway_plan_remove (f->plan, top, &error));
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_CAPABILITY), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_DEPLOYMENT), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RESPONSIBILITY), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 1);

  /* now the product can go, with its release and the skills on it */
  g_assert_true (runway_plan_remove (f->plan, runway_plan_lookup (f->plan, RUNWAY_KIND_PRODUCT,
                                                                  f->product), &error));
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_RELEASE), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_SKILL), ==, 0);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PERSON), ==, 1);

  /* two undos bring everything back under the same ids, on disk too */
  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_no_error (error);
  plan = reopen (f);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_CAPABILITY), ==, 2);
  g_assert_nonnull (runway_plan_lookup (plan, RUNWAY_KIND_DEPLOYMENT, deployment));
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_SKILL), ==, 1);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_RESPONSIBILITY), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (runway_plan_get_children (
                      plan, RUNWAY_CAPABILITY (runway_plan_lookup (plan, RUNWAY_KIND_CAPABILITY,
                                                                   f->capability)))), ==, 1);
}

static void
test_team_removal_takes_people (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 team = runway_test_add (f->plan, RUNWAY_KIND_TEAM, "name", "Service Desk",
                                 "support-line", (gint64) 1, NULL);

  runway_test_add (f->plan, RUNWAY_KIND_PERSON, "team", team, "name", "Bo", "fte", 1.0, NULL);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PERSON), ==, 2);
  g_assert_true (runway_plan_remove (f->plan, runway_plan_lookup (f->plan, RUNWAY_KIND_TEAM, team),
                                     &error));
  g_assert_no_error (error);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_PERSON), ==, 1);
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Remove team “Service Desk”");
}

static void
test_undo_redo_roundtrip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  RunwayEntity *person = runway_plan_lookup (f->plan, RUNWAY_KIND_PERSON, f->person);
  g_autoptr(RunwayEntity) draft = runway_entity_copy (person);
  gint64 vendor;

  g_assert_false (runway_plan_can_undo (f->plan));
  vendor = runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Red Hat", NULL);
  g_object_set (draft, "fte", 0.5, NULL);
  g_assert_true (runway_plan_update (f->plan, draft, &error));

  g_assert_true (runway_plan_can_undo (f->plan));
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Change person “Anna de Vries”");
  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_cmpfloat (runway_entity_get_real (person, RUNWAY_PERSON_FTE), ==, 0.8);
  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_null (runway_plan_lookup (f->plan, RUNWAY_KIND_VENDOR, vendor));
  g_assert_false (runway_plan_can_undo (f->plan));
  g_assert_false (runway_plan_undo (f->plan, &error));
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  g_assert_true (runway_plan_can_redo (f->plan));
  g_assert_cmpstr (runway_plan_get_redo_label (f->plan), ==, "Add vendor “Red Hat”");
  g_assert_true (runway_plan_redo (f->plan, &error));
  g_assert_true (runway_plan_redo (f->plan, &error));
  g_assert_no_error (error);
  g_assert_nonnull (runway_plan_lookup (f->plan, RUNWAY_KIND_VENDOR, vendor));
  g_assert_cmpfloat (runway_entity_get_real (person, RUNWAY_PERSON_FTE), ==, 0.5);

  /* a new edit clears redo */
  g_assert_true (runway_plan_undo (f->plan, &error));
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "SUSE", NULL);
  g_assert_false (runway_plan_can_redo (f->plan));

  plan = reopen (f);
  g_assert_nonnull (runway_plan_lookup (plan, RUNWAY_KIND_VENDOR, vendor));
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "suse"));
  g_assert_cmpfloat (runway_entity_get_real (runway_plan_lookup (plan, RUNWAY_KIND_PERSON,
                                                                 f->person),
                                             RUNWAY_PERSON_FTE), ==, 0.8);
}

static void
test_group_edit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) bad = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "oracle",
                                                        NULL);
  g_autoptr(RunwayPlan) plan = NULL;

  g_assert_true (runway_plan_begin_edit (f->plan, "Import vendors", &error));
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "SUSE", NULL);
  /* a refused edit inside a group fails alone */
  g_assert_cmpint (runway_plan_add (f->plan, bad, &error), ==, 0);
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_DUPLICATE);
  g_clear_error (&error);
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "Canonical", NULL);
  g_assert_false (runway_plan_can_undo (f->plan));
  g_assert_true (runway_plan_end_edit (f->plan, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_VENDOR), ==, 3);
  g_assert_cmpstr (runway_plan_get_undo_label (f->plan), ==, "Import vendors");
  g_assert_true (runway_plan_undo (f->plan, &error));
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_VENDOR), ==, 1);

  /* an aborted group leaves nothing, in memory or on disk */
  g_assert_true (runway_plan_begin_edit (f->plan, "Import more", &error));
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "IBM", NULL);
  runway_plan_abort_edit (f->plan);
  g_assert_cmpuint (runway_plan_count (f->plan, RUNWAY_KIND_VENDOR), ==, 1);
  plan = reopen (f);
  g_assert_cmpuint (runway_plan_count (plan, RUNWAY_KIND_VENDOR), ==, 1);
}

static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "demo.runway", NULL);
  g_autoptr(RunwayPlan) demo = runway_plan_create (path, "Demo", &error);
  g_autoptr(GPtrArray) problems = NULL;
  GListModel *roots;

  g_assert_no_error (error);
  g_assert_true (runway_plan_fill_demo (demo, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_CAPABILITY), >=, 8);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_CAPABILITY), <=, 16);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_PRODUCT), >=, 15);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_VENDOR), >=, 8);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_TEAM), ==, 4);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_PERSON), >=, 12);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_MIGRATION), >=, 3);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_DEPLOYMENT), >=, 20);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_ROADMAP_ITEM), >=, 4);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_ALTERNATIVE), >=, 1);
  g_assert_cmpuint (runway_plan_count (demo, RUNWAY_KIND_RESPONSIBILITY), >=, 10);
  roots = runway_plan_get_children (demo, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (roots), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (roots), <,
                    runway_plan_count (demo, RUNWAY_KIND_CAPABILITY));

  /* the demo is one undo step, and sound */
  g_assert_cmpstr (runway_plan_get_undo_label (demo), ==, "Create the demo plan");
  problems = runway_plan_check (demo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Another program writes to the plan while it is open: the next edit is
 * refused instead of overwriting what the other program wrote, and the
 * plan opened again shows both. */
static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autofree char *path = g_strdup (runway_plan_get_path (f->plan));
  RunwayEntity *vendor;

  g_assert_false (runway_plan_is_changed_elsewhere (f->plan));
  runway_test_add (f->plan, RUNWAY_KIND_VENDOR, "name", "SUSE", NULL);
  /* its own edits are not someone else's */
  g_assert_false (runway_plan_is_changed_elsewhere (f->plan));

  runway_test_sql (path, "UPDATE vendor SET name = 'Oracle Corporation' WHERE name = 'Oracle';");
  g_assert_true (runway_plan_is_changed_elsewhere (f->plan));

  draft = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "Red Hat", NULL);
  g_assert_cmpint (runway_plan_add (f->plan, draft, &error), ==, 0);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CHANGED);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_null (runway_plan_find_by_name (f->plan, RUNWAY_KIND_VENDOR, "Red Hat"));
  g_assert_false (runway_plan_undo (f->plan, NULL));

  plan = reopen (f);
  vendor = runway_plan_lookup (plan, RUNWAY_KIND_VENDOR, f->vendor);
  g_assert_cmpstr (runway_entity_get_string (vendor, RUNWAY_VENDOR_NAME), ==, "Oracle Corporation");
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "SUSE"));
  g_assert_false (runway_plan_is_changed_elsewhere (plan));

  /* also when the other program writes before this plan's first edit */
  runway_test_sql (path, "UPDATE vendor SET name = 'SUSE S.A.' WHERE name = 'SUSE';");
  g_clear_error (&error);
  g_assert_cmpint (runway_plan_add (plan, draft, &error), ==, 0);
  g_assert_error (error, RUNWAY_STORE_ERROR, RUNWAY_STORE_ERROR_CHANGED);
  g_clear_object (&plan);
  g_clear_error (&error);
  plan = runway_plan_open (path, RUNWAY_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "SUSE S.A."));

  g_clear_object (&draft);
  g_clear_error (&error);
  draft = runway_entity_new_with (RUNWAY_KIND_VENDOR, "name", "Red Hat", NULL);
  g_assert_cmpint (runway_plan_add (plan, draft, &error), >, 0);
  g_assert_no_error (error);
}

static void
increment (guint *count)
{
  (*count)++;
}

/* A reopened plan makes an entity only when it is asked for: the same
 * object every time, by id or by position; an entity kept by a view reads
 * its values after the plan is gone; edits, removals and name lookups work
 * on rows whose entity was never made. */
static void
test_entities_made_on_demand (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RunwayPlan) plan = NULL;
  g_autoptr(RunwayEntity) first = NULL;
  g_autoptr(RunwayEntity) kept = NULL;
  g_autoptr(RunwayEntity) draft = NULL;
  gint64 mysql, mysql_8;
  GListModel *releases;
  guint items_changed = 0;

  mysql = runway_test_add (f->plan, RUNWAY_KIND_PRODUCT, "vendor", f->vendor, "name", "MySQL",
                           NULL);
  mysql_8 = runway_test_add (f->plan, RUNWAY_KIND_RELEASE, "product", mysql, "version", "8.0",
                             "end-of-life", "2026-04-30", NULL);
  plan = reopen (f);

  releases = runway_plan_get_model (plan, RUNWAY_KIND_RELEASE);
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 2);
  g_assert_true (g_list_model_get_item_type (releases) == RUNWAY_TYPE_RELEASE);
  first = g_list_model_get_item (releases, 0);
  g_assert_true (first == runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, f->release));
  g_assert_true (runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, f->release) == first);
  g_assert_true (runway_entity_is_live (first));
  g_assert_null (g_list_model_get_item (releases, 2));
  g_assert_null (runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, 999));

  /* names are found without anyone having made the vendor's entity */
  g_assert_nonnull (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "  ORACLE "));
  g_assert_null (runway_plan_find_by_name (plan, RUNWAY_KIND_VENDOR, "Orac"));

  /* a duplicate is refused before the product's entity was ever made */
  draft = runway_entity_new_with (RUNWAY_KIND_PRODUCT, "vendor", f->vendor, "name", "mysql",
                                  NULL);
  g_assert_cmpint (runway_plan_add (plan, draft, &error), ==, 0);
  g_assert_error (error, RUNWAY_PLAN_ERROR, RUNWAY_PLAN_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* removing a row nobody looked at: the model says so, undo brings it back */
  g_signal_connect_swapped (releases, "items-changed", G_CALLBACK (increment), &items_changed);
  {
    RunwayEntity *release = runway_plan_lookup (plan, RUNWAY_KIND_RELEASE, mysql_8);

    g_assert_true (runway_plan_remove (plan, release, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 1);
  g_assert_true (runway_plan_undo (plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 2);
  kept = g_list_model_get_item (releases, 1);
  g_assert_cmpint (runway_entity_get_id (kept), ==, mysql_8);

  /* an entity outlives its plan with its values intact */
  g_clear_object (&plan);
  g_assert_false (runway_entity_is_live (first));
  g_assert_cmpstr (runway_entity_get_string (first, RUNWAY_RELEASE_VERSION), ==, "19");
  g_assert_cmpstr (runway_entity_get_string (first, RUNWAY_RELEASE_END_OF_LIFE), ==,
                   "2027-04-30");
  g_assert_cmpstr (runway_entity_get_string (kept, RUNWAY_RELEASE_VERSION), ==, "8.0");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/plan/rules", test_rules);
  ADD ("/plan/milestone-order", test_milestone_order);
  ADD ("/plan/versions-are-strings", test_versions_are_strings);
  ADD ("/plan/capability-cycle", test_capability_cycle);
  ADD ("/plan/capability-tree-models", test_capability_tree_models);
  ADD ("/plan/models-notify", test_models_notify);
  ADD ("/plan/live-entities-are-not-set-directly", test_live_entities_are_not_set_directly);
  ADD ("/plan/remove-refused", test_remove_refused);
  ADD ("/plan/remove-cascades-and-undo", test_remove_cascades_and_undo);
  ADD ("/plan/team-removal-takes-people", test_team_removal_takes_people);
  ADD ("/plan/undo-redo-roundtrip", test_undo_redo_roundtrip);
  ADD ("/plan/group-edit", test_group_edit);
  ADD ("/plan/demo", test_demo);
  ADD ("/plan/changed-elsewhere", test_changed_elsewhere);
  ADD ("/plan/entities-made-on-demand", test_entities_made_on_demand);

  return g_test_run ();
}
