package io.github.journeykit.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.Scorer;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * A strategy made of a name, a subject and a computation. Not public API: use {@link
 * ScoringStrategy#of}.
 *
 * @param <T> the type of the scored elements
 */
public final class NamedStrategy<T> implements ScoringStrategy<T> {
  private final String name;
  private final Subject<T> subject;
  private final Scorer<T> scorer;

  /**
   * A strategy.
   *
   * @param name the short name
   * @param subject what it scores
   * @param scorer the computation
   */
  public NamedStrategy(String name, Subject<T> subject, Scorer<T> scorer) {
    this.name = requireNonNull(name, "name");
    this.subject = requireNonNull(subject, "subject");
    this.scorer = requireNonNull(scorer, "scorer");
    Problems.of("ScoringStrategy", name).key("name", name).throwIfAny();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Subject<T> subject() {
    return subject;
  }

  @Override
  public Optional<Score> score(T element, ScoringContext context) {
    requireNonNull(element, "subject");
    requireNonNull(context, "context");
    return scorer
        .score(element, context)
        .map(s -> s.strategy().isPresent() ? s : Score.builder().from(s).strategy(name).build());
  }

  @Override
  public String toString() {
    return name + " (" + subject + ")";
  }
}
