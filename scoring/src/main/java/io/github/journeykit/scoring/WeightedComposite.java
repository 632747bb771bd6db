package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A weighted composite of strategies that score the same kind of element, on a 1-100 scale:
 *
 * <pre>
 *   score = 1 + 99 x sum(w_i x u_i) / sum(w_i)
 * </pre>
 *
 * where {@code u_i} is the position of part i's score on its own scale, from 0 at the worst end to
 * 1 at the best ({@code (value - min) / (max - min)}, reversed where lower is better). Weights are
 * relative (any positive numbers); the score's contributions show each part's value, its share of
 * the weight and the points it added. A part without a score is left out and the other weights
 * rescaled, which the explanation says; no score when no part has one. Parts are isolated: when one
 * fails, the error names it. A part whose scale has no upper bound (RICE, WSJF) cannot be placed on
 * its own: normalise its sheet across the journey with {@link Normalization} instead.
 *
 * <pre>{@code
 * ScoringStrategy<Touchpoint> health = WeightedComposite.builder("health", Subject.TOUCHPOINT)
 *     .add(ScoringStrategies.emotion(), 2)
 *     .add(ScoringStrategies.experienceGap(), 1)
 *     .build();
 * }</pre>
 *
 * @param <T> the type of the scored elements
 */
public final class WeightedComposite<T> implements ScoringStrategy<T> {
  private final String name;
  private final Subject<T> subject;
  private final ImmutableList<ScoringStrategy<T>> parts;
  private final double[] weights;

  private WeightedComposite(
      String name, Subject<T> subject, List<ScoringStrategy<T>> parts, double[] weights) {
    this.name = name;
    this.subject = subject;
    this.parts = ImmutableList.copyOf(parts);
    this.weights = weights;
  }

