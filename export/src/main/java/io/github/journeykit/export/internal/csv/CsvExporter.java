package io.github.journeykit.export.internal.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.text.Decimals;
import io.github.journeykit.export.internal.text.FormulaGuard;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import io.github.journeykit.export.internal.view.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code csv} exporter: a touchpoint table, an empty record, and an action table, in one RFC
 * 4180 file written with FastCSV; with a path summary, then an empty record and a funnel table, and
 * an empty record and a table of the summary's deviations; with trends, an empty record and a table
 * of each measured touchpoint's figure per period with the change into the last. Not public API:
 * use {@code Exporters.csv()}.
 *
 * <p>The touchpoint table has {@code reach_percent} and {@code repeat_rate_percent} columns only
 * when the report has a path summary, and ends with a {@code score} column only when the score
 * sheet scores a touchpoint, as the touchpoint tables of the reports do. Shares are percentages
 * with at most two decimals, as the reports show them.
 *
 * <p>Measured values and scores are written exactly (the shortest text that reads back as the same
 * double); the experience gap, computed here, to six significant digits. Empty cells stand for
 * values the journey does not have. Text cells that a spreadsheet would evaluate as a formula are
 * prefixed with an apostrophe.
 */
public final class CsvExporter extends BuiltInExporter {
  /** The csv exporter. */
  public CsvExporter() {
    super("csv", "csv", "text/csv; charset=UTF-8; header=present");
  }

  /** The header of the touchpoint table, before the columns of paths and scores. */
  static final String[] TOUCHPOINT_COLUMNS = {
    "stage_id",
    "stage",
    "order",
    "touchpoint_id",
    "touchpoint",
    "channel",
    "lane",
    "owner",
    "emotion",
    "expectation",
    "perception",
    "gap",
    "emotion_n",
    "expectation_n",
    "perception_n"
  };

  /** The touchpoint table's columns of what customers did, when the report says. */
  static final String[] PATH_COLUMNS = {"reach_percent", "repeat_rate_percent"};

  /** The header of the funnel table. */
  static final String[] FUNNEL_COLUMNS = {
    "stage_id",
    "stage",
    "reached",
    "step_conversion_percent",
    "overall_conversion_percent",
    "drop_off"
  };

  /**
   * The header of the deviation table: the kind's constant, the touchpoint's id or the ad hoc
   * activity, the touchpoint's name (empty for an activity), the cases and the occurrences.
   */
  static final String[] DEVIATION_COLUMNS = {
    "kind", "touchpoint_id_or_activity", "touchpoint", "cases", "occurrences"
  };

  /**
   * The header of the trend table, a row per period of each measured touchpoint and metric: the
   * change into the period, its interval and verdict on the row of the last period.
   */
  static final String[] TREND_COLUMNS = {
    "touchpoint_id",
    "touchpoint",
    "metric",
    "figure",
    "period",
    "period_start",
    "value",
    "n",
    "change",
    "change_lower",
    "change_upper",
    "verdict"
  };

