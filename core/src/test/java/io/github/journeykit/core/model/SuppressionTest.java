package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  @Test
  void coversOneRuleOnOneElement() {
    Suppression s = Suppression.of("touchpoint-without-enablers", "dispatch", "Covered elsewhere");
    assertTrue(s.covers("touchpoint-without-enablers", Optional.of("dispatch")));
    assertFalse(s.covers("touchpoint-without-enablers", Optional.empty()));
    assertFalse(s.covers("touchpoint-without-owner", Optional.of("dispatch")));
    assertTrue(
        Suppression.of("journey-without-owner", "Pilot map")
            .covers("journey-without-owner", Optional.empty()));
    assertEquals("touchpoint-without-enablers on dispatch: \"Covered elsewhere\"", s.toString());
  }

  @Test
  void needsARuleKeyAnIdAndAReason() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Suppression.of("Rule!", "a b", " "));
    assertEquals(
        List.of("ruleId", "elementId", "reason"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void journeysCheckThatSuppressedElementsExistAndAreNotRepeated() {
    Journey journey = SampleJourneys.broadbandFault();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> journey.withSuppression(Suppression.of("r", "ghost", "Why")));
    assertEquals(
        "suppressions[1].elementId: must name an element of the journey (was \"ghost\")",
        e.violations().get(0).toString());
    ValidationException repeated =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder()
                    .from(journey)
                    .addSuppression(Suppression.of("r", "call", "One"))
                    .addSuppression(Suppression.of("r", "call", "Two"))
                    .build());
    assertEquals("suppressions[2]", repeated.violations().get(0).path());
  }

  @Test
  void withSuppressionReplacesTheOneForTheSameRuleAndElement() {
    Journey journey = SampleJourneys.broadbandFault();
    Journey once = journey.withSuppression(Suppression.of("r", "call", "One"));
    Journey twice = once.withSuppression(Suppression.of("r", "call", "Two"));
    assertEquals(journey.suppressions().size() + 1, twice.suppressions().size());
    assertEquals("Two", twice.suppressions().get(twice.suppressions().size() - 1).reason());
  }
}
