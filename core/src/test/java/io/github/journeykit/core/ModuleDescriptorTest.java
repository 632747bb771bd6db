package io.github.journeykit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's public surface is its API packages; implementation stays inside. */
class ModuleDescriptorTest {
  private final ModuleDescriptor descriptor =
      ModuleFinder.of(Path.of("target", "classes"))
          .find("io.github.journeykit.core")
          .orElseThrow()
          .descriptor();

  @Test
  void exportsOnlyTheApiPackagesToEveryone() {
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "io.github.journeykit.core.model",
            "io.github.journeykit.core.score",
            "io.github.journeykit.core.audit",
            "io.github.journeykit.core.diff",
            "io.github.journeykit.core.progress",
            "io.github.journeykit.core.path"),
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
    Set<String> required =
        descriptor.requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertEquals(Set.of("java.base", "com.google.common"), required);
  }
}
