package io.github.journeykit.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API packages only and needs only core, Guava, DDSketch and the JDK's XML
 * module at run time.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleFinder.of(Path.of("target", "classes"))
          .find("io.github.journeykit.analytics")
          .orElseThrow()
          .descriptor();

  @Test
  void exportsOnlyTheApiPackages() {
    assertEquals(
        Set.of(
            "io.github.journeykit.analytics",
            "io.github.journeykit.analytics.observation",
            "io.github.journeykit.analytics.eventlog"),
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.packages().contains("io.github.journeykit.analytics.internal.csv"));
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void coreGuavaDdSketchAndTheJdksXmlAreTheOnlyRunTimeRequirements() {
    Set<String> required =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
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
