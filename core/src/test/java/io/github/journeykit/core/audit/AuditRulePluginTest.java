package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Severity;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of one's own, compiled into a plug-in of its own, found through {@link
 * java.util.ServiceLoader}: as a module in a module layer ({@code provides ... with ...}) and as a
 * jar on a class path ({@code META-INF/services}).
 */
class AuditRulePluginTest {
  private static final String MODULE_INFO =
      "module example.rules {\n"
          + "  requires io.github.journeykit.core;\n"
          + "  provides io.github.journeykit.core.audit.AuditRule with example.rules.NoChatRule;\n"
          + "}\n";
  private static final String RULE =
      "package example.rules;\n"
          + "import io.github.journeykit.core.audit.*;\n"
          + "import io.github.journeykit.core.model.*;\n"
          + "import java.util.List;\n"
          + "public final class NoChatRule implements AuditRule {\n"
          + "  public String id() { return \"no-chat-channel\"; }\n"
          + "  public String description() { return \"The journey offers chat\"; }\n"
          + "  public Severity defaultSeverity() { return Severity.LOW; }\n"
          + "  public List<Finding> inspect(Journey journey, AuditContext context) {\n"
          + "    return journey.touchpointsOn(Channel.CHAT).isEmpty()\n"
          + "        ? List.of(finding().message(\"Customers cannot chat with us\")\n"
          + "            .suggestedFix(\"Offer chat where customers get stuck\").build())\n"
          + "        : List.of();\n"
          + "  }\n"
          + "}\n";

  @TempDir static Path plugin;

  /** Compiles the plug-in with the JDK's {@code javac}, as its author would. */
  @BeforeAll
  static void compile(@TempDir Path sources) throws Exception {
    JdkTools.write(sources, "example/rules/NoChatRule.java", RULE);
    JdkTools.write(sources, "module-info.java", MODULE_INFO);
    JdkTools.write(
        plugin,
        "META-INF/services/io.github.journeykit.core.audit.AuditRule",
        "example.rules.NoChatRule\n");
    // JourneyKit core and Guava, as the test runner put them on the module path.
    JdkTools.javac(sources, plugin, "--module-path", System.getProperty("jdk.module.path"));
  }

  @Test
  void aModuleThatProvidesARuleIsFoundInItsLayer() {
    ModuleLayer boot = ModuleLayer.boot();
    assertTrue(
        boot.findModule("io.github.journeykit.core").isPresent(),
        "the tests run on the module path");
    Configuration configuration =
        boot.configuration()
            .resolveAndBind(ModuleFinder.of(plugin), ModuleFinder.of(), Set.of("example.rules"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());

    assertFound(AuditRegistry.installed(layer));
  }

  @Test
  void aJarOnTheClassPathThatListsARuleIsFoundByItsClassLoader() throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {plugin.toUri().toURL()}, AuditRegistry.class.getClassLoader())) {
      assertFound(AuditRegistry.installed(loader));
      // The context class loader is where installed() looks by default.
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        assertFound(AuditRegistry.installed());
      } finally {
        thread.setContextClassLoader(before);
      }
    }
  }

  @Test
  void withoutPlugInsOnlyTheBuiltInsAreInstalled() {
    assertEquals(AuditRules.builtIns(), AuditRegistry.installed().all());
  }

  private static void assertFound(AuditRegistry registry) {
    AuditRule rule = registry.get("no-chat-channel");
    assertEquals("example.rules.NoChatRule", rule.getClass().getName());
    assertEquals(AuditRules.builtIns().size() + 1, registry.all().size());
    assertEquals(Severity.LOW, rule.defaultSeverity());
    List<Finding> findings =
        registry.audit(SampleJourneys.broadbandFault(), AuditContext.of(SampleJourneys.TODAY));
    List<Finding> own =
        findings.stream()
            .filter(f -> f.ruleId().equals("no-chat-channel"))
            .collect(Collectors.toList());
    assertEquals(1, own.size());
    assertEquals("LOW no-chat-channel: Customers cannot chat with us", own.get(0).toString());
    assertFalse(own.get(0).activationGap().isPresent());
  }
}