  /** The header of the action table. */
  static final String[] ACTION_COLUMNS = {
    "rank", "action_id", "action", "kind", "status", "owner", "due", "addresses", "kpis", "score"
  };

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    ScoredReport scored = ScoredReport.of(report);
    ObservedPaths observed = ObservedPaths.of(report);
    List<String> header = new ArrayList<>(List.of(TOUCHPOINT_COLUMNS));
    if (observed.summary().isPresent()) {
      header.addAll(List.of(PATH_COLUMNS));
    }
    if (scored.scoresTouchpoints()) {
      header.add("score");
    }
    int width = header.size();
    // Not closed: closing would close the caller's writer.
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    csv.writeRecord(header);
    for (Stage stage : report.journey().stages()) {
      int order = 0;
      for (Touchpoint touchpoint : stage.touchpoints()) {
        csv.writeRecord(touchpointRow(scored, observed, stage, ++order, touchpoint));
      }
    }
    csv.writeRecord(padded(List.of(), width));
    csv.writeRecord(padded(List.of(ACTION_COLUMNS), width));
    for (ScoredReport.RankedAction ranked : scored.rankedActions()) {
      csv.writeRecord(padded(actionRow(ranked), width));
    }
    if (observed.summary().isPresent()) {
      csv.writeRecord(padded(List.of(), width));
      csv.writeRecord(padded(List.of(FUNNEL_COLUMNS), width));
      for (FunnelStage stage : observed.summary().get().funnel()) {
        csv.writeRecord(padded(funnelRow(scored.journey(), stage), width));
      }
      csv.writeRecord(padded(List.of(), width));
      csv.writeRecord(padded(List.of(DEVIATION_COLUMNS), width));
      for (DeviationCount deviation : observed.summary().get().deviations()) {
        csv.writeRecord(padded(deviationRow(observed, deviation), width));
      }
    }
    if (report.trends().isPresent()) {
      csv.writeRecord(padded(List.of(), width));
      csv.writeRecord(padded(List.of(TREND_COLUMNS), width));
      for (MetricTrend trend : report.trends().get().trends()) {
        for (int i = 0; i < trend.points().size(); i++) {
          csv.writeRecord(padded(trendRow(report.journey(), trend, i), width));
        }
      }
    }
    csv.flush();
  }

  private static List<String> trendRow(Journey journey, MetricTrend trend, int index) {
    TrendPoint point = trend.points().get(index);
    List<String> row = new ArrayList<>();
    row.add(trend.touchpointId());
    row.add(
        journey
            .touchpoint(trend.touchpointId())
            .map(t -> FormulaGuard.guarded(t.name()))
            .orElse(""));
    row.add(FormulaGuard.guarded(trend.metric().name()));
    row.add(trend.figure());
    row.add(point.period());
    row.add(point.start().toString());
    row.add(Decimals.exact(point.value()));
    row.add(Long.toString(point.count()));
    boolean last = index == trend.points().size() - 1;
    Optional<MeasuredChange> change = last ? trend.change() : Optional.empty();
    row.add(change.map(c -> Decimals.exact(c.difference())).orElse(""));
    row.add(
        change.flatMap(MeasuredChange::interval).map(i -> Decimals.exact(i.lower())).orElse(""));
    row.add(
        change.flatMap(MeasuredChange::interval).map(i -> Decimals.exact(i.upper())).orElse(""));
    row.add(change.map(c -> c.verdict().name()).orElse(""));
    return row;
  }

  private static List<String> funnelRow(Journey journey, FunnelStage stage) {
    return List.of(
        stage.stageId(),
        journey.stage(stage.stageId()).map(s -> FormulaGuard.guarded(s.name())).orElse(""),
        Long.toString(stage.reached()),
        Words.percentNumber(stage.stepConversion()),
        Words.percentNumber(stage.overallConversion()),
        Long.toString(stage.dropOff()));
  }

  private static List<String> deviationRow(ObservedPaths observed, DeviationCount deviation) {
    return List.of(
        deviation.kind().name(),
        // An ad hoc step's subject is an activity from the event log: free text.
        FormulaGuard.guarded(deviation.subject()),
        observed.touchpoint(deviation).map(t -> FormulaGuard.guarded(t.name())).orElse(""),
        Long.toString(deviation.cases()),
        Long.toString(deviation.occurrences()));
  }

  private static List<String> touchpointRow(
      ScoredReport scored, ObservedPaths observed, Stage stage, int order, Touchpoint touchpoint) {
    Optional<Measurement> emotion = touchpoint.latest(Metric.EMOTION);
    Optional<Measurement> expectation = touchpoint.latest(Metric.EXPECTATION);
    Optional<Measurement> perception = touchpoint.latest(Metric.PERCEPTION);
    List<String> row = new ArrayList<>(TOUCHPOINT_COLUMNS.length + 3);
    row.add(stage.id());
    row.add(FormulaGuard.guarded(stage.name()));
    row.add(Integer.toString(order));
    row.add(touchpoint.id());
    row.add(FormulaGuard.guarded(touchpoint.name()));
    row.add(touchpoint.channel().name());
    row.add(touchpoint.lane().name());
    row.add(text(touchpoint.owner()));
    row.add(value(emotion));
    row.add(value(expectation));
    row.add(value(perception));
    OptionalDouble gap = ExperienceGap.at(touchpoint).value();
    // A difference of two measurements: six significant digits hide the binary noise of the
    // subtraction (-0.6, not -0.5999999999999996) and keep the precision of its operands.
    row.add(gap.isPresent() ? Numbers.show(gap.getAsDouble()) : "");
    row.add(sampleSize(emotion));
    row.add(sampleSize(expectation));
    row.add(sampleSize(perception));
    if (observed.summary().isPresent()) {
      Optional<TouchpointUse> use = observed.use(touchpoint.id());
      row.add(use.map(u -> Words.percentNumber(u.reach())).orElse(""));
      row.add(use.map(u -> Words.percentNumber(u.repeatRate())).orElse(""));
    }
    if (scored.scoresTouchpoints()) {
      row.add(score(scored.score(touchpoint.id())));
    }
    return row;
  }

  /**
   * The cells followed by empty ones up to the width of the touchpoint table: RFC 4180 wants every
   * record of a file to have the same number of fields.
   */
  private static List<String> padded(List<String> cells, int width) {
    List<String> row = new ArrayList<>(width);
    row.addAll(cells);
    while (row.size() < width) {
      row.add("");
    }
    return row;
  }

  private static List<String> actionRow(ScoredReport.RankedAction ranked) {
    ActionItem action = ranked.action();
    List<String> addresses = new ArrayList<>();
    action.gapIds().forEach(id -> addresses.add("gap " + id));
    action.momentIds().forEach(id -> addresses.add("moment " + id));
    action.touchpointIds().forEach(id -> addresses.add("touchpoint " + id));
    List<String> row = new ArrayList<>(ACTION_COLUMNS.length);
    row.add(ranked.rank() > 0 ? Integer.toString(ranked.rank()) : "");
    row.add(action.id());
    row.add(FormulaGuard.guarded(action.title()));
    row.add(action.kind().name());
    row.add(action.status().name());
    row.add(text(action.owner()));
    row.add(action.due().map(Object::toString).orElse(""));
    row.add(String.join("; ", addresses));
    row.add(String.join("; ", action.kpiIds()));
    row.add(score(ranked.score()));
    return row;
  }

  private static String value(Optional<Measurement> measurement) {
    return measurement.map(m -> Decimals.exact(m.value())).orElse("");
  }

  private static String sampleSize(Optional<Measurement> measurement) {
    return measurement
        .filter(m -> m.sampleSize().isPresent())
        .map(m -> Long.toString(m.sampleSize().getAsLong()))
        .orElse("");
  }

  private static String score(Optional<Score> score) {
    return score.map(s -> Decimals.exact(s.value())).orElse("");
  }

  private static String text(Optional<String> text) {
    return text.map(FormulaGuard::guarded).orElse("");
  }
}
