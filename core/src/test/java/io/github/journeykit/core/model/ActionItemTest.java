package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActionItemTest {
  @Test
  void defaultsToProposed() {
    assertEquals(ActionStatus.PROPOSED, ActionItem.of("a", "Do it", ActionKind.FIX).status());
  }

  @Test
  void dueDateIsNotBeforeCreation() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ActionItem.builder("a", "Do it", ActionKind.FIX)
                    .created(LocalDate.of(2026, 9, 1))
                    .due(LocalDate.of(2026, 8, 31))
                    .build());
    assertEquals(
        "due: must not be before created (2026-09-01) (was 2026-08-31)",
        e.violations().get(0).toString());
    // The same day is fine.
    ActionItem.builder("a", "Do it", ActionKind.FIX)
        .created(LocalDate.of(2026, 9, 1))
        .due(LocalDate.of(2026, 9, 1))
        .build();
  }

  @Test
  void wellKnownEstimatesAreRangeChecked() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ActionItem.builder("a", "Do it", ActionKind.FIX)
                    .putEstimate(Estimates.CONFIDENCE, 1.2)
                    .putEstimate(Estimates.EFFORT, 0)
                    .putEstimate(Estimates.REACH, -1)
                    .putEstimate(Estimates.EASE, 11)
                    .putEstimate("Bad Key", 1)
                    .putEstimate("custom", Double.POSITIVE_INFINITY)
                    .build());
    assertEquals(
        List.of(
            "estimates.confidence",
            "estimates.effort",
            "estimates.reach",
            "estimates.ease",
            "estimates.Bad Key",
            "estimates.custom"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals("must lie in [0.0..1.0]", e.violations().get(0).rule());
  }

  @Test
  void customEstimatesMayBeNegative() {
    ActionItem item =
        ActionItem.builder("a", "Do it", ActionKind.FIX).putEstimate("risk-delta", -3).build();
    assertEquals(OptionalDouble.of(-3), item.estimate("risk-delta"));
    assertEquals(OptionalDouble.empty(), item.estimate(Estimates.REACH));
  }

  @Test
  void referencesMustBeIds() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ActionItem.builder("a", "Do it", ActionKind.FIX)
                    .addGapId("ok")
                    .addGapId("not ok")
                    .addKpiId("")
                    .build());
    assertEquals(
        List.of("gapIds[1]", "kpiIds[0]"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void addressesGapsMomentsAndTouchpoints() {
    ActionItem item =
        ActionItem.builder("a", "Do it", ActionKind.FIX)
            .addGapId("g")
            .addMomentId("m")
            .addTouchpointId("t")
            .addKpiId("k")
            .build();
    assertTrue(item.addresses("g"));
    assertTrue(item.addresses("m"));
    assertTrue(item.addresses("t"));
    assertFalse(item.addresses("k"), "a KPI measures an action; the action does not address it");
  }

  @Test
  void overdueMeansOpenAndPastDue() {
    ActionItem item =
        ActionItem.builder("a", "Do it", ActionKind.FIX).due(LocalDate.of(2026, 10, 1)).build();
    assertTrue(item.isOverdue(LocalDate.of(2026, 10, 2)));
    assertFalse(item.isOverdue(LocalDate.of(2026, 10, 1)));
    assertFalse(item.withStatus(ActionStatus.DONE).isOverdue(LocalDate.of(2027, 1, 1)));
    assertFalse(item.withStatus(ActionStatus.DROPPED).isOverdue(LocalDate.of(2027, 1, 1)));
    assertFalse(ActionItem.of("b", "No date", ActionKind.FIX).isOverdue(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void readableForm() {
    assertEquals(
        "Action[a FIX PLANNED \"Do it\"]",
        ActionItem.of("a", "Do it", ActionKind.FIX).withStatus(ActionStatus.PLANNED).toString());
  }
}
