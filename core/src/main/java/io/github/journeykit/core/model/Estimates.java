package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import java.util.Optional;

/**
 * The names of the estimates on an {@link ActionItem} that the built-in prioritisation strategies
 * read, and the ranges the model enforces for them. Any other key may be used for strategies of
 * your own.
 *
 * <pre>{@code
 * ActionItem item = ActionItem.builder("shorten-form", "Cut the form to 8 fields", ActionKind.FIX)
 *     .putEstimate(Estimates.REACH, 12_000)     // customers per quarter
 *     .putEstimate(Estimates.IMPACT, 2)         // RICE: 3, 2, 1, 0.5 or 0.25
 *     .putEstimate(Estimates.CONFIDENCE, 0.8)   // a share
 *     .putEstimate(Estimates.EFFORT, 3)         // person-months
 *     .build();
 * }</pre>
 */
public final class Estimates {
  /** RICE reach: people or events affected per period; at least 0. */
  public static final String REACH = "reach";

  /** RICE impact per person: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal; at least 0. */
  public static final String IMPACT = "impact";

  /** RICE confidence in the other estimates, a share from 0 to 1 (1.0, 0.8, 0.5). */
  public static final String CONFIDENCE = "confidence";

  /** RICE effort in person-months; greater than 0 (RICE rounds anything less up to 0.5). */
  public static final String EFFORT = "effort";

  /** ICE impact, 1 to 10. */
  public static final String ICE_IMPACT = "iceImpact";

  /** ICE confidence, 1 to 10. */
  public static final String ICE_CONFIDENCE = "iceConfidence";

  /** ICE ease, 1 to 10. */
  public static final String EASE = "ease";

  /** WSJF user or business value, usually on 1, 2, 3, 5, 8, 13, 20; at least 0. */
  public static final String BUSINESS_VALUE = "businessValue";

  /** WSJF time criticality, usually on 1, 2, 3, 5, 8, 13, 20; at least 0. */
  public static final String TIME_CRITICALITY = "timeCriticality";

  /**
   * WSJF risk reduction or opportunity enablement, usually on 1, 2, 3, 5, 8, 13, 20; at least 0.
   */
  public static final String RISK_REDUCTION = "riskReduction";

  /** WSJF job size, usually on 1, 2, 3, 5, 8, 13, 20; greater than 0. */
  public static final String JOB_SIZE = "jobSize";

  /** Value for a value/effort matrix, in any unit; at least 0. */
  public static final String VALUE = "value";

  /** Cost of the action, in a currency; at least 0. */
  public static final String COST = "cost";

  private static final ImmutableMap<String, Range<Double>> RANGES =
      ImmutableMap.<String, Range<Double>>builder()
          .put(REACH, Range.atLeast(0.0))
          .put(IMPACT, Range.atLeast(0.0))
          .put(CONFIDENCE, Range.closed(0.0, 1.0))
          .put(EFFORT, Range.greaterThan(0.0))
          .put(ICE_IMPACT, Range.closed(1.0, 10.0))
          .put(ICE_CONFIDENCE, Range.closed(1.0, 10.0))
          .put(EASE, Range.closed(1.0, 10.0))
          .put(BUSINESS_VALUE, Range.atLeast(0.0))
          .put(TIME_CRITICALITY, Range.atLeast(0.0))
          .put(RISK_REDUCTION, Range.atLeast(0.0))
          .put(JOB_SIZE, Range.greaterThan(0.0))
          .put(VALUE, Range.atLeast(0.0))
          .put(COST, Range.atLeast(0.0))
          .build();

  private Estimates() {}

  /**
   * Whether the model accepts {@code value} for the estimate {@code key}: a well-known estimate
   * must lie in its range ({@link #rangeOf}), any other finite number is accepted.
   *
   * <pre>{@code
   * Estimates.allows(Estimates.CONFIDENCE, 0.8);   // true
   * Estimates.allows(Estimates.CONFIDENCE, 80);    // false: a share, from 0 to 1
   * }</pre>
   *
   * @param key the estimate's key
   * @param value the value
   * @return true if the model accepts it
   */
  public static boolean allows(String key, double value) {
    requireNonNull(key, "key");
    Range<Double> range = RANGES.get(key);
    return Double.isFinite(value) && (range == null || range.contains(value));
  }

  /**
   * The range the model enforces for a well-known estimate, in interval notation: {@code
   * [0.0..1.0]} for {@link #CONFIDENCE}, {@code (0.0..+∞)} for {@link #EFFORT}.
   *
   * @param key the estimate's key
   * @return the range, or empty for an estimate of one's own, which any finite number may take
   */
  public static Optional<String> rangeOf(String key) {
    requireNonNull(key, "key");
    return Optional.ofNullable(RANGES.get(key)).map(Range::toString);
  }
}
