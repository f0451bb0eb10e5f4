/* runway-risk.c — one risk the engine found in a plan
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A risk says which rule fired, how bad it is, when it bites, what it is
 * about and what to do. The engine (runway-risk-engine.c) makes them; views
 * and runway-cli only read them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "runway-risk-private.h"
#include "runway-schema.h"

typedef struct
{
  const char     *id;
  RunwaySeverity  severity;
} RuleInfo;

static const RuleInfo rule_info[RUNWAY_N_RULES] = {
  [RUNWAY_RULE_EOL_PASSED] = { "eol-passed", RUNWAY_SEVERITY_CRITICAL },
  [RUNWAY_RULE_EOL_SOON] = { "eol-soon", RUNWAY_SEVERITY_HIGH },
  [RUNWAY_RULE_EXTENDED_ONLY] = { "extended-only", RUNWAY_SEVERITY_MEDIUM },
  [RUNWAY_RULE_EOS_PASSED] = { "eos-passed", RUNWAY_SEVERITY_MEDIUM },
  [RUNWAY_RULE_EOS_SOON] = { "eos-soon", RUNWAY_SEVERITY_LOW },
  [RUNWAY_RULE_NO_MIGRATION] = { "no-migration", RUNWAY_SEVERITY_HIGH },
  [RUNWAY_RULE_MIGRATION_LATE] = { "migration-late", RUNWAY_SEVERITY_HIGH },
  [RUNWAY_RULE_LIFECYCLE_UNKNOWN] = { "lifecycle-unknown", RUNWAY_SEVERITY_LOW },
  [RUNWAY_RULE_SINGLE_EXPERT] = { "single-expert", RUNWAY_SEVERITY_CRITICAL },
  [RUNWAY_RULE_UNDERSTAFFED] = { "understaffed", RUNWAY_SEVERITY_HIGH },
  [RUNWAY_RULE_OWNERSHIP_GAP] = { "ownership-gap", RUNWAY_SEVERITY_MEDIUM },
  [RUNWAY_RULE_NO_ALTERNATIVE] = { "no-alternative", RUNWAY_SEVERITY_LOW },
  [RUNWAY_RULE_CONTRACT_ENDS] = { "contract-ends", RUNWAY_SEVERITY_MEDIUM },
};

const char * const runway_risk_rules[] = {
  "eol-passed", "eol-soon", "extended-only", "eos-passed", "eos-soon", "no-migration",
  "migration-late", "lifecycle-unknown", "single-expert", "understaffed", "ownership-gap",
  "no-alternative", "contract-ends", NULL
};

static const char * const severity_names[] = { "critical", "high", "medium", "low" };

enum {
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_DATE,
  PROP_SUBJECT_KIND,
  PROP_SUBJECT_ID,
  PROP_SUBJECT,
  PROP_CAPABILITY,
  PROP_CAPABILITY_ID,
  PROP_PRODUCT,
  PROP_PRODUCT_ID,
  PROP_RELEASE,
  PROP_RELEASE_ID,
  PROP_MESSAGE,
  PROP_ACCEPTANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (RunwaySeverity, runway_severity,
                    G_DEFINE_ENUM_VALUE (RUNWAY_SEVERITY_CRITICAL, "critical"),
                    G_DEFINE_ENUM_VALUE (RUNWAY_SEVERITY_HIGH, "high"),
                    G_DEFINE_ENUM_VALUE (RUNWAY_SEVERITY_MEDIUM, "medium"),
                    G_DEFINE_ENUM_VALUE (RUNWAY_SEVERITY_LOW, "low"))

G_DEFINE_FINAL_TYPE (RunwayRisk, runway_risk, G_TYPE_OBJECT)

/* Most important first: "production, test". */
static char *
dup_environments (guint environments)
{
  GString *text = g_string_new (NULL);

  for (int i = (int) g_strv_length ((char **) runway_environments) - 1; i >= 0; i--)
    if (environments & (1u << i))
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, _(runway_environments[i]));
      }
  return g_string_free (text, FALSE);
}

