package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceTest {
  @Test
  void nextReviewIsLastReviewPlusCadence() {
    Governance governance =
        Governance.builder()
            .reviewCadence(Period.ofMonths(3))
            .lastReviewed(LocalDate.of(2026, 9, 30))
            .build();
    assertEquals(Optional.of(LocalDate.of(2026, 12, 30)), governance.nextReviewDue());
    assertEquals(Optional.empty(), Governance.none().nextReviewDue());
  }

  @Test
  void cadenceMustBePositive() {
    for (Period bad : new Period[] {Period.ZERO, Period.ofDays(-1), Period.of(0, 1, -40)}) {
      ValidationException e =
          assertThrows(
              ValidationException.class, () -> Governance.builder().reviewCadence(bad).build());
      assertEquals("reviewCadence", e.violations().get(0).path());
    }
  }

  @Test
  void stakeholdersHaveNamesAndRoles() {
    ValidationException e = assertThrows(ValidationException.class, () -> Stakeholder.of(" ", ""));
    assertEquals(2, e.violations().size());
    assertEquals("Dana (Sponsor)", Stakeholder.of("Dana", "Sponsor").toString());
  }

  @Test
  void readableForm() {
    assertEquals("Governance[owner none, 0 stakeholders]", Governance.none().toString());
  }
}
