package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.Recipe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;

/**
 * Observations, as rows in the order of {@link io.github.journeykit.spark.ObservationColumns}, to
 * the buffer whose {@link #result} is the ingestion's result. Each task makes the ingestion from
 * its recipe once. Not public API.
 */
public final class ObservationAggregator extends SerializedAggregator<Row, ObservationBuffer> {
  private static final long serialVersionUID = 1L;

  private final Recipe<Ingestion> recipe;
  // ArrayList, not List: the field's type must say that it is serialisable.
  private final ArrayList<String> names;
  private final String sourceName;
  private transient Ingestion ingestion;
  private transient Collector<Observation, Object, IngestionResult> collector;
  private transient Map<String, Optional<DataSource>> sources;

  /**
   * An aggregator of rows whose columns the dataset calls {@code names}, making its ingestion with
   * {@code recipe}, which must be serialisable; rejections name the dataset {@code sourceName}.
   */
  public ObservationAggregator(Recipe<Ingestion> recipe, List<String> names, String sourceName) {
    super(ObservationBuffer.class);
    this.recipe = recipe;
    this.names = new ArrayList<>(names);
    this.sourceName = sourceName;
  }

  @SuppressWarnings("unchecked")
  private Ingestion ingestion() {
    if (ingestion == null) {
      ingestion = recipe.get();
      // The container's type is the ingestion's own; the buffer holds it as an Object.
      collector = (Collector<Observation, Object, IngestionResult>) ingestion.collector();
      sources = new HashMap<>();
    }
    return ingestion;
  }

  private RawObservation.Reading read(RawObservation row) {
    Ingestion made = ingestion();
    return row.read(names, id -> sources.computeIfAbsent(id, made::dataSource), sourceName);
  }

  @Override
  public ObservationBuffer zero() {
    return new ObservationBuffer(ingestion().keptRejections());
  }

  @Override
  public ObservationBuffer reduce(ObservationBuffer buffer, Row row) {
    RawObservation raw = RawObservation.of(row);
    RawObservation.Reading reading = read(raw);
    if (reading.observation == null) {
      if (ingestion().isStrict()) {
        throw new ValidationException(reading.rejection.toString(), reading.rejection.reasons());
      }
      buffer.reject(raw);
    } else {
      buffer.add(collector, reading.observation);
    }
    return buffer;
  }

  @Override
  public ObservationBuffer merge(ObservationBuffer earlier, ObservationBuffer later) {
    earlier.settle();
    later.settle();
    earlier.merge(later);
    return earlier;
  }

  @Override
  public ObservationBuffer finish(ObservationBuffer buffer) {
    buffer.settle();
    return buffer;
  }

  /**
   * The ingestion's result of a settled buffer: the kept rows read again on this machine with the
   * same rules, so that their rejections carry the reasons the ingestion gives.
   */
  public IngestionResult result(ObservationBuffer buffer) {
    Ingestion made = ingestion();
    buffer.settle();
    List<Rejection<Observation>> rejections = new ArrayList<>();
    Ingestion one = made.lenient(1);
    for (RawObservation row : buffer.kept()) {
      RawObservation.Reading reading = read(row);
      rejections.add(
          reading.rejection != null
              ? reading.rejection
              : Stream.of(reading.observation).collect(one.collector()).rejections().get(0));
    }
    return IngestionResult.of(
        buffer.statistics(), buffer.accepted(), buffer.rejected(), rejections);
  }
}
