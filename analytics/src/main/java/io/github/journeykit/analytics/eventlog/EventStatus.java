package io.github.journeykit.analytics.eventlog;

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
  FAILED
}
