package io.github.journeykit.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * The common part of the built-in strategies: name, subject, label and null checks. Not public API.
 *
 * @param <T> the type of the scored elements
 */
public abstract class BuiltInStrategy<T> implements ScoringStrategy<T> {
  private final String name;
  private final Subject<T> subject;
  private final String label;

  /**
   * A strategy.
   *
   * @param name the short name
   * @param subject what it scores
   * @param label what its scores are, such as {@code RICE}
   */
  protected BuiltInStrategy(String name, Subject<T> subject, String label) {
    this.name = name;
    this.subject = subject;
    this.label = label;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Subject<T> subject() {
    return subject;
  }

  /**
   * What the strategy's scores are.
   *
   * @return the label, such as {@code RICE}
   */
  public final String label() {
    return label;
  }

  @Override
  public final Optional<Score> score(T element, ScoringContext context) {
    requireNonNull(element, "subject");
    requireNonNull(context, "context");
    return compute(element, context);
  }

  /**
   * Scores one element; both arguments are not null.
   *
   * @param element the element
   * @param context the context
   * @return the score, or empty without the data it needs
   */
  protected abstract Optional<Score> compute(T element, ScoringContext context);

  /**
   * A score builder with the value, scale, label and strategy set.
   *
   * @param value the value
   * @param scale its scale
   * @return the builder
   */
  protected final Score.Builder scored(double value, Scale scale) {
    return Score.builder().value(value).scale(scale).label(label).strategy(name);
  }

  @Override
  public String toString() {
    return name + " (" + subject + ")";
  }
}
