package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.EventStatus;
import io.github.journeykit.core.model.Violation;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * An event's fields as a row of a dataset holds them, before any rule is applied: what travels from
 * the rows to the analysis of their case, and what a buffer keeps of a rejected row, so that the
 * driver can tell its reasons with the module's rules rather than carry them across the network.
 * Not public API.
 */
final class RawEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The order of a case's events: by time, events at the same time by activity, then completed
   * before failed, then by the status as written. Spark gives a dataset's rows in no order, so this
   * order, which depends on the events alone, stands for the input order that the analysis in
   * process keeps for events at the same time.
   */
  static final Comparator<RawEvent> ORDER =
      Comparator.comparing((RawEvent e) -> e.time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(e -> e.activity, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(RawEvent::statusRank)
          .thenComparing(e -> e.status, Comparator.nullsFirst(Comparator.naturalOrder()));

  final String caseId;
  final String activity;
  final Instant time;
  final String status;

  RawEvent(String caseId, String activity, Instant time, String status) {
    this.caseId = caseId;
    this.activity = activity;
    this.time = time;
    this.status = status;
  }

  /** The fields of a row in the order of the event columns. */
  static RawEvent of(Row row) {
    return new RawEvent(
        RowValues.text(row, 0),
        RowValues.text(row, 1),
        RowValues.time(row, 2),
        RowValues.text(row, 3));
  }

  /** The fields of an event that was read from a row. */
  static RawEvent of(Event event) {
    return new RawEvent(
        event.caseId(),
        event.activity(),
        event.time().orElse(null),
        event.status() == EventStatus.FAILED ? "failed" : null);
  }

  /** The status's place in {@link #ORDER}: completed (or none), failed, then unreadable. */
  private int statusRank() {
    return status == null ? 0 : parsedStatus().map(Enum::ordinal).orElse(2);
  }

  private Optional<EventStatus> parsedStatus() {
    return status == null ? Optional.of(EventStatus.COMPLETED) : EventStatus.fromText(status);
  }

  /**
   * The event the row holds, or the rejection of a row that holds none: a case id, activity or time
   * null, or a status that is none of the words of {@link EventStatus#fromText}. Every such problem
   * is given, at the dataset's column names; the other rules are the analysis's, on the event.
   *
   * @param names the dataset's column names, in the order of the event columns
   * @param sourceName the name rejections give the dataset
   */
  Reading read(List<String> names, String sourceName) {
    List<Violation> problems = new ArrayList<>(0);
    if (caseId == null) {
      problems.add(Violation.of(names.get(0), "must be given"));
    }
    if (activity == null) {
      problems.add(Violation.of(names.get(1), "must be given"));
    }
    if (time == null) {
      problems.add(Violation.of(names.get(2), "must be given"));
    }
    Optional<EventStatus> parsed = parsedStatus();
    if (parsed.isEmpty()) {
      problems.add(Violation.of(names.get(3), EventStatus.TEXT_RULE, status));
    }
    if (!problems.isEmpty()) {
      return new Reading(null, Rejection.ofRecord(sourceName, text(names), problems), problems);
    }
    Event event =
        Event.builder().caseId(caseId).activity(activity).time(time).status(parsed.get()).build();
    return new Reading(event, null, List.of());
  }

  /** The row's text, such as {@code [case_id="c-1", activity=null, time=...]}. */
  String text(List<String> names) {
    StringBuilder text = new StringBuilder("[");
    RowValues.field(text, names.get(0), caseId);
    RowValues.field(text, names.get(1), activity);
    RowValues.field(text, names.get(2), time);
    if (status != null) {
      RowValues.field(text, names.get(3), status);
    }
    return text.append(']').toString();
  }

  /** An event read from a row, or the rejection of the row with its problems. */
  static final class Reading {
    final Event event;
    final Rejection<Event> rejection;
    final List<Violation> problems;

    Reading(Event event, Rejection<Event> rejection, List<Violation> problems) {
      this.event = event;
      this.rejection = rejection;
      this.problems = problems;
    }
  }
}
