package io.github.journeykit.scoring.internal;

/**
 * Quantiles of the standard normal and Student's t distributions, for confidence intervals. Not
 * public API.
 *
 * <p>The normal quantile is Wichura's algorithm AS 241 (M. J. Wichura, "The percentage points of
 * the normal distribution", Applied Statistics 37(3), 1988, pp. 477-484), accurate to about 1 part
 * in 10^16. The t quantile solves {@code I_x(df/2, 1/2) = 2 (1 - p)} for {@code x = df / (df +
 * t^2)} by bisection, with the regularised incomplete beta function evaluated by its continued
 * fraction (Abramowitz and Stegun 26.5.8, modified Lentz's method) and the log-gamma function by
 * Lanczos' approximation (g = 7, n = 9).
 */
public final class Distributions {
  private static final double[] A = {
    3.3871328727963666080, 1.3314166789178437745e2, 1.9715909503065514427e3,
    1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
    3.3430575583588128105e4, 2.5090809287301226727e3
  };
  private static final double[] B = {
    1.0,
    4.2313330701600911252e1,
    6.8718700749205790830e2,
    5.3941960214247511077e3,
    2.1213794301586595867e4,
    3.9307895800092710610e4,
    2.8729085735721942674e4,
    5.2264952788528545610e3
  };
  private static final double[] C = {
    1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550,
    3.64784832476320460504, 1.27045825245236838258, 2.41780725177450611770e-1,
    2.27238449892691845833e-2, 7.74545014278341407640e-4
  };
  private static final double[] D = {
    1.0,
    2.05319162663775882187,
    1.67638483018380384940,
    6.89767334985100004550e-1,
    1.48103976427480074590e-1,
    1.51986665636164571966e-2,
    5.47593808499534494600e-4,
    1.05075007164441684324e-9
  };
  private static final double[] E = {
    6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580,
    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
    2.71155556874348757815e-5, 2.01033439929228813265e-7
  };
  private static final double[] F = {
    1.0,
    5.99832206555887937690e-1,
    1.36929880922735805310e-1,
    1.48753612908506148525e-2,
    7.86869131145613259100e-4,
    1.84631831751005468180e-5,
    1.42151175831644588870e-7,
    2.04426310338993978564e-15
  };
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  private Distributions() {}

  /**
   * The two-sided critical value of the standard normal distribution: the z with {@code P(|Z| <= z)
   * = level}.
   *
   * @param level the confidence level, between 0 and 1 exclusive
   * @return z, such as 1.959964 for 0.95
   */
  public static double normalCritical(double level) {
    return normalQuantile(1 - (1 - level) / 2);
  }

  /**
   * The two-sided critical value of Student's t distribution.
   *
   * @param level the confidence level, between 0 and 1 exclusive
   * @param degreesOfFreedom at least 1, not necessarily whole (Welch's degrees of freedom are not)
   * @return t, such as 12.7062 for 0.95 and 1 degree of freedom
   */
  public static double tCritical(double level, double degreesOfFreedom) {
    return tQuantile(1 - (1 - level) / 2, degreesOfFreedom);
  }

  /**
   * The quantile of the standard normal distribution (AS 241, PPND16).
   *
   * @param p a probability between 0 and 1 exclusive
   * @return the z with {@code P(Z <= z) = p}
   */
  public static double normalQuantile(double p) {
    checkProbability(p);
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * polynomial(A, r) / polynomial(B, r);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    double z =
        r <= 5
            ? polynomial(C, r - 1.6) / polynomial(D, r - 1.6)
            : polynomial(E, r - 5) / polynomial(F, r - 5);
    return q < 0 ? -z : z;
  }

  /**
   * The quantile of Student's t distribution.
   *
   * @param p a probability between 0 and 1 exclusive
   * @param degreesOfFreedom at least 1
   * @return the t with {@code P(T <= t) = p}
   */
  public static double tQuantile(double p, double degreesOfFreedom) {
    checkProbability(p);
    if (!(degreesOfFreedom >= 1)) {
      throw new IllegalArgumentException(
          "degreesOfFreedom: must be at least 1 (was " + degreesOfFreedom + ")");
    }
    if (p == 0.5) {
      return 0;
    }
    double tail = 2 * Math.min(p, 1 - p);
    double a = degreesOfFreedom / 2.0;
    // I_x(a, 1/2) rises from 0 at x = 0 to 1 at x = 1; find x where it equals the two-sided tail.
    double low = 0;
    double high = 1;
    for (int i = 0; i < 200 && high - low > 0; i++) {
      double mid = 0.5 * (low + high);
      if (mid == low || mid == high) {
        break;
      }
      if (regularizedBeta(mid, a, 0.5) < tail) {
        low = mid;
      } else {
        high = mid;
      }
    }
    double x = 0.5 * (low + high);
    double t = Math.sqrt(degreesOfFreedom * (1 - x) / x);
    return p < 0.5 ? -t : t;
  }

  /**
   * The regularised incomplete beta function {@code I_x(a, b)}.
   *
   * @param x between 0 and 1
   * @param a greater than 0
   * @param b greater than 0
   * @return the value, between 0 and 1
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry beyond.
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(x, a, b) / a;
    }
    return 1 - front * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return h;
  }

  /**
   * The natural logarithm of the gamma function (Lanczos, g = 7, n = 9), for x greater than 0.
   *
   * @param x greater than 0
   * @return ln Gamma(x)
   */
  static double logGamma(double x) {
    if (x < 0.5) {
      // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  private static double polynomial(double[] coefficients, double x) {
    double result = 0;
    for (int i = coefficients.length - 1; i >= 0; i--) {
      result = result * x + coefficients[i];
    }
    return result;
  }

  private static void checkProbability(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p: must lie strictly between 0 and 1 (was " + p + ")");
    }
  }
}
