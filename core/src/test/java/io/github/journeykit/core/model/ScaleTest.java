package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScaleTest {
  @Test
  void boundedScaleContainsItsBoundsAndNothingBeyond() {
    Scale likert = Scale.LIKERT_7;
    assertTrue(likert.contains(1));
    assertTrue(likert.contains(7));
    assertTrue(likert.contains(4.5));
    assertFalse(likert.contains(0.999));
    assertFalse(likert.contains(7.001));
  }

  @Test
  void openScaleHasNoUpperBound() {
    Scale minutes = Scale.atLeast(0).withUnit("minutes");
    assertTrue(minutes.contains(1e9));
    assertFalse(minutes.contains(-0.5));
    assertEquals("[0..] minutes", minutes.toString());
  }

  @Test
  void belowBaselineDependsOnDirection() {
    assertTrue(Scale.EMOTION.isBelowBaseline(-0.1));
    assertFalse(Scale.EMOTION.isBelowBaseline(0));
    // On the original CES, lower effort is better: 4 is worse than the baseline 3.
    assertTrue(Scale.CES_EFFORT_ANSWER.isBelowBaseline(4));
    assertFalse(Scale.CES_EFFORT_ANSWER.isBelowBaseline(2));
    assertFalse(
        Scale.NPS_ANSWER.isBelowBaseline(0), "a scale without a baseline has no pain points");
  }

  @Test
  void relativeToBaselineIsSignedTowardsBetter() {
    assertEquals(OptionalDouble.of(-1.5), Scale.EMOTION.relativeToBaseline(-1.5));
    assertEquals(OptionalDouble.of(-1), Scale.CES_EFFORT_ANSWER.relativeToBaseline(4));
    assertEquals(OptionalDouble.empty(), Scale.NPS_ANSWER.relativeToBaseline(7));
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Scale.builder().min(Double.NaN).max(Double.POSITIVE_INFINITY).unit(" ").build());
    assertEquals(
        List.of("min", "max", "unit"),
        e.violations().stream().map(Violation::path).collect(java.util.stream.Collectors.toList()));
    assertTrue(e.getMessage().contains("must be a finite number (was NaN)"), e.getMessage());
  }

  @Test
  void maxMustExceedMin() {
    ValidationException e = assertThrows(ValidationException.class, () -> Scale.of(5, 5));
    assertEquals("Scale is invalid: max: must be greater than min (5) (was 5.0)", e.getMessage());
  }

  @Test
  void baselineMustLieOnTheScale() {
    ValidationException e = assertThrows(ValidationException.class, () -> Scale.of(1, 5, 6));
    assertEquals("baseline", e.violations().get(0).path());
    assertEquals("must lie on the scale [1..5]", e.violations().get(0).rule());
  }

  @Test
  void readableForm() {
    assertEquals("[1..7] baseline 4", Scale.LIKERT_7.toString());
    assertEquals("[1..5] baseline 3 lower is better", Scale.CES_EFFORT_ANSWER.toString());
    assertEquals("[0..100] %", Scale.PERCENT.toString());
    assertEquals("[-0.5..2.25]", Scale.of(-0.5, 2.25).range());
  }
}
