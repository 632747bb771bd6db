package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.internal.ValueStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a customer did, as a CRM, a web or app log or a contact centre records it: in which
 * case (one customer's journey), which activity, when, and whether it succeeded, optionally on
 * which channel and with further attributes (persona, region, ...). An event is raw input: building
 * one checks nothing but nulls. {@link PathAnalysis} checks it and reports what it rejects and why
 * (no case id, no activity, no time).
 *
 * <pre>{@code
 * Event upload = Event.of("case-17", "POST /api/upload-id", Instant.parse("2026-11-02T10:15:00Z"));
 * Event failed = Event.builder().from(upload).status(EventStatus.FAILED).channel("app")
 *     .putAttribute("persona", "first-time").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Event {
  Event() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableEvent.builder();
  }

  /**
   * A completed event.
   *
   * @param caseId the case it belongs to
   * @param activity what happened: a touchpoint id, or a name that the analysis's activity map
   *     turns into one
   * @param time when it happened
   * @return the event
   */
  public static Event of(String caseId, String activity, Instant time) {
    return builder().caseId(caseId).activity(activity).time(time).build();
  }

  /**
   * The case the event belongs to: one customer's journey.
   *
   * @return the case id, as given
   */
  public abstract String caseId();

  /**
   * What happened: a touchpoint id, or a name that the analysis's {@link ActivityMap} turns into
   * one; an activity that maps to no touchpoint is an ad hoc step.
   *
   * @return the activity, as given
   */
  public abstract String activity();

  /**
   * When it happened.
   *
   * @return the time, or empty where the source did not give one (the analysis rejects the event)
   */
  public abstract Optional<Instant> time();

  /**
   * Whether the step succeeded; {@link EventStatus#COMPLETED} unless set.
   *
   * @return the status
   */
  @Value.Default
  public EventStatus status() {
    return EventStatus.COMPLETED;
  }

  /**
   * The channel the event came through, as the source names it.
   *
   * @return the channel, if given
   */
  public abstract Optional<String> channel();

  /**
   * Further attributes of the event, kept for segmenting (persona, region, device, ...).
   *
   * @return the attributes by name
   */
  public abstract Map<String, String> attributes();

  /**
   * A short form such as {@code Event[case-17 id-upload 2026-11-02T10:15:00Z FAILED]}.
   *
   * @return the event in words
   */
  @Override
  public String toString() {
    return "Event["
        + caseId()
        + " "
        + activity()
        + time().map(t -> " " + t).orElse("")
        + (status() == EventStatus.COMPLETED ? "" : " " + status())
        + "]";
  }

  /** Builds an {@link Event}; the case id and the activity are required. */
  public interface Builder {
    /**
     * Copies every field of {@code event} into this builder.
     *
     * @param event the event to start from
     * @return this builder
     */
    Builder from(Event event);

    /**
     * Sets the case id.
     *
     * @param caseId the case id
     * @return this builder
     */
    Builder caseId(String caseId);

    /**
     * Sets the activity.
     *
     * @param activity the activity
     * @return this builder
     */
    Builder activity(String activity);

    /**
     * Sets the time.
     *
     * @param time the time
     * @return this builder
     */
    Builder time(Instant time);

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    Builder status(EventStatus status);

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this builder
     */
    Builder channel(String channel);

    /**
     * Adds an attribute.
     *
     * @param name the attribute's name
     * @param value its value
     * @return this builder
     */
    Builder putAttribute(String name, String value);

    /**
     * Adds attributes.
     *
     * @param attributes the attributes by name
     * @return this builder
     */
    Builder putAllAttributes(Map<String, ? extends String> attributes);

    /**
     * Builds the event.
     *
     * @return the event
     * @throws io.github.journeykit.core.model.ValidationException if the case id or the activity
     *     was not set
     */
    Event build();
  }
}
