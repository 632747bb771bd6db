package io.github.journeykit.core.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An actual journey's steps: a missing step has no time and nothing else wrong with it. */
class ActualJourneyTest {
  private static final Instant T = Instant.parse("2026-11-02T10:15:00Z");

  @Test
  void aJourneyConformsWhenNoStepDeviates() {
    ActualJourney kept = ActualJourney.of("c1", List.of(ActualStep.of("form", T)));
    assertTrue(kept.conforms());
    ActualJourney failed =
        ActualJourney.of(
            "c2",
            List.of(
                ActualStep.of("form", T, List.of(DeviationKind.FAILING, DeviationKind.REPEATED)),
                ActualStep.missing("id-check")));
    assertFalse(failed.conforms());
    assertEquals("c2: form (failing, repeated) > id-check (missing)", failed.toString());
    assertEquals(
        "form at 2026-11-02T10:15:00Z (failing, repeated)", failed.steps().get(0).toString());
    assertEquals(Optional.empty(), failed.steps().get(1).time());
    assertEquals("form at 2026-11-02T10:15:00Z", ActualStep.of("form", T).toString());
  }

  @Test
  void stepsThatCannotBeAreRefusedAllAtOnce() {
    ValidationException step =
        assertThrows(
            ValidationException.class,
            () -> ActualStep.of(" ", T, List.of(DeviationKind.MISSING, DeviationKind.AD_HOC)));
    assertEquals(
        List.of(
            "step: must not be blank",
            "time: must be empty exactly when the step is missing",
            "deviations: must hold nothing else for a missing step"),
        rules(step.violations()));
    assertThrows(
        ValidationException.class, () -> ActualJourney.of(" ", List.of(ActualStep.of("a", T))));
    assertThrows(NullPointerException.class, () -> ActualStep.of("a", null));
  }

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(v -> v.path() + ": " + v.rule()).collect(Collectors.toList());
  }
}
