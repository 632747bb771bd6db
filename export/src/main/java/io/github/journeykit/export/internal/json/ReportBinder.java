package io.github.journeykit.export.internal.json;

import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.Destination;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.DurationSummary;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.path.VariantCount;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.core.trend.ChangeVerdict;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.export.MapReport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Binds the members of a document that report on the journey: the score sheet with its scores, the
 * audit's findings, (from format version 2) the summary of what customers did and (from version 3)
 * the trends of the measured touchpoints, read through the cursor. Not public API.
 */
final class ReportBinder {
  private final JsonCursor in;

  /** The journey's binder, for the scales of scores. */
  private final JourneyBinder model;

  /** The document's format version: version 1 has no path summary. */
  private final int version;

  private final MapReport.Builder report = MapReport.builder();

  ReportBinder(JsonCursor in, JourneyBinder model, int version) {
    this.in = in;
    this.model = model;
    this.version = version;
  }

  /** Reads the report's member called {@code name}; false if a report has no such member. */
  boolean member(String name) throws IOException {
    switch (name) {
      case "scoreSheet":
        in.set(scoreSheet(), report::scoreSheet);
        return true;
      case "findings":
        in.list(this::finding, report::addFinding);
        return true;
      case "paths":
        if (version < 2) {
          return false;
        }
        in.set(paths(), report::paths);
        return true;
      case "trends":
        if (version < 3) {
          return false;
        }
        in.set(trends(), report::trends);
        return true;
      default:
        return false;
    }
  }

  /**
   * The report of {@code journey} with the members read; the report's own rules, broken, are
   * recorded at the members they name.
   *
   * @param journey the journey read, or a stand-in of its id; null if neither could be had
   * @return the report, or null if it could not be built
   */
  MapReport build(Journey journey) {
    if (journey == null) {
      return null;
    }
    try {
      return report.journey(journey).build();
    } catch (ValidationException e) {
      in.violations("", e.violations());
      return null;
    }
  }

  private static final String[] LABEL = {"label"};

  private ScoreSheet scoreSheet() throws IOException {
    ScoreSheet.Builder sheet = ScoreSheet.builder();
    return in.element(
        LABEL,
        name -> {
          switch (name) {
            case "label":
              in.text(sheet::label);
              return true;
            case "scores":
              in.entries(
                  id -> {
                    Score score = score();
                    if (score != null) {
                      sheet.putScore(id, score);
                    }
                    return true;
                  });
              return true;
            default:
              return false;
          }
        },
        sheet::build,
        false);
  }

  private static final String[] SCORE = {"value", "scale", "label"};

  private Score score() throws IOException {
    Score.Builder score = Score.builder();
    return in.element(
        SCORE,
        name -> {
          switch (name) {
            case "value":
              in.number(score::value);
              return true;
            case "scale":
              in.set(model.scale(), score::scale);
              return true;
            case "label":
              in.text(score::label);
              return true;
            case "strategy":
              in.text(score::strategy);
              return true;
            case "contributions":
              in.list(this::contribution, score::addContribution);
              return true;
            case "sampleSize":
              Long size = in.whole();
              if (size != null) {
                score.sampleSize(size);
              }
              return true;
            case "interval":
              in.set(interval(), score::interval);
              return true;
            case "explanation":
              in.text(score::explanation);
              return true;
            default:
              return false;
          }
        },
        score::build,
        false);
  }

  private static final String[] FACTOR_VALUE = {"factor", "value"};

  private Contribution contribution() throws IOException {
    Contribution.Builder contribution = Contribution.builder();
    return in.element(
        FACTOR_VALUE,
        name -> {
          switch (name) {
            case "factor":
              in.text(contribution::factor);
              return true;
            case "value":
              in.number(contribution::value);
              return true;
            case "weight":
              in.number(contribution::weight);
              return true;
            case "points":
              in.number(contribution::points);
              return true;
            case "note":
              in.text(contribution::note);
              return true;
            default:
              return false;
          }
        },
        contribution::build,
        false);
  }

  private static final String[] INTERVAL = {"lower", "upper", "level", "method"};

