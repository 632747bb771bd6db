package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.PluginKind;
import io.github.journeykit.core.internal.Plugins;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Strategies by name: the built-ins, strategies found with {@link ServiceLoader}, and any added
 * with {@link #with}. Immutable; each change returns a new registry. Names are unique: a second
 * strategy with a taken name is rejected, with both named in the error.
 *
 * <p>Service providers implement {@link ScoringStrategy} and are listed in {@code
 * META-INF/services/io.github.journeykit.scoring.ScoringStrategy} on the class path, or declared
 * with {@code provides io.github.journeykit.scoring.ScoringStrategy with ...} in a module. They are
 * loaded only when asked ({@link #installed()}), and taken in name order, so the result does not
 * depend on the order of the class path.
 *
 * <p>The registry speaks the vocabulary of every JourneyKit registry ({@code AuditRegistry} of
 * core, {@code ExporterRegistry} of export): {@link #builtIns()}, {@link #installed()}, {@link
 * #of}, {@link #with}, {@link #names()}, {@link #all()}, {@link #find} and {@link #get}, with
 * {@link #all(Subject)}, {@link #find(String, Subject)} and {@link #get(String, Subject)} for the
 * strategies of one subject. Names must be keys ({@code [a-z][A-Za-z0-9_-]{0,63}}) and unique: a
 * {@link ValidationException} lists every malformed name, missing subject and clash at once, each
 * at its path (such as {@code strategies[3].name}), a clash naming both strategies' classes and
 * whether each is built in, a service provider or added. {@link #get} throws an {@link
 * IllegalArgumentException} naming every known strategy for an unknown name.
 *
 * <pre>{@code
 * StrategyRegistry registry = StrategyRegistry.installed();
 * ScoringStrategy<ActionItem> rice = registry.get("rice", Subject.ACTION);
 * StrategyRegistry mine = registry.with(ScoringStrategy.of("reach", Subject.ACTION, scorer));
 * mine.all(Subject.ACTION);   // ice, ice-mean, reach, rice, value-effort, wsjf
 * }</pre>
 */
public final class StrategyRegistry {
  @SuppressWarnings("unchecked")
  private static final PluginKind<ScoringStrategy<?>> STRATEGIES =
      PluginKind.<ScoringStrategy<?>>of(
              (Class<ScoringStrategy<?>>) (Class<?>) ScoringStrategy.class,
              "StrategyRegistry",
              "strategies",
              "name",
              ScoringStrategy::name)
          .checking(
              (strategy, path, problems) ->
                  problems.check(
                      strategy.subject() != null, path + ".subject", "must not be null", null));

  private static final StrategyRegistry BUILT_INS = builtInRegistry();

  private final Plugins<ScoringStrategy<?>> strategies;

  private StrategyRegistry(Plugins<ScoringStrategy<?>> strategies) {
    this.strategies = strategies;
  }

  /**
   * The built-in strategies, under the names listed in {@link ScoringStrategies}.
   *
   * @return the registry
   */
  public static StrategyRegistry builtIns() {
    return BUILT_INS;
  }

  /**
   * The built-ins and the strategies that {@link ServiceLoader} finds for this thread's context
   * class loader (and, on the module path, in the modules that provide the service).
   *
   * @return the registry
   * @throws ValidationException if a provider's name is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static StrategyRegistry installed() {
    return new StrategyRegistry(BUILT_INS.strategies.installed());
  }

  /**
   * The built-ins and the strategies that {@link ServiceLoader} finds with {@code loader}.
   *
   * @param loader where to look for providers
   * @return the registry
   * @throws ValidationException if a provider's name is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static StrategyRegistry installed(ClassLoader loader) {
    return new StrategyRegistry(BUILT_INS.strategies.installed(loader));
  }

  /**
   * The built-ins and the strategies that the modules of {@code layer} (and its parents) provide.
   *
   * @param layer the module layer to search
   * @return the registry
   * @throws ValidationException if a provider's name is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static StrategyRegistry installed(ModuleLayer layer) {
    return new StrategyRegistry(BUILT_INS.strategies.installed(layer));
  }

  /**
   * Exactly the given strategies.
   *
   * @param strategies the strategies
   * @return the registry
   * @throws ValidationException listing every name that is not a key or is repeated
   */
  public static StrategyRegistry of(ScoringStrategy<?>... strategies) {
    return of(Arrays.asList(strategies));
  }

  /**
   * Exactly the given strategies.
   *
   * @param strategies the strategies
   * @return the registry
   * @throws ValidationException listing every name that is not a key or is repeated
   */
  public static StrategyRegistry of(Iterable<? extends ScoringStrategy<?>> strategies) {
    return new StrategyRegistry(Plugins.of(STRATEGIES, strategies));
  }

  /**
   * This registry and more strategies.
   *
   * @param added the strategies to add
   * @return the new registry
   * @throws ValidationException listing every name that is not a key, repeated, or already taken
   */
  public StrategyRegistry with(ScoringStrategy<?>... added) {
    return with(Arrays.asList(added));
  }

  /**
   * This registry and more strategies.
   *
   * @param added the strategies to add
   * @return the new registry
   * @throws ValidationException listing every name that is not a key, repeated, or already taken
   */
  public StrategyRegistry with(Iterable<? extends ScoringStrategy<?>> added) {
    return new StrategyRegistry(strategies.with(added));
  }

  /**
   * The names of all strategies.
   *
   * @return the names, in order
   */
  public List<String> names() {
    return strategies.names();
  }

  /**
   * Every strategy.
   *
   * @return the strategies, in name order
   */
  public List<ScoringStrategy<?>> all() {
    return strategies.all();
  }

  /**
   * The strategies that score one kind of element.
   *
   * @param subject the kind of element
   * @param <T> its type
   * @return the strategies, in name order
   */
  public <T> List<ScoringStrategy<T>> all(Subject<T> subject) {
    requireNonNull(subject, "subject");
    ImmutableList.Builder<ScoringStrategy<T>> found = ImmutableList.builder();
    for (ScoringStrategy<?> strategy : strategies.all()) {
      scoring(strategy, subject).ifPresent(found::add);
    }
    return found.build();
  }

  /**
   * The strategy with a name, if there is one.
   *
   * @param name the name
   * @return the strategy
   */
  public Optional<ScoringStrategy<?>> find(String name) {
    return strategies.find(name);
  }

  /**
   * The strategy with a name, if there is one and it scores the given kind of element.
   *
   * @param name the name, such as {@code rice}
   * @param subject the kind of element it must score
   * @param <T> its type
   * @return the strategy
   */
  public <T> Optional<ScoringStrategy<T>> find(String name, Subject<T> subject) {
    requireNonNull(subject, "subject");
    return find(name).flatMap(strategy -> scoring(strategy, subject));
  }

  /**
   * The strategy with a name.
   *
   * @param name the name, such as {@code rice}
   * @return the strategy
   * @throws IllegalArgumentException naming every known strategy, if none has the name
   */
  public ScoringStrategy<?> get(String name) {
    return strategies.get(name);
  }

  /**
   * The strategy with a name, which must score the given kind of element.
   *
   * @param name the name, such as {@code rice}
   * @param subject the kind of element it must score
   * @param <T> its type
   * @return the strategy
   * @throws IllegalArgumentException if there is no strategy with the name (naming every known
   *     one), or it scores another kind
   */
  public <T> ScoringStrategy<T> get(String name, Subject<T> subject) {
    requireNonNull(subject, "subject");
    ScoringStrategy<?> strategy = get(name);
    return scoring(strategy, subject)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    Violation.of(
                            "name",
                            "must name a strategy of "
                                + subject
                                + "s; it scores "
                                + strategy.subject()
                                + "s",
                            name)
                        .toString()));
  }

  /** The strategy as one of {@code subject}, if that is what it scores. */
  @SuppressWarnings("unchecked")
  private static <T> Optional<ScoringStrategy<T>> scoring(
      ScoringStrategy<?> strategy, Subject<T> subject) {
    return strategy.subject() == subject
        ? Optional.of((ScoringStrategy<T>) strategy)
        : Optional.empty();
  }

  /**
   * A short form such as {@code StrategyRegistry[ces, ces-normal, ...]}.
   *
   * @return the registry in words
   */
  @Override
  public String toString() {
    return strategies.toString();
  }

  private static StrategyRegistry builtInRegistry() {
    List<ScoringStrategy<?>> builtIns =
        List.of(
            ScoringStrategies.experienceScore(),
            ScoringStrategies.experienceScore(Subject.STAGE, ScoringStrategies.seedCriteria()),
            ScoringStrategies.experienceScore(Subject.TOUCHPOINT, ScoringStrategies.seedCriteria()),
            ScoringStrategies.experienceGap(),
            ScoringStrategies.experienceGapByStage(),
            ScoringStrategies.experienceGapByJourney(),
            ScoringStrategies.weightedExperienceGap(Map.of()),
            ScoringStrategies.servqualPublished(),
            ScoringStrategies.servqualPooled(),
            ScoringStrategies.emotion(),
            ScoringStrategies.emotionByStage(),
            ScoringStrategies.emotionByJourney(),
            ScoringStrategies.painDepth(),
            ScoringStrategies.deepestPain(),
            ScoringStrategies.nps(),
            ScoringStrategies.nps(IntervalMethod.WALD, ScoringStrategies.DEFAULT_LEVEL),
            ScoringStrategies.csat(),
            ScoringStrategies.ces(),
            ScoringStrategies.ces(IntervalMethod.NORMAL, ScoringStrategies.DEFAULT_LEVEL),
            ScoringStrategies.cesShare(),
            ScoringStrategies.rice(),
            ScoringStrategies.ice(IceForm.PRODUCT),
            ScoringStrategies.ice(IceForm.MEAN),
            ScoringStrategies.wsjf(),
            ScoringStrategies.valueEffortByMedian(),
            ScoringStrategies.momentUplift());
    return new StrategyRegistry(Plugins.builtIns(STRATEGIES, builtIns));
  }
}
