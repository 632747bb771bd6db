package io.github.journeykit.spark;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.internal.Columns;
import java.io.Serializable;

/**
 * Which columns of a dataset hold an observation's fields. By default the names of the CSV format:
 * {@code touchpoint_id}, {@code metric}, {@code value} (any numeric type), {@code observed_at} (a
 * timestamp), {@code source} and, optional, {@code respondent_id}. Immutable.
 *
 * <pre>{@code
 * ObservationColumns columns = ObservationColumns.defaults()
 *     .touchpointId("step").observedAt("answered_at").source("survey");
 * }</pre>
 */
public final class ObservationColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The column of the touchpoint id. */
  private final String touchpointId;

  /** The column of the metric. */
  private final String metric;

  /** The column of the value. */
  private final String value;

  /** The column of the time. */
  private final String observedAt;

  /** The column of the source. */
  private final String source;

  /** The column of the respondent. */
  private final String respondentId;

  private ObservationColumns(
      String touchpointId,
      String metric,
      String value,
      String observedAt,
      String source,
      String respondentId) {
    this.touchpointId = touchpointId;
    this.metric = metric;
    this.value = value;
    this.observedAt = observedAt;
    this.source = source;
    this.respondentId = respondentId;
  }

  /**
   * The columns named as in the CSV format.
   *
   * @return the columns
   */
  public static ObservationColumns defaults() {
    return new ObservationColumns(
        "touchpoint_id", "metric", "value", "observed_at", "source", "respondent_id");
  }

  /**
   * These columns, the touchpoint's id read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns touchpointId(String name) {
    return new ObservationColumns(
        Columns.checkedName("touchpointId", name), metric, value, observedAt, source, respondentId);
  }

  /**
   * These columns, the metric's name read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns metric(String name) {
    return new ObservationColumns(
        touchpointId, Columns.checkedName("metric", name), value, observedAt, source, respondentId);
  }

  /**
   * These columns, the value read from {@code name}.
   *
   * @param name a column of any numeric type
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns value(String name) {
    return new ObservationColumns(
        touchpointId, metric, Columns.checkedName("value", name), observedAt, source, respondentId);
  }

  /**
   * These columns, the time read from {@code name}.
   *
   * @param name a column of timestamps
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns observedAt(String name) {
    return new ObservationColumns(
        touchpointId, metric, value, Columns.checkedName("observedAt", name), source, respondentId);
  }

  /**
   * These columns, the data source's id read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns source(String name) {
    return new ObservationColumns(
        touchpointId, metric, value, observedAt, Columns.checkedName("source", name), respondentId);
  }

  /**
   * These columns, the respondent read from {@code name} if the dataset has it.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public ObservationColumns respondentId(String name) {
    return new ObservationColumns(
        touchpointId, metric, value, observedAt, source, Columns.checkedName("respondentId", name));
  }

  /** The columns for the schema check, in the order the aggregator reads them. */
  Columns columns() {
    return new Columns("observations")
        .add("touchpoint_id", touchpointId, Columns.Kind.TEXT, true)
        .add("metric", metric, Columns.Kind.TEXT, true)
        .add("value", value, Columns.Kind.NUMBER, true)
        .add("observed_at", observedAt, Columns.Kind.TIME, true)
        .add("source", source, Columns.Kind.TEXT, true)
        .add("respondent_id", respondentId, Columns.Kind.TEXT, false);
  }

  /**
   * The columns in words, such as {@code ObservationColumns[touchpoint_id string, ...]}.
   *
   * @return the columns in words
   */
  @Override
  public String toString() {
    return "ObservationColumns" + columns().expected();
  }
}