  /**
   * Starts a composite.
   *
   * @param name its name
   * @param subject the kind of element its parts score
   * @param <T> the type of the elements
   * @return an empty builder
   */
  public static <T> Builder<T> builder(String name, Subject<T> subject) {
    return new Builder<>(requireNonNull(name, "name"), requireNonNull(subject, "subject"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Subject<T> subject() {
    return subject;
  }

  /**
   * The parts, in the order added.
   *
   * @return the strategies
   */
  public List<ScoringStrategy<T>> parts() {
    return parts;
  }

  /**
   * The weight of each part, in the order added.
   *
   * @return the weights
   */
  public List<Double> weights() {
    List<Double> list = new ArrayList<>(weights.length);
    for (double weight : weights) {
      list.add(weight);
    }
    return List.copyOf(list);
  }

  @Override
  public Optional<Score> score(T element, ScoringContext context) {
    requireNonNull(element, "subject");
    requireNonNull(context, "context");
    double[] positions = new double[parts.size()];
    Score[] scores = new Score[parts.size()];
    List<String> missing = new ArrayList<>();
    double weightSum = 0;
    for (int i = 0; i < parts.size(); i++) {
      Optional<Score> score = part(i, element, context);
      if (score.isEmpty()) {
        missing.add(parts.get(i).name());
        continue;
      }
      scores[i] = score.get();
      positions[i] = position(i, score.get(), element);
      weightSum += weights[i];
    }
    if (weightSum == 0) {
      return Optional.empty();
    }
    Score.Builder result = Score.builder().scale(Scale.SCORE_100).label(name).strategy(name);
    double sum = 0;
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (scores[i] == null) {
        continue;
      }
      double share = weights[i] / weightSum;
      sum += share * positions[i];
      terms
          .append(terms.length() == 0 ? "" : " + ")
          .append(Numbers.show(share))
          .append(" x ")
          .append(Numbers.show(positions[i]));
      result.addContribution(
          Contribution.builder()
              .factor(parts.get(i).name())
              .value(scores[i].value())
              .weight(share)
              .points(99 * share * positions[i])
              .note("position " + Numbers.show(positions[i]) + " on " + scores[i].scale().range())
              .build());
    }
    double value = Math.min(100, 1 + 99 * sum);
    String explanation = "1 + 99 x (" + terms + ") = " + Numbers.show(value);
    if (!missing.isEmpty()) {
      explanation += "; without a score, left out: " + String.join(", ", missing);
    }
    return Optional.of(result.value(value).explanation(explanation).build());
  }

  private Optional<Score> part(int i, T element, ScoringContext context) {
    String path = "parts[" + i + "] (" + parts.get(i).name() + ")";
    try {
      return parts.get(i).score(element, context);
    } catch (ValidationException e) {
      List<Violation> violations = new ArrayList<>();
      e.violations().forEach(v -> violations.add(v.under(path)));
      ValidationException wrapped = new ValidationException(where(element), violations);
      wrapped.initCause(e);
      throw wrapped;
    } catch (RuntimeException e) {
      throw new IllegalStateException(where(element) + ": " + path + " failed: " + e, e);
    }
  }

  private double position(int i, Score score, T element) {
    Scale scale = score.scale();
    if (scale.max().isEmpty()) {
      throw new ValidationException(
          where(element),
          List.of(
              Violation.of(
                  "parts[" + i + "] (" + parts.get(i).name() + ").scale",
                  "must have an upper bound to place a score on it; normalise the sheet with"
                      + " Normalization instead",
                  scale.range())));
    }
    double u = (score.value() - scale.min()) / (scale.max().getAsDouble() - scale.min());
    return scale.higherIsBetter() ? u : 1 - u;
  }

  private String where(T element) {
    return "WeightedComposite \""
        + name
        + "\" on "
        + subject
        + " \""
        + subject.idOf(element)
        + "\"";
  }

  /**
   * A short form such as {@code health (touchpoint) = 2 emotion + 1 experience-gap}.
   *
   * @return the composite in words
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name).append(" (").append(subject).append(") =");
    for (int i = 0; i < parts.size(); i++) {
      text.append(i == 0 ? " " : " + ")
          .append(Numbers.show(weights[i]))
          .append(' ')
          .append(parts.get(i).name());
    }
    return text.toString();
  }

  /**
   * Collects the parts of a {@link WeightedComposite}.
   *
   * @param <T> the type of the scored elements
   */
  public static final class Builder<T> {
    private final String name;
    private final Subject<T> subject;
    private final List<ScoringStrategy<T>> parts = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    private Builder(String name, Subject<T> subject) {
      this.name = name;
      this.subject = subject;
    }

    /**
     * Adds a part.
     *
     * @param part a strategy of the same subject
     * @param weight its weight, greater than 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder<T> add(ScoringStrategy<T> part, double weight) {
      parts.add(requireNonNull(part, "part"));
      weights.add(weight);
      return this;
    }

    /**
     * Builds the composite.
     *
     * @return the composite
     * @throws ValidationException listing every problem: a name that is not a key, no parts, a part
     *     of another subject, a repeated part name, a weight that is not a finite number above 0
     */
    public WeightedComposite<T> build() {
      Problems problems = Problems.of("WeightedComposite", name).key("name", name);
      problems.check(!parts.isEmpty(), "parts", "must not be empty", null);
      double[] array = new double[weights.size()];
      for (int i = 0; i < parts.size(); i++) {
        String path = "parts[" + i + "]";
        ScoringStrategy<T> part = parts.get(i);
        problems.check(
            part.subject() == subject,
            path + ".subject",
            "must be " + subject + ", as the composite's",
            part.subject().name());
        for (int j = 0; j < i; j++) {
          if (parts.get(j).name().equals(part.name())) {
            problems.add(path + ".name", "must not repeat parts[" + j + "]", part.name());
          }
        }
        array[i] = weights.get(i);
        problems
            .finite(path + ".weight", array[i])
            .check(!(array[i] <= 0), path + ".weight", "must be greater than 0", array[i]);
      }
      problems.throwIfAny();
      return new WeightedComposite<>(name, subject, parts, array);
    }
  }
}
