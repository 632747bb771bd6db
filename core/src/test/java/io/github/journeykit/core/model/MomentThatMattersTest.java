package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MomentThatMattersTest {
  private static MomentThatMatters.Builder moment() {
    return MomentThatMatters.builder()
        .id("m")
        .touchpointId("t")
        .polarity(Polarity.MAKE)
        .whyItMatters("It decides loyalty");
  }

  @Test
  void upliftIsTheDistanceToTarget() {
    // "turn a 7 into a 10": 10 - 7 = 3
    assertEquals(OptionalDouble.of(3), moment().currentRating(7).targetRating(10).build().uplift());
    assertEquals(OptionalDouble.empty(), moment().currentRating(7).build().uplift());
  }

  @Test
  void upliftOnALowerIsBetterScaleIsStillPositiveTowardsTarget() {
    MomentThatMatters effort =
        moment().ratingScale(Scale.CES_EFFORT_ANSWER).currentRating(4).targetRating(2).build();
    assertEquals(OptionalDouble.of(2), effort.uplift());
  }

  @Test
  void ratingsLieOnTheRatingScale() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> moment().currentRating(11).targetRating(Double.NaN).build());
    assertEquals(
        List.of("currentRating", "targetRating"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals("must lie on the scale [0..10]", e.violations().get(0).rule());
  }

  @Test
  void readableForm() {
    assertEquals(
        "Moment[m MAKE at t, 7 -> 10]",
        moment().currentRating(7).targetRating(10).build().toString());
    assertEquals("Moment[m MAKE at t]", moment().build().toString());
  }
}