static char *
format_lifecycle_message (RunwayRisk *self)
{
  g_autofree char *where = dup_environments (self->environments);
  const char *capability = self->capability;
  const char *subject = self->subject;

  switch (self->rule)
    {
    case RUNWAY_RULE_EOL_PASSED:
      if (self->variant == RUNWAY_RISK_EXTENDED_ENDED)
        return g_strdup_printf (_("The contracted extended support of %s ended on %s and it "
                                  "runs in %s for %s; migrate or renew extended support"),
                                subject, self->date, where, capability);
      if (self->variant == RUNWAY_RISK_EXTENDED_UNRECORDED)
        return g_strdup_printf (_("%s is past end of life and runs in %s for %s; extended "
                                  "support is contracted but its end is not recorded, so "
                                  "record it or migrate"),
                                subject, where, capability);
      if (*self->date == '\0')
        return g_strdup_printf (_("%s has reached end of life and runs in %s for %s; migrate "
                                  "or contract extended support"), subject, where, capability);
      return g_strdup_printf (_("%s reached end of life on %s and runs in %s for %s; migrate "
                                "or contract extended support"),
                              subject, self->date, where, capability);
    case RUNWAY_RULE_EOL_SOON:
      if (self->variant == RUNWAY_RISK_EXTENDED_CONTRACTED)
        return g_strdup_printf (_("%s reaches end of life on %s and runs in %s for %s; "
                                  "contracted extended support follows, plan the migration "
                                  "before it ends"), subject, self->date, where, capability);
      return g_strdup_printf (_("%s reaches end of life on %s and runs in %s for %s; migrate "
                                "before then or contract extended support"),
                              subject, self->date, where, capability);
    case RUNWAY_RULE_EXTENDED_ONLY:
      if (*self->date == '\0')
        return g_strdup_printf (_("%s is past end of life and runs in %s for %s on contracted "
                                  "extended support with no announced end; plan the migration"),
                                subject, where, capability);
      return g_strdup_printf (_("%s is past end of life and runs in %s for %s on contracted "
                                "extended support until %s; migrate before it ends"),
                              subject, where, capability, self->date);
    case RUNWAY_RULE_EOS_PASSED:
      if (*self->date == '\0')
        return g_strdup_printf (_("Mainstream support of %s has ended and it runs in %s for %s; "
                                  "expect security fixes only and plan an upgrade"),
                                subject, where, capability);
      return g_strdup_printf (_("Mainstream support of %s ended on %s and it runs in %s for %s; "
                                "expect security fixes only and plan an upgrade"),
                              subject, self->date, where, capability);
    case RUNWAY_RULE_EOS_SOON:
      return g_strdup_printf (_("Mainstream support of %s ends on %s and it runs in %s for %s; "
                                "plan an upgrade"), subject, self->date, where, capability);
    case RUNWAY_RULE_NO_MIGRATION:
      if (*self->date == '\0')
        return g_strdup_printf (_("%s has reached end of life and no migration away from it is "
                                  "planned for %s; plan one"), subject, capability);
      if (self->variant == RUNWAY_RISK_PAST)
        return g_strdup_printf (_("%s reached end of life on %s and no migration away from it is "
                                  "planned for %s; plan one"), subject, self->date, capability);
      return g_strdup_printf (_("%s reaches end of life on %s, inside the planning horizon, and "
                                "no migration away from it is planned for %s; plan one"),
                              subject, self->date, capability);
    case RUNWAY_RULE_LIFECYCLE_UNKNOWN:
      return g_strdup_printf (_("The end of life of %s is not known and it runs in %s for %s; "
                                "look it up or import the vendor's lifecycle data"),
                              subject, where, capability);
    case RUNWAY_RULE_MIGRATION_LATE:
    case RUNWAY_RULE_SINGLE_EXPERT:
    case RUNWAY_RULE_UNDERSTAFFED:
    case RUNWAY_RULE_OWNERSHIP_GAP:
    case RUNWAY_RULE_NO_ALTERNATIVE:
    case RUNWAY_RULE_CONTRACT_ENDS:
    case RUNWAY_N_RULES:
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

static char *
format_message (RunwayRisk *self)
{
  switch (self->rule)
    {
    case RUNWAY_RULE_EOL_PASSED:
    case RUNWAY_RULE_EOL_SOON:
    case RUNWAY_RULE_EXTENDED_ONLY:
    case RUNWAY_RULE_EOS_PASSED:
    case RUNWAY_RULE_EOS_SOON:
    case RUNWAY_RULE_NO_MIGRATION:
    case RUNWAY_RULE_LIFECYCLE_UNKNOWN:
      return format_lifecycle_message (self);
    case RUNWAY_RULE_MIGRATION_LATE:
      /* detail: the title of the release it leaves */
      if (*self->date == '\0')
        return g_strdup_printf (_("The migration %s for %s ends on %s, but %s has reached end of "
                                  "life already; finish it sooner or contract extended support"),
                                self->subject, self->capability, self->detail_date, self->detail);
      return g_strdup_printf (_("The migration %s for %s ends on %s, after the end of life of %s "
                                "on %s; finish it sooner or contract extended support"),
                              self->subject, self->capability, self->detail_date, self->detail,
                              self->date);
    case RUNWAY_RULE_SINGLE_EXPERT:
      /* detail: the one person */
      return g_strdup_printf (_("Only %s can run %s; train a second person before the knowledge "
                                "is lost"), self->detail, self->subject);
    case RUNWAY_RULE_UNDERSTAFFED:
      if (self->fte <= 0)
        return g_strdup_printf (_("Nobody can run %s: no practitioner or expert knows it, and the "
                                  "plan asks for %.1f FTE; train or hire people"),
                                self->subject, self->min_fte);
      return g_strdup_printf (_("%s has %.1f FTE of practitioners and experts, below the plan's "
                                "minimum of %.1f; train or hire people"),
                              self->subject, self->fte, self->min_fte);
    case RUNWAY_RULE_OWNERSHIP_GAP:
      /* detail: the areas nobody covers */
      return g_strdup_printf (_("No team covers %s for %s; assign a team to each area"),
                              self->detail, self->subject);
    case RUNWAY_RULE_NO_ALTERNATIVE:
      return g_strdup_printf (_("%s runs on %s only and has no alternative or planned migration to "
                                "another product; record an exit scenario"),
                              self->subject, self->product);
    case RUNWAY_RULE_CONTRACT_ENDS:
      if (self->variant == RUNWAY_RISK_PAST)
        return g_strdup_printf (_("The contract with %s ended on %s, but %s still runs for %s; "
                                  "renew the contract or move off"),
                                self->subject, self->date, self->product, self->capability);
      return g_strdup_printf (_("The contract with %s runs until %s, but %s keeps running for %s "
                                "after it; renew the contract or move off before then"),
                              self->subject, self->date, self->product, self->capability);
    case RUNWAY_N_RULES:
    default:
      g_assert_not_reached ();
      return NULL;
    }
}

static void
runway_risk_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RunwayRisk *self = RUNWAY_RISK (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, runway_risk_get_rule (self));
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, runway_risk_get_severity (self));
      break;
    case PROP_DATE:
      g_value_set_string (value, runway_risk_get_date (self));
      break;
    case PROP_SUBJECT_KIND:
      g_value_set_string (value, runway_risk_get_subject_kind (self));
      break;
    case PROP_SUBJECT_ID:
      g_value_set_int64 (value, self->subject_id);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_CAPABILITY:
      g_value_set_string (value, self->capability);
      break;
    case PROP_CAPABILITY_ID:
      g_value_set_int64 (value, self->capability_id);
      break;
    case PROP_PRODUCT:
      g_value_set_string (value, self->product);
      break;
    case PROP_PRODUCT_ID:
      g_value_set_int64 (value, self->product_id);
      break;
    case PROP_RELEASE:
      g_value_set_string (value, self->release);
      break;
    case PROP_RELEASE_ID:
      g_value_set_int64 (value, self->release_id);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, runway_risk_get_message (self));
      break;
    case PROP_ACCEPTANCE:
      g_value_set_object (value, self->acceptance);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
