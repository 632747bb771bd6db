package io.github.journeykit.spark;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.internal.Columns;
import java.io.Serializable;

/**
 * Which columns of a dataset hold an event's fields. By default the names of the CSV format: {@code
 * case_id}, {@code activity}, {@code time} (a timestamp) and, optional, {@code status} and {@code
 * channel}. Immutable.
 *
 * <pre>{@code
 * EventColumns columns = EventColumns.defaults().caseId("customer").time("happened_at");
 * }</pre>
 */
public final class EventColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String caseId;
  private final String activity;
  private final String time;
  private final String status;
  private final String channel;

  private EventColumns(String caseId, String activity, String time, String status, String channel) {
    this.caseId = caseId;
    this.activity = activity;
    this.time = time;
    this.status = status;
    this.channel = channel;
  }

  /**
   * The columns named as in the CSV format.
   *
   * @return the columns
   */
  public static EventColumns defaults() {
    return new EventColumns("case_id", "activity", "time", "status", "channel");
  }

  /**
   * These columns, the case id read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns caseId(String name) {
    return new EventColumns(
        ObservationColumns.checked("caseId", name), activity, time, status, channel);
  }

  /**
   * These columns, the activity read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns activity(String name) {
    return new EventColumns(
        caseId, ObservationColumns.checked("activity", name), time, status, channel);
  }

  /**
   * These columns, the time read from {@code name}.
   *
   * @param name a column of timestamps
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns time(String name) {
    return new EventColumns(
        caseId, activity, ObservationColumns.checked("time", name), status, channel);
  }

  /**
   * These columns, the status read from {@code name} if the dataset has it.
   *
   * @param name a column of strings, as {@link
   *     io.github.journeykit.analytics.eventlog.EventStatus#fromText} reads them
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns status(String name) {
    return new EventColumns(
        caseId, activity, time, ObservationColumns.checked("status", name), channel);
  }

  /**
   * These columns, the channel read from {@code name} if the dataset has it.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns channel(String name) {
    return new EventColumns(
        caseId, activity, time, status, ObservationColumns.checked("channel", name));
  }

  /** The columns for the schema check, in the order the aggregator reads them. */
  Columns columns() {
    return new Columns("events")
        .add("case_id", caseId, Columns.Kind.TEXT, true)
        .add("activity", activity, Columns.Kind.TEXT, true)
        .add("time", time, Columns.Kind.TIME, true)
        .add("status", status, Columns.Kind.TEXT, false)
        .add("channel", channel, Columns.Kind.TEXT, false);
  }

  /**
   * The columns in words, such as {@code EventColumns[case_id string, ...]}.
   *
   * @return the columns in words
   */
  @Override
  public String toString() {
    return "EventColumns" + columns().expected();
  }
}
