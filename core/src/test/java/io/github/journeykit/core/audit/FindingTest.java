package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding.Builder finding() {
    return Finding.builder()
        .ruleId("touchpoint-without-owner")
        .severity(Severity.HIGH)
        .message("Nobody owns the touchpoint")
        .suggestedFix("Name an owner");
  }

  @Test
  void aFindingAboutAnElementHasItsPath() {
    Finding f =
        finding()
            .elementId("call")
            .path("stages[1].touchpoints[0]")
            .activationGap(GapType.ORGANISATIONAL)
            .build();
    assertEquals(
        "HIGH touchpoint-without-owner at stages[1].touchpoints[0]: Nobody owns the touchpoint",
        f.toString());
    assertFalse(f.isSuppressed());
    Finding suppressed = f.withSuppressedBecause("Covered by the ops map");
    assertTrue(suppressed.isSuppressed());
    assertTrue(suppressed.toString().endsWith("(suppressed: Covered by the ops map)"));
  }

  @Test
  void signalsOnlyActivationGaps() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> finding().activationGap(GapType.EXPERIENCE).build());
    assertEquals("activationGap", e.violations().get(0).path());
  }

  @Test
  void reportsEveryProblem() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Finding.builder()
                    .ruleId("Bad Rule")
                    .severity(Severity.LOW)
                    .message(" ")
                    .suggestedFix("")
                    .path("stages[0]")
                    .build());
    assertEquals(
        List.of("ruleId", "message", "suggestedFix", "path"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }
}
