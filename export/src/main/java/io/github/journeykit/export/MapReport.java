package io.github.journeykit.export;

import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.Trends;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an exporter renders: a journey, and optionally the score sheet that ranks its touchpoints
 * and actions, the findings of an audit, and the summary of what customers did on the journey (from
 * an event log). It is also what the JSON reader gives back, so that a report survives a round trip
 * through the JSON format.
 *
 * <p>New optional parts may be added in later versions; exporters that do not know them ignore
 * them.
 *
 * <pre>{@code
 * MapReport report = MapReport.builder()
 *     .journey(journey)
 *     .scoreSheet(riceSheet)
 *     .addAllFindings(findings)
 *     .paths(pathStatistics.summary())
 *     .trends(Changes.trends(journey, breakdown, 0.95))
 *     .build();
 * Exporters.html().write(report, writer);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class MapReport {
  MapReport() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMapReport.builder();
  }

  /**
   * A report of the journey alone, without scores or findings.
   *
   * @param journey the journey
   * @return the report
   */
  public static MapReport of(Journey journey) {
    return builder().journey(journey).build();
  }

  /**
   * The journey.
   *
   * @return the journey
   */
  public abstract Journey journey();

  /**
   * Scores by element id, used to rank actions and to show a score per touchpoint.
   *
   * @return the score sheet, if any
   */
  public abstract Optional<ScoreSheet> scoreSheet();

  /**
   * The findings of an audit of the journey, in the order given.
   *
   * @return the findings, empty if none were given
   */
  public abstract List<Finding> findings();

  /**
   * What customers did on the journey, summed up from an event log: the funnel over its stages,
   * their conformance to the designed journey with the most frequent deviations and paths, and each
   * touchpoint's reach and repeat rate. The HTML and Markdown reports show it in a section of its
   * own, the SVG map shows each touchpoint's reach, and the CSV file adds reach, repeat rate and a
   * funnel table.
   *
   * @return the summary, if any; it is of this report's journey
   */
  public abstract Optional<PathSummary> paths();

  /**
   * How the journey's measured touchpoints moved over periods, each with the change between the
   * last two and its verdict. The HTML report draws a small chart per trend, the HTML and Markdown
   * reports list the changes in a section of their own, the CSV file adds a table of them, and the
   * JSON document carries every point.
   *
   * @return the trends, if any; of touchpoints of this report's journey
   */
  public abstract Optional<Trends> trends();

  @Value.Check
  final void check() {
    Problems problems = Problems.of("MapReport", journey().id());
    if (paths().isPresent()) {
      problems.check(
          paths().get().journeyId().equals(journey().id()),
          "paths.journeyId",
          "must be the id of the report's journey (\"" + journey().id() + "\")",
          paths().get().journeyId());
    }
    if (trends().isPresent()) {
      List<MetricTrend> trends = trends().get().trends();
      for (int i = 0; i < trends.size(); i++) {
        String id = trends.get(i).touchpointId();
        problems.check(
            journey().touchpoint(id).isPresent(),
            "trends.trends[" + i + "].touchpointId",
            "must name a touchpoint of the report's journey",
            id);
      }
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code MapReport[broadband-fault, scores RICE, 3 findings, paths of 1000
   * cases]}.
   *
   * @return the report in words
   */
  @Override
  public String toString() {
    return "MapReport["
        + journey().id()
        + scoreSheet().map(s -> ", scores " + s.label()).orElse("")
        + ", "
        + findings().size()
        + " findings"
        + paths().map(p -> ", paths of " + p.cases() + " cases").orElse("")
        + trends().map(t -> ", " + t.trends().size() + " trends by " + t.periodLength()).orElse("")
        + "]";
  }

  /** Builds a {@link MapReport}; the journey is required. */
  public interface Builder {
    /**
     * Sets the journey.
     *
     * @param journey the journey
     * @return this builder
     */
    Builder journey(Journey journey);

    /**
     * Sets the score sheet.
     *
     * @param scoreSheet scores by element id
     * @return this builder
     */
    Builder scoreSheet(ScoreSheet scoreSheet);

    /**
     * Sets the score sheet, if any.
     *
     * @param scoreSheet scores by element id, or empty
     * @return this builder
     */
    Builder scoreSheet(Optional<? extends ScoreSheet> scoreSheet);

    /**
     * Adds an audit finding.
     *
     * @param finding the finding
     * @return this builder
     */
    Builder addFinding(Finding finding);

    /**
     * Adds audit findings.
     *
     * @param findings the findings
     * @return this builder
     */
    Builder addAllFindings(Iterable<? extends Finding> findings);

    /**
     * Sets the summary of what customers did on the journey.
     *
     * @param paths the summary, of the report's journey
     * @return this builder
     */
    Builder paths(PathSummary paths);

    /**
     * Sets the summary of what customers did on the journey, if any.
     *
     * @param paths the summary, of the report's journey, or empty
     * @return this builder
     */
    Builder paths(Optional<? extends PathSummary> paths);

    /**
     * Sets how the measured touchpoints moved over periods.
     *
     * @param trends the trends, of touchpoints of the report's journey
     * @return this builder
     */
    Builder trends(Trends trends);

    /**
     * Sets how the measured touchpoints moved over periods, if known.
     *
     * @param trends the trends, or empty
     * @return this builder
     */
    Builder trends(Optional<? extends Trends> trends);

    /**
     * Builds the report.
     *
     * @return the report
     * @throws io.github.journeykit.core.model.ValidationException if the journey was not set, or if
     *     the path summary is of another journey
     */
    MapReport build();
  }
}
