package io.github.journeykit.export.internal.view;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.MapReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report as renderings read it: the score of each element and the actions in rank order, worked
 * out once per rendering. What is at an element (moments, gaps, the actions that address it) is
 * asked of the journey, whose index answers in constant time. Not public API.
 */
public final class ScoredReport {
  /**
   * An action with its place in the ranking.
   *
   * @param action the action
   * @param rank its rank, 1 for the best, or 0 when the score sheet has no score for it
   * @param score its score, if the sheet has one
   */
  public record RankedAction(ActionItem action, int rank, Optional<Score> score) {}

  private final MapReport report;
  private final List<RankedAction> ranked;
  private final boolean scoresTouchpoints;

  private ScoredReport(MapReport report) {
    this.report = report;
    Journey journey = report.journey();
    this.ranked = rank(journey, report.scoreSheet());
    this.scoresTouchpoints =
        report
            .scoreSheet()
            .map(
                sheet ->
                    journey.touchpoints().stream()
                        .anyMatch(t -> sheet.scores().containsKey(t.id())))
            .orElse(false);
  }

  /**
   * A report as renderings read it.
   *
   * @param report the report
   * @return the report with its scores and ranking
   */
  public static ScoredReport of(MapReport report) {
    return new ScoredReport(report);
  }

  /** The report. */
  public MapReport report() {
    return report;
  }

  /** The journey. */
  public Journey journey() {
    return report.journey();
  }

  /** The score of an element, if the report has a score sheet that scores it. */
  public Optional<Score> score(String elementId) {
    return report.scoreSheet().flatMap(sheet -> sheet.score(elementId));
  }

  /**
   * Whether the score sheet scores at least one touchpoint: touchpoint tables have a score column
   * only then, rather than one that is empty on every row.
   */
  public boolean scoresTouchpoints() {
    return scoresTouchpoints;
  }

  /**
   * Every action: those the score sheet scores first, best first, then the others in journey order.
   */
  public List<RankedAction> rankedActions() {
    return ranked;
  }

  /**
   * The actions to show first: the best {@code count} scored actions; without scores, the first
   * {@code count} open actions in journey order.
   */
  public List<RankedAction> topActions(int count) {
    List<RankedAction> top = new ArrayList<>(count);
    boolean scored = !ranked.isEmpty() && ranked.get(0).rank() > 0;
    for (RankedAction action : ranked) {
      if (top.size() < count && (scored ? action.rank() > 0 : action.action().status().isOpen())) {
        top.add(action);
      }
    }
    return top;
  }

  private static List<RankedAction> rank(Journey journey, Optional<ScoreSheet> sheet) {
    ImmutableList.Builder<RankedAction> ranked = ImmutableList.builder();
    List<ActionItem> unscored = new ArrayList<>();
    if (sheet.isPresent()) {
      int rank = 0;
      for (String id : sheet.get().ranking()) {
        Optional<ActionItem> action = journey.action(id);
        if (action.isPresent()) {
          ranked.add(new RankedAction(action.get(), ++rank, sheet.get().score(id)));
        }
      }
      for (ActionItem action : journey.actions()) {
        if (sheet.get().score(action.id()).isEmpty()) {
          unscored.add(action);
        }
      }
    } else {
      unscored.addAll(journey.actions());
    }
    unscored.forEach(a -> ranked.add(new RankedAction(a, 0, Optional.empty())));
    return ranked.build();
  }
}
