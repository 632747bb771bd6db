package io.github.journeykit.core.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The summary's values derive their shares from their counts and refuse counts that cannot be. */
class PathSummaryTest {
  @Test
  void sharesComeFromTheCounts() {
    FunnelStage apply =
        FunnelStage.builder()
            .stageId("apply")
            .reached(812)
            .previous(1000)
            .first(1000)
            .addDroppedTo(Destination.of("call", 38))
            .addDroppedTo(Destination.of(Destination.END, 150))
            .build();
    // 812 of 1000: step conversion 0.812, drop-off 188, every dropped case accounted for.
    assertEquals(0.812, apply.stepConversion().getAsDouble(), 1e-12);
    assertEquals(188, apply.dropOff());
    assertEquals(
        "FunnelStage[apply reached 812 of 1000, step 81.2%, dropped 188]", apply.toString());
    TouchpointUse call = TouchpointUse.of("call", 1000, 640, 212, 1030, 17);
    assertEquals(0.64, call.reach().getAsDouble(), 1e-12);
    assertEquals(212.0 / 640, call.repeatRate().getAsDouble(), 1e-12);
    PathSummary summary =
        PathSummary.builder()
            .journeyId("j")
            .cases(1000)
            .events(9000)
            .adHocEvents(12)
            .conformingCases(430)
            .meanFitness(0.91)
            .addFunnel(apply)
            .putCasesByDeviationKind(DeviationKind.REPEATED, 212)
            .addDeviation(DeviationCount.of(DeviationKind.REPEATED, "call", 212, 390))
            .addVariant(VariantCount.of(List.of("call", "visit"), 400))
            .variantCount(37)
            .addTouchpoint(call)
            .build();
    assertEquals(0.43, summary.conformanceRate().getAsDouble(), 1e-12);
    assertEquals(212, summary.casesWith(DeviationKind.REPEATED));
    assertEquals(0, summary.casesWith(DeviationKind.MISSING));
    assertEquals("repeated call: 212 cases, 390 times", summary.deviations().get(0).toString());
    assertEquals("out of order", DeviationKind.OUT_OF_ORDER.word());
  }

  @Test
  void countsThatCannotBeAreRefusedAllAtOnce() {
    ValidationException funnel =
        assertThrows(
            ValidationException.class,
            () ->
                FunnelStage.builder()
                    .stageId("apply")
                    .reached(900)
                    .previous(800)
                    .first(1000)
                    .addDroppedTo(Destination.of("call", 5))
                    .build());
    assertEquals(
        List.of(
            "previous: must be at least reached (900) (was 800)",
            "droppedTo: must count at most the drop-off (-100) (was 5)"),
        funnel.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    ValidationException summary =
        assertThrows(
            ValidationException.class,
            () ->
                PathSummary.builder()
                    .journeyId("j")
                    .cases(10)
                    .events(5)
                    .adHocEvents(0)
                    .conformingCases(11)
                    .variantCount(0)
                    .build());
    assertEquals(
        List.of("events", "conformingCases", "meanFitness"),
        summary.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertThrows(
        ValidationException.class,
        () ->
            DurationSummary.of(
                3, Duration.ofHours(2), Duration.ZERO, Duration.ofHours(3), Duration.ofHours(1)));
    assertThrows(
        ValidationException.class, () -> DeviationCount.of(DeviationKind.AD_HOC, "x", 3, 2));
    assertThrows(ValidationException.class, () -> TouchpointUse.of("t", 10, 5, 6, 20, 0));
  }
}
