package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.score.Score;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link ServqualStrategy} found for a journey: a score, or the reason there is none (no
 * answer names its respondent, no perception and expectation measured on one scale, no respondent
 * who split the points), so that a missing score is never a silent guess.
 *
 * <pre>{@code
 * ServqualResult result = ScoringStrategies.servqualPublished().assess(journey, context);
 * System.out.println(result.score().map(Score::toString).orElseGet(() -> result.reason().get()));
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ServqualResult {
  ServqualResult() {}

  /**
   * A result with a score.
   *
   * @param score the score
   * @return the result
   */
  public static ServqualResult of(Score score) {
    requireNonNull(score, "score");
    return ImmutableServqualResult.builder().score(score).build();
  }

  /**
   * A result without a score.
   *
   * @param reason why there is no score
   * @return the result
   * @throws io.github.journeykit.core.model.ValidationException if the reason is blank
   */
  public static ServqualResult without(String reason) {
    requireNonNull(reason, "reason");
    return ImmutableServqualResult.builder().reason(reason).build();
  }

  /**
   * The score.
   *
   * @return the score, if there is one
   */
  public abstract Optional<Score> score();

  /**
   * Why there is no score.
   *
   * @return the reason, if there is no score
   */
  public abstract Optional<String> reason();

  @Value.Check
  final void check() {
    Problems problems = Problems.of("ServqualResult");
    problems.check(
        score().isPresent() != reason().isPresent(),
        "reason",
        "must be given exactly when there is no score",
        reason().orElse(null));
    reason().ifPresent(r -> problems.text("reason", r));
    problems.throwIfAny();
  }

  /**
   * The score in words, or {@code no score: } and the reason.
   *
   * @return the result in words
   */
  @Override
  public String toString() {
    return score().map(Score::toString).orElseGet(() -> "no score: " + reason().get());
  }
}
