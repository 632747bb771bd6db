package io.github.journeykit.scoring;

/**
 * How a confidence interval is computed. Each statistical strategy says which methods it accepts.
 *
 * <pre>{@code
 * ScoringStrategy<Touchpoint> nps = ScoringStrategies.nps(IntervalMethod.WALD, 0.90);
 * }</pre>
 */
public enum IntervalMethod {
  /**
   * Wald: the estimate plus or minus z standard errors. For NPS, {@code Var = 100^2 [p + d - (p -
   * d)^2] / n}.
   */
  WALD("wald"),
  /**
   * Adjusted Wald for NPS (Rocks 2016): {@code n' = n + 3}, {@code p' = (promoters + 3/4) / n'},
   * {@code d' = (detractors + 3/4) / n'}, and the Wald variance on {@code p' - d'}, centred on
   * {@code 100 (p' - d')}.
   */
  ADJUSTED_WALD("adjusted-wald"),
  /**
   * Wilson's score interval for a proportion (E. B. Wilson, "Probable inference, the law of
   * succession, and statistical inference", JASA 22, 1927).
   */
  WILSON("wilson"),
  /** Student's t for a mean: {@code mean +/- t(1 - alpha/2, n - 1) s / sqrt(n)}. */
  T("t"),
  /** The normal approximation for a mean: {@code mean +/- z(1 - alpha/2) s / sqrt(n)}. */
  NORMAL("normal");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /**
   * The method's name as intervals show it, such as {@code adjusted-wald}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
