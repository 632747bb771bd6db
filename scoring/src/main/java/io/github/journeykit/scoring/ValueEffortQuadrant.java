package io.github.journeykit.scoring;

/**
 * The four quadrants of a value versus effort matrix, in the order they are usually done. Value is
 * high at or above the value threshold; effort is low at or below the effort threshold. The
 * thresholds are always explicit.
 *
 * <pre>{@code
 * ValueEffortQuadrant q = ValueEffortQuadrant.of(8, 2, 5, 3); // QUICK_WIN
 * }</pre>
 */
public enum ValueEffortQuadrant {
  /** High value, low effort: do first. */
  QUICK_WIN("quick win", 4),
  /** High value, high effort: plan. */
  MAJOR_PROJECT("major project", 3),
  /** Low value, low effort: do when there is time. */
  FILL_IN("fill-in", 2),
  /** Low value, high effort: avoid. */
  THANKLESS_TASK("thankless task", 1);

  private final String label;
  private final int priority;

  ValueEffortQuadrant(String label, int priority) {
    this.label = label;
    this.priority = priority;
  }

  /**
   * The quadrant of an item.
   *
   * @param value the item's value
   * @param effort the item's effort
   * @param valueThreshold the value at and above which value is high
   * @param effortThreshold the effort at and below which effort is low
   * @return the quadrant
   */
  public static ValueEffortQuadrant of(
      double value, double effort, double valueThreshold, double effortThreshold) {
    boolean high = value >= valueThreshold;
    boolean easy = effort <= effortThreshold;
    if (high) {
      return easy ? QUICK_WIN : MAJOR_PROJECT;
    }
    return easy ? FILL_IN : THANKLESS_TASK;
  }

  /**
   * The quadrant's name in words, such as {@code quick win}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The order of work: 4 for quick wins, 3 for major projects, 2 for fill-ins, 1 for thankless
   * tasks.
   *
   * @return the priority
   */
  public int priority() {
    return priority;
  }
}
