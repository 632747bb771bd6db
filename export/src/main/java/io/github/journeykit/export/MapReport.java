package io.github.journeykit.export;

import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an exporter renders: a journey, and optionally the score sheet that ranks its touchpoints
 * and actions and the findings of an audit. It is also what the JSON reader gives back, so that a
 * report survives a round trip through the JSON format.
 *
 * <p>New optional parts may be added in later versions; exporters that do not know them ignore
 * them.
 *
 * <pre>{@code
 * MapReport report = MapReport.builder()
 *     .journey(journey)
 *     .scoreSheet(riceSheet)
 *     .addAllFindings(findings)
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
   * A short form such as {@code MapReport[broadband-fault, scores RICE, 3 findings]}.
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
        + " findings]";
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
     * Builds the report.
     *
     * @return the report
     * @throws io.github.journeykit.core.model.ValidationException if the journey was not set
     */
    MapReport build();
  }
}
