package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strategies by name: the built-ins, strategies found with {@link ServiceLoader}, and any added
 * with {@link #with}. Immutable; each change returns a new registry. Names are unique: a second
 * strategy with a taken name is rejected, with both named in the error.
 *
 * <p>Service providers implement {@link ScoringStrategy} and are listed in {@code
 * META-INF/services/io.github.journeykit.scoring.ScoringStrategy} on the class path, or declared
 * with {@code provides io.github.journeykit.scoring.ScoringStrategy with ...} in a module. They are
 * loaded only when asked ({@link #standard()}, {@link #loading}), and taken in name order, so the
 * result does not depend on the order of the class path.
 *
 * <pre>{@code
 * StrategyRegistry registry = StrategyRegistry.standard();
 * ScoringStrategy<ActionItem> rice = registry.byName("rice", Subject.ACTION);
 * StrategyRegistry mine = registry.with(ScoringStrategy.of("reach", Subject.ACTION, scorer));
 * }</pre>
 */
public final class StrategyRegistry {
  private static final StrategyRegistry BUILT_INS = builtInRegistry();

  private final ImmutableSortedMap<String, ScoringStrategy<?>> strategies;

  private StrategyRegistry(Map<String, ScoringStrategy<?>> strategies) {
    this.strategies = ImmutableSortedMap.copyOf(strategies);
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
   * The built-ins and the strategies that {@link ServiceLoader#load(Class)} finds for this thread's
   * context class loader (and, on the module path, in the modules that provide the service).
   *
   * @return the registry
   * @throws ValidationException if a provider's name is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static StrategyRegistry standard() {
    return BUILT_INS.with(loaded(ServiceLoader.load(ScoringStrategy.class)));
  }

  /**
   * The built-ins and the strategies that {@link ServiceLoader} finds with {@code classLoader}.
   *
   * @param classLoader where to look for providers
   * @return the registry
   * @throws ValidationException if a provider's name is not a key or is taken
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static StrategyRegistry loading(ClassLoader classLoader) {
    requireNonNull(classLoader, "classLoader");
    return BUILT_INS.with(loaded(ServiceLoader.load(ScoringStrategy.class, classLoader)));
  }

  @SuppressWarnings("rawtypes")
  private static List<ScoringStrategy<?>> loaded(ServiceLoader<ScoringStrategy> loader) {
    List<ScoringStrategy<?>> found = new ArrayList<>();
    for (ScoringStrategy<?> strategy : loader) {
      found.add(strategy);
    }
    found.sort(Comparator.comparing(ScoringStrategy::name));
    return found;
  }

  /**
   * This registry and more strategies.
   *
   * @param added the strategies to add
   * @return the new registry
   * @throws ValidationException listing every name that is not a key, repeated, or already taken
   */
  public StrategyRegistry with(ScoringStrategy<?>... added) {
    requireNonNull(added, "added");
    return with(List.of(added));
  }

  /**
   * This registry and more strategies.
   *
   * @param added the strategies to add
   * @return the new registry
   * @throws ValidationException listing every name that is not a key, repeated, or already taken
   */
  public StrategyRegistry with(Iterable<? extends ScoringStrategy<?>> added) {
    requireNonNull(added, "added");
    Map<String, ScoringStrategy<?>> all = new TreeMap<>(strategies);
    Problems problems = Problems.of("StrategyRegistry");
    int i = 0;
    for (ScoringStrategy<?> strategy : added) {
      String path = "strategies[" + i++ + "]";
      requireNonNull(strategy, path);
      String name = requireNonNull(strategy.name(), path + ".name()");
      requireNonNull(strategy.subject(), path + ".subject()");
      problems.key(path + ".name", name);
      ScoringStrategy<?> taken = all.putIfAbsent(name, strategy);
      if (taken != null) {
        problems.add(
            path + ".name",
            "must be unique; it is taken by " + describe(taken) + ", not " + describe(strategy),
            name);
      }
    }
    problems.throwIfAny();
    return new StrategyRegistry(all);
  }

  private static String describe(ScoringStrategy<?> strategy) {
    return strategy.getClass().getName() + " (" + strategy.subject() + ")";
  }

  /**
   * The names of all strategies.
   *
   * @return the names, in order
   */
  public Set<String> names() {
    return strategies.keySet();
  }

  /**
   * The strategies that score one kind of element.
   *
   * @param subject the kind of element
   * @param <T> its type
   * @return the strategies, in name order
   */
  @SuppressWarnings("unchecked")
  public <T> List<ScoringStrategy<T>> strategies(Subject<T> subject) {
    requireNonNull(subject, "subject");
    ImmutableList.Builder<ScoringStrategy<T>> found = ImmutableList.builder();
    for (ScoringStrategy<?> strategy : strategies.values()) {
      if (strategy.subject() == subject) {
        found.add((ScoringStrategy<T>) strategy);
      }
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
    return Optional.ofNullable(strategies.get(requireNonNull(name, "name")));
  }

  /**
   * The strategy with a name.
   *
   * @param name the name, such as {@code rice}
   * @return the strategy
   * @throws ValidationException naming every known strategy if there is none with the name
   */
  public ScoringStrategy<?> byName(String name) {
    requireNonNull(name, "name");
    ScoringStrategy<?> strategy = strategies.get(name);
    if (strategy == null) {
      throw new ValidationException(
          "StrategyRegistry",
          List.of(
              Violation.of(
                  "name", "must name a known strategy: " + String.join(", ", names()), name)));
    }
    return strategy;
  }

  /**
   * The strategy with a name, which must score the given kind of element.
   *
   * @param name the name, such as {@code rice}
   * @param subject the kind of element it must score
   * @param <T> its type
   * @return the strategy
   * @throws ValidationException if there is no strategy with the name, or it scores another kind
   */
  @SuppressWarnings("unchecked")
  public <T> ScoringStrategy<T> byName(String name, Subject<T> subject) {
    requireNonNull(subject, "subject");
    ScoringStrategy<?> strategy = byName(name);
    if (strategy.subject() != subject) {
      throw new ValidationException(
          "StrategyRegistry",
          List.of(
              Violation.of(
                  "name",
                  "must name a strategy of " + subject + "s; it scores " + strategy.subject() + "s",
                  name)));
    }
    return (ScoringStrategy<T>) strategy;
  }

  /**
   * A short form such as {@code StrategyRegistry[ces, ces-normal, ...]}.
   *
   * @return the registry in words
   */
  @Override
  public String toString() {
    return "StrategyRegistry" + names();
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
    return new StrategyRegistry(Map.of()).with(builtIns);
  }
}
