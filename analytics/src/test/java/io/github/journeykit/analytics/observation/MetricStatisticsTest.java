package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Welford's updates, Chan's merge and quantiles, checked against sums done by hand. */
class MetricStatisticsTest {
  /** Within the sketch's relative accuracy of {@code exact}, to rounding. */
  static void assertWithinOnePercent(double exact, OptionalDouble actual) {
    double error = Math.abs(actual.getAsDouble() - exact);
    assertTrue(
        error <= 0.01 * Math.abs(exact) * (1 + 1e-9), actual + " must lie within 1% of " + exact);
  }

  @Test
  void statisticsOfFiveAnswers() {
    // 9 10 6 7 9: mean 41 / 5 = 8.2; deviations 0.8 1.8 -2.2 -1.2 0.8
    // M2 = 0.64 + 3.24 + 4.84 + 1.44 + 0.64 = 10.8; variance 10.8 / 4 = 2.7
    MetricStatistics s = MetricStatistics.of(9, 10, 6, 7, 9);
    assertEquals(5, s.count());
    assertEquals(8.2, s.mean().getAsDouble(), 1e-12);
    assertEquals(10.8, s.m2(), 1e-12);
    assertEquals(2.7, s.variance().getAsDouble(), 1e-12);
    assertEquals(Math.sqrt(2.7), s.standardDeviation().getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.of(6), s.min());
    assertEquals(OptionalDouble.of(10), s.max());
    // promoters 9 10 9; passives 7; detractors 6
    assertEquals(3, s.promoters());
    assertEquals(1, s.passives());
    assertEquals(1, s.detractors());
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 0L, 2L, 1L), s.answerCounts());
    // sorted 6 7 9 9 10: median at floor(0.5 x 4) = 2 is 9, p90 at floor(0.9 x 4) = 3 is 9
    assertEquals("n=5 mean=8.2 sd=1.64317 [6..10] median=9 p90=9", s.toString());
  }

  @Test
  void mergeEqualsOnePass() {
    // (9 10 6) and (7 9): na = 3, mean 25 / 3, M2a = (2/3)^2 + (5/3)^2 + (7/3)^2 = 78 / 9 = 8.6667
    // nb = 2, mean 8, M2b = 1 + 1 = 2; d = 8 - 25/3 = -1/3
    // mean = 25/3 + (-1/3) x 2 / 5 = 8.2; M2 = 8.6667 + 2 + (1/9) x 3 x 2 / 5 = 10.8
    MetricStatistics merged = MetricStatistics.of(9, 10, 6).merge(MetricStatistics.of(7, 9));
    assertEquals(8.2, merged.mean().getAsDouble(), 1e-12);
    assertEquals(10.8, merged.m2(), 1e-12);
    assertEquals(MetricStatistics.of(9, 10, 6, 7, 9).answerCounts(), merged.answerCounts());
    assertEquals(merged, merged.merge(MetricStatistics.empty()));
    assertEquals(merged, MetricStatistics.empty().merge(merged));
  }

  @Test
  void edgeCases() {
    MetricStatistics none = MetricStatistics.empty();
    assertEquals(0, none.count());
    assertEquals(OptionalDouble.empty(), none.mean());
    assertEquals(OptionalDouble.empty(), none.variance());
    assertEquals("n=0", none.toString());
    MetricStatistics one = MetricStatistics.of(4.5);
    // One value: a mean, no variance; 4.5 counts as the whole point 4 (a top-2-box answer).
    assertEquals(OptionalDouble.of(4.5), one.mean());
    assertEquals(OptionalDouble.empty(), one.variance());
    assertEquals(1, one.topTwoBox());
    // Values outside 0..10 count but fall on no answer point.
    assertEquals(0, MetricStatistics.of(-1, 11, 250).answers(0, 10));
    assertThrows(ValidationException.class, () -> MetricStatistics.of(1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> one.answers(3, 11));
    assertThrows(IllegalArgumentException.class, () -> one.answers(5, 4));
  }

  @Test
  void exactQuantilesOfWholeAnswersFromTheAnswerCounts() {
    // 10 10 9 9 9 8 7 6 3 0, sorted 0 3 6 7 8 9 9 9 10 10 (positions 0 to 9), n - 1 = 9
    MetricStatistics s = MetricStatistics.of(10, 10, 9, 9, 9, 8, 7, 6, 3, 0);
    assertTrue(s.exactQuantiles());
    // median: floor(0.5 x 9) = 4 holds 8 (the lower of the middle pair 8 and 9)
    assertEquals(OptionalDouble.of(8), s.median());
    // p90: floor(0.9 x 9) = floor(8.1) = 8 holds 10
    assertEquals(OptionalDouble.of(10), s.p90());
    // q = 0.25: floor(2.25) = 2 holds 6; q = 0.3: floor(2.7) = 2 holds 6; q = 0.34: floor(3.06) = 3
    assertEquals(OptionalDouble.of(6), s.quantile(0.25));
    assertEquals(OptionalDouble.of(6), s.quantile(0.3));
    assertEquals(OptionalDouble.of(7), s.quantile(0.34));
    assertEquals(OptionalDouble.of(0), s.quantile(0));
    assertEquals(OptionalDouble.of(10), s.quantile(1));
    // A merge of parts counts the same answers: the same quantiles, exactly.
    MetricStatistics merged =
        MetricStatistics.of(10, 10, 9, 9).merge(MetricStatistics.of(9, 8, 7, 6, 3, 0));
    assertTrue(merged.exactQuantiles());
    assertEquals(s.median(), merged.median());
    assertEquals(s.p90(), merged.p90());
    // Even count, lower median: 1 2 3 4 at floor(0.5 x 3) = 1 is 2, not 2.5.
    assertEquals(OptionalDouble.of(2), MetricStatistics.of(4, 3, 2, 1).median());
  }

  @Test
  void halfPointsAndNegativePointsAreHeldExactly() {
    // Minutes on the phone, sorted: 1.5 2.25 3 4.75 12 30.5 45 61 90 180 (ten distinct values).
    MetricStatistics minutes = MetricStatistics.of(45, 1.5, 180, 3, 12, 2.25, 90, 4.75, 61, 30.5);
    assertTrue(minutes.exactQuantiles());
    // median: floor(0.5 x 9) = 4 holds 12; p90: floor(0.9 x 9) = 8 holds 90.
    assertEquals(OptionalDouble.of(12), minutes.median());
    assertEquals(OptionalDouble.of(90), minutes.p90());
    // mean 430 / 10 = 43
    assertEquals("n=10 mean=43 sd=56.6364 [1.5..180] median=12 p90=90", minutes.toString());
    // Emotion around a baseline, sorted: -2 -1.5 0 0 1 2; the whole 0, 1 and 2 are answer counts,
    // -2 and -1.5 are other values. median at floor(0.5 x 5) = 2 is 0; p90 at floor(0.9 x 5) = 4
    // is 1; q = 0.2 at floor(1) = 1 is -1.5.
    MetricStatistics emotion = MetricStatistics.of(0, 2, -1.5, 1, 0, -2);
    assertEquals(OptionalDouble.of(0), emotion.median());
    assertEquals(OptionalDouble.of(1), emotion.p90());
    assertEquals(OptionalDouble.of(-1.5), emotion.quantile(0.2));
    assertEquals(Map.of(-2.0, 1L, -1.5, 1L), emotion.otherValues());
    // Every half point from -10 to 10 is held, on top of 32 other distinct values.
    double[] grid = IntStream.rangeClosed(-20, 20).mapToDouble(h -> h / 2.0).toArray();
    MetricStatistics scale =
        MetricStatistics.of(
            DoubleStream.concat(DoubleStream.of(grid), DoubleStream.of(quarterPoints(0, 32)))
                .toArray());
    assertTrue(scale.exactQuantiles());
    // 73 values: -10 .. 10 in halves (41), then 0.25 .. 31.25; position floor(0.5 x 72) = 36 of
    // the sorted values: -10..-0.5 are 20, then 0, 0.25, 0.5, 1, 1.25, 1.5, ... (3 per point
    // up to 9.5): position 36 is 20 + 16, the 17th value from 0: 5.25
    assertEquals(OptionalDouble.of(5.25), scale.median());
    // A half point from 0 to 10 is counted on its whole point too (9.5 on 9), yet its quantile is
    // 9.5: 8 9 9.5 10 has the median at floor(0.5 x 3) = 1, 9, and q = 0.7 at floor(2.1) = 2, 9.5.
    MetricStatistics halves = MetricStatistics.of(9.5, 10, 8, 9);
    assertEquals(2, halves.answerCounts().get(9));
    assertEquals(OptionalDouble.of(9), halves.median());
    assertEquals(OptionalDouble.of(9.5), halves.quantile(0.7));
    // Up to 32 distinct values off the half points are held; merged parts hold the union.
    MetricStatistics held =
        MetricStatistics.of(quarterPoints(0, 16)).merge(MetricStatistics.of(quarterPoints(16, 32)));
    assertTrue(held.exactQuantiles());
    assertEquals(MetricStatistics.of(quarterPoints(0, 32)), held);
  }

  /**
   * The values {@code from + 0.25} to {@code to - 0.75}, a whole point apart: {@code to - from}
   * distinct values, none a half point.
   */
  private static double[] quarterPoints(int from, int to) {
    return IntStream.range(from, to).mapToDouble(k -> k + 0.25).toArray();
  }

  @Test
  void manyDistinctValuesGiveQuantilesFromTheSketchWithinOnePercent() {
    // 0.25, 1.25, ..., 39.25: forty distinct values, more than the 32 held exactly.
    MetricStatistics s = MetricStatistics.of(quarterPoints(0, 40));
    assertFalse(s.exactQuantiles());
    assertEquals(40, s.sketch().get().count());
    assertTrue(s.otherValues().isEmpty());
    // median: floor(0.5 x 39) = 19 holds 19.25, within 1%: 19.0575 to 19.4425
    assertWithinOnePercent(19.25, s.median());
    // p90: floor(0.9 x 39) = 35 holds 35.25, within 1%: 34.8975 to 35.6025
    assertWithinOnePercent(35.25, s.p90());
    // The first and last positions are the minimum and maximum, kept exactly.
    assertEquals(OptionalDouble.of(0.25), s.quantile(0));
    assertEquals(OptionalDouble.of(39.25), s.quantile(1));
    assertTrue(
        s.toString().startsWith("n=40 mean=19.75 sd=11.6905 [0.25..39.25] median~"), s.toString());
  }

  @Test
  void theFirstValueTheTableCannotHoldStartsASketchOfAllValues() {
    // Whole answers 1 2 3, then 33 distinct quarter points: the 33rd starts a sketch of all 36.
    double[] values =
        DoubleStream.concat(DoubleStream.of(1, 2, 3), DoubleStream.of(quarterPoints(0, 33)))
            .toArray();
    MetricStatistics s = MetricStatistics.of(values);
    assertFalse(s.exactQuantiles());
    assertEquals(36, s.sketch().get().count());
    // The answers are still counted by their whole part: 0.25 on 0, 1 and 1.25 on 1, ...
    assertEquals(2, s.answerCounts().get(1));
    // The same by merges, in either order and whichever side overflows: the same buckets.
    MetricStatistics answers = MetricStatistics.of(1, 2, 3);
    MetricStatistics halves = MetricStatistics.of(quarterPoints(0, 33));
    assertEquals(s.sketch(), answers.merge(halves).sketch());
    assertEquals(s.sketch(), halves.merge(answers).sketch());
    MetricStatistics low =
        MetricStatistics.of(
            DoubleStream.concat(DoubleStream.of(1, 2, 3), DoubleStream.of(quarterPoints(0, 20)))
                .toArray());
    MetricStatistics high = MetricStatistics.of(quarterPoints(20, 33));
    assertTrue(low.exactQuantiles());
    assertTrue(high.exactQuantiles());
    assertEquals(s.sketch(), low.merge(high).sketch());
    assertEquals(s.sketch(), high.merge(low).sketch());
  }

  @Test
  void quantilesOfNothingAndOutOfRange() {
    assertEquals(OptionalDouble.empty(), MetricStatistics.empty().median());
    assertEquals(OptionalDouble.empty(), MetricStatistics.empty().p90());
    MetricStatistics one = MetricStatistics.of(7.25);
    assertEquals(OptionalDouble.of(7.25), one.median());
    assertEquals("n=1 mean=7.25 [7.25..7.25] median=7.25 p90=7.25", one.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> one.quantile(1.5));
    assertEquals("q: must lie between 0 and 1 (was 1.5)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> one.quantile(-0.1));
    assertThrows(IllegalArgumentException.class, () -> one.quantile(Double.NaN));
  }

  @Test
  void otherValuesThatBreakTheRulesAreNamedEachWithItsRule() {
    // count 3: 2.5 once on the answer point 2 (which counts nothing), 3 held as another value,
    // 12 counted zero times.
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ImmutableMetricStatistics.builder()
                    .count(3)
                    .m2(0)
                    .mean(5)
                    .min(2.5)
                    .max(12)
                    .addAnswerCounts(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
                    .putOtherValue(2.5, 1L)
                    .putOtherValue(3.0, 1L)
                    .putOtherValue(12.0, 0L)
                    .build());
    String message = e.getMessage();
    assertTrue(
        message.contains(
            "otherValues[3]: must not be a whole answer from 0 to 10 (the answer counts hold"
                + " those)"),
        message);
    assertTrue(message.contains("otherValues[12]: must count at least one value"), message);
    assertTrue(
        message.contains("answerCounts[2]: must count the 1 other values from 2 to below 3"),
        message);
    assertFalse(message.contains("otherValues[2.5]"), message);
  }

  @Test
  void statisticsThatContradictThemselvesAreNamedEachWithItsRuleAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ImmutableMetricStatistics.builder()
                    .count(2)
                    .m2(0)
                    .mean(5)
                    .min(9)
                    .max(3)
                    .addAnswerCounts(1L, 0L, 0L, 0L, -1L, 0L, 0L, 0L, 0L, 0L, 0L)
                    .firstObserved(Instant.parse("2026-02-01T00:00:00Z"))
                    .lastObserved(Instant.parse("2026-01-01T00:00:00Z"))
                    .build());
    String message = e.getMessage();
    for (String problem :
        List.of(
            "max: must not be below min (9)",
            "answerCounts[4]: must not be negative",
            "answerCounts: must add up, with the other values outside 0 to 10, to count (2) when"
                + " there is no quantile sketch",
            "lastObserved: must not be before firstObserved (2026-02-01T00:00:00Z)")) {
      assertTrue(message.contains(problem), message);
    }
    assertFalse(message.contains("answerCounts[0]"), message);
  }

  @Test
  void answerCountsOfAnotherLengthAreNamedAndMinusZeroIsNoAnswer() {
    for (int length : new int[] {10, 12}) {
      ImmutableMetricStatistics.Builder statistics =
          ImmutableMetricStatistics.builder().count(0).m2(0);
      for (int i = 0; i < length; i++) {
        statistics.addAnswerCount(0L);
      }
      ValidationException e = assertThrows(ValidationException.class, statistics::build);
      assertTrue(
          e.getMessage().contains("answerCounts: must hold 11 counts, for the points 0 to 10"),
          e.getMessage());
    }
    // -0.0 sorts below 0: a whole answer by the rule of the other values, counted on no point.
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ImmutableMetricStatistics.builder()
                    .count(1)
                    .m2(0)
                    .mean(0)
                    .min(-0.0)
                    .max(-0.0)
                    .addAnswerCounts(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
                    .putOtherValue(-0.0, 1L)
                    .build());
    assertTrue(e.getMessage().contains("must not be a whole answer from 0 to 10"), e.getMessage());
    assertFalse(e.getMessage().contains("answerCounts[0]"), e.getMessage());
  }
}
