package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * An observation's fields as a row of a dataset holds them, before any rule is applied: what a
 * buffer keeps of a rejected row, so that the driver can tell its reasons with the module's rules
 * rather than carry them across the network. Not public API.
 */
final class RawObservation implements Serializable {
  private static final long serialVersionUID = 1L;

  final String touchpointId;
  final String metric;
  final Double value;
  final Instant time;
  final String source;
  final String respondent;

  private RawObservation(
      String touchpointId,
      String metric,
      Double value,
      Instant time,
      String source,
      String respondent) {
    this.touchpointId = touchpointId;
    this.metric = metric;
    this.value = value;
    this.time = time;
    this.source = source;
    this.respondent = respondent;
  }

  /** The fields of a row in the aggregator's order of columns. */
  static RawObservation of(Row row) {
    return new RawObservation(
        RowValues.text(row, 0),
        RowValues.text(row, 1),
        RowValues.number(row, 2),
        RowValues.time(row, 3),
        RowValues.text(row, 4),
        RowValues.text(row, 5));
  }

  /** The fields of an observation that was read from a row. */
  static RawObservation of(Observation observation) {
    return new RawObservation(
        observation.touchpointId(),
        observation.metric().name(),
        observation.value(),
        observation.time().orElse(null),
        observation.source().map(DataSource::id).orElse(null),
        observation.respondent().orElse(null));
  }

  /**
   * The observation the row holds, or the rejection of a row that holds none: a required field
   * null, a metric that is no key, a source the journeys do not declare. Every such problem is
   * given, at the dataset's column names; the other rules are the ingestion's, on the observation.
   *
   * @param names the dataset's column names, in the aggregator's order
   * @param sources the data sources of the journeys, by id
   * @param sourceName the name rejections give the dataset
   */
  Reading read(
      List<String> names, Function<String, Optional<DataSource>> sources, String sourceName) {
    List<Violation> problems = new ArrayList<>(0);
    if (touchpointId == null) {
      problems.add(Violation.of(names.get(0), "must be given"));
    }
    Metric named = null;
    if (metric == null) {
      problems.add(Violation.of(names.get(1), "must be given"));
    } else {
      try {
        named = Metric.of(metric);
      } catch (ValidationException e) {
        for (Violation violation : e.violations()) {
          problems.add(Violation.of(names.get(1), violation.rule(), metric));
        }
      }
    }
    if (value == null) {
      problems.add(Violation.of(names.get(2), "must be given"));
    }
    DataSource declared = null;
    if (source != null) {
      declared = sources.apply(source).orElse(null);
      if (declared == null) {
        problems.add(
            Violation.of(
                names.get(4),
                "must name a data source of the journey (of a touchpoint or a measurement)",
                source));
      }
    }
    if (!problems.isEmpty()) {
      return new Reading(null, Rejection.ofRecord(sourceName, text(names), problems));
    }
    Observation.Builder observation =
        Observation.builder().touchpointId(touchpointId).metric(named).value(value);
    if (time != null) {
      observation.time(time);
    }
    if (declared != null) {
      observation.source(declared);
    }
    if (respondent != null) {
      observation.respondent(respondent);
    }
    return new Reading(observation.build(), null);
  }

  private String text(List<String> names) {
    StringBuilder text = new StringBuilder("[");
    RowValues.field(text, names.get(0), touchpointId);
    RowValues.field(text, names.get(1), metric);
    RowValues.field(text, names.get(2), value);
    RowValues.field(text, names.get(3), time);
    RowValues.field(text, names.get(4), source);
    if (respondent != null) {
      RowValues.field(text, names.get(5), respondent);
    }
    return text.append(']').toString();
  }

  /** An observation read from a row, or the rejection of the row. */
  static final class Reading {
    final Observation observation;
    final Rejection<Observation> rejection;

    Reading(Observation observation, Rejection<Observation> rejection) {
      this.observation = observation;
      this.rejection = rejection;
    }
  }
}
