package io.github.journeykit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Quantiles against published tables (NIST/SEMATECH e-Handbook of Statistical Methods, tables
 * 1.3.6.7.1 and 1.3.6.7.2, three decimals), against reference values computed to 30 digits with
 * arbitrary-precision arithmetic (the inverse error function and the incomplete beta function), and
 * against the closed forms of t with 1 and 2 degrees of freedom.
 */
class DistributionsTest {
  @Test
  void normalQuantilesMatchTheTable() {
    assertEquals(1.960, Distributions.normalQuantile(0.975), 5e-4);
    assertEquals(1.645, Distributions.normalQuantile(0.95), 5e-4);
    assertEquals(2.576, Distributions.normalQuantile(0.995), 5e-4);
    assertEquals(1.95996398454005423552, Distributions.normalQuantile(0.975), 1e-14);
    assertEquals(1.64485362695147271486, Distributions.normalQuantile(0.95), 1e-14);
    assertEquals(2.57582930354890076098, Distributions.normalQuantile(0.995), 1e-14);
    assertEquals(1.28155156554460046697, Distributions.normalQuantile(0.9), 1e-14);
    assertEquals(-3.09023230616781354154, Distributions.normalQuantile(0.001), 1e-14);
    assertEquals(-8.22208221613043561518, Distributions.normalQuantile(1e-16), 1e-12);
    assertEquals(0, Distributions.normalQuantile(0.5));
    assertEquals(1.959963984540054, Distributions.normalCritical(0.95), 1e-15);
  }

  @Test
  void tQuantilesMatchClosedForms() {
    // 1 degree of freedom (Cauchy): t = tan(pi (p - 1/2)).
    for (double p : new double[] {0.6, 0.9, 0.975, 0.995}) {
      assertEquals(Math.tan(Math.PI * (p - 0.5)), Distributions.tQuantile(p, 1), 1e-9 * p * 100);
    }
    // 2 degrees of freedom: t = (2p - 1) / sqrt(2 p (1 - p)).
    for (double p : new double[] {0.6, 0.9, 0.975, 0.995}) {
      assertEquals((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), Distributions.tQuantile(p, 2), 1e-9);
    }
  }

  @Test
  void tQuantilesMatchTheTable() {
    assertEquals(12.706, Distributions.tCritical(0.95, 1), 5e-4);
    assertEquals(4.303, Distributions.tCritical(0.95, 2), 5e-4);
    assertEquals(2.776, Distributions.tCritical(0.95, 4), 5e-4);
    assertEquals(2.571, Distributions.tCritical(0.95, 5), 5e-4);
    assertEquals(2.228, Distributions.tCritical(0.95, 10), 5e-4);
    assertEquals(2.042, Distributions.tCritical(0.95, 30), 5e-4);
    assertEquals(1.984, Distributions.tCritical(0.95, 100), 5e-4);
    assertEquals(63.657, Distributions.tCritical(0.99, 1), 5e-4);
    assertEquals(3.169, Distributions.tCritical(0.99, 10), 5e-4);
    assertEquals(1.812, Distributions.tCritical(0.90, 10), 5e-4);
    assertEquals(-2.228, Distributions.tQuantile(0.025, 10), 5e-4);
    assertEquals(2.77644510519779435780, Distributions.tCritical(0.95, 4), 1e-10);
    assertEquals(2.57058183563631551470, Distributions.tCritical(0.95, 5), 1e-10);
    assertEquals(2.22813885198627474840, Distributions.tCritical(0.95, 10), 1e-10);
    assertEquals(2.04227245630123830996, Distributions.tCritical(0.95, 30), 1e-10);
    assertEquals(1.98397151852355228660, Distributions.tCritical(0.95, 100), 1e-10);
    assertEquals(0, Distributions.tQuantile(0.5, 7));
    // Many degrees of freedom approach the normal.
    assertEquals(1.959963984540054, Distributions.tCritical(0.95, 10_000_000), 1e-6);
  }

  @Test
  void logGammaAndBetaMatchKnownValues() {
    assertEquals(Math.log(Math.sqrt(Math.PI)), Distributions.logGamma(0.5), 1e-14);
    assertEquals(Math.log(24), Distributions.logGamma(5), 1e-13);
    assertEquals(
        Math.log(Math.PI / Math.sin(Math.PI * 0.25)) - Distributions.logGamma(0.75),
        Distributions.logGamma(0.25),
        1e-13);
    // I_x(1, 1) = x; I_x(a, b) = 1 - I_(1-x)(b, a).
    assertEquals(0.3, Distributions.regularizedBeta(0.3, 1, 1), 1e-14);
    assertEquals(
        1 - Distributions.regularizedBeta(0.8, 0.5, 3),
        Distributions.regularizedBeta(0.2, 3, 0.5),
        1e-14);
    assertEquals(0, Distributions.regularizedBeta(0, 2, 3));
    assertEquals(1, Distributions.regularizedBeta(1, 2, 3));
  }

  @Test
  void rejectsImpossibleArguments() {
    assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(0));
    assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(1));
    assertThrows(IllegalArgumentException.class, () -> Distributions.tQuantile(Double.NaN, 3));
    assertThrows(IllegalArgumentException.class, () -> Distributions.tQuantile(0.9, 0));
  }
}
