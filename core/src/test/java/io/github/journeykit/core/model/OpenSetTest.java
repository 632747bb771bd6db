package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenSetTest {
  @Test
  void constantsAreOrdinaryValues() {
    assertEquals(Channel.WEB, Channel.of("web"));
    assertEquals(Metric.CSAT, Metric.of("csat"));
    assertEquals("in-person", Channel.IN_PERSON.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "Web", "video call", "1st", "-web", "a:b", "é"})
  void namesMustBeKeys(String name) {
    ValidationException channel = assertThrows(ValidationException.class, () -> Channel.of(name));
    assertEquals("name", channel.violations().get(0).path());
    assertThrows(ValidationException.class, () -> Metric.of(name));
  }

  @Test
  void builtInMetricsKnowTheirUsualScale() {
    assertEquals(Optional.of(Scale.NPS_ANSWER), Metric.NPS.usualScale());
    assertEquals(Optional.of(Scale.LIKERT_7), Metric.EXPECTATION.usualScale());
    assertEquals(Optional.of(Scale.LIKERT_7), Metric.PERCEPTION.usualScale());
    assertEquals(Optional.of(Scale.EMOTION), Metric.EMOTION.usualScale());
    assertEquals(Optional.of(Scale.CSAT_ANSWER), Metric.CSAT.usualScale());
    assertEquals(Optional.of(Scale.CES_ANSWER), Metric.CES.usualScale());
    assertEquals(Optional.of(Scale.atLeast(0)), Metric.COST.usualScale());
    assertEquals(Optional.of(Scale.atLeast(0)), Metric.VOLUME.usualScale());
    assertEquals(Optional.empty(), Metric.of("wait-minutes").usualScale());
  }
}
