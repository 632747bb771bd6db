package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Mergeable statistics of one metric at one touchpoint: count, mean, the sum of squared deviations
 * (M2, from which the variance follows), minimum and maximum, how many answers fell on each whole
 * point from 0 to 10 (from which NPS buckets and top-box shares follow), the first and last
 * observation time and the data sources.
 *
 * <p>The mean and M2 are updated one value at a time by Welford's method (B. P. Welford, "Note on a
 * method for calculating corrected sums of squares and products", Technometrics 4(3), 1962) and
 * merged by the parallel formula of Chan, Golub and LeVeque ("Updating formulae and a pairwise
 * algorithm for computing sample variances", Stanford CS report STAN-CS-79-773, 1979): with {@code
 * n = na + nb} and {@code d = meanB - meanA}, {@code mean = meanA + d nb / n} and {@code M2 = M2a +
 * M2b + d^2 na nb / n}. Merging is associative and commutative (to rounding), so statistics of
 * parts, computed on other threads or machines, merge into the statistics of the whole.
 *
 * <p>Answers are counted by their whole part: a value v with {@code 0 <= v <= 10} adds one to
 * {@code answerCounts().get((int) v)}; other values are not counted there.
 *
 * <p>Quantiles ({@link #quantile}, {@link #median()}, {@link #p90()}) are lower quantiles: the
 * quantile {@code q} of {@code n} values is the value at 0-based position {@code floor(q (n - 1))}
 * in ascending order. Whole answers from 0 to 10 (NPS, CSAT, CES answers) are held exactly by the
 * answer counts, the other half points from -10 to 10 (an emotion scale's half and negative points)
 * and up to {@value #OTHER_VALUES_HELD} other distinct values with a count each, so quantiles of
 * answers on a scale are exact ({@link #exactQuantiles()}). Beyond that (times, costs with many
 * distinct values) the statistics keep a DDSketch of all values, the one the event-log analysis
 * keeps of durations, which merges bucket by bucket and gives the quantile within 1% of the exact
 * one (C. Masson, J. E. Rim and H. K. Lee, "DDSketch: a fast and fully-mergeable quantile sketch
 * with relative-error guarantees", PVLDB 12(12), 2019).
 *
 * <pre>{@code
 * MetricStatistics a = MetricStatistics.of(9, 10, 6);
 * MetricStatistics b = MetricStatistics.of(7, 9);
 * MetricStatistics all = a.merge(b);   // count 5, mean 8.2
 * all.promoters();                     // 3
 * all.variance();                      // OptionalDouble[2.7]
 * all.median();                        // OptionalDouble[9.0]: 6 7 9 9 10 at floor(0.5 x 4) = 2
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MetricStatistics {
  /** How many whole answer points are counted: 0 to 10. */
  static final int ANSWER_POINTS = 11;

  /**
   * How many distinct values other than half points from -10 to 10 are held exactly before a
   * quantile sketch takes over.
   */
  public static final int OTHER_VALUES_HELD = 32;

  private static final MetricStatistics EMPTY = new RunningStatistics(null).snapshot();

  MetricStatistics() {}

  /**
   * The statistics of nothing: count 0, no mean. Merging with it changes nothing.
   *
   * @return the empty statistics
   */
  public static MetricStatistics empty() {
    return EMPTY;
  }

  /**
   * The statistics of some values, without times or sources.
   *
   * @param values the values, each a finite number
   * @return their statistics
   * @throws io.github.journeykit.core.model.ValidationException if a value is not finite
   */
  public static MetricStatistics of(double... values) {
    requireNonNull(values, "values");
    Problems problems = Problems.of("MetricStatistics");
    for (int i = 0; i < values.length; i++) {
      problems.finite("values[" + i + "]", values[i]);
    }
    problems.throwIfAny();
    RunningStatistics running = new RunningStatistics(null);
    for (double value : values) {
      running.add(value, null, null);
    }
    return running.snapshot();
  }

  /**
   * How many values.
   *
   * @return the count
   */
  public abstract long count();

  /**
   * The arithmetic mean.
   *
   * @return the mean, or empty when the count is 0
   */
  public abstract OptionalDouble mean();

  /**
   * The sum of squared deviations from the mean (M2).
   *
   * @return M2, 0 when the count is below 2
   */
  public abstract double m2();

  /**
   * The smallest value.
   *
   * @return the minimum, or empty when the count is 0
   */
  public abstract OptionalDouble min();

  /**
   * The largest value.
   *
   * @return the maximum, or empty when the count is 0
   */
  public abstract OptionalDouble max();

  /**
   * How many values fell on each whole point from 0 to 10: element {@code k} counts the values v
   * with {@code k <= v < k + 1} (and element 10 the value 10).
   *
   * @return eleven counts
   */
  public abstract List<Long> answerCounts();

  /**
   * When the first value was observed.
   *
   * @return the earliest time, if the values had times
   */
  public abstract Optional<Instant> firstObserved();

  /**
   * When the last value was observed.
   *
   * @return the latest time, if the values had times
   */
  public abstract Optional<Instant> lastObserved();

  /**
   * The distinct sources of the values, ordered by id.
   *
   * @return the sources
   */
  public abstract List<DataSource> sources();

  /**
   * The quantile sketch of all values, kept once there are more than {@link #OTHER_VALUES_HELD}
   * distinct values other than half points from -10 to 10.
   *
   * @return the sketch, or empty while the values are held exactly
   */
  abstract Optional<QuantileSketch> sketch();

  /**
   * The values other than whole answers from 0 to 10, each with how often it came, while there is
   * no sketch. Those from 0 to 10 are also counted, by their whole part, in the answer counts.
   *
   * @return the values and their counts, ascending; empty once there is a sketch
   */
  @Value.NaturalOrder
  abstract SortedMap<Double, Long> otherValues();

  /**
   * Every value with how often it came, given the answer counts and the other values: a whole
   * point's count is its answer count less the other values that were counted on it.
   */
  static NavigableMap<Double, Long> exactValues(
      List<Long> answerCounts, SortedMap<Double, Long> otherValues) {
    TreeMap<Double, Long> values = new TreeMap<>(otherValues);
    long[] onPoints = countsOnPoints(otherValues);
    for (int point = 0; point < Math.min(answerCounts.size(), ANSWER_POINTS); point++) {
      long whole = answerCounts.get(point) - onPoints[point];
      if (whole > 0) {
        values.put((double) point, whole);
      }
    }
    return values;
  }

  /**
   * The sample variance, M2 / (n - 1).
   *
   * @return the variance, or empty when the count is below 2
   */
  public OptionalDouble variance() {
    return count() < 2 ? OptionalDouble.empty() : OptionalDouble.of(m2() / (count() - 1));
  }

  /**
   * The sample standard deviation, the square root of {@link #variance()}.
   *
   * @return the standard deviation, or empty when the count is below 2
   */
  public OptionalDouble standardDeviation() {
    OptionalDouble variance = variance();
    return variance.isPresent()
        ? OptionalDouble.of(Math.sqrt(variance.getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * How many answers fell on the whole points {@code from} to {@code to}, both included.
   *
   * @param from the lowest point, 0 to 10
   * @param to the highest point, {@code from} to 10
   * @return the count
   * @throws IllegalArgumentException if the points are out of range
   */
  public long answers(int from, int to) {
    if (from < 0 || to >= ANSWER_POINTS || from > to) {
      throw new IllegalArgumentException(
          "from and to: must satisfy 0 <= from <= to <= 10 (were " + from + ", " + to + ")");
    }
    long sum = 0;
    for (int point = from; point <= to; point++) {
      sum += answerCounts().get(point);
    }
    return sum;
  }

  /**
   * Net Promoter promoters: answers 9 and 10.
   *
   * @return the count
   */
  public long promoters() {
    return answers(9, 10);
  }

  /**
   * Net Promoter passives: answers 7 and 8.
   *
   * @return the count
   */
  public long passives() {
    return answers(7, 8);
  }

  /**
   * Net Promoter detractors: answers 0 to 6.
   *
   * @return the count
   */
  public long detractors() {
    return answers(0, 6);
  }

  /**
   * CSAT top-2-box: answers 4 and 5 on the 1-5 satisfaction scale.
   *
   * @return the count
   */
  public long topTwoBox() {
    return answers(4, 5);
  }

  /**
   * The lower quantile {@code q}: the value at 0-based position {@code floor(q (n - 1))} of the
   * {@code n} values in ascending order. Exact while the values are whole answers from 0 to 10 and
   * at most {@link #OTHER_VALUES_HELD} other distinct values ({@link #exactQuantiles()}); otherwise
   * from the quantile sketch, within 1% of the exact value and between {@link #min()} and {@link
   * #max()}, except that the first and last positions give the minimum and maximum exactly.
   *
   * <pre>{@code
   * // 1 2 2 3 5 7 8 9 9 10: position floor(0.9 x 9) = 8 holds 9
   * MetricStatistics.of(1, 2, 2, 3, 5, 7, 8, 9, 9, 10).quantile(0.9);   // OptionalDouble[9.0]
   * }</pre>
   *
   * @param q the quantile, 0 to 1: 0.5 for the median, 0.9 for the 90th percentile
   * @return the quantile, or empty when the count is 0
   * @throws IllegalArgumentException if {@code q} is not between 0 and 1
   */
  public OptionalDouble quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q: must lie between 0 and 1 (was " + q + ")");
    }
    if (count() == 0) {
      return OptionalDouble.empty();
    }
    double rank = q * (count() - 1);
    double min = min().getAsDouble();
    double max = max().getAsDouble();
    if (rank < 1) {
      return OptionalDouble.of(min);
    }
    if (rank >= count() - 1) {
      return OptionalDouble.of(max);
    }
    if (sketch().isPresent()) {
      return OptionalDouble.of(Math.max(min, Math.min(max, sketch().get().valueAt(q))));
    }
    long below = 0;
    for (Map.Entry<Double, Long> value : exactValues(answerCounts(), otherValues()).entrySet()) {
      below += value.getValue();
      if (below > rank) {
        return OptionalDouble.of(value.getKey());
      }
    }
    throw new AssertionError("the values add up to count, as checked when built");
  }

  /**
   * The median, {@link #quantile quantile(0.5)}: of an even count, the lower of the two middle
   * values.
   *
   * @return the median, or empty when the count is 0
   */
  public OptionalDouble median() {
    return quantile(0.5);
  }

  /**
   * The 90th percentile, {@link #quantile quantile(0.9)}.
   *
   * @return the 90th percentile, or empty when the count is 0
   */
  public OptionalDouble p90() {
    return quantile(0.9);
  }

  /**
   * Whether {@link #quantile} is exact: every value is a half point from -10 to 10 or one of at
   * most {@link #OTHER_VALUES_HELD} other distinct values. Otherwise quantiles come from the
   * quantile sketch.
   *
   * @return true when quantiles are exact
   */
  public boolean exactQuantiles() {
    return sketch().isEmpty();
  }

  /**
   * These statistics merged with {@code other}: the statistics of both sets of values together.
   *
   * @param other the statistics of other values of the same metric
   * @return the merged statistics
   */
  public MetricStatistics merge(MetricStatistics other) {
    requireNonNull(other, "other");
    RunningStatistics merged = RunningStatistics.of(this);
    merged.merge(RunningStatistics.of(other));
    return merged.snapshot();
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("MetricStatistics")
            .check(count() >= 0, "count", "must not be negative", count())
            .check(
                answerCounts().size() == ANSWER_POINTS,
                "answerCounts",
                "must hold 11 counts, for the points 0 to 10",
                answerCounts().size())
            .finite("mean", mean())
            .finite("min", min())
            .finite("max", max())
            .finite("m2", m2())
            .check(!(m2() < 0), "m2", "must not be negative", m2());
    boolean some = count() > 0;
    problems
        .check(some == mean().isPresent(), "mean", "must be given exactly when count > 0", mean())
        .check(some == min().isPresent(), "min", "must be given exactly when count > 0", min())
        .check(some == max().isPresent(), "max", "must be given exactly when count > 0", max());
    // Every statistics built is checked, a reader's thousands among them: the texts that name a
    // value are made only for a problem.
    if (min().isPresent() && max().isPresent() && !(min().getAsDouble() <= max().getAsDouble())) {
      problems.add(
          "max",
          "must not be below min (" + Numbers.show(min().getAsDouble()) + ")",
          max().getAsDouble());
    }
    long answered = 0;
    for (int i = 0; i < answerCounts().size(); i++) {
      long answers = answerCounts().get(i);
      answered += answers;
      if (answers < 0) {
        problems.add("answerCounts[" + i + "]", "must not be negative", answers);
      }
    }
    problems.check(
        answered <= count(), "answerCounts", "must not add up to more than count", answered);
    if (sketch().isPresent()) {
      if (sketch().get().count() != count()) {
        problems.add("sketch", "must hold count (" + count() + ") values", sketch().get().count());
      }
      problems.check(
          otherValues().isEmpty(),
          "otherValues",
          "must be empty when there is a quantile sketch",
          otherValues().size());
    } else {
      checkOtherValues(problems, answered);
    }
    if (firstObserved().isPresent()
        && lastObserved().isPresent()
        && lastObserved().get().isBefore(firstObserved().get())) {
      problems.add(
          "lastObserved",
          "must not be before firstObserved (" + firstObserved().get() + ")",
          lastObserved().get());
    }
    problems.throwIfAny();
  }

  private void checkOtherValues(Problems problems, long answered) {
    long offGrid = 0;
    for (double value : otherValues().keySet()) {
      if (RunningStatistics.slotOf(value) < 0) {
        offGrid++;
      }
    }
    problems.check(
        offGrid <= OTHER_VALUES_HELD,
        "otherValues",
        "must hold at most " + OTHER_VALUES_HELD + " values other than half points from -10 to 10",
        offGrid);
    long outside = 0;
    for (Map.Entry<Double, Long> other : otherValues().entrySet()) {
      double value = other.getKey();
      boolean finite = Double.isFinite(value);
      boolean wholeAnswer = value >= 0 && value <= 10 && value == Math.rint(value);
      // Every statistics built is checked, a reader's among them: the field is named only for a
      // problem.
      if (!finite || wholeAnswer || other.getValue() <= 0) {
        String field = "otherValues[" + Numbers.show(value) + "]";
        problems
            .check(finite, field, "must be a finite value", value)
            .check(
                !wholeAnswer,
                field,
                "must not be a whole answer from 0 to 10 (the answer counts hold those)",
                value)
            .check(other.getValue() > 0, field, "must count at least one value", other.getValue());
      }
      if (!(value >= 0 && value <= 10)) {
        outside += other.getValue();
      }
    }
    if (answered + outside != count()) {
      problems.add(
          "answerCounts",
          "must add up, with the other values outside 0 to 10, to count ("
              + count()
              + ") when there is no quantile sketch",
          answered + outside);
    }
    long[] onPoints = countsOnPoints(otherValues());
    // Answer counts of another length are named above.
    for (int point = 0; point < Math.min(answerCounts().size(), ANSWER_POINTS); point++) {
      long onPoint = onPoints[point];
      if (answerCounts().get(point) < onPoint) {
        problems.add(
            "answerCounts[" + point + "]",
            "must count the "
                + onPoint
                + " other values from "
                + point
                + " to below "
                + (point + 1),
            answerCounts().get(point));
      }
    }
  }

  /**
   * How many of the other values lie on each whole point from 0 to 10 by their whole part: on
   * {@code p} those from {@code p} to below {@code p + 1}, and none on 10 (only a whole 10 is
   * counted there). Every statistics built is checked, a reader's thousands among them, so this is
   * one pass over the values.
   */
  private static long[] countsOnPoints(SortedMap<Double, Long> otherValues) {
    long[] counts = new long[ANSWER_POINTS];
    for (Map.Entry<Double, Long> other : otherValues.entrySet()) {
      double value = other.getKey();
      // In a sorted map's order, as the rules read them: -0.0 lies below 0, NaN above 10.
      if (Double.compare(value, 0.0) >= 0 && value < ANSWER_POINTS - 1) {
        counts[(int) value] += other.getValue();
      }
    }
    return counts;
  }

  /**
   * A short form such as {@code n=5 mean=8.2 sd=1.64317 [6..10] median=9 p90=9}; quantiles from the
   * sketch are marked {@code ~}, as in {@code median~41.2}.
   *
   * @return the statistics in words
   */
  @Override
  public String toString() {
    if (count() == 0) {
      return "n=0";
    }
    StringBuilder text =
        new StringBuilder("n=")
            .append(count())
            .append(" mean=")
            .append(Numbers.show(mean().getAsDouble()));
    standardDeviation().ifPresent(sd -> text.append(" sd=").append(Numbers.show(sd)));
    String is = exactQuantiles() ? "=" : "~";
    return text.append(" [")
        .append(Numbers.show(min().getAsDouble()))
        .append("..")
        .append(Numbers.show(max().getAsDouble()))
        .append("] median")
        .append(is)
        .append(Numbers.show(median().getAsDouble()))
        .append(" p90")
        .append(is)
        .append(Numbers.show(p90().getAsDouble()))
        .toString();
  }
}
