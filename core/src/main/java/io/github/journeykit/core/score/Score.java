package io.github.journeykit.core.score;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Scale;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The neutral result of scoring one element: the value, the scale it is on, what it is (a label),
 * which strategy produced it, what contributed how much, and, for statistics, the sample size and a
 * confidence interval. The scoring module produces scores; exporters render them.
 *
 * <pre>{@code
 * Score nps = Score.builder().value(32).scale(Scale.NPS).label("NPS").strategy("nps")
 *     .sampleSize(250).interval(ConfidenceInterval.of(21.4, 42.1, 0.95, "adjusted-wald"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Score {
  Score() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableScore.builder();
  }

  /**
   * The score's value.
   *
   * @return the value, on {@link #scale()}
   */
  public abstract double value();

  /**
   * The scale of the value, which also says whether higher is better.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * What the score is, such as {@code NPS} or {@code RICE}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The short name of the strategy that produced the score, such as {@code rice}.
   *
   * @return the strategy's name, if known
   */
  public abstract Optional<String> strategy();

  /**
   * What contributed how much.
   *
   * @return the contributions
   */
  public abstract List<Contribution> contributions();

  /**
   * How many responses a statistical score rests on.
   *
   * @return the sample size, if statistical
   */
  public abstract OptionalLong sampleSize();

  /**
   * The confidence interval of a statistical score.
   *
   * @return the interval, if computed
   */
  public abstract Optional<ConfidenceInterval> interval();

  /**
   * The computation in one line, such as {@code RICE = 12000 x 2 x 0.8 / 3 = 6400}.
   *
   * @return the explanation, if any
   */
  public abstract Optional<String> explanation();

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("Score", label()).onScale("value", value(), scale()).text("label", label());
    if (sampleSize().isPresent()) {
      problems.check(
          sampleSize().getAsLong() >= 0,
          "sampleSize",
          "must not be negative",
          sampleSize().getAsLong());
    }
    problems.text("strategy", strategy()).text("explanation", explanation()).throwIfAny();
  }

  /**
   * A short form such as {@code NPS 32 [-100..100] baseline 0 (n=250, 95% CI [21.4, 42.1]
   * adjusted-wald)}.
   *
   * @return the score in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(label())
            .append(' ')
            .append(Numbers.show(value()))
            .append(' ')
            .append(scale());
    if (sampleSize().isPresent() || interval().isPresent()) {
      text.append(" (");
      sampleSize().ifPresent(n -> text.append("n=").append(n));
      interval().ifPresent(ci -> text.append(sampleSize().isPresent() ? ", " : "").append(ci));
      text.append(')');
    }
    return text.toString();
  }

  /** Builds a {@link Score}; value, scale and label are required. */
  public interface Builder {
    /**
     * Copies every field of {@code score} into this builder; lists are appended to.
     *
     * @param score the score to start from
     * @return this builder
     */
    Builder from(Score score);

    /**
     * Sets the value.
     *
     * @param value the value
     * @return this builder
     */
    Builder value(double value);

    /**
     * Sets the scale.
     *
     * @param scale the scale
     * @return this builder
     */
    Builder scale(Scale scale);

    /**
     * Sets the label.
     *
     * @param label what the score is
     * @return this builder
     */
    Builder label(String label);

    /**
     * Sets the strategy's name.
     *
     * @param strategy the short name
     * @return this builder
     */
    Builder strategy(String strategy);

    /**
     * Adds a contribution.
     *
     * @param contribution the contribution
     * @return this builder
     */
    Builder addContribution(Contribution contribution);

    /**
     * Adds contributions.
     *
     * @param contributions the contributions
     * @return this builder
     */
    Builder addAllContributions(Iterable<? extends Contribution> contributions);

    /**
     * Sets the sample size.
     *
     * @param sampleSize the number of responses
     * @return this builder
     */
    Builder sampleSize(long sampleSize);

    /**
     * Sets the confidence interval.
     *
     * @param interval the interval
     * @return this builder
     */
    Builder interval(ConfidenceInterval interval);

    /**
     * Sets the explanation.
     *
     * @param explanation the computation in one line
     * @return this builder
     */
    Builder explanation(String explanation);

    /**
     * Builds the score.
     *
     * @return the score
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    Score build();
  }
}
