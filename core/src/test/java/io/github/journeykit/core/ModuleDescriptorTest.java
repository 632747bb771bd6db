package io.github.journeykit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.ModuleDescriptors;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's public surface is its API packages; implementation stays inside. */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor = ModuleDescriptors.of("io.github.journeykit.core");

  @Test
  void exportsOnlyTheApiPackagesToEveryone() {
    Set<String> exported = ModuleDescriptors.exportedToEveryone(descriptor);
    assertEquals(
        Set.of(
            "io.github.journeykit.core.model",
            "io.github.journeykit.core.score",
            "io.github.journeykit.core.audit",
            "io.github.journeykit.core.diff",
            "io.github.journeykit.core.progress",
            "io.github.journeykit.core.path",
            "io.github.journeykit.core.trend"),
        exported);
    ModuleDescriptor.Exports internal =
        descriptor.exports().stream()
            .filter(e -> e.source().equals("io.github.journeykit.core.internal"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        Set.of(
            "io.github.journeykit.analytics",
            "io.github.journeykit.scoring",
            "io.github.journeykit.export"),
        internal.targets());
    assertTrue(descriptor.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void guavaIsTheOnlyRunTimeRequirement() {
    Set<String> required = ModuleDescriptors.runTimeRequirements(descriptor);
    assertEquals(Set.of("java.base", "com.google.common"), required);
  }
}
