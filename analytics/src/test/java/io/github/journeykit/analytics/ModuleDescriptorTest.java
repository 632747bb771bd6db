package io.github.journeykit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API packages only and needs only core, Guava, DDSketch and the JDK's XML
 * module at run time.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleDescriptors.of("io.github.journeykit.analytics");

  @Test
  void exportsOnlyTheApiPackages() {
    assertEquals(
        Set.of(
            "io.github.journeykit.analytics",
            "io.github.journeykit.analytics.observation",
            "io.github.journeykit.analytics.eventlog"),
        ModuleDescriptors.exportedToEveryone(descriptor));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.packages().contains("io.github.journeykit.analytics.internal.csv"));
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void coreGuavaDdSketchAndTheJdksXmlAreTheOnlyRunTimeRequirements() {
    Set<String> required = ModuleDescriptors.runTimeRequirements(descriptor);
    assertEquals(
        Set.of(
            "java.base",
            "java.xml",
            "io.github.journeykit.core",
            "com.google.common",
            "sketches.java"),
        required);
  }

  @Test
  void testsRunOnTheModulePath() {
    assertEquals("io.github.journeykit.analytics", Rejection.class.getModule().getName());
  }
}
