package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a {@link Prioritizer} produced: the elements in rank order with their scores and reasons,
 * the elements that could not be scored, and the score sheet behind it, for exporters.
 *
 * <pre>{@code
 * Ranking ranking = Prioritizer.by(ScoringStrategies.rice()).rank(ScoringContext.of(journey));
 * ranking.ids();                                   // [eta-sms, case-handoff, line-test-training]
 * ranking.items().forEach(i -> System.out.println(i.reason()));
 * ranking.unscored();                              // [exec-listening]: no estimates
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Ranking {
  Ranking() {}

  /**
   * The name of the strategy that ranked.
   *
   * @return the name
   */
  public abstract String label();

  /**
   * Whether the worst score comes first (to find what to fix) rather than the best.
   *
   * @return true for worst first
   */
  public abstract boolean worstFirst();

  /**
   * The scored elements in rank order; equal scores in id order.
   *
   * @return the items
   */
  public abstract List<RankedItem> items();

  /**
   * The ids of the elements the strategy could not score, in input order.
   *
   * @return the ids
   */
  public abstract List<String> unscored();

  /**
   * The scores behind the ranking; its {@link ScoreSheet#ranking()} is the best-first order.
   *
   * @return the sheet
   */
  public abstract ScoreSheet sheet();

  /**
   * The ids in rank order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return items().stream().map(RankedItem::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The place of one element.
   *
   * @param id the element's id
   * @return its item, if it was scored
   */
  public Optional<RankedItem> item(String id) {
    requireNonNull(id, "id");
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * A short form such as {@code Ranking[rice: 3 ranked, 1 unscored]}.
   *
   * @return the ranking in words
   */
  @Override
  public String toString() {
    return "Ranking["
        + label()
        + (worstFirst() ? " worst first" : "")
        + ": "
        + items().size()
        + " ranked, "
        + unscored().size()
        + " unscored]";
  }
}