runway_risk_finalize (GObject *object)
{
  RunwayRisk *self = RUNWAY_RISK (object);

  g_clear_pointer (&self->subject, g_ref_string_release);
  g_clear_pointer (&self->capability, g_ref_string_release);
  g_clear_pointer (&self->product, g_ref_string_release);
  g_clear_pointer (&self->release, g_ref_string_release);
  g_clear_pointer (&self->detail, g_ref_string_release);
  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->acceptance);

  G_OBJECT_CLASS (runway_risk_parent_class)->finalize (object);
}

static void
runway_risk_class_init (RunwayRiskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = runway_risk_get_property;
  object_class->finalize = runway_risk_finalize;

  properties[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, NULL, flags);
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, RUNWAY_TYPE_SEVERITY,
                                                 RUNWAY_SEVERITY_LOW, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT_KIND] = g_param_spec_string ("subject-kind", NULL, NULL, NULL, flags);
  properties[PROP_SUBJECT_ID] = g_param_spec_int64 ("subject-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, NULL, flags);
  properties[PROP_CAPABILITY] = g_param_spec_string ("capability", NULL, NULL, NULL, flags);
  properties[PROP_CAPABILITY_ID] = g_param_spec_int64 ("capability-id", NULL, NULL,
                                                       0, G_MAXINT64, 0, flags);
  properties[PROP_PRODUCT] = g_param_spec_string ("product", NULL, NULL, NULL, flags);
  properties[PROP_PRODUCT_ID] = g_param_spec_int64 ("product-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_RELEASE] = g_param_spec_string ("release", NULL, NULL, NULL, flags);
  properties[PROP_RELEASE_ID] = g_param_spec_int64 ("release-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_ACCEPTANCE] = g_param_spec_object ("acceptance", NULL, NULL,
                                                     RUNWAY_TYPE_ACCEPTANCE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
runway_risk_init (RunwayRisk *self)
{
}

/* Makes a GRefString of @text, for the fields of a risk. */
char *
runway_risk_ref_string (const char *text)
{
  if (text == NULL)
    return NULL;
  return g_ref_string_new (text);
}

RunwayRisk *
runway_risk_new (RunwayRule  rule,
                 RunwayKind  subject_kind,
                 gint64      subject_id,
                 const char *subject)
{
  RunwayRisk *self = g_object_new (RUNWAY_TYPE_RISK, NULL);

  g_assert (rule < RUNWAY_N_RULES);

  self->rule = rule;
  self->subject_kind = subject_kind;
  self->subject_id = subject_id;
  self->subject = g_ref_string_acquire ((char *) subject);
  return self;
}

RunwaySeverity
runway_rule_get_severity (RunwayRule rule)
{
  g_assert (rule < RUNWAY_N_RULES);
  return rule_info[rule].severity;
}

const char *
runway_rule_get_id (RunwayRule rule)
{
  g_assert (rule < RUNWAY_N_RULES);
  return rule_info[rule].id;
}

gboolean
runway_risk_rule_is_known (const char *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  return g_strv_contains (runway_risk_rules, rule);
}

const char *
runway_severity_to_string (RunwaySeverity severity)
{
  g_return_val_if_fail ((guint) severity < G_N_ELEMENTS (severity_names), NULL);

  return severity_names[severity];
}

/* Parses "critical", "high", "medium" or "low", as runway-cli takes them. */
gboolean
runway_severity_from_string (const char     *text,
                             RunwaySeverity *out_severity)
{
  g_return_val_if_fail (out_severity != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (severity_names); i++)
    if (g_ascii_strcasecmp (text, severity_names[i]) == 0)
      {
        *out_severity = (RunwaySeverity) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * runway_risk_get_rule:
 *
 * Returns: the rule's stable id, "eol-passed"
 */
const char *
runway_risk_get_rule (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return rule_info[self->rule].id;
}

RunwaySeverity
runway_risk_get_severity (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), RUNWAY_SEVERITY_LOW);

  return rule_info[self->rule].severity;
}

/**
 * runway_risk_get_date:
 *
 * Returns: (nullable): the day the risk bites, YYYY-MM-DD, or %NULL when
 * that is not known (a milestone that has `ended`) or not a date (staffing,
 * ownership).
 */
const char *
runway_risk_get_date (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return *self->date != '\0' ? self->date : NULL;
}

/**
 * runway_risk_get_subject_kind:
 *
 * Returns: what kind of entity the risk is about: "release", "product",
 * "capability", "vendor" or "migration"
 */
const char *
runway_risk_get_subject_kind (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return runway_schema_get_table (self->subject_kind)->name;
}

/* The id of the subject entity, for a view that wants to show it. */
gint64
runway_risk_get_subject_id (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), 0);

  return self->subject_id;
}

/**
 * runway_risk_get_subject:
 *
 * Returns: how a user names what the risk is about ("PostgreSQL 13",
 * "Broadcom"); with the rule, the key an acceptance refers to.
 */
const char *
runway_risk_get_subject (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return self->subject;
}

/* Returns: (nullable): the capability's name */
const char *
runway_risk_get_capability (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return self->capability;
}

gint64
runway_risk_get_capability_id (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), 0);

  return self->capability_id;
}

