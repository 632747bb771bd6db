package io.github.journeykit.core.audit;

/**
 * How an activation gap of HOED Research stands in an {@link ActivationReport}, judged by the
 * findings that signal it. Suppressed findings are shown but not counted.
 *
 * <pre>{@code
 * if (report.verdict(GapType.ORGANISATIONAL).verdict() == Verdict.OPEN) { ... }
 * }</pre>
 */
public enum Verdict {
  /** No finding that counts signals the gap. */
  CLOSED,
  /** Findings signal the gap, none of them high or critical. */
  AT_RISK,
  /** At least one high or critical finding signals the gap. */
  OPEN
}
