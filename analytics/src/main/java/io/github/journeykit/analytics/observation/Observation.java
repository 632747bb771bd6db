package io.github.journeykit.analytics.observation;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Metric;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reading from live data: a value of a metric at a touchpoint, when it was taken, where it came
 * from and, optionally, who gave it. An observation is raw input: building one checks nothing but
 * nulls. {@link Ingestion} checks it against a journey and reports what it rejects and why (an
 * unknown touchpoint, a value off the metric's scale or not a number, a missing time or source).
 *
 * <pre>{@code
 * Observation answer = Observation.of("sms-confirm", Metric.NPS, 9,
 *     Instant.parse("2026-10-31T09:15:00Z"), DataSource.of("q3-pulse", DataSourceKind.SURVEY));
 * Observation anonymous = Observation.builder().touchpointId("call").metric(Metric.CSAT)
 *     .value(4).time(Instant.parse("2026-10-02T12:00:00Z")).source(pulse)
 *     .respondent("r-1042").putAttribute("region", "north").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Observation {
  Observation() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableObservation.builder();
  }

  /**
   * An observation without respondent.
   *
   * @param touchpointId the id of the touchpoint it was taken at
   * @param metric what was observed
   * @param value the value, on the metric's scale at that touchpoint
   * @param time when it was taken
   * @param source where it came from
   * @return the observation
   */
  public static Observation of(
      String touchpointId, Metric metric, double value, Instant time, DataSource source) {
    return builder()
        .touchpointId(touchpointId)
        .metric(metric)
        .value(value)
        .time(time)
        .source(source)
        .build();
  }

  /**
   * The id of the touchpoint the observation was taken at.
   *
   * @return the touchpoint id, as given
   */
  public abstract String touchpointId();

  /**
   * What was observed.
   *
   * @return the metric
   */
  public abstract Metric metric();

  /**
   * The value, as given: ingestion rejects values that are not numbers or lie off the scale.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * When the observation was taken; ingestion rejects observations without.
   *
   * @return the time, if given
   */
  public abstract Optional<Instant> time();

  /**
   * Where the observation came from; ingestion rejects observations without.
   *
   * @return the source, if given
   */
  public abstract Optional<DataSource> source();

  /**
   * Who gave the answer, for survey data.
   *
   * @return the respondent's id, if known
   */
  public abstract Optional<String> respondent();

  /**
   * Further attributes of the answer or its respondent, kept for segmenting ({@link
   * Ingestion#bySegment}): persona, channel, region, ...
   *
   * @return the attributes by name
   */
  public abstract Map<String, String> attributes();

  /**
   * A short form such as {@code Observation[sms-confirm nps=9 at 2026-10-31T09:15:00Z from
   * q3-pulse]}.
   *
   * @return the observation in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Observation[")
            .append(touchpointId())
            .append(' ')
            .append(metric())
            .append('=')
            .append(Numbers.show(value()));
    time().ifPresent(t -> text.append(" at ").append(t));
    source().ifPresent(s -> text.append(" from ").append(s.id()));
    respondent().ifPresent(r -> text.append(" by ").append(r));
    attributes().forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
    return text.append(']').toString();
  }

  /** Builds an {@link Observation}; touchpointId, metric and value are required. */
  public interface Builder {
    /**
     * Copies every field of {@code observation} into this builder.
     *
     * @param observation the observation to start from
     * @return this builder
     */
    Builder from(Observation observation);

    /**
     * Sets the touchpoint.
     *
     * @param touchpointId the id of the touchpoint
     * @return this builder
     */
    Builder touchpointId(String touchpointId);

    /**
     * Sets the metric.
     *
     * @param metric what was observed
     * @return this builder
     */
    Builder metric(Metric metric);

    /**
     * Sets the value.
     *
     * @param value the value
     * @return this builder
     */
    Builder value(double value);

    /**
     * Sets the time.
     *
     * @param time when it was taken
     * @return this builder
     */
    Builder time(Instant time);

    /**
     * Sets the source.
     *
     * @param source where it came from
     * @return this builder
     */
    Builder source(DataSource source);

    /**
     * Sets the respondent.
     *
     * @param respondent who gave the answer
     * @return this builder
     */
    Builder respondent(String respondent);

    /**
     * Adds an attribute.
     *
     * @param name the attribute's name, such as {@code region}
     * @param value its value
     * @return this builder
     */
    Builder putAttribute(String name, String value);

    /**
     * Adds attributes.
     *
     * @param attributes the attributes by name
     * @return this builder
     */
    Builder putAllAttributes(Map<String, ? extends String> attributes);

    /**
     * Builds the observation.
     *
     * @return the observation
     * @throws io.github.journeykit.core.model.ValidationException if touchpointId, metric or value
     *     was not set
     */
    Observation build();
  }
}
