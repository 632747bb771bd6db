package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.model.ValidationException;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Welford's updates and Chan's merge, checked against sums done by hand. */
class MetricStatisticsTest {
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
    assertEquals("n=5 mean=8.2 sd=1.64317 [6..10]", s.toString());
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
}
