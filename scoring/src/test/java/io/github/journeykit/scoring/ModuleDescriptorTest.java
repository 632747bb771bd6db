package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API package only, needs only core and analytics at run time, and uses the
 * SPI.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleFinder.of(Path.of("target", "classes"))
          .find("io.github.journeykit.scoring")
          .orElseThrow()
          .descriptor();

  @Test
  void exportsOnlyTheApiPackages() {
    assertEquals(
        Set.of("io.github.journeykit.scoring"),
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.packages().contains("io.github.journeykit.scoring.internal"));
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void coreAnalyticsAndGuavaAreTheOnlyRunTimeRequirements() {
    Set<String> required =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
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
