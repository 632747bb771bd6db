package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapTest {
  @Test
  void defaultsToMediumSeverityOnTheWholeJourney() {
    Gap gap = Gap.builder().id("g").type(GapType.ORGANISATIONAL).title("Silos").build();
    assertEquals(Severity.MEDIUM, gap.severity());
    assertEquals(Location.journey(), gap.location());
  }

  @Test
  void experienceGapsAreAtAStep() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Gap.of("g", GapType.EXPERIENCE, "Slow", Location.journey()));
    assertEquals("location", e.violations().get(0).path());
    assertEquals(
        "an EXPERIENCE gap must be at a stage or a touchpoint", e.violations().get(0).rule());
  }

  @Test
  void fourActivationGapsAndTheExperienceGap() {
    assertEquals(4, Arrays.stream(GapType.values()).filter(GapType::isActivationGap).count());
    assertFalse(GapType.EXPERIENCE.isActivationGap());
  }

  @Test
  void locations() {
    assertEquals(Optional.of("form"), Location.touchpoint("form").elementId());
    assertEquals(LocationKind.STAGE, Location.stage("apply").kind());
    assertEquals("touchpoint form", Location.touchpoint("form").toString());
    assertEquals("journey", Location.journey().toString());
    ValidationException e =
        assertThrows(ValidationException.class, () -> Location.stage("no spaces"));
    assertEquals("elementId", e.violations().get(0).path());
  }

  @Test
  void severitiesAreOrdered() {
    assertTrue(Severity.CRITICAL.compareTo(Severity.HIGH) > 0);
    assertTrue(Severity.LOW.compareTo(Severity.MEDIUM) < 0);
  }
}
