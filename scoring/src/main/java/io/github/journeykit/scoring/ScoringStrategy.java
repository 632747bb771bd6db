package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.scoring.internal.NamedStrategy;
import java.util.Optional;

/**
 * A way of scoring one kind of element ({@link #subject()}), known by a stable short name. The
 * built-ins come from {@link ScoringStrategies} or, by name, from a {@link StrategyRegistry}; your
 * own is a lambda given a name with {@link #of}, or a class listed as a service provider of this
 * interface, which the registry then finds by name like a built-in.
 *
 * <pre>{@code
 * ScoringStrategy<ActionItem> rice = ScoringStrategies.rice();
 * Optional<Score> score = rice.score(action, ScoringContext.of(journey));
 * ScoreSheet sheet = rice.scoreAll(ScoringContext.of(journey));
 *
 * ScoringStrategy<ActionItem> mine = ScoringStrategy.of("reach-only", Subject.ACTION,
 *     (action, context) -> ...);
 * }</pre>
 *
 * @param <T> the type of the scored elements
 */
public interface ScoringStrategy<T> extends Scorer<T> {
  /**
   * The stable short name by which registries find the strategy, such as {@code rice}: a lower-case
   * letter, then letters, digits, {@code _} or {@code -}.
   *
   * @return the name
   */
  String name();

  /**
   * The kind of element the strategy scores.
   *
   * @return the subject
   */
  Subject<T> subject();

  /**
   * Scores every element of {@link #subject()} in the context's journey. Elements the strategy
   * cannot score (see {@link #score}) have no entry in the sheet.
   *
   * @param context the journey and any live statistics
   * @return the scores by element id, in journey order, labelled with the strategy's name
   */
  default ScoreSheet scoreAll(ScoringContext context) {
    requireNonNull(context, "context");
    ScoreSheet.Builder sheet = ScoreSheet.builder().label(name());
    Subject<T> subject = subject();
    for (T element : subject.in(context.journey())) {
      Optional<Score> score = score(element, context);
      if (score.isPresent()) {
        sheet.putScore(subject.idOf(element), score.get());
      }
    }
    return sheet.build();
  }

  /**
   * A strategy made of a name, a subject and a computation, such as a lambda. Its scores name the
   * strategy unless the computation names one itself.
   *
   * @param name the short name: a lower-case letter, then letters, digits, {@code _} or {@code -}
   * @param subject the kind of element it scores
   * @param scorer the computation
   * @param <T> the type of the scored elements
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if the name is not a key
   */
  static <T> ScoringStrategy<T> of(String name, Subject<T> subject, Scorer<T> scorer) {
    return new NamedStrategy<>(name, subject, scorer);
  }
}
