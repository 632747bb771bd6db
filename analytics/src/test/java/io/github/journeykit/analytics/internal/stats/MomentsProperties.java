package io.github.journeykit.analytics.internal.stats;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mean and variance on hard data (values near 1e9 with a spread of 0.01, a condition number of
 * about 1e11) agree with an exact computation to 1e-9 relative, in one pass, in parts and merged in
 * any grouping.
 */
class MomentsProperties {
  private static final double BASE = 1e9;

  private static double exactVariance(List<Double> values) {
    MathContext context = MathContext.DECIMAL128;
    BigDecimal sum = BigDecimal.ZERO;
    for (double value : values) {
      sum = sum.add(new BigDecimal(value));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), context);
    BigDecimal squares = BigDecimal.ZERO;
    for (double value : values) {
      BigDecimal d = new BigDecimal(value).subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    return squares.divide(BigDecimal.valueOf(values.size() - 1), context).doubleValue();
  }

  private static Moments of(List<Double> values, int from, int to) {
    Moments moments = new Moments();
    for (int i = from; i < to; i++) {
      moments.add(values.get(i));
    }
    return moments;
  }

  @Test
  void onePassPartsAndMergesAgreeWithAnExactComputation() {
    qt(300)
        .forAll(
            lists().of(integers().between(0, 100).map(k -> BASE + k * 1e-4)).ofSizeBetween(2, 200),
            integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert(
            (values, a, b) -> {
              double exact = exactVariance(values);
              int n = values.size();
              int cut1 = Math.min(a % n, b % n);
              int cut2 = Math.max(a % n, b % n);
              Moments once = of(values, 0, n);
              Moments left = of(values, 0, cut1);
              Moments middle = of(values, cut1, cut2);
              Moments right = of(values, cut2, n);
              Moments merged = new Moments();
              merged.merge(left);
              merged.merge(middle);
              merged.merge(right);
              Moments grouped = of(values, cut1, cut2);
              grouped.merge(right);
              Moments first = of(values, 0, cut1);
              first.merge(grouped);
              double tolerance = 1e-9 * exact;
              assertEquals(exact, once.variance(), tolerance, "one pass");
              assertEquals(exact, merged.variance(), tolerance, "merged left to right");
              assertEquals(exact, first.variance(), tolerance, "merged right to left");
              double mean =
                  values.stream().mapToDouble(Double::doubleValue).average().getAsDouble();
              assertEquals(mean, once.mean(), 1e-9 * Math.abs(mean));
            });
  }
}
