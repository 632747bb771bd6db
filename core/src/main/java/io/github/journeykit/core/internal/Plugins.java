package io.github.journeykit.core.internal;

import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The plug-ins of one {@link PluginKind}, each under its own name, in the order of their names: the
 * one mechanism behind JourneyKit's registries of audit rules, scoring strategies and exporters.
 * Not public API.
 *
 * <p>Plug-ins come three ways: built in, passed in ({@link #of}, {@link #with}), or found through
 * {@link ServiceLoader} ({@link #installed()}). Every plug-in's name must be a key ({@link
 * Problems#KEY_RULE}) that no other plug-in uses, and must keep the kind's further rules; adding
 * plug-ins checks them all and throws one {@link ValidationException} that lists every problem,
 * each at the plug-in's path among those added (such as {@code exporters[2].name}), a clash naming
 * both plug-ins with their classes and where each came from. Service providers are taken in the
 * order of their names, then of their classes, so that neither the result nor its errors depend on
 * the order of a class path. Immutable: each change returns a new set.
 *
 * <pre>{@code
 * Plugins<AuditRule> rules = Plugins.builtIns(KIND, AuditRules.builtIns()).installed();
 * rules.names();                      // [action-overdue, action-without-kpi, ...]
 * rules.get("touchpoint-without-owner");
 * }</pre>
 *
 * @param <P> the type of the plug-ins
 */
public final class Plugins<P> {
  /** Where a plug-in came from, as messages say it. */
  private enum Origin {
    BUILT_IN("built-in"),
    PROVIDER("provider"),
    ADDED("added");

    private final String word;

    Origin(String word) {
      this.word = word;
    }
  }

  /** A plug-in and where it came from. */
  private record Entry<P>(P plugin, Origin origin) {
    String describe() {
      return origin.word + " " + plugin.getClass().getName();
    }
  }

  private final PluginKind<P> kind;
  private final ImmutableSortedMap<String, Entry<P>> byName;
  private final ImmutableList<P> all;

  private Plugins(PluginKind<P> kind, Map<String, Entry<P>> byName) {
    this.kind = kind;
    this.byName = ImmutableSortedMap.copyOf(byName);
    this.all =
        this.byName.values().stream().map(Entry::plugin).collect(ImmutableList.toImmutableList());
  }

  /**
   * The built-in plug-ins of a kind; messages about a clash with one of them call it built-in.
   *
   * @param kind the kind
   * @param plugins the built-ins
   * @param <P> the type of the plug-ins
   * @return the set
   * @throws ValidationException listing every name that is not a key or is used twice, and every
   *     further rule broken
   */
  public static <P> Plugins<P> builtIns(PluginKind<P> kind, Iterable<? extends P> plugins) {
    return new Plugins<>(requireNonNull(kind, "kind"), Map.of()).add(Origin.BUILT_IN, plugins);
  }

  /**
   * Exactly the given plug-ins.
   *
   * @param kind the kind
   * @param plugins the plug-ins
   * @param <P> the type of the plug-ins
   * @return the set
   * @throws ValidationException listing every name that is not a key or is used twice, and every
   *     further rule broken
   */
  public static <P> Plugins<P> of(PluginKind<P> kind, Iterable<? extends P> plugins) {
    return new Plugins<>(requireNonNull(kind, "kind"), Map.of()).add(Origin.ADDED, plugins);
  }

  /**
   * These plug-ins and more.
   *
   * @param plugins the plug-ins to add
   * @return the new set
   * @throws ValidationException listing every name that is not a key, is used twice among {@code
   *     plugins} or is taken here, and every further rule broken
   */
  public Plugins<P> with(Iterable<? extends P> plugins) {
    return add(Origin.ADDED, plugins);
  }

  /**
   * These plug-ins and the service providers that the thread's context class loader finds (or the
   * system class loader, if the thread has none): in modules that declare {@code provides}, and on
   * the class path in {@code META-INF/services}.
   *
   * @return the new set
   * @throws ValidationException if a provider's name is not a key or is taken, or a provider breaks
   *     a further rule
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public Plugins<P> installed() {
    return withProviders(ServiceLoader.load(usable(kind.service())));
  }

  /**
   * These plug-ins and the service providers that {@code loader} finds.
   *
   * @param loader the class loader to search, such as one for a directory of plug-in jars
   * @return the new set
   * @throws ValidationException if a provider's name is not a key or is taken, or a provider breaks
   *     a further rule
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public Plugins<P> installed(ClassLoader loader) {
    requireNonNull(loader, "loader");
    return withProviders(ServiceLoader.load(usable(kind.service()), loader));
  }

  /**
   * These plug-ins and the service providers of the modules of {@code layer} and its parents.
   *
   * @param layer the module layer to search
   * @return the new set
   * @throws ValidationException if a provider's name is not a key or is taken, or a provider breaks
   *     a further rule
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public Plugins<P> installed(ModuleLayer layer) {
    requireNonNull(layer, "layer");
    return withProviders(ServiceLoader.load(layer, usable(kind.service())));
  }

  /**
   * The names, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return byName.keySet().asList();
  }

  /**
   * The plug-ins, in the order of their names.
   *
   * @return the plug-ins
   */
  public List<P> all() {
    return all;
  }

  /**
   * The plug-in with a name.
   *
   * @param name the name
   * @return the plug-in, if there is one by that name
   */
  public Optional<P> find(String name) {
    Entry<P> entry = byName.get(requireNonNull(name, kind.key()));
    return entry == null ? Optional.empty() : Optional.of(entry.plugin());
  }

  /**
   * The plug-in with a name.
   *
   * @param name the name
   * @return the plug-in
   * @throws IllegalArgumentException if none has the name; the message gives the name and every
   *     known one, such as {@code name: must be one of csv, html, json (was "pdf")}
   */
  public P get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    Violation.of(
                            kind.key(),
                            names().isEmpty()
                                ? "must name a plug-in of the registry, which has none"
                                : "must be one of " + String.join(", ", names()),
                            name)
                        .toString()));
  }

  /**
   * The registry's simple name and the names, such as {@code ExporterRegistry[csv, html]}.
   *
   * @return the set in words
   */
  @Override
  public String toString() {
    return kind.registry() + names();
  }

  /**
   * Lets this module's {@link ServiceLoader} look for {@code service} on behalf of the module whose
   * registry asks, as a framework may (see {@link Module#addUses}).
   */
  private static <P> Class<P> usable(Class<P> service) {
    Plugins.class.getModule().addUses(service);
    return service;
  }

  private Plugins<P> withProviders(ServiceLoader<P> loader) {
    List<P> providers = new ArrayList<>();
    loader.forEach(providers::add);
    providers.sort(
        Comparator.comparing(kind.name(), nullsFirst(naturalOrder()))
            .thenComparing(p -> p.getClass().getName()));
    return add(Origin.PROVIDER, providers);
  }

  private Plugins<P> add(Origin origin, Iterable<? extends P> plugins) {
    requireNonNull(plugins, kind.list());
    Problems problems = Problems.of(kind.registry());
    Map<String, Entry<P>> all = new TreeMap<>(byName);
    Map<String, String> pathsOfAdded = new HashMap<>();
    int index = 0;
    for (P plugin : plugins) {
      String path = kind.path(index++);
      Entry<P> entry = new Entry<>(requireNonNull(plugin, path), origin);
      String namePath = path + "." + kind.key();
      String name = kind.name().apply(plugin);
      if (name == null) {
        problems.add(namePath, "must not be null (" + entry.describe() + ")", null);
      } else if (!Problems.isKey(name)) {
        problems.add(namePath, Problems.KEY_RULE + " (" + entry.describe() + ")", name);
      } else {
        Entry<P> first = all.putIfAbsent(name, entry);
        if (first == null) {
          pathsOfAdded.put(name, path);
        } else {
          String where = pathsOfAdded.containsKey(name) ? " (" + pathsOfAdded.get(name) + ")" : "";
          problems.add(
              namePath,
              "must be unique: "
                  + first.describe()
                  + where
                  + " and "
                  + entry.describe()
                  + " both use it",
              name);
        }
      }
      kind.rules().check(plugin, path, problems);
    }
    problems.throwIfAny();
    return new Plugins<>(kind, all);
  }
}
