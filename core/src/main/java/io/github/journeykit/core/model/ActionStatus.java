package io.github.journeykit.core.model;

/**
 * Where an action item stands.
 *
 * <pre>{@code
 * List<ActionItem> underway = journey.actions(ActionStatus.IN_PROGRESS);
 * }</pre>
 */
public enum ActionStatus {
  /** Suggested, not yet agreed. */
  PROPOSED,
  /** Agreed and scheduled. */
  PLANNED,
  /** Being worked on. */
  IN_PROGRESS,
  /** Finished. */
  DONE,
  /** Decided against. */
  DROPPED;

  /**
   * Whether work is still expected: proposed, planned or in progress.
   *
   * @return false for done and dropped
   */
  public boolean isOpen() {
    return this != DONE && this != DROPPED;
  }
}
