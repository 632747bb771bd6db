package io.github.journeykit.analytics.observation;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Merging is associative and commutative, and merging parts gives the statistics of the whole, its
 * quantiles included: exact quantiles are the order statistics, and sketched ones lie within the
 * sketch's relative accuracy of them.
 */
class MetricStatisticsProperties {
  /** Answers on 0-10, whole or not, and a few far outside. */
  private static final Gen<List<Double>> VALUES =
      lists()
          .of(
              integers()
                  .between(0, 10)
                  .map(Integer::doubleValue)
                  .mix(doubles().between(-2, 10), 30)
                  .mix(doubles().between(-1e6, 1e6), 5))
          .ofSizeBetween(0, 40);

  /** Whole answers 0-10 only: quantiles from the answer counts. */
  private static final Gen<List<Double>> ANSWERS =
      lists().of(integers().between(0, 10).map(Integer::doubleValue)).ofSizeBetween(1, 60);

  /**
   * Continuous values, as times and costs are: spread over six orders of magnitude, of either sign,
   * with some zeros.
   */
  private static final Gen<List<Double>> CONTINUOUS =
      lists()
          .of(
              doubles()
                  .between(-3, 6)
                  .map(e -> Math.pow(10, e))
                  .mix(doubles().between(-6, 3).map(e -> -Math.pow(10, e)), 20)
                  .mix(integers().between(0, 0).map(Integer::doubleValue), 5))
          .ofSizeBetween(1, 200);

  private static final double[] QS = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};

  /** The lower quantile q: the value at 0-based position floor(q (n - 1)), sorted. */
  private static double orderStatistic(List<Double> values, double q) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }

  private static MetricStatistics of(List<Double> values) {
    return MetricStatistics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void assertClose(MetricStatistics expected, MetricStatistics actual) {
    assertEquals(expected.count(), actual.count());
    assertEquals(expected.answerCounts(), actual.answerCounts());
    assertEquals(expected.min(), actual.min());
    assertEquals(expected.max(), actual.max());
    // Sketches merge bucket by bucket with whole counts: the same buckets, the same quantiles.
    assertEquals(expected.sketch(), actual.sketch());
    for (double q : QS) {
      assertEquals(expected.quantile(q), actual.quantile(q), "q = " + q);
    }
    if (expected.count() > 0) {
      double scale = Math.max(1, Math.abs(expected.mean().getAsDouble()));
      assertEquals(expected.mean().getAsDouble(), actual.mean().getAsDouble(), 1e-9 * scale);
      assertEquals(expected.m2(), actual.m2(), 1e-9 * Math.max(1, expected.m2()));
    }
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(VALUES, VALUES)
        .checkAssert((a, b) -> assertClose(of(a).merge(of(b)), of(b).merge(of(a))));
  }

  @Test
  void mergeIsAssociative() {
    qt().forAll(VALUES, VALUES, VALUES)
        .checkAssert(
            (a, b, c) ->
                assertClose(of(a).merge(of(b)).merge(of(c)), of(a).merge(of(b).merge(of(c)))));
  }

  @Test
  void splitAndMergeEqualsOnePass() {
    qt().forAll(VALUES, integers().between(0, 40))
        .checkAssert(
            (values, at) -> {
              int cut = Math.min(at, values.size());
              MetricStatistics merged =
                  of(values.subList(0, cut)).merge(of(values.subList(cut, values.size())));
              assertClose(of(values), merged);
            });
  }

  @Test
  void emptyIsTheIdentity() {
    qt().forAll(VALUES)
        .checkAssert(
            values -> {
              assertEquals(of(values), of(values).merge(MetricStatistics.empty()));
              assertEquals(of(values), MetricStatistics.empty().merge(of(values)));
            });
  }

  @Test
  void quantilesOfWholeAnswersAreTheOrderStatistics() {
    qt().forAll(ANSWERS, integers().between(0, 60))
        .checkAssert(
            (values, at) -> {
              MetricStatistics once = of(values);
              int cut = Math.min(at, values.size());
              MetricStatistics parts =
                  of(values.subList(0, cut)).merge(of(values.subList(cut, values.size())));
              assertTrue(once.exactQuantiles());
              assertTrue(parts.exactQuantiles());
              for (double q : QS) {
                double exact = orderStatistic(values, q);
                assertEquals(exact, once.quantile(q).getAsDouble(), "q = " + q);
                assertEquals(exact, parts.quantile(q).getAsDouble(), "q = " + q + ", parts");
              }
            });
  }

  /**
   * Points of a scale in steps of a half or a quarter, from -3 to 15: up to 73 distinct values, 46
   * of them off the half points from -10 to 10.
   */
  private static final Gen<List<Double>> SCALE_POINTS =
      lists()
          .of(
              integers()
                  .between(-12, 60)
                  .map(quarters -> quarters / 4.0)
                  .mix(integers().between(-6, 30).map(halves -> halves / 2.0), 50))
          .ofSizeBetween(1, 120);

  @Test
  void quantilesAreExactWhileAtMost32DistinctValuesAreOffTheHalfPoints() {
    qt().forAll(SCALE_POINTS, integers().between(0, 120))
        .checkAssert(
            (values, at) -> {
              long others =
                  values.stream()
                      .filter(v -> !(v >= -10 && v <= 10 && v * 2 == Math.rint(v * 2)))
                      .distinct()
                      .count();
              int cut = Math.min(at, values.size());
              MetricStatistics once = of(values);
              MetricStatistics parts =
                  of(values.subList(cut, values.size())).merge(of(values.subList(0, cut)));
              boolean exact = others <= MetricStatistics.OTHER_VALUES_HELD;
              assertEquals(exact, once.exactQuantiles());
              assertEquals(exact, parts.exactQuantiles());
              assertEquals(once.sketch(), parts.sketch());
              assertEquals(once.otherValues(), parts.otherValues());
              for (double q : QS) {
                double expected = orderStatistic(values, q);
                if (exact) {
                  assertEquals(expected, once.quantile(q).getAsDouble(), "q = " + q);
                  assertEquals(expected, parts.quantile(q).getAsDouble(), "q = " + q + ", parts");
                } else {
                  MetricStatisticsTest.assertWithinOnePercent(expected, once.quantile(q));
                }
              }
            });
  }

  @Test
  void sketchedQuantilesLieWithinTheRelativeAccuracyOfTheOrderStatistics() {
    qt().forAll(CONTINUOUS, integers().between(0, 200), integers().between(0, 200))
        .checkAssert(
            (values, a, b) -> {
              int n = values.size();
              int cut1 = Math.min(a, b) % (n + 1);
              int cut2 = Math.max(cut1, Math.max(a, b) % (n + 1));
              MetricStatistics once = of(values);
              MetricStatistics parts =
                  of(values.subList(cut2, n))
                      .merge(of(values.subList(0, cut1)))
                      .merge(of(values.subList(cut1, cut2)));
              for (double q : QS) {
                double exact = orderStatistic(values, q);
                MetricStatisticsTest.assertWithinOnePercent(exact, once.quantile(q));
                MetricStatisticsTest.assertWithinOnePercent(exact, parts.quantile(q));
              }
            });
  }
}
