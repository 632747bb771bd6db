package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports its API packages only and needs core, jackson-core and FastCSV only. */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleFinder.of(Path.of("target", "classes"))
          .find("io.github.journeykit.export")
          .orElseThrow()
          .descriptor();

  @Test
  void exportsOnlyTheApiPackages() {
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("io.github.journeykit.export", "io.github.journeykit.export.json"), exported);
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void requiresCoreGuavaJacksonCoreAndFastCsvOnly() {
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
            "com.fasterxml.jackson.core",
            "de.siegmar.fastcsv"),
        required);
    assertEquals(Set.of("io.github.journeykit.export.JourneyExporter"), descriptor.uses());
  }
}
