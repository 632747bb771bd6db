package io.github.journeykit.spark;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.internal.Columns;
import java.io.Serializable;

/**
 * Which columns of a dataset hold an event's fields. By default the names of the CSV event format:
 * {@code case_id}, {@code activity}, {@code time} (a timestamp) and, optional, {@code status}
 * (text, read as the CSV reader reads it). As in the CSV format, other columns (a channel,
 * attributes) are left alone: the analysis does not read them. Immutable.
 *
 * <pre>{@code
 * EventColumns columns = EventColumns.defaults()
 *     .caseId("customer").activity("event_name").time("occurred_at").status("outcome");
 * }</pre>
 */
public final class EventColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The column of the case id. */
  private final String caseId;

  /** The column of the activity. */
  private final String activity;

  /** The column of the time. */
  private final String time;

  /** The column of the status. */
  private final String status;

  private EventColumns(String caseId, String activity, String time, String status) {
    this.caseId = caseId;
    this.activity = activity;
    this.time = time;
    this.status = status;
  }

  /**
   * The columns named as in the CSV event format.
   *
   * @return the columns
   */
  public static EventColumns defaults() {
    return new EventColumns("case_id", "activity", "time", "status");
  }

  /**
   * These columns, the case id read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns caseId(String name) {
    return new EventColumns(Columns.checkedName("caseId", name), activity, time, status);
  }

  /**
   * These columns, the activity read from {@code name}.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns activity(String name) {
    return new EventColumns(caseId, Columns.checkedName("activity", name), time, status);
  }

  /**
   * These columns, the time read from {@code name}.
   *
   * @param name a column of timestamps
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns time(String name) {
    return new EventColumns(caseId, activity, Columns.checkedName("time", name), status);
  }

  /**
   * These columns, the status read from {@code name} if the dataset has it: {@code completed},
   * {@code complete}, empty or null for a step that succeeded, {@code failed}, {@code failure} or
   * {@code error} for one that failed, in any case.
   *
   * @param name a column of strings
   * @return the columns
   * @throws ValidationException if the name is blank
   */
  public EventColumns status(String name) {
    return new EventColumns(caseId, activity, time, Columns.checkedName("status", name));
  }

  /** The columns for the schema check, in the order the aggregators read them. */
  Columns columns() {
    return new Columns("events")
        .add("case_id", caseId, Columns.Kind.TEXT, true)
        .add("activity", activity, Columns.Kind.TEXT, true)
        .add("time", time, Columns.Kind.TIME, true)
        .add("status", status, Columns.Kind.TEXT, false);
  }

  /**
   * The columns in words, such as {@code EventColumns[case_id string, activity string, ...]}.
   *
   * @return the columns in words
   */
  @Override
  public String toString() {
    return "EventColumns" + columns().expected();
  }
}
