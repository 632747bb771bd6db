package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.audit.AuditRegistry;
import io.github.journeykit.core.audit.AuditRule;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.ExporterRegistry;
import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.StrategyRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three registries of plug-ins speak one vocabulary: the same public methods, with the registry
 * and its plug-in type in the same places, and the same errors for a clash and an unknown name.
 */
class RegistryVocabularyTest {
  /** Every registry's public methods, with {@code R} for the registry and {@code P} its plug-in. */
  private static final Set<String> VOCABULARY =
      Set.of(
          "static R builtIns()",
          "static R installed()",
          "static R installed(java.lang.ClassLoader)",
          "static R installed(java.lang.ModuleLayer)",
          "static R of(P[])",
          "static R of(java.lang.Iterable<? extends P>)",
          "R with(P[])",
          "R with(java.lang.Iterable<? extends P>)",
          "java.util.List<java.lang.String> names()",
          "java.util.List<P> all()",
          "java.util.Optional<P> find(java.lang.String)",
          "P get(java.lang.String)",
          "java.lang.String toString()");

  /** A registry, its plug-ins' type, their name in paths, and the methods it has besides. */
  private record Registry(Class<?> type, String plugin, String list, String key, Set<String> own) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Registry> registries() {
    return Stream.of(
        new Registry(
            AuditRegistry.class,
            AuditRule.class.getName(),
            "rules",
            "id",
            Set.of(
                "java.util.List<io.github.journeykit.core.audit.Finding>"
                    + " audit(io.github.journeykit.core.model.Journey,"
                    + "io.github.journeykit.core.audit.AuditContext)",
                "io.github.journeykit.core.audit.ActivationReport"
                    + " report(io.github.journeykit.core.model.Journey,"
                    + "io.github.journeykit.core.audit.AuditContext)")),
        new Registry(
            StrategyRegistry.class,
            ScoringStrategy.class.getName() + "<?>",
            "strategies",
            "name",
            Set.of(
                "<T> java.util.List<io.github.journeykit.scoring.ScoringStrategy<T>>"
                    + " all(io.github.journeykit.scoring.Subject<T>)",
                "<T> java.util.Optional<io.github.journeykit.scoring.ScoringStrategy<T>>"
                    + " find(java.lang.String,io.github.journeykit.scoring.Subject<T>)",
                "<T> io.github.journeykit.scoring.ScoringStrategy<T>"
                    + " get(java.lang.String,io.github.journeykit.scoring.Subject<T>)")),
        new Registry(
            ExporterRegistry.class,
            JourneyExporter.class.getName(),
            "exporters",
            "name",
            Set.of(
                "static java.lang.String fileName(java.lang.String,P)",
                "java.util.Map<java.lang.String, java.nio.file.Path>"
                    + " writeAll(io.github.journeykit.export.MapReport,java.nio.file.Path)",
                "java.util.Map<java.lang.String, java.util.Map<java.lang.String,"
                    + " java.nio.file.Path>> writeAll(java.util.List<io.github.journeykit.export"
                    + ".MapReport>,java.nio.file.Path)")));
  }

  @ParameterizedTest
  @MethodSource("registries")
  void speaksTheVocabularyOfEveryRegistry(Registry registry) {
    Set<String> methods = new TreeSet<>();
    for (Method method : registry.type().getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
        methods.add(signature(registry, method));
      }
    }
    Set<String> missing = new TreeSet<>(VOCABULARY);
    missing.removeAll(methods);
    assertEquals(Set.of(), missing, "the vocabulary's methods that " + registry + " lacks");
    Set<String> own = new TreeSet<>(methods);
    own.removeAll(VOCABULARY);
    assertEquals(new TreeSet<>(registry.own()), own, "the methods " + registry + " has besides");
  }

  @ParameterizedTest
  @MethodSource("registries")
  void rejectsATakenNameAndAnUnknownOneTheSameWay(Registry registry) throws Exception {
    Object builtIns = registry.type().getMethod("builtIns").invoke(null);
    Object first = ((List<?>) registry.type().getMethod("all").invoke(builtIns)).get(0);
    Method with = registry.type().getMethod("with", Iterable.class);
    ValidationException clash =
        assertInstanceOf(ValidationException.class, thrown(with, builtIns, List.of(first)));
    assertEquals(registry.toString(), clash.subject());
    Violation violation = clash.violations().get(0);
    assertEquals(registry.list() + "[0]." + registry.key(), violation.path());
    String type = first.getClass().getName();
    assertEquals(
        "must be unique: built-in " + type + " and added " + type + " both use it",
        violation.rule());

    List<?> names = (List<?>) registry.type().getMethod("names").invoke(builtIns);
    Method get = registry.type().getMethod("get", String.class);
    IllegalArgumentException unknown =
        assertInstanceOf(IllegalArgumentException.class, thrown(get, builtIns, "no-such-name"));
    assertEquals(
        registry.key()
            + ": must be one of "
            + names.stream().map(Object::toString).collect(Collectors.joining(", "))
            + " (was \"no-such-name\")",
        unknown.getMessage());
  }

  /** What {@code method} throws when called on {@code target} with {@code argument}. */
  private static Throwable thrown(Method method, Object target, Object argument) {
    return assertThrows(InvocationTargetException.class, () -> method.invoke(target, argument))
        .getCause();
  }

  /**
   * A method as {@code [static ][<T> ]return name(parameters)}, with {@code R} for the registry and
   * {@code P} for its plug-in type.
   */
  private static String signature(Registry registry, Method method) {
    String variables =
        Arrays.stream(method.getTypeParameters())
            .map(Type::getTypeName)
            .collect(Collectors.joining(","));
    String parameters =
        Arrays.stream(method.getGenericParameterTypes())
            .map(t -> generic(registry, t))
            .collect(Collectors.joining(","));
    return (Modifier.isStatic(method.getModifiers()) ? "static " : "")
        + (variables.isEmpty() ? "" : "<" + variables + "> ")
        + generic(registry, method.getGenericReturnType())
        + " "
        + method.getName()
        + "("
        + parameters
        + ")";
  }

  private static String generic(Registry registry, Type type) {
    String name = type.getTypeName();
    return name.equals(registry.type().getName()) ? "R" : name.replace(registry.plugin(), "P");
  }
}
