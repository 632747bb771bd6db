package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API packages only and needs core, jackson-core, FastCSV and FastExcel
 * (with the zip library of FastExcel's reader, which the grid reader bounds) only.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor = ModuleDescriptors.of("io.github.journeykit.export");

  @Test
  void exportsOnlyTheApiPackages() {
    Set<String> exported = ModuleDescriptors.exportedToEveryone(descriptor);
    assertEquals(
        Set.of(
            "io.github.journeykit.export",
            "io.github.journeykit.export.json",
            "io.github.journeykit.export.grid",
            "io.github.journeykit.export.cjml"),
        exported);
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void requiresCoreGuavaJacksonCoreFastCsvAndFastExcelOnly() {
    Set<String> required = ModuleDescriptors.runTimeRequirements(descriptor);
    assertEquals(
        Set.of(
            "java.base",
            "java.xml",
            "io.github.journeykit.core",
            "com.google.common",
            "com.fasterxml.jackson.core",
            "de.siegmar.fastcsv",
            "org.dhatim.fastexcel",
            "org.dhatim.fastexcel.reader",
            "org.apache.commons.compress"),
        required);
    assertEquals(Set.of("io.github.journeykit.export.JourneyExporter"), descriptor.uses());
  }
}
