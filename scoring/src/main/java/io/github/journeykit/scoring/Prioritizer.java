package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Ranks elements (action items, touchpoints, moments, ...) by any strategy and explains each place.
 * The order is that of {@link ScoreSheet#ranking()}: best score first (highest where higher is
 * better), equal scores in id order, so the same input always gives the same ranking. {@link
 * #worstFirst()} turns it round, for finding what to fix, keeping equal scores in id order.
 * Elements the strategy cannot score are listed apart, never dropped.
 *
 * <pre>{@code
 * Ranking plan = Prioritizer.by(ScoringStrategies.rice()).rank(ScoringContext.of(journey));
 * Ranking fixFirst = Prioritizer.by(ScoringStrategies.experienceGap()).worstFirst()
 *     .rank(ScoringContext.of(journey));
 * }</pre>
 *
 * @param <T> the type of the ranked elements
 */
public final class Prioritizer<T> {
  private static final int CHECK_EVERY = 4096;
  private static final int REPORT_EVERY = 65_536;

  private final ScoringStrategy<T> strategy;
  private final boolean worstFirst;

  private Prioritizer(ScoringStrategy<T> strategy, boolean worstFirst) {
    this.strategy = strategy;
    this.worstFirst = worstFirst;
  }

  /**
   * A prioritizer that ranks best first.
   *
   * @param strategy the strategy to rank by
   * @param <T> the type of the ranked elements
   * @return the prioritizer
   */
  public static <T> Prioritizer<T> by(ScoringStrategy<T> strategy) {
    return new Prioritizer<>(requireNonNull(strategy, "strategy"), false);
  }

  /**
   * This prioritizer, ranking the worst score first.
   *
   * @return the prioritizer
   */
  public Prioritizer<T> worstFirst() {
    return new Prioritizer<>(strategy, true);
  }

  /**
   * Ranks the elements of the strategy's subject in the context's journey.
   *
   * @param context the journey and any live statistics
   * @return the ranking
   */
  public Ranking rank(ScoringContext context) {
    requireNonNull(context, "context");
    return rank(strategy.subject().in(context.journey()), context);
  }

  /**
   * Ranks the given elements, such as a backlog of action items.
   *
   * @param elements the elements, with unique ids
   * @param context what the strategy may read besides them
   * @return the ranking
   * @throws ValidationException if two elements have the same id
   */
  public Ranking rank(Iterable<? extends T> elements, ScoringContext context) {
    return rank(elements, context, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Ranks the given elements, reporting progress and stopping when cancelled.
   *
   * @param elements the elements, with unique ids
   * @param context what the strategy may read besides them
   * @param progress hears the number scored every 65,536 elements and at the end, with the total
   *     when {@code elements} is a collection
   * @param cancellation asked every 4,096 elements whether to stop
   * @return the ranking
   * @throws ValidationException if two elements have the same id
   * @throws CancellationException if cancelled
   */
  public Ranking rank(
      Iterable<? extends T> elements,
      ScoringContext context,
      ProgressListener progress,
      CancellationCheck cancellation) {
    requireNonNull(elements, "elements");
    requireNonNull(context, "context");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long total = elements instanceof Collection ? ((Collection<?>) elements).size() : -1;
    Map<String, Score> scores = new LinkedHashMap<>();
    List<String> unscored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Violation> duplicates = new ArrayList<>();
    long done = 0;
    Subject<T> subject = strategy.subject();
    for (T element : elements) {
      if (done % CHECK_EVERY == 0 && cancellation.isCancelled()) {
        throw new CancellationException("Ranking was cancelled after " + done + " elements");
      }
      String id = subject.idOf(requireNonNull(element, "element"));
      if (!seen.add(id)) {
        duplicates.add(Violation.of("elements[" + done + "].id", "must be unique", id));
      } else {
        Optional<Score> score = strategy.score(element, context);
        if (score.isPresent()) {
          scores.put(id, score.get());
        } else {
          unscored.add(id);
        }
      }
      if (++done % REPORT_EVERY == 0) {
        progress.progressed(done, total);
      }
    }
    progress.progressed(done, total);
    if (!duplicates.isEmpty()) {
      throw new ValidationException("Prioritizer \"" + strategy.name() + "\"", duplicates);
    }
    ScoreSheet sheet = ScoreSheet.builder().label(strategy.name()).putAllScores(scores).build();
    List<String> order = worstFirst ? worstFirstOrder(sheet) : sheet.ranking();
    List<RankedItem> items = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      ImmutableRankedItem.Builder item =
          ImmutableRankedItem.builder()
              .rank(i + 1)
              .id(order.get(i))
              .score(scores.get(order.get(i)));
      if (i + 1 < order.size()) {
        item.nextId(order.get(i + 1)).nextValue(scores.get(order.get(i + 1)).value());
      }
      items.add(item.build());
    }
    return ImmutableRanking.builder()
        .label(strategy.name())
        .worstFirst(worstFirst)
        .items(items)
        .unscored(unscored)
        .sheet(sheet)
        .build();
  }

  /** The sheet's ranking turned round, equal scores kept in id order. */
  private static List<String> worstFirstOrder(ScoreSheet sheet) {
    List<String> best = sheet.ranking();
    List<String> worst = new ArrayList<>(best.size());
    int end = best.size();
    while (end > 0) {
      double value = sheet.scores().get(best.get(end - 1)).value();
      int start = end - 1;
      while (start > 0
          && Double.compare(sheet.scores().get(best.get(start - 1)).value(), value) == 0) {
        start--;
      }
      worst.addAll(best.subList(start, end));
      end = start;
    }
    return Collections.unmodifiableList(worst);
  }

  /**
   * A short form such as {@code Prioritizer[rice, best first]}.
   *
   * @return the prioritizer in words
   */
  @Override
  public String toString() {
    return "Prioritizer[" + strategy.name() + (worstFirst ? ", worst first" : ", best first") + "]";
  }
}
