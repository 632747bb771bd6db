package io.github.journeykit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import io.github.journeykit.core.fixtures.JdkTools;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one mechanism behind every registry, on a kind of plug-in of its own: {@link Principal}s,
 * named by {@link Principal#getName()}, whose text must not be blank. Service providers are
 * compiled with the JDK's {@code javac} into jars of their own (on a class path) and a module (in a
 * layer).
 */
class PluginsTest {
  private static final PluginKind<Principal> KIND =
      PluginKind.of(Principal.class, "PrincipalRegistry", "principals", "name", Principal::getName)
          .checking(
              (principal, path, problems) -> problems.text(path + ".text", principal.toString()));

  private static final String NAMED = Named.class.getName();
  private static final String RENAMED = Renamed.class.getName();

  /** A principal with a given name and text. */
  private record Named(String name, String text) implements Principal {
    Named(String name) {
      this(name, "a principal called " + name);
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Another class of principal, to tell the two sides of a clash apart. */
  private record Renamed(String name) implements Principal {
    @Override
    public String getName() {
      return name;
    }
  }

  /** The source of a provider class {@code pkg.className} of a principal called {@code name}. */
  private static String provider(String pkg, String className, String name) {
    return "package "
        + pkg
        + ";\n"
        + "public final class "
        + className
        + " implements java.security.Principal {\n"
        + "  public String getName() { return \""
        + name
        + "\"; }\n"
        + "  public String toString() { return \"provided "
        + name
        + "\"; }\n"
        + "}\n";
  }

  /** Jars (as directories) of providers on a class path: two with good names, two that clash. */
  @TempDir static Path jars;

  @BeforeAll
  static void compile(@TempDir Path sources) throws Exception {
    jar(sources, "first", "example.first", List.of("Zeta:zeta", "Alpha:alpha"));
    jar(sources, "second", "example.second", List.of("Beta:beta"));
    jar(sources, "clashing", "example.clashing", List.of("Alpha:alpha", "Known:known", "Lower:0"));
    // A module that provides principals, for a module layer.
    Path module = sources.resolve("module");
    JdkTools.write(
        module,
        "module-info.java",
        "module example.principals {\n"
            + "  provides java.security.Principal with example.principals.Gamma;\n"
            + "}\n");
    JdkTools.write(
        module, "example/principals/Gamma.java", provider("example.principals", "Gamma", "gamma"));
    JdkTools.javac(module, jars.resolve("module"));
  }

  /** Compiles providers {@code Class:name} of {@code pkg} into a jar directory {@code name}. */
  private static void jar(Path sources, String name, String pkg, List<String> providers)
      throws Exception {
    Path source = sources.resolve(name);
    StringBuilder services = new StringBuilder();
    for (String provider : providers) {
      String[] parts = provider.split(":");
      JdkTools.write(
          source,
          pkg.replace('.', '/') + "/" + parts[0] + ".java",
          provider(pkg, parts[0], parts[1]));
      services.append(pkg).append('.').append(parts[0]).append('\n');
    }
    Path classes = jars.resolve(name);
    JdkTools.javac(source, classes);
    JdkTools.write(classes, "META-INF/services/java.security.Principal", services.toString());
  }

  private static URLClassLoader loader(String... names) throws Exception {
    URL[] urls = new URL[names.length];
    for (int i = 0; i < names.length; i++) {
      urls[i] = jars.resolve(names[i]).toUri().toURL();
    }
    return new URLClassLoader(urls, PluginsTest.class.getClassLoader());
  }

  private static List<String> violations(ValidationException e) {
    return e.violations().stream().map(Violation::toString).collect(Collectors.toList());
  }

  @Test
  void keepsPluginsInTheOrderOfTheirNames() {
    Named c = new Named("c");
    Named a = new Named("a");
    Renamed b = new Renamed("b");
    Plugins<Principal> plugins = Plugins.of(KIND, List.of(c, a));
    assertEquals(List.of("a", "c"), plugins.names());
    assertEquals(List.of(a, c), plugins.all());
    Plugins<Principal> more = plugins.with(List.of(b));
    assertEquals(List.of("a", "b", "c"), more.names());
    assertEquals(List.of(a, b, c), more.all());
    assertEquals(List.of("a", "c"), plugins.names(), "unchanged");
    assertEquals(Optional.of(b), more.find("b"));
    assertEquals(Optional.empty(), plugins.find("b"));
    assertSame(c, more.get("c"));
    assertEquals("PrincipalRegistry[a, b, c]", more.toString());
    assertEquals(more.names(), Plugins.builtIns(KIND, List.of(b, c, a)).names());
  }

  @Test
  void getNamesTheUnknownNameAndEveryKnownOne() {
    Plugins<Principal> plugins = Plugins.of(KIND, List.of(new Named("b"), new Named("a")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> plugins.get("z"));
    assertEquals("name: must be one of a, b (was \"z\")", e.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> Plugins.of(KIND, List.of()).get("z"));
    assertEquals(
        "name: must name a plug-in of the registry, which has none (was \"z\")", none.getMessage());
  }

  @Test
  void reportsEveryMalformedNameClashAndBrokenRuleAtOnce() {
    Plugins<Principal> builtIns = Plugins.builtIns(KIND, List.of(new Named("alpha")));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                builtIns.with(
                    List.of(
                        new Renamed("alpha"),
                        new Named("Bad Name"),
                        new Named(null),
                        new Renamed("beta"),
                        new Named("beta", " "),
                        new Named("a" + "b".repeat(64)),
                        new Named("b" + "c".repeat(63)))));
    assertEquals("PrincipalRegistry", e.subject());
    assertEquals(
        List.of(
            "principals[0].name: must be unique: built-in "
                + NAMED
                + " and added "
                + RENAMED
                + " both use it (was \"alpha\")",
            "principals[1].name: "
                + Problems.KEY_RULE
                + " (added "
                + NAMED
                + ") (was \"Bad Name\")",
            "principals[2].name: must not be null (added " + NAMED + ")",
            "principals[4].name: must be unique: added "
                + RENAMED
                + " (principals[3]) and added "
                + NAMED
                + " both use it (was \"beta\")",
            "principals[4].text: must not be blank (was \" \")",
            "principals[5].name: "
                + Problems.KEY_RULE
                + " (added "
                + NAMED
                + ") (was \"a"
                + "b".repeat(64)
                + "\")"),
        violations(e));
    ValidationException sameBatch =
        assertThrows(
            ValidationException.class,
            () -> Plugins.of(KIND, List.of(new Named("x"), new Renamed("x"), new Named("x"))));
    assertEquals(
        List.of("principals[1].name", "principals[2].name"),
        sameBatch.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void findsProvidersOnAClassPathInNameOrderWhateverTheOrderOfTheJars() throws Exception {
    Plugins<Principal> builtIns = Plugins.builtIns(KIND, List.of(new Named("known")));
    try (URLClassLoader forward = loader("first", "second");
        URLClassLoader backward = loader("second", "first")) {
      Plugins<Principal> installed = builtIns.installed(forward);
      assertEquals(List.of("alpha", "beta", "known", "zeta"), installed.names());
      assertEquals("example.first.Alpha", installed.get("alpha").getClass().getName());
      assertEquals(installed.names(), builtIns.installed(backward).names());
      // The context class loader is where installed() looks by default.
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(backward);
      try {
        assertEquals(installed.names(), builtIns.installed().names());
      } finally {
        thread.setContextClassLoader(before);
      }
    }
    assertEquals(List.of("known"), builtIns.installed().names(), "no providers of its own");
  }

  @Test
  void namesBothSidesOfEveryClashAmongProviders() throws Exception {
    Plugins<Principal> builtIns = Plugins.builtIns(KIND, List.of(new Named("known")));
    List<String> expected =
        List.of(
            "principals[0].name: "
                + Problems.KEY_RULE
                + " (provider example.clashing.Lower) (was \"0\")",
            "principals[2].name: must be unique: provider example.clashing.Alpha (principals[1])"
                + " and provider example.first.Alpha both use it (was \"alpha\")",
            "principals[3].name: must be unique: built-in "
                + NAMED
                + " and provider example.clashing.Known both use it (was \"known\")");
    try (URLClassLoader forward = loader("first", "clashing");
        URLClassLoader backward = loader("clashing", "first")) {
      assertEquals(
          expected,
          violations(assertThrows(ValidationException.class, () -> builtIns.installed(forward))));
      assertEquals(
          expected,
          violations(assertThrows(ValidationException.class, () -> builtIns.installed(backward))));
    }
  }

  @Test
  void findsTheProvidersOfAModuleLayer() {
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration =
        boot.configuration()
            .resolveAndBind(
                ModuleFinder.of(jars.resolve("module")),
                ModuleFinder.of(),
                Set.of("example.principals"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    Plugins<Principal> installed =
        Plugins.builtIns(KIND, List.of(new Named("known"))).installed(layer);
    assertEquals(List.of("gamma", "known"), installed.names());
    assertEquals("example.principals", installed.get("gamma").getClass().getModule().getName());
  }

  @Test
  void nullArgumentsAndNullPluginsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PluginKind.class, KIND)
            .setDefault(Class.class, Principal.class)
            .setDefault(Iterable.class, List.of())
            .setDefault(ClassLoader.class, PluginsTest.class.getClassLoader())
            .setDefault(ModuleLayer.class, ModuleLayer.boot());
    tester.testAllPublicStaticMethods(Plugins.class);
    tester.testAllPublicStaticMethods(PluginKind.class);
    tester.testAllPublicConstructors(PluginKind.class);
    tester.testAllPublicInstanceMethods(Plugins.of(KIND, List.of(new Named("a"))));
    tester.testAllPublicInstanceMethods(KIND);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> Plugins.of(KIND, Arrays.asList(new Named("a"), null)));
    assertEquals("principals[1]", e.getMessage());
  }
}
