/* runway-risk-list.c — the risks of a plan on a day, as a list model
 *
 * Copyright 2026 The Runway authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A large estate has tens of thousands of risks and a view shows a screenful,
 * so the list keeps the engine's compact records and makes a RunwayRisk only
 * when one is asked for. It is a snapshot: it keeps the index it was computed
 * from, so it stays whole while the plan is edited; compute a new one on the
 * plan's "changed" signal.
 */

#include "config.h"

#include "runway-risk-engine-private.h"
#include "runway-risk-list.h"

struct _RunwayRiskList
{
  GObject          parent_instance;

  RunwayRiskIndex *index;
  GArray          *records;      /* RunwayRiskRecord, in order */
  GPtrArray       *risks;        /* the RunwayRisk made for each, or NULL */
  double           min_fte;
  char            *as_of;
};

static void runway_risk_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RunwayRiskList, runway_risk_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      runway_risk_list_model_init))

/* Most risks are never made: their slots stay empty. */
static void
unref_risk (gpointer risk)
{
  if (risk != NULL)
    g_object_unref (risk);
}

static GType
runway_risk_list_get_item_type (GListModel *model)
{
  return RUNWAY_TYPE_RISK;
}

static guint
runway_risk_list_get_n_items (GListModel *model)
{
  return RUNWAY_RISK_LIST (model)->records->len;
}

static gpointer
runway_risk_list_get_item (GListModel *model,
                           guint       position)
{
  RunwayRiskList *self = RUNWAY_RISK_LIST (model);

  if (position >= self->records->len)
    return NULL;

  if (g_ptr_array_index (self->risks, position) == NULL)
    g_ptr_array_index (self->risks, position) =
      runway_risk_index_make_risk (self->index,
                                   &g_array_index (self->records, RunwayRiskRecord, position),
                                   self->min_fte);
  return g_object_ref (g_ptr_array_index (self->risks, position));
}

static void
runway_risk_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = runway_risk_list_get_item_type;
  iface->get_n_items = runway_risk_list_get_n_items;
  iface->get_item = runway_risk_list_get_item;
}

static void
runway_risk_list_finalize (GObject *object)
{
  RunwayRiskList *self = RUNWAY_RISK_LIST (object);

  g_clear_pointer (&self->risks, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->index, runway_risk_index_unref);
  g_clear_pointer (&self->as_of, g_free);

  G_OBJECT_CLASS (runway_risk_list_parent_class)->finalize (object);
}

static void
runway_risk_list_class_init (RunwayRiskListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = runway_risk_list_finalize;
}

static void
runway_risk_list_init (RunwayRiskList *self)
{
}

/**
 * runway_risk_list_new:
 * @as_of: (nullable): the day, YYYY-MM-DD; %NULL for the plan's as-of
 *   date, or today when it has none
 *
 * Computes the risks of @plan, accepted ones included, in the order of
 * runway_risk_compare(), as runway_plan_compute_risks() does.
 *
 * Returns: (transfer full): the list, or %NULL with @error set when @as_of
 *   is not a date
 */
RunwayRiskList *
runway_risk_list_new (RunwayPlan  *plan,
                      const char  *as_of,
                      GError     **error)
{
  g_autoptr(RunwayRiskList) self = NULL;

  g_return_val_if_fail (RUNWAY_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RUNWAY_TYPE_RISK_LIST, NULL);
  self->records = runway_risk_engine_run (plan, as_of, &self->index, &self->min_fte,
                                          &self->as_of, error);
  if (self->records == NULL)
    return NULL;

  self->risks = g_ptr_array_new_full (self->records->len, unref_risk);
  g_ptr_array_set_size (self->risks, (gint) self->records->len);
  return g_steal_pointer (&self);
}

/* Returns: the day the risks are computed for, YYYY-MM-DD */
const char *
runway_risk_list_get_as_of (RunwayRiskList *self)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_LIST (self), NULL);

  return self->as_of;
}

/* The severity of the risk at @position, without making it. */
RunwaySeverity
runway_risk_list_get_severity (RunwayRiskList *self,
                               guint           position)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_LIST (self), RUNWAY_SEVERITY_LOW);
  g_return_val_if_fail (position < self->records->len, RUNWAY_SEVERITY_LOW);

  return runway_risk_record_get_severity (&g_array_index (self->records, RunwayRiskRecord,
                                                          position));
}

/* Whether the risk at @position is accepted, without making it. */
gboolean
runway_risk_list_is_accepted (RunwayRiskList *self,
                              guint           position)
{
  g_return_val_if_fail (RUNWAY_IS_RISK_LIST (self), FALSE);
  g_return_val_if_fail (position < self->records->len, FALSE);

  return g_array_index (self->records, RunwayRiskRecord, position).acceptance != NULL;
}

/**
 * runway_risk_list_count:
 *
 * Returns: how many risks of @severity are accepted (or not), for a summary
 * such as "3 critical" that needs no risk made
 */
guint
runway_risk_list_count (RunwayRiskList *self,
                        RunwaySeverity  severity,
                        gboolean        accepted)
{
  guint count = 0;

  g_return_val_if_fail (RUNWAY_IS_RISK_LIST (self), 0);

  for (guint i = 0; i < self->records->len; i++)
    {
      const RunwayRiskRecord *record = &g_array_index (self->records, RunwayRiskRecord, i);

      if (runway_risk_record_get_severity (record) == severity
          && (record->acceptance != NULL) == (accepted != FALSE))
        count++;
    }
  return count;
}
