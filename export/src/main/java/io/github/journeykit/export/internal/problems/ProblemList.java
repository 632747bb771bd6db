package io.github.journeykit.export.internal.problems;

import io.github.journeykit.core.model.Violation;

/**
 * What the readers of journeys (the JSON document, the spreadsheet grid) share about the problems
 * they report: how an offending value is shown, and when they stop. Not public API.
 */
public final class ProblemList {
  /** A reader stops after this many problems. */
  public static final int MAX_PROBLEMS = 100;

  /** The rule of the last problem recorded, when a reader stops at {@link #MAX_PROBLEMS}. */
  public static final String STOPPED =
      "must have fewer than " + MAX_PROBLEMS + " problems; reading stopped";

  private ProblemList() {}

  /**
   * Text as problems show it, the way the model's own violations show it: quoted, cut short,
   * control characters escaped.
   *
   * @param text the offending text
   * @return the text as shown
   */
  public static String shown(String text) {
    return Violation.of("", "", text).value().orElseThrow();
  }
}
