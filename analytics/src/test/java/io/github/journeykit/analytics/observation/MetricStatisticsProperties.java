package io.github.journeykit.analytics.observation;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Merging is associative and commutative, and merging parts gives the statistics of the whole. */
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

  private static MetricStatistics of(List<Double> values) {
    return MetricStatistics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static void assertClose(MetricStatistics expected, MetricStatistics actual) {
    assertEquals(expected.count(), actual.count());
    assertEquals(expected.answerCounts(), actual.answerCounts());
    assertEquals(expected.min(), actual.min());
    assertEquals(expected.max(), actual.max());
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
}
