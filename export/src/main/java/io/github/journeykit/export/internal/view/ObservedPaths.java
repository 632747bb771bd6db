package io.github.journeykit.export.internal.view;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.export.MapReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What customers did on a report's journey, as the renderings show it: the path summary, each
 * touchpoint's use by id, the funnel's bars, and the steps of paths in words. Not public API.
 */
public final class ObservedPaths {
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

  private final Journey journey;
  private final Optional<PathSummary> summary;
  private final Map<String, TouchpointUse> uses = new HashMap<>();

  private ObservedPaths(MapReport report) {
    this.journey = report.journey();
    this.summary = report.paths();
    summary.ifPresent(paths -> paths.touchpoints().forEach(u -> uses.put(u.touchpointId(), u)));
  }

  /**
   * What customers did on the report's journey.
   *
   * @param report the report
   * @return its paths, empty when the report has no path summary
   */
  public static ObservedPaths of(MapReport report) {
    return new ObservedPaths(report);
  }

  /** What customers did on the journey, if the report says. */
  public Optional<PathSummary> summary() {
    return summary;
  }

  /** How customers used a touchpoint, if the report's path summary says. */
  public Optional<TouchpointUse> use(String touchpointId) {
    return Optional.ofNullable(uses.get(touchpointId));
  }

  /** A stage's name, or the id itself if the journey has no such stage. */
  public String stageName(String stageId) {
    return journey.stage(stageId).map(Stage::name).orElse(stageId);
  }

  /**
   * A step of customers' paths in words: a touchpoint's name; an activity that is not on the map as
   * it is; the end of a journey as {@code (end)}.
   */
  public String stepName(String step) {
    return journey.touchpoint(step).map(Touchpoint::name).orElse(step);
  }

  /** The bars of the funnel chart, one per stage of the path summary's funnel; none without one. */
  public List<FunnelBar> funnelBars() {
    List<FunnelBar> bars = new ArrayList<>();
    List<FunnelStage> funnel = summary.map(PathSummary::funnel).orElse(List.of());
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
}
