package io.github.journeykit.core.model;

/**
 * Whether a KPI measures a successful customer outcome or the organisation's output (Towers, "5
 * Common Pitfalls to Avoid When Implementing Customer Journey Mapping"). A KPI set dominated by
 * output measures (the usual balance is 80 % output) is a warning sign.
 *
 * <pre>{@code
 * long outcomes = journey.kpis().stream().filter(k -> k.kind() == KpiKind.OUTCOME).count();
 * }</pre>
 */
public enum KpiKind {
  /** A successful customer outcome, such as "accounts opened in one sitting". */
  OUTCOME,
  /** An output of the organisation, such as calls answered or average handle time. */
  OUTPUT
}
