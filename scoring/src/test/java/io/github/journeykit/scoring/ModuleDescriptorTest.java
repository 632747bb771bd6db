package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API package only, needs only core and analytics at run time, and uses the
 * SPI.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor = ModuleDescriptors.of("io.github.journeykit.scoring");

  @Test
  void exportsOnlyTheApiPackages() {
    assertEquals(
        Set.of("io.github.journeykit.scoring"), ModuleDescriptors.exportedToEveryone(descriptor));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.packages().contains("io.github.journeykit.scoring.internal"));
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void coreAnalyticsAndGuavaAreTheOnlyRunTimeRequirements() {
    Set<String> required = ModuleDescriptors.runTimeRequirements(descriptor);
    assertEquals(
        Set.of(
            "java.base",
            "io.github.journeykit.core",
            "io.github.journeykit.analytics",
            "com.google.common"),
        required);
    assertEquals(Set.of(ScoringStrategy.class.getName()), descriptor.uses());
  }

  @Test
  void testsRunOnTheModulePath() {
    assertEquals("io.github.journeykit.scoring", ScoringStrategy.class.getModule().getName());
  }
}
