package io.github.journeykit.analytics.eventlog;

/**
 * One event as a source read it, in the form the rules of {@link EventIntake} check: what each rule
 * needs to know, found by the source in its own way (an {@link Event}'s strings, a CSV row's bytes,
 * an XES event's attributes), and the fields' text, asked for only when a rule is broken. One per
 * reader, reused from event to event, so that a good event costs no allocation.
 */
abstract class EventFields {
  /** The time was given and read into {@link #second} and {@link #nano}. */
  static final int TIME_GIVEN = 0;

  /** The time was not given. */
  static final int TIME_MISSING = 1;

  /** The time was given as text that is not an instant: see {@link #timeText()}. */
  static final int TIME_UNREADABLE = 2;

  /** The names of the fields in the source, for the messages: {@code caseId}, {@code case_id}. */
  final String caseIdName;

  final String activityName;
  final String timeName;
  final String statusName;

  /** Whether the case id is blank. */
  boolean caseBlank;

  /** Whether the activity is blank; if not, its step code is {@link #code}. */
  boolean activityBlank;

  /**
   * The step code of the activity ({@link PathAccumulator}), or {@link EventIntake#UNMAPPED} when
   * the activity map names a touchpoint the journey does not have.
   */
  int code;

  /** {@link #TIME_GIVEN}, {@link #TIME_MISSING} or {@link #TIME_UNREADABLE}. */
  int time;

  long second;
  int nano;

  /** Whether the status says the step failed. */
  boolean failed;

  /** Whether the status is given as text that names no status: see {@link #statusText()}. */
  boolean statusUnreadable;

  /** Whether, in a log read as sorted by case, the event's case ended before. */
  boolean caseReturns;

  EventFields(String caseIdName, String activityName, String timeName, String statusName) {
    this.caseIdName = caseIdName;
    this.activityName = activityName;
    this.timeName = timeName;
    this.statusName = statusName;
  }

  /** The time in nanoseconds of the epoch, once it is known to lie in range. */
  long nanos() {
    return second * 1_000_000_000L + nano;
  }

  /** The case id, as given. */
  abstract String caseId();

  /** The activity, as given. */
  abstract String activity();

  /** The time's text, where it is {@link #TIME_UNREADABLE}. */
  abstract String timeText();

  /** The status's text, where it is {@link #statusUnreadable}. */
  abstract String statusText();

  /** The fields of an event given as text: an {@link Event}, or an event of an XES trace. */
  static final class Text extends EventFields {
    String caseId;
    String activity;
    String timeText;
    String statusText;

    Text(String caseIdName, String activityName, String timeName, String statusName) {
      super(caseIdName, activityName, timeName, statusName);
    }

    @Override
    String caseId() {
      return caseId;
    }

    @Override
    String activity() {
      return activity;
    }

    @Override
    String timeText() {
      return timeText;
    }

    @Override
    String statusText() {
      return statusText;
    }
  }
}
