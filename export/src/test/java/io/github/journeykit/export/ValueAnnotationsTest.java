package io.github.journeykit.export;

import io.github.journeykit.core.fixtures.ValueAnnotations;
import org.junit.jupiter.api.Test;

class ValueAnnotationsTest {
  @Test
  void publicValueTypesCarryABareValueImmutable() {
    ValueAnnotations.assertBareInThisModule();
  }
}
