package io.github.journeykit.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * One kind of plug-in, as {@link Plugins} needs to know it: the service type that {@link
 * java.util.ServiceLoader} looks for, how a plug-in is named, the words its registry's messages
 * use, and any rules a plug-in must keep beyond a unique key for a name. Not public API.
 *
 * <pre>{@code
 * PluginKind<JourneyExporter> kind =
 *     PluginKind.of(JourneyExporter.class, "ExporterRegistry", "exporters", "name",
 *             JourneyExporter::name)
 *         .checking((exporter, path, problems) ->
 *             problems.text(path + ".mediaType", exporter.mediaType()));
 * }</pre>
 *
 * @param service the interface that plug-ins implement and service providers provide
 * @param registry the registry's simple name, the subject of its exceptions, such as {@code
 *     AuditRegistry}
 * @param list the plug-ins' name in paths, such as {@code rules} in {@code rules[3].id}
 * @param key the name of the field that names a plug-in, such as {@code id} or {@code name}
 * @param name reads a plug-in's name
 * @param rules the rules a plug-in must keep besides its name's
 * @param <P> the type of the plug-ins
 */
public record PluginKind<P>(
    Class<P> service,
    String registry,
    String list,
    String key,
    Function<? super P, String> name,
    Rules<? super P> rules) {
  /**
   * Rules that a plug-in of a kind must keep besides its name's.
   *
   * @param <P> the type of the plug-ins
   */
  @FunctionalInterface
  public interface Rules<P> {
    /**
     * Records every rule that {@code plugin} breaks.
     *
     * @param plugin the plug-in
     * @param path its path, such as {@code exporters[2]}, to put in front of each field's name
     * @param problems where to record what it breaks
     */
    void check(P plugin, String path, Problems problems);
  }

  /**
   * A kind of plug-in; every component is required.
   *
   * @throws NullPointerException if a component is null
   */
  public PluginKind {
    requireNonNull(service, "service");
    requireNonNull(registry, "registry");
    requireNonNull(list, "list");
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(rules, "rules");
  }

  /**
   * A kind of plug-in with no rules besides its name's.
   *
   * @param service the interface that plug-ins implement and service providers provide
   * @param registry the registry's simple name, such as {@code AuditRegistry}
   * @param list the plug-ins' name in paths, such as {@code rules}
   * @param key the name of the field that names a plug-in, such as {@code id}
   * @param name reads a plug-in's name
   * @param <P> the type of the plug-ins
   * @return the kind
   */
  public static <P> PluginKind<P> of(
      Class<P> service,
      String registry,
      String list,
      String key,
      Function<? super P, String> name) {
    return new PluginKind<>(service, registry, list, key, name, (plugin, path, problems) -> {});
  }

  /**
   * This kind, whose plug-ins must also keep {@code rules}.
   *
   * @param rules the further rules
   * @return the new kind
   */
  public PluginKind<P> checking(Rules<? super P> rules) {
    return new PluginKind<>(service, registry, list, key, name, rules);
  }

  /** The path of the plug-in at {@code index} among those added, such as {@code rules[3]}. */
  String path(int index) {
    return list + "[" + index + "]";
  }
}
