package io.github.journeykit.core.audit;

/**
 * Whether a journey map is reviewed on time, judged by its governance's cadence and last review.
 *
 * <pre>{@code
 * boolean late = report.governance().reviewStatus() == ReviewStatus.OVERDUE;
 * }</pre>
 */
public enum ReviewStatus {
  /** The next review (last review plus cadence) is on or after the audit's date. */
  ON_SCHEDULE,
  /** The next review was due before the audit's date. */
  OVERDUE,
  /** No review is scheduled: the map has no review cadence, or has never been reviewed. */
  UNSCHEDULED
}
