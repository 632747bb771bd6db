package io.github.journeykit.export.internal.view;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.MapReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What every rendering derives from a report, computed once: moments and gaps by the element they
 * are at, the actions in rank order, the measurements each touchpoint shows, and how customers used
 * each touchpoint and went through the funnel. Lookups are by hash, so that a rendering stays
 * linear in the size of the journey. Not public API.
 */
public final class MapFacts {
  /** An action with its place in the ranking. */
  public static final class RankedAction {
    private final ActionItem action;
    private final int rank;
    private final Optional<Score> score;

    RankedAction(ActionItem action, int rank, Optional<Score> score) {
      this.action = action;
      this.rank = rank;
      this.score = score;
    }

    /** The action. */
    public ActionItem action() {
      return action;
    }

    /** Its rank, 1 for the best, or 0 when the score sheet has no score for it. */
    public int rank() {
      return rank;
    }

    /** Its score, if the sheet has one. */
    public Optional<Score> score() {
      return score;
    }
  }

  /** A bar of the funnel chart: a stage, the cases that reached it, and their share. */
  public static final class FunnelBar {
    private final String label;
    private final long reached;
    private final OptionalDouble share;
    private final long dropOff;

    FunnelBar(String label, long reached, OptionalDouble share, long dropOff) {
      this.label = label;
      this.reached = reached;
      this.share = share;
      this.dropOff = dropOff;
    }

    /** The stage's number and name, such as {@code 2. Report the fault}. */
    public String label() {
      return label;
    }

    /** The cases that reached the stage. */
    public long reached() {
      return reached;
    }

    /** Their share of the cases that reached the first stage: the bar's length. */
    public OptionalDouble share() {
      return share;
    }

    /** The cases that reached the stage before and not this one. */
    public long dropOff() {
      return dropOff;
    }

    /**
     * The bar drawn in text, {@code width} cells of full blocks for the share and light shade for
     * the rest, such as {@code ██████████████████░░}.
     */
    public String textBar(int width) {
      int full = (int) Math.round(Math.max(0, Math.min(1, share.orElse(0))) * width);
      return "\u2588".repeat(full) + "\u2591".repeat(width - full);
    }

    /** The bar's figures in words, such as {@code 602 · 94.06%}. */
    public String figures() {
      return reached + (share.isPresent() ? " \u00B7 " + Words.percent(share) : "");
    }
  }

  private final MapReport report;
  private final Map<String, TouchpointUse> uses = new HashMap<>();
  private final Map<String, List<MomentThatMatters>> momentsAt = new HashMap<>();
  private final Map<String, List<Gap>> gapsAt = new HashMap<>();
  private final Map<String, List<ActionItem>> actionsFor = new HashMap<>();
  private final List<RankedAction> ranked;
  private final boolean scoresTouchpoints;

