package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.ValidationException;
import java.util.List;
import java.util.OptionalDouble;
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
  void otherValuesGiveQuantilesFromTheSketchWithinOnePercent() {
    // Minutes on the phone, sorted: 1.5 2.25 3 4.75 12 30.5 45 61 90 180
    MetricStatistics s = MetricStatistics.of(45, 1.5, 180, 3, 12, 2.25, 90, 4.75, 61, 30.5);
    assertFalse(s.exactQuantiles());
    // median: floor(0.5 x 9) = 4 holds 12, within 1%: 11.88 to 12.12
    assertWithinOnePercent(12, s.median());
    // p90: floor(0.9 x 9) = 8 holds 90, within 1%: 89.1 to 90.9
    assertWithinOnePercent(90, s.p90());
    // The first and last positions are the minimum and maximum, kept exactly.
    assertEquals(OptionalDouble.of(1.5), s.quantile(0));
    assertEquals(OptionalDouble.of(180), s.quantile(1));
    // mean 430 / 10 = 43; the sketch's median and p90 are its buckets' values, marked ~.
    assertEquals("n=10 mean=43 sd=56.6364 [1.5..180] median~12.001 p90~90.4666", s.toString());
  }

  @Test
  void aValueTheAnswerCountsCannotHoldStartsASketchOfAllValues() {
    // 1 2 3 counted as answers, then 4.5: the sketch holds all four.
    // median: floor(0.5 x 3) = 1 holds 2; q = 0.7: floor(2.1) = 2 holds 3
    MetricStatistics s = MetricStatistics.of(1, 2, 3, 4.5);
    assertFalse(s.exactQuantiles());
    assertEquals(4, s.sketch().get().count());
    assertWithinOnePercent(2, s.median());
    assertWithinOnePercent(3, s.quantile(0.7));
    // The same by a merge, in either order: the sketches hold the same buckets.
    assertEquals(s.sketch(), MetricStatistics.of(1, 2, 3).merge(MetricStatistics.of(4.5)).sketch());
    assertEquals(s.sketch(), MetricStatistics.of(4.5).merge(MetricStatistics.of(1, 2, 3)).sketch());
    // Emotion around a baseline: -2 -1.5 0 0 1 2; median at floor(0.5 x 5) = 2 is 0, held exactly
    // at zero; p90 at floor(0.9 x 5) = 4 is 1; q = 0.2 at floor(1) = 1 is -1.5.
    MetricStatistics emotion = MetricStatistics.of(0, 2, -1.5, 1, 0, -2);
    assertEquals(OptionalDouble.of(0), emotion.median());
    assertWithinOnePercent(1, emotion.p90());
    assertWithinOnePercent(-1.5, emotion.quantile(0.2));
    // The largest value a double holds is beyond the sketch's largest bucket: it counts there.
    MetricStatistics largest = MetricStatistics.of(Double.MAX_VALUE);
    assertEquals(1, largest.sketch().get().count());
    assertEquals(OptionalDouble.of(Double.MAX_VALUE), largest.median());
  }

  @Test
  void quantilesOfNothingAndOutOfRange() {
    assertEquals(OptionalDouble.empty(), MetricStatistics.empty().median());
    assertEquals(OptionalDouble.empty(), MetricStatistics.empty().p90());
    MetricStatistics one = MetricStatistics.of(7.25);
    assertEquals(OptionalDouble.of(7.25), one.median());
    assertEquals("n=1 mean=7.25 [7.25..7.25] median~7.25 p90~7.25", one.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> one.quantile(1.5));
    assertEquals("q: must lie between 0 and 1 (was 1.5)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> one.quantile(-0.1));
    assertThrows(IllegalArgumentException.class, () -> one.quantile(Double.NaN));
  }
}
