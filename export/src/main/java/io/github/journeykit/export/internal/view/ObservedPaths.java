package io.github.journeykit.export.internal.view;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
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
 * touchpoint's use by id, the funnel's bars, the steps of paths and the deviations in words. Not
 * public API.
 */
public final class ObservedPaths {
  /**
   * A bar of the funnel chart: a stage, the cases that reached it, and their share of the first
   * stage's and of the stage before's.
   */
  public static final class FunnelBar {
    private final String label;
    private final FunnelStage stage;

    FunnelBar(String label, FunnelStage stage) {
      this.label = label;
      this.stage = stage;
    }

    /** The stage's number and name, such as {@code 2. Report the fault}. */
    public String label() {
      return label;
    }

    /** The cases that reached the stage. */
    public long reached() {
      return stage.reached();
    }

    /** Their share of the cases that reached the first stage: the bar's length. */
    public OptionalDouble share() {
      return stage.overallConversion();
    }

    /**
     * Their share of the cases that could have reached the stage: those that reached the stage
     * before, or every case for the first stage.
     */
    public OptionalDouble stepShare() {
      return stage.stepConversion();
    }

    /** The cases that reached the stage before and not this one. */
    public long dropOff() {
      return stage.dropOff();
    }

    /**
     * The bar drawn in text, {@code width} cells of full blocks for the share and light shade for
     * the rest, such as {@code ██████████████████░░}.
     */
    public String textBar(int width) {
      int full = (int) Math.round(Math.max(0, Math.min(1, share().orElse(0))) * width);
      return "\u2588".repeat(full) + "\u2591".repeat(width - full);
    }

    /** The bar's figures in words, such as {@code 602 · 94.06%}. */
    public String figures() {
      OptionalDouble share = share();
      return reached() + (share.isPresent() ? " \u00B7 " + Words.percent(share) : "");
    }

    /**
     * The cases that reached the stage of those that could have, in words, such as {@code 602 of
     * 640 (94.06%)}; for the first stage, of every case of the log.
     */
    public String stepFigures() {
      OptionalDouble step = stepShare();
      return stage.reached()
          + " of "
          + stage.previous()
          + (step.isPresent() ? " (" + Words.percent(step) + ")" : "");
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
      bars.add(new FunnelBar((k + 1) + ". " + stageName(stage.stageId()), stage));
    }
    return bars;
  }

  /**
   * The funnel's bar of one stage of the journey.
   *
   * @param stageId the stage's id
   * @return its bar, empty when the report has no path summary or its funnel lacks the stage
   */
  public Optional<FunnelBar> funnelBar(String stageId) {
    return funnelBars().stream().filter(b -> b.stage.stageId().equals(stageId)).findFirst();
  }

  /**
   * The path summary's most frequent deviations, most first.
   *
   * @param limit how many at most
   * @return the first {@code limit} deviations; none without a path summary
   */
  public List<DeviationCount> deviations(int limit) {
    List<DeviationCount> all = summary.map(PathSummary::deviations).orElse(List.of());
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * The touchpoint of the journey that a deviation concerns: none for an ad hoc step, whose subject
   * is an activity even when it reads like a touchpoint's id, nor when the journey has no
   * touchpoint of that id.
   *
   * @param deviation the deviation
   * @return its touchpoint, if any
   */
  public Optional<Touchpoint> touchpoint(DeviationCount deviation) {
    return deviation.kind() == DeviationKind.AD_HOC
        ? Optional.empty()
        : journey.touchpoint(deviation.subject());
  }

  /**
   * What a deviation concerns in words: its touchpoint's name, or the activity (or an id the
   * journey does not have) itself.
   *
   * @param deviation the deviation
   * @return its subject in words
   */
  public String subject(DeviationCount deviation) {
    return touchpoint(deviation).map(Touchpoint::name).orElse(deviation.subject());
  }

  /**
   * A deviation's figures in words, such as {@code 212 cases, 390 times}.
   *
   * @param deviation the deviation
   * @return its figures
   */
  public static String figures(DeviationCount deviation) {
    return count(deviation.cases(), "case", "cases")
        + ", "
        + count(deviation.occurrences(), "time", "times");
  }

  /**
   * The deviations at one touchpoint among the most frequent, in the order of the list, as the
   * cases each kind happened in, such as {@code 212 repeated, 58 failing}: short, for a diagram's
   * task whose box holds three lines.
   *
   * @param touchpointId the touchpoint's id
   * @param limit how many of the most frequent deviations to look among
   * @return the words, empty when none of them concerns the touchpoint
   */
  public String deviationsAt(String touchpointId, int limit) {
    List<String> words = new ArrayList<>();
    for (DeviationCount deviation : deviations(limit)) {
      if (touchpoint(deviation).filter(t -> t.id().equals(touchpointId)).isPresent()) {
        words.add(deviation.cases() + " " + deviation.kind().word());
      }
    }
    return String.join(", ", words);
  }

  private static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