  private MapFacts(MapReport report) {
    this.report = report;
    Journey journey = report.journey();
    for (MomentThatMatters moment : journey.moments()) {
      momentsAt.computeIfAbsent(moment.touchpointId(), id -> new ArrayList<>()).add(moment);
    }
    for (Gap gap : journey.gaps()) {
      gap.location()
          .elementId()
          .ifPresent(id -> gapsAt.computeIfAbsent(id, k -> new ArrayList<>()).add(gap));
    }
    for (ActionItem action : journey.actions()) {
      for (List<String> ids :
          List.of(action.gapIds(), action.momentIds(), action.touchpointIds())) {
        ids.forEach(id -> actionsFor.computeIfAbsent(id, k -> new ArrayList<>()).add(action));
      }
    }
    report
        .paths()
        .ifPresent(paths -> paths.touchpoints().forEach(u -> uses.put(u.touchpointId(), u)));
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
   * The facts of a report.
   *
   * @param report the report
   * @return its facts
   */
  public static MapFacts of(MapReport report) {
    return new MapFacts(report);
  }

  /** The report. */
  public MapReport report() {
    return report;
  }

  /** The journey. */
  public Journey journey() {
    return report.journey();
  }

  /** What customers did on the journey, if the report says. */
  public Optional<PathSummary> paths() {
    return report.paths();
  }

  /** How customers used a touchpoint, if the report's path summary says. */
  public Optional<TouchpointUse> use(String touchpointId) {
    return Optional.ofNullable(uses.get(touchpointId));
  }

  /** A stage's name, or the id itself if the journey has no such stage. */
  public String stageName(String stageId) {
    return journey().stage(stageId).map(Stage::name).orElse(stageId);
  }

  /**
   * A step of customers' paths in words: a touchpoint's name; an activity that is not on the map as
   * it is; the end of a journey as {@code (end)}.
   */
  public String stepName(String step) {
    return journey().touchpoint(step).map(Touchpoint::name).orElse(step);
  }

  /** The bars of the funnel chart, one per stage of the path summary's funnel; none without one. */
  public List<FunnelBar> funnelBars() {
    List<FunnelBar> bars = new ArrayList<>();
    List<FunnelStage> funnel = report.paths().map(PathSummary::funnel).orElse(List.of());
    for (int k = 0; k < funnel.size(); k++) {
      FunnelStage stage = funnel.get(k);
      bars.add(
          new FunnelBar(
              (k + 1) + ". " + stageName(stage.stageId()),
              stage.reached(),
              stage.overallConversion(),
              stage.dropOff()));
    }
    return bars;
  }

  /** The moments that matter at a touchpoint. */
  public List<MomentThatMatters> momentsAt(String touchpointId) {
    return momentsAt.getOrDefault(touchpointId, List.of());
  }

  /** The gaps located at a stage or touchpoint. */
  public List<Gap> gapsAt(String elementId) {
    return gapsAt.getOrDefault(elementId, List.of());
  }

  /** The actions that address a gap, moment or touchpoint. */
  public List<ActionItem> actionsFor(String elementId) {
    return actionsFor.getOrDefault(elementId, List.of());
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
      Map<String, ActionItem> actions = new HashMap<>();
      journey.actions().forEach(a -> actions.put(a.id(), a));
      int rank = 0;
      for (String id : sheet.get().ranking()) {
        ActionItem action = actions.get(id);
        if (action != null) {
          ranked.add(new RankedAction(action, ++rank, sheet.get().score(id)));
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

  /**
   * The experience gap at a touchpoint (SERVQUAL gap 5): the latest perception minus the latest
   * expectation, when both are measured on the same scale.
   *
   * @param touchpoint the touchpoint
   * @return P - E, negative when the experience falls short, or empty
   */
  public static OptionalDouble experienceGap(Touchpoint touchpoint) {
    Optional<Measurement> perception = touchpoint.latest(Metric.PERCEPTION);
    Optional<Measurement> expectation = touchpoint.latest(Metric.EXPECTATION);
    if (perception.isEmpty()
        || expectation.isEmpty()
        || !perception.get().scale().equals(expectation.get().scale())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(perception.get().value() - expectation.get().value());
  }

  /**
   * Where a value lies relative to its scale's baseline, from -1 (the worst end) through 0 (the
   * baseline) to 1 (the best end), for drawing values of different scales on one curve.
   *
   * @param measurement the measurement
   * @return the position, or empty when the scale has no baseline or no upper bound
   */
  public static OptionalDouble relativePosition(Measurement measurement) {
    Scale scale = measurement.scale();
    if (scale.baseline().isEmpty() || scale.max().isEmpty()) {
      return OptionalDouble.empty();
    }
    double base = scale.baseline().getAsDouble();
    double value = measurement.value();
    double toBetter =
        scale.higherIsBetter() ? scale.max().getAsDouble() - base : base - scale.min();
    double toWorse = scale.higherIsBetter() ? base - scale.min() : scale.max().getAsDouble() - base;
    double delta = scale.relativeToBaseline(value).getAsDouble();
    if (delta >= 0) {
      return OptionalDouble.of(toBetter == 0 ? 0 : delta / toBetter);
    }
    return OptionalDouble.of(toWorse == 0 ? 0 : delta / toWorse);
  }
}