/* Returns: (nullable): the product's name */
const char *
runway_risk_get_product (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return self->product;
}

gint64
runway_risk_get_product_id (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), 0);

  return self->product_id;
}

/* Returns: (nullable): the release's version string */
const char *
runway_risk_get_release (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return self->release;
}

gint64
runway_risk_get_release_id (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), 0);

  return self->release_id;
}

/**
 * runway_risk_get_message:
 *
 * Returns: one sentence that says what is wrong and what to do, in the
 * user's language
 */
const char *
runway_risk_get_message (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  if (self->message == NULL)
    self->message = format_message (self);
  return self->message;
}

/**
 * runway_risk_get_acceptance:
 *
 * Returns: (transfer none) (nullable): the acceptance that covers the risk
 */
RunwayAcceptance *
runway_risk_get_acceptance (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), NULL);

  return self->acceptance;
}

gboolean
runway_risk_is_accepted (RunwayRisk *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (self), FALSE);

  return self->acceptance != NULL;
}

static int
compare_text (const char *a,
              const char *b)
{
  return strcmp (a ? a : "", b ? b : "");
}

/**
 * runway_risk_compare:
 *
 * The order risks are listed in: severity, then date (risks without one
 * first: they bite now or bit at an unknown past day), then subject, then
 * whatever else tells two risks apart, so the order is total and the same
 * on every machine.
 */
int
runway_risk_compare (RunwayRisk *a,
                     RunwayRisk *b)
{
  g_return_val_if_fail (RUNWAY_IS_RISK (a), 0);
  g_return_val_if_fail (RUNWAY_IS_RISK (b), 0);

  return runway_risk_order (a, b);
}

/* runway_risk_compare() without the checks, for the engine's sort. */
int
runway_risk_order (RunwayRisk *a,
                   RunwayRisk *b)
{
  int diff = (int) rule_info[a->rule].severity - (int) rule_info[b->rule].severity;

  if (diff == 0)
    diff = strcmp (a->date, b->date);
  /* the risks of one entity share their subject string */
  if (diff == 0 && a->subject != b->subject)
    diff = compare_text (a->subject, b->subject);
  if (diff == 0)
    diff = (int) a->rule - (int) b->rule;
  if (diff == 0)
    diff = compare_text (a->capability, b->capability);
  if (diff == 0)
    diff = compare_text (a->product, b->product);
  if (diff == 0)
    diff = compare_text (a->release, b->release);
  return diff;
}
