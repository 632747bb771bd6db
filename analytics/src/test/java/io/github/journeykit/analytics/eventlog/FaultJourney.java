package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.path.TouchpointUse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small designed journey for worked examples: report the fault (call or chat, two ways to take
 * one step), get it fixed (an engineer's visit, then optionally a parts order), confirm (an SMS).
 * Plan steps: [call|chat], visit, (parts), sms.
 */
final class FaultJourney {
  static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  static final Journey JOURNEY =
      Journey.builder("fault", "Get a fault fixed")
          .addStage(
              Stage.builder("report", "Report the fault")
                  .addTouchpoint(
                      Touchpoint.builder("call", "Call the helpline", Channel.PHONE)
                          .step("contact")
                          .build())
                  .addTouchpoint(
                      Touchpoint.builder("chat", "Report the fault in chat", Channel.CHAT)
                          .step("contact")
                          .build())
                  .build())
          .addStage(
              Stage.builder("fix", "Get it fixed")
                  .addTouchpoint(Touchpoint.of("visit", "Engineer visits", Channel.IN_PERSON))
                  .addTouchpoint(
                      Touchpoint.builder("parts", "Parts are ordered", Channel.EMAIL)
                          .optional(true)
                          .build())
                  .build())
          .addStage(
              Stage.builder("confirm", "Confirm the fix")
                  .addTouchpoint(Touchpoint.of("sms", "Confirm by SMS", Channel.SMS))
                  .build())
          .build();

  private FaultJourney() {}

  /** A case whose events are an hour apart, from {@link #T0}; a name ending in ! failed. */
  static List<Event> caseOf(String caseId, String... activities) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < activities.length; i++) {
      String activity = activities[i];
      boolean failed = activity.endsWith("!");
      events.add(
          Event.builder()
              .caseId(caseId)
              .activity(failed ? activity.substring(0, activity.length() - 1) : activity)
              .time(T0.plus(Duration.ofHours(i)))
              .status(failed ? EventStatus.FAILED : EventStatus.COMPLETED)
              .build());
    }
    return events;
  }

  /** The reasons of a rejection, in words. */
  static List<String> reasons(Rejection<Event> rejection) {
    return rejection.reasons().stream().map(Violation::toString).collect(Collectors.toList());
  }

  /** What the cases of {@code result} did at the touchpoint {@code id}. */
  static TouchpointUse use(PathResult result, String id) {
    return result.statistics().summary().touchpoints().stream()
        .filter(t -> t.touchpointId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The seven cases of the worked examples, one after the other. */
  static List<Event> sevenCases() {
    List<Event> all = new ArrayList<>();
    all.addAll(caseOf("c1", "call", "visit", "sms")); // keeps to the plan
    all.addAll(caseOf("c2", "chat", "visit", "parts", "sms")); // the other way, and the option
    all.addAll(caseOf("c3", "call", "call", "visit", "sms")); // calls again
    all.addAll(caseOf("c4", "call", "sms")); // no visit
    all.addAll(caseOf("c5", "call", "complain", "visit!", "sms")); // ad hoc, and a failed visit
    all.addAll(caseOf("c6", "visit", "call", "sms")); // the visit before the call
    all.addAll(caseOf("c7", "browse")); // nothing of the map
    return all;
  }
}
