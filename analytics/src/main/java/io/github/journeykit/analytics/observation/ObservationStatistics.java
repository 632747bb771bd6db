package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The {@link MetricStatistics} of observations, per touchpoint id and metric: what {@link
 * Ingestion} produces. Statistics of parts merge into the statistics of the whole ({@link #merge}),
 * and {@link #applyTo} writes them onto a journey as measurements.
 *
 * <pre>{@code
 * ObservationStatistics statistics = Ingestion.against(journey).run(observations).statistics();
 * statistics.get("sms-confirm", Metric.NPS);      // Optional[n=410 mean=6.8 ...]
 * Journey updated = statistics.applyTo(journey, ZoneId.of("Europe/London"));
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ObservationStatistics {
  private static final Comparator<Metric> BY_NAME = Comparator.comparing(Metric::name);
  private static final ObservationStatistics EMPTY = of(Map.of());

  ObservationStatistics() {}

  /**
   * No statistics.
   *
   * @return the empty statistics
   */
  public static ObservationStatistics empty() {
    return EMPTY;
  }

  /**
   * Statistics by touchpoint id and metric, ordered by touchpoint id and metric name.
   *
   * @param byTouchpoint the statistics of each metric, by touchpoint id
   * @return the statistics
   * @throws io.github.journeykit.core.model.ValidationException if a touchpoint id is not an id
   */
  public static ObservationStatistics of(
      Map<String, ? extends Map<Metric, MetricStatistics>> byTouchpoint) {
    requireNonNull(byTouchpoint, "byTouchpoint");
    ImmutableMap.Builder<String, Map<Metric, MetricStatistics>> sorted = ImmutableMap.builder();
    new TreeMap<>(byTouchpoint)
        .forEach(
            (id, metrics) -> {
              TreeMap<Metric, MetricStatistics> byName = new TreeMap<>(BY_NAME);
              byName.putAll(metrics);
              sorted.put(id, ImmutableMap.copyOf(byName));
            });
    return ImmutableObservationStatistics.builder().byTouchpoint(sorted.build()).build();
  }

  /**
   * The statistics of each metric, by touchpoint id.
   *
   * @return the statistics, ordered by touchpoint id and metric name
   */
  public abstract Map<String, Map<Metric, MetricStatistics>> byTouchpoint();

  /**
   * The statistics of one metric at one touchpoint.
   *
   * @param touchpointId the touchpoint's id
   * @param metric the metric
   * @return the statistics, if any value of the metric was observed there
   */
  public Optional<MetricStatistics> get(String touchpointId, Metric metric) {
    requireNonNull(touchpointId, "touchpointId");
    requireNonNull(metric, "metric");
    Map<Metric, MetricStatistics> metrics = byTouchpoint().get(touchpointId);
    return metrics == null ? Optional.empty() : Optional.ofNullable(metrics.get(metric));
  }

  /**
   * The ids of the touchpoints with statistics.
   *
   * @return the ids, in order
   */
  public Set<String> touchpointIds() {
    return byTouchpoint().keySet();
  }

  /**
   * How many observations the statistics rest on.
   *
   * @return the sum of the counts
   */
  public long observationCount() {
    long count = 0;
    for (Map<Metric, MetricStatistics> metrics : byTouchpoint().values()) {
      for (MetricStatistics statistics : metrics.values()) {
        count += statistics.count();
      }
    }
    return count;
  }

  /**
   * These statistics merged with {@code other}: per touchpoint and metric, {@link
   * MetricStatistics#merge}.
   *
   * @param other statistics of other observations
   * @return the merged statistics
   */
  public ObservationStatistics merge(ObservationStatistics other) {
    requireNonNull(other, "other");
    Map<String, Map<Metric, MetricStatistics>> merged = new TreeMap<>();
    for (ObservationStatistics part : List.of(this, other)) {
      part.byTouchpoint()
          .forEach(
              (id, metrics) -> {
                Map<Metric, MetricStatistics> into =
                    merged.computeIfAbsent(id, k -> new TreeMap<>(BY_NAME));
                metrics.forEach((metric, s) -> into.merge(metric, s, MetricStatistics::merge));
              });
    }
    return of(merged);
  }

  /**
   * These statistics as bytes, every field exactly, for an engine that moves partial statistics
   * between machines (the Spark aggregators do). The bytes are for {@link #fromBytes} of the same
   * JourneyKit version, not for keeping.
   *
   * <pre>{@code
   * byte[] bytes = statistics.toBytes();
   * ObservationStatistics.fromBytes(bytes).equals(statistics);   // true
   * }</pre>
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return StatisticsBytes.write(this);
  }

  /**
   * Statistics from the bytes {@link #toBytes()} gave.
   *
   * @param bytes the bytes
   * @return statistics equal to those written
   * @throws io.github.journeykit.core.model.ValidationException if the bytes are not the byte form
   *     of observation statistics of this version, or are cut short
   */
  public static ObservationStatistics fromBytes(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    return StatisticsBytes.read(bytes);
  }

  /**
   * A new journey whose touchpoints carry one new measurement per observed metric, added after
   * their existing measurements (which stay as history; {@link Touchpoint#latest} picks the new
   * one). Each new measurement has:
   *
   * <ul>
   *   <li>value: the mean of the observations. For NPS this is the mean answer on the 0-10 answer
   *       scale, not the Net Promoter Score, which needs the answer buckets: score NPS from these
   *       statistics with a scoring context ({@code ScoringContext} of {@code journeykit-scoring});
   *   <li>scale: the scale of the touchpoint's latest measurement of the metric, else the metric's
   *       usual scale, as in ingestion;
   *   <li>sample size: the count; collected: the date of the last observation in {@code zone};
   *   <li>source: the one source of the observations; when they came from several, the measurement
   *       has none and the sources are added to the touchpoint's data sources.
   * </ul>
   *
   * <p>A measurement carries one value, the mean: the spread and the quantiles ({@link
   * MetricStatistics#median()}, {@link MetricStatistics#p90()}) stay with these statistics.
   *
   * @param journey the journey whose touchpoints were observed
   * @param zone the time zone in which observation times become dates
   * @return the updated journey
   * @throws io.github.journeykit.core.model.ValidationException listing every touchpoint id the
   *     journey lacks, every metric without a scale and every mean off its scale
   */
  public Journey applyTo(Journey journey, ZoneId zone) {
    requireNonNull(journey, "journey");
    requireNonNull(zone, "zone");
    Problems problems = Problems.of("ObservationStatistics");
    Map<String, Touchpoint> updated = new TreeMap<>();
    byTouchpoint()
        .forEach(
            (id, metrics) -> {
              Optional<Touchpoint> touchpoint = journey.touchpoint(id);
              if (touchpoint.isEmpty()) {
                problems.add(
                    "byTouchpoint." + id,
                    "must name a touchpoint of journey \"" + journey.id() + "\"",
                    id);
              } else {
                updated.put(id, updated(touchpoint.get(), metrics, zone, problems));
              }
            });
    problems.throwIfAny();
    return journey.withTouchpointsUpdated(t -> updated.getOrDefault(t.id(), t));
  }

  private static Touchpoint updated(
      Touchpoint touchpoint,
      Map<Metric, MetricStatistics> metrics,
      ZoneId zone,
      Problems problems) {
    Touchpoint.Builder builder = Touchpoint.builder().from(touchpoint);
    List<DataSource> added = new ArrayList<>();
    metrics.forEach(
        (metric, statistics) -> {
          if (statistics.count() == 0) {
            return;
          }
          String path = "byTouchpoint." + touchpoint.id() + "." + metric.name();
          Optional<Scale> scale = touchpoint.scaleOf(metric);
          double mean = statistics.mean().getAsDouble();
          if (scale.isEmpty()) {
            problems.add(path, IngestionAccumulator.NO_SCALE_RULE, metric);
          } else if (!scale.get().contains(mean)) {
            problems.add(path + ".mean", "must lie on the scale " + scale.get().range(), mean);
          } else {
            Measurement.Builder measurement =
                Measurement.builder()
                    .metric(metric)
                    .value(mean)
                    .scale(scale.get())
                    .sampleSize(statistics.count());
            statistics
                .lastObserved()
                .ifPresent(last -> measurement.collected(LocalDate.ofInstant(last, zone)));
            if (statistics.sources().size() == 1) {
              measurement.source(statistics.sources().get(0));
            } else {
              for (DataSource source : statistics.sources()) {
                if (!touchpoint.dataSources().contains(source) && !added.contains(source)) {
                  added.add(source);
                }
              }
            }
            builder.addMeasurement(measurement.build());
          }
        });
    return builder.addAllDataSources(added).build();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("ObservationStatistics");
    for (String id : byTouchpoint().keySet()) {
      problems.id("byTouchpoint." + id, id);
    }
    problems.throwIfAny();
  }

  /**
   * The statistics of the touchpoints of {@code journey}, those of other touchpoints left out: the
   * share of one journey in statistics read {@linkplain Ingestion#against(Collection) against
   * several}, ready for {@link #applyTo}.
   *
   * <pre>{@code
   * ObservationStatistics all = Ingestion.against(journeys).readCsv(file).statistics();
   * Journey updated = all.within(journey).applyTo(journey, ZoneOffset.UTC);
   * }</pre>
   *
   * @param journey the journey
   * @return the statistics of its touchpoints
   */
  public ObservationStatistics within(Journey journey) {
    requireNonNull(journey, "journey");
    Map<String, Map<Metric, MetricStatistics>> kept = new TreeMap<>();
    byTouchpoint()
        .forEach(
            (id, metrics) -> {
              if (journey.touchpoint(id).isPresent()) {
                kept.put(id, metrics);
              }
            });
    return kept.size() == byTouchpoint().size() ? this : of(kept);
  }

  /**
   * A short form such as {@code ObservationStatistics[3 touchpoints, 1200 observations]}.
   *
   * @return the statistics in words
   */
  @Override
  public String toString() {
    return "ObservationStatistics["
        + byTouchpoint().size()
        + " touchpoints, "
        + observationCount()
        + " observations]";
  }
}
