package io.github.journeykit.analytics.eventlog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the step an event records went as it should. XES calls the completion of an activity
 * {@code complete}; a failure is any status that says the step did not succeed.
 *
 * <pre>{@code
 * Event.builder().caseId("c-1").activity("id-upload").time(t).status(EventStatus.FAILED).build();
 * }</pre>
 */
public enum EventStatus {
  /** The step was taken and succeeded: the usual status, and the one when none is given. */
  COMPLETED,
  /** The step was taken and failed: an upload rejected, a payment declined, a call dropped. */
  FAILED;

  /** The rule a status written as text must keep: see {@link #fromText}. */
  public static final String TEXT_RULE =
      "must be one of completed, complete, failed, failure, error (in any case), or empty for"
          + " completed";

  /** The words of completion, as a log may write a status; in lower case. */
  static final List<String> COMPLETED_WORDS = List.of("completed", "complete");

  /** The words of failure, as a log may write a status; in lower case. */
  static final List<String> FAILED_WORDS = List.of("failed", "failure", "error");

  /**
   * The status a log writes as {@code text}, as the CSV reader reads it: empty text and {@code
   * completed} or {@code complete} are completion, {@code failed}, {@code failure} or {@code error}
   * failure, in any case.
   *
   * <pre>{@code
   * EventStatus.fromText("FAILED");    // Optional[FAILED]
   * EventStatus.fromText("pending");   // Optional.empty
   * }</pre>
   *
   * @param text the status as written
   * @return the status, or empty for any other text
   */
  public static Optional<EventStatus> fromText(String text) {
    requireNonNull(text, "text");
    String word = text.toLowerCase(Locale.ROOT);
    if (word.isEmpty() || COMPLETED_WORDS.contains(word)) {
      return Optional.of(COMPLETED);
    }
    return FAILED_WORDS.contains(word) ? Optional.of(FAILED) : Optional.empty();
  }
}