  private ConfidenceInterval interval() throws IOException {
    double[] numbers = new double[3];
    String[] method = {null};
    return in.element(
        INTERVAL,
        name -> {
          switch (name) {
            case "lower":
              in.number(v -> numbers[0] = v);
              return true;
            case "upper":
              in.number(v -> numbers[1] = v);
              return true;
            case "level":
              in.number(v -> numbers[2] = v);
              return true;
            case "method":
              in.text(v -> method[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> ConfidenceInterval.of(numbers[0], numbers[1], numbers[2], method[0]),
        false);
  }

  private static final String[] FINDING = {"ruleId", "severity", "message", "suggestedFix"};

  private Finding finding() throws IOException {
    Finding.Builder finding = Finding.builder();
    return in.element(
        FINDING,
        name -> {
          switch (name) {
            case "ruleId":
              in.text(finding::ruleId);
              return true;
            case "severity":
              in.constant(Severity.class, finding::severity);
              return true;
            case "activationGap":
              in.constant(GapType.class, finding::activationGap);
              return true;
            case "elementId":
              in.text(finding::elementId);
              return true;
            case "path":
              in.text(finding::path);
              return true;
            case "message":
              in.text(finding::message);
              return true;
            case "suggestedFix":
              in.text(finding::suggestedFix);
              return true;
            case "suppressedBecause":
              in.text(finding::suppressedBecause);
              return true;
            default:
              return false;
          }
        },
        finding::build,
        false);
  }

  // ------------------------------------------------------------------ trends

  private static final String[] TRENDS = {"periodLength", "level", "trends"};

  private Trends trends() throws IOException {
    String[] length = {null};
    double[] level = {0};
    List<MetricTrend> trends = new ArrayList<>();
    return in.element(
        TRENDS,
        name -> {
          switch (name) {
            case "periodLength":
              in.text(v -> length[0] = v);
              return true;
            case "level":
              in.number(v -> level[0] = v);
              return true;
            case "trends":
              in.list(this::trend, trends::add);
              return true;
            default:
              return false;
          }
        },
        () -> Trends.of(length[0], level[0], trends),
        false);
  }

  private static final String[] TREND = {"touchpointId", "metric", "figure", "scale", "points"};

  private MetricTrend trend() throws IOException {
    MetricTrend.Builder trend = MetricTrend.builder();
    return in.element(
        TREND,
        name -> {
          switch (name) {
            case "touchpointId":
              in.text(trend::touchpointId);
              return true;
            case "metric":
              in.set(in.parsed(Metric::of, null), trend::metric);
              return true;
            case "figure":
              in.text(trend::figure);
              return true;
            case "scale":
              in.set(model.scale(), trend::scale);
              return true;
            case "points":
              in.list(this::trendPoint, trend::addPoint);
              return true;
            case "change":
              in.set(change(), trend::change);
              return true;
            default:
              return false;
          }
        },
        trend::build,
        false);
  }

  private static final String[] TREND_POINT = {"period", "start", "value", "count"};

  private TrendPoint trendPoint() throws IOException {
    String[] period = {null};
    LocalDate[] start = {null};
    double[] value = {0};
    long[] count = {0};
    return in.element(
        TREND_POINT,
        name -> {
          switch (name) {
            case "period":
              in.text(v -> period[0] = v);
              return true;
            case "start":
              in.set(in.date(), v -> start[0] = v);
              return true;
            case "value":
              in.number(v -> value[0] = v);
              return true;
            case "count":
              count(v -> count[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> TrendPoint.of(period[0], start[0], value[0], count[0]),
        false);
  }

  private static final String[] CHANGE = {"before", "after", "verdict", "explanation"};

  private MeasuredChange change() throws IOException {
    MeasuredChange.Builder change = MeasuredChange.builder();
    return in.element(
        CHANGE,
        name -> {
          switch (name) {
            case "before":
              in.number(change::before);
              return true;
            case "after":
              in.number(change::after);
              return true;
            case "interval":
              in.set(interval(), change::interval);
              return true;
            case "verdict":
              in.constant(ChangeVerdict.class, change::verdict);
              return true;
            case "explanation":
              in.text(change::explanation);
              return true;
            default:
              return false;
          }
        },
        change::build,
        false);
  }

  // ------------------------------------------------------------------ paths

  private static final String[] PATHS = {
    "journeyId", "cases", "events", "adHocEvents", "conformingCases", "variantCount"
  };

  private PathSummary paths() throws IOException {
    PathSummary.Builder paths = PathSummary.builder();
    return in.element(
        PATHS,
        name -> {
          switch (name) {
            case "journeyId":
              in.text(paths::journeyId);
              return true;
            case "cases":
              count(paths::cases);
              return true;
            case "events":
              count(paths::events);
              return true;
            case "adHocEvents":
              count(paths::adHocEvents);
              return true;
            case "firstEvent":
              in.set(instant(), paths::firstEvent);
              return true;
            case "lastEvent":
              in.set(instant(), paths::lastEvent);
              return true;
            case "conformingCases":
              count(paths::conformingCases);
              return true;
            case "meanFitness":
              in.number(paths::meanFitness);
              return true;
            case "funnel":
              in.list(this::funnelStage, paths::addFunnel);
              return true;
            case "casesByDeviationKind":
              in.entries(
                  key -> {
                    DeviationKind kind = in.constantNamed(DeviationKind.class, key);
                    Long cases = in.whole();
                    if (kind != null && cases != null) {
                      paths.putCasesByDeviationKind(kind, cases);
                    }
                    return true;
                  });
              return true;
            case "deviations":
              in.list(this::deviation, paths::addDeviation);
              return true;
            case "variants":
              in.list(this::variant, paths::addVariant);
              return true;
            case "variantCount":
              count(paths::variantCount);
              return true;
            case "touchpoints":
              in.list(this::touchpointUse, paths::addTouchpoint);
              return true;
            default:
              return false;
          }
        },
        paths::build,
        false);
  }

  private static final String[] FUNNEL_STAGE = {"stageId", "reached", "previous", "first"};

  private FunnelStage funnelStage() throws IOException {
    FunnelStage.Builder stage = FunnelStage.builder();
    return in.element(
        FUNNEL_STAGE,
        name -> {
          switch (name) {
            case "stageId":
              in.text(stage::stageId);
              return true;
            case "reached":
              count(stage::reached);
              return true;
            case "previous":
              count(stage::previous);
              return true;
            case "first":
              count(stage::first);
              return true;
            case "droppedTo":
              in.list(this::destination, stage::addDroppedTo);
              return true;
            case "toNextStage":
              in.set(durations(), stage::toNextStage);
              return true;
            case "toEnd":
              in.set(durations(), stage::toEnd);
              return true;
            default:
              return false;
          }
        },
        stage::build,
        false);
  }

  private static final String[] STEP_CASES = {"step", "cases"};

  private Destination destination() throws IOException {
    String[] step = {null};
    long[] cases = {0};
    return in.element(
        STEP_CASES,
        name -> {
          switch (name) {
            case "step":
              in.text(v -> step[0] = v);
              return true;
            case "cases":
              count(v -> cases[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> Destination.of(step[0], cases[0]),
        false);
  }

  private static final String[] DURATIONS = {"count", "mean", "standardDeviation", "median", "p90"};

  private DurationSummary durations() throws IOException {
    long[] count = {0};
    Duration[] durations = new Duration[4];
    return in.element(
        DURATIONS,
        name -> {
          switch (name) {
            case "count":
              count(v -> count[0] = v);
              return true;
            case "mean":
              in.set(duration(), v -> durations[0] = v);
              return true;
            case "standardDeviation":
              in.set(duration(), v -> durations[1] = v);
              return true;
            case "median":
              in.set(duration(), v -> durations[2] = v);
              return true;
            case "p90":
              in.set(duration(), v -> durations[3] = v);
              return true;
            default:
              return false;
          }
        },
        () -> DurationSummary.of(count[0], durations[0], durations[1], durations[2], durations[3]),
        false);
  }

  private static final String[] DEVIATION = {"kind", "subject", "cases", "occurrences"};

  private DeviationCount deviation() throws IOException {
    DeviationKind[] kind = {null};
    String[] subject = {null};
    long[] counts = new long[2];
    return in.element(
        DEVIATION,
        name -> {
          switch (name) {
            case "kind":
              in.constant(DeviationKind.class, v -> kind[0] = v);
              return true;
            case "subject":
              in.text(v -> subject[0] = v);
              return true;
            case "cases":
              count(v -> counts[0] = v);
              return true;
            case "occurrences":
              count(v -> counts[1] = v);
              return true;
            default:
              return false;
          }
        },
        () -> DeviationCount.of(kind[0], subject[0], counts[0], counts[1]),
        false);
  }

  private static final String[] CASES = {"cases"};

  private VariantCount variant() throws IOException {
    List<String> steps = new ArrayList<>();
    long[] cases = {0};
    return in.element(
        CASES,
        name -> {
          switch (name) {
            case "steps":
              in.texts(steps::add);
              return true;
            case "cases":
              count(v -> cases[0] = v);
              return true;
            default:
              return false;
          }
        },
        () -> VariantCount.of(steps, cases[0]),
        false);
  }

  private static final String[] TOUCHPOINT_USE = {
    "touchpointId", "cases", "reached", "repeated", "events", "failed"
  };

  private TouchpointUse touchpointUse() throws IOException {
    String[] id = {null};
    long[] counts = new long[5];
    return in.element(
        TOUCHPOINT_USE,
        name -> {
          switch (name) {
            case "touchpointId":
              in.text(v -> id[0] = v);
              return true;
            case "cases":
              count(v -> counts[0] = v);
              return true;
            case "reached":
              count(v -> counts[1] = v);
              return true;
            case "repeated":
              count(v -> counts[2] = v);
              return true;
            case "events":
              count(v -> counts[3] = v);
              return true;
            case "failed":
              count(v -> counts[4] = v);
              return true;
            default:
              return false;
          }
        },
        () -> TouchpointUse.of(id[0], counts[0], counts[1], counts[2], counts[3], counts[4]),
        false);
  }

  /** A count of cases or events: a whole number, not negative. */
  private void count(LongConsumer setter) throws IOException {
    Long count = in.whole();
    if (count == null) {
      return;
    }
    if (count < 0) {
      in.problem("must not be negative", Long.toString(count));
    } else {
      setter.accept(count);
    }
  }

  private Instant instant() throws IOException {
    return in.parsed(Instant::parse, "must be an ISO-8601 instant such as 2026-10-01T07:12:00Z");
  }

  private Duration duration() throws IOException {
    return in.parsed(
        ReportBinder::duration, "must be an ISO-8601 duration without a sign, such as PT26H");
  }

  /** Parses a duration; a sign anywhere, which ISO-8601 does not have, is refused. */
  private static Duration duration(String text) {
    if (text.indexOf('-') >= 0 || text.indexOf('+') >= 0) {
      throw new DateTimeParseException("signed", text, 0);
    }
    return Duration.parse(text);
  }
}
