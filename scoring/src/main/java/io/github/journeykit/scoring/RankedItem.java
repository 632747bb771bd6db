package io.github.journeykit.scoring;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One place in a {@link Ranking}: the rank, the element, its score, and the element ranked next,
 * from which {@link #reason()} explains the place.
 *
 * <pre>{@code
 * RankedItem first = ranking.items().get(0);
 * first.reason();
 * // #1 eta-sms: RICE 9000 (RICE = 9000 x 1 x 1 / 1 = 9000); ahead of case-handoff (7200) by 1800
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class RankedItem {
  RankedItem() {}

  /**
   * The rank, 1 for the first.
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * The element's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The element's score.
   *
   * @return the score
   */
  public abstract Score score();

  /**
   * The id of the element ranked next.
   *
   * @return the id, or empty for the last
   */
  public abstract Optional<String> nextId();

  /**
   * The score value of the element ranked next.
   *
   * @return the value, or empty for the last
   */
  public abstract OptionalDouble nextValue();

  /**
   * Why the element has its place: its score with the computation, and how it compares with the
   * next one (ahead by how much, or tied and placed first by id).
   *
   * @return the reason in one line
   */
  public String reason() {
    StringBuilder text =
        new StringBuilder("#").append(rank()).append(' ').append(id()).append(": ");
    Score score = score();
    text.append(score.label()).append(' ').append(Numbers.show(score.value()));
    if (score.explanation().isPresent()) {
      text.append(" (").append(score.explanation().get()).append(')');
    } else if (!score.contributions().isEmpty()) {
      text.append(
          score.contributions().stream()
              .map(Contribution::toString)
              .collect(Collectors.joining(", ", " (", ")")));
    }
    if (nextId().isEmpty()) {
      return text.append("; last").toString();
    }
    double next = nextValue().getAsDouble();
    if (Double.compare(next, score.value()) == 0) {
      return text.append("; tied with ")
          .append(nextId().get())
          .append(" at ")
          .append(Numbers.show(next))
          .append(", placed first by id")
          .toString();
    }
    return text.append("; ahead of ")
        .append(nextId().get())
        .append(" (")
        .append(Numbers.show(next))
        .append(") by ")
        .append(Numbers.show(Math.abs(score.value() - next)))
        .toString();
  }

  /**
   * A short form such as {@code #1 eta-sms RICE 9000}.
   *
   * @return the item in words
   */
  @Override
  public String toString() {
    return "#" + rank() + " " + id() + " " + score().label() + " " + Numbers.show(score().value());
  }
}
