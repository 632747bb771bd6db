package io.github.journeykit.export.internal.json;

import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.MapReport;
import java.io.IOException;

/**
 * Binds the members of a document that report on the journey: the score sheet with its scores, and
 * the audit's findings, read through the cursor. Not public API.
 */
final class ReportBinder {
  private final JsonCursor in;

  /** The journey's binder, for the scales of scores. */
  private final JourneyBinder model;

  private final MapReport.Builder report = MapReport.builder();

  ReportBinder(JsonCursor in, JourneyBinder model) {
    this.in = in;
    this.model = model;
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
      default:
        return false;
    }
  }

  /** The report of {@code journey} with the members read. */
  MapReport build(Journey journey) {
    return report.journey(journey).build();
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
}
