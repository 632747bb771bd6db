package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  @Test
  void violationShowsPathRuleAndValue() {
    assertEquals(
        "name: must not be blank (was \" \")",
        Violation.of("name", "must not be blank", " ").toString());
    assertEquals(
        "must have a uri or a text", Violation.of("", "must have a uri or a text").toString());
    assertEquals(
        "value: must be finite (was NaN)",
        Violation.of("value", "must be finite", Double.NaN).toString());
  }

  @Test
  void shownTextsEscapeControlCharactersAndQuotesAndAreTruncated() {
    Violation v = Violation.of("name", "r", "a\"b\\c\nd\u0000");
    assertEquals(Optional.of("\"a\\\"b\\\\c\\u000ad\\u0000\""), v.value());
    String shown = Violation.of("name", "r", "x".repeat(200)).value().get();
    assertTrue(shown.endsWith("\"... (200 characters)"), shown);
    assertEquals(80 + 2 + "... (200 characters)".length(), shown.length());
  }

  @Test
  void violationsNestUnderAPrefix() {
    Violation v = Violation.of("id", "must be unique", "x");
    assertEquals(
        "stages[2].touchpoints[0].id", v.under("touchpoints[0]").under("stages[2]").path());
    assertEquals("stages[2]", Violation.of("", "r").under("stages[2]").path());
  }

  @Test
  void exceptionNeedsAtLeastOneViolation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new ValidationException("Journey", List.of()));
    assertEquals("violations: must not be empty", e.getMessage());
  }

  @Test
  void exceptionKeepsSubjectAndViolations() {
    Violation v = Violation.of("id", "must be an id", "a b");
    ValidationException e = new ValidationException("Stage \"a b\"", List.of(v));
    assertEquals("Stage \"a b\"", e.subject());
    assertEquals(List.of(v), e.violations());
    assertEquals("Stage \"a b\" is invalid: id: must be an id (was \"a b\")", e.getMessage());
  }
}
