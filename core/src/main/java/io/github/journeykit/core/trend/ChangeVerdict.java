package io.github.journeykit.core.trend;

/**
 * What a change between two periods says at its confidence level: better, worse, or not clearly
 * either. "Better" follows the scale: up where higher is better, down where lower is.
 *
 * <pre>{@code
 * change.verdict() == ChangeVerdict.IMPROVED;   // the interval lies wholly on the better side of 0
 * }</pre>
 */
public enum ChangeVerdict {
  /** The interval of the difference lies wholly on the better side of zero. */
  IMPROVED("improved"),
  /** The interval of the difference lies wholly on the worse side of zero. */
  WORSENED("worsened"),
  /** The interval holds zero, or there were too few answers for one. */
  NO_CLEAR_CHANGE("no clear change");

  private final String label;

  ChangeVerdict(String label) {
    this.label = label;
  }

  /**
   * The verdict in words.
   *
   * @return {@code improved}, {@code worsened} or {@code no clear change}
   */
  public String label() {
    return label;
  }
}
