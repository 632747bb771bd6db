package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What the customers of an event log did on one journey, summed up for the map and its reports: the
 * funnel over the stages, how many cases kept to the designed journey and how the others departed
 * from it, the most frequent paths, and each touchpoint's reach and repeat rate.
 *
 * <p>Path analysis (module {@code journeykit-analytics}) makes it from an event log; exporters
 * render it; the JSON reader reads it back; a team with analytics of its own can build one with
 * {@link #builder()} to have JourneyKit render it.
 *
 * <pre>{@code
 * PathSummary paths = analysis.summary(10);
 * paths.conformanceRate();          // OptionalDouble[0.43]: 43% of cases kept to the map
 * paths.deviations().get(0);        // repeated call: 212 cases, 390 times
 * paths.touchpoint("chat").get().reach();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class PathSummary {
  PathSummary() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutablePathSummary.builder();
  }

  /**
   * The journey whose designed path the cases were measured against.
   *
   * @return the journey's id
   */
  public abstract String journeyId();

  /**
   * The cases (customers' journeys) of the log.
   *
   * @return the count
   */
  public abstract long cases();

  /**
   * The events of the log.
   *
   * @return the count
   */
  public abstract long events();

  /**
   * The events that map to no touchpoint of the journey: ad hoc steps.
   *
   * @return the count
   */
  public abstract long adHocEvents();

  /**
   * The time of the log's first event.
   *
   * @return the time, or empty for an empty log
   */
  public abstract Optional<Instant> firstEvent();

  /**
   * The time of the log's last event.
   *
   * @return the time, or empty for an empty log
   */
  public abstract Optional<Instant> lastEvent();

  /**
   * The cases that kept to the designed journey, up to the last stage they reached: no deviation of
   * any kind.
   *
   * @return the count
   */
  public abstract long conformingCases();

  /**
   * The mean fitness of the cases: for each, {@code 1 - cost / worst cost} of its alignment to the
   * designed journey, in [0, 1].
   *
   * @return the mean, or empty for a log without cases
   */
  public abstract OptionalDouble meanFitness();

  /**
   * The funnel, one entry per stage of the journey in order.
   *
   * @return the funnel
   */
  public abstract List<FunnelStage> funnel();

  /**
   * The cases with at least one deviation of each kind.
   *
   * @return the counts by kind; a kind without cases is left out
   */
  public abstract Map<DeviationKind, Long> casesByDeviationKind();

  /**
   * The most frequent deviations, by cases, then kind, then subject.
   *
   * @return the deviations
   */
  public abstract List<DeviationCount> deviations();

  /**
   * The most frequent variants, by cases, most first.
   *
   * @return the variants
   */
  public abstract List<VariantCount> variants();

  /**
   * How many distinct variants the cases took, of which {@link #variants()} lists the most
   * frequent.
   *
   * @return the count
   */
  public abstract long variantCount();

  /**
   * How each touchpoint of the journey was used, in journey order.
   *
   * @return the uses
   */
  public abstract List<TouchpointUse> touchpoints();

  /**
   * The share of cases that kept to the designed journey.
   *
   * @return the share, or empty for a log without cases
   */
  public OptionalDouble conformanceRate() {
    return cases() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) conformingCases() / cases());
  }

  /**
   * How one touchpoint was used.
   *
   * @param touchpointId the touchpoint's id
   * @return its use, if the touchpoint is on the journey
   */
  public Optional<TouchpointUse> touchpoint(String touchpointId) {
    return touchpoints().stream().filter(t -> t.touchpointId().equals(touchpointId)).findFirst();
  }

  /**
   * The cases that departed from the designed journey in a way of {@code kind}.
   *
   * @param kind the kind
   * @return the count, 0 when none did
   */
  public long casesWith(DeviationKind kind) {
    return casesByDeviationKind().getOrDefault(kind, 0L);
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("PathSummary", journeyId())
            .id("journeyId", journeyId())
            .check(cases() >= 0, "cases", "must not be negative", cases())
            .check(
                events() >= cases(), "events", "must be at least cases (" + cases() + ")", events())
            .check(
                adHocEvents() >= 0 && adHocEvents() <= events(),
                "adHocEvents",
                "must lie between 0 and events (" + events() + ")",
                adHocEvents())
            .check(
                conformingCases() >= 0 && conformingCases() <= cases(),
                "conformingCases",
                "must lie between 0 and cases (" + cases() + ")",
                conformingCases())
            .check(
                meanFitness().isPresent() == (cases() > 0),
                "meanFitness",
                "must be given exactly when there are cases",
                meanFitness())
            .check(
                variantCount() >= variants().size(),
                "variantCount",
                "must be at least the variants listed (" + variants().size() + ")",
                variantCount());
    meanFitness()
        .ifPresent(f -> problems.check(f >= 0 && f <= 1, "meanFitness", "must lie in [0, 1]", f));
    casesByDeviationKind()
        .forEach(
            (kind, count) ->
                problems.check(
                    count >= 1 && count <= cases() - conformingCases(),
                    "casesByDeviationKind." + kind,
                    "must lie between 1 and the cases that departed ("
                        + (cases() - conformingCases())
                        + ")",
                    count));
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code PathSummary[open-account: 1000 cases, 43% conforming, 4 stages]}.
   *
   * @return the summary in words
   */
  @Override
  public String toString() {
    return "PathSummary["
        + journeyId()
        + ": "
        + cases()
        + " cases"
        + conformanceRate().stream()
            .mapToObj(r -> ", " + Numbers.show(100 * r) + "% conforming")
            .findFirst()
            .orElse("")
        + ", "
        + funnel().size()
        + " stages]";
  }

  /** Builds a {@link PathSummary}; the journey id and the counts are required. */
  public interface Builder {
    /**
     * Sets the journey's id.
     *
     * @param journeyId the id
     * @return this builder
     */
    Builder journeyId(String journeyId);

    /**
     * Sets the number of cases.
     *
     * @param cases the count
     * @return this builder
     */
    Builder cases(long cases);

    /**
     * Sets the number of events.
     *
     * @param events the count
     * @return this builder
     */
    Builder events(long events);

    /**
     * Sets the number of ad hoc events.
     *
     * @param adHocEvents the count
     * @return this builder
     */
    Builder adHocEvents(long adHocEvents);

    /**
     * Sets the time of the first event.
     *
     * @param firstEvent the time
     * @return this builder
     */
    Builder firstEvent(Instant firstEvent);

    /**
     * Sets the time of the last event.
     *
     * @param lastEvent the time
     * @return this builder
     */
    Builder lastEvent(Instant lastEvent);

    /**
     * Sets the number of cases that kept to the designed journey.
     *
     * @param conformingCases the count
     * @return this builder
     */
    Builder conformingCases(long conformingCases);

    /**
     * Sets the mean fitness.
     *
     * @param meanFitness the mean, in [0, 1]
     * @return this builder
     */
    Builder meanFitness(double meanFitness);

    /**
     * Adds a stage of the funnel after those already added.
     *
     * @param stage the stage
     * @return this builder
     */
    Builder addFunnel(FunnelStage stage);

    /**
     * Adds stages of the funnel.
     *
     * @param stages the stages
     * @return this builder
     */
    Builder addAllFunnel(Iterable<? extends FunnelStage> stages);

    /**
     * Sets the cases with a deviation of one kind.
     *
     * @param kind the kind
     * @param cases the count
     * @return this builder
     */
    Builder putCasesByDeviationKind(DeviationKind kind, long cases);

    /**
     * Adds a deviation after those already added.
     *
     * @param deviation the deviation
     * @return this builder
     */
    Builder addDeviation(DeviationCount deviation);

    /**
     * Adds deviations.
     *
     * @param deviations the deviations
     * @return this builder
     */
    Builder addAllDeviations(Iterable<? extends DeviationCount> deviations);

    /**
     * Adds a variant after those already added.
     *
     * @param variant the variant
     * @return this builder
     */
    Builder addVariant(VariantCount variant);

    /**
     * Adds variants.
     *
     * @param variants the variants
     * @return this builder
     */
    Builder addAllVariants(Iterable<? extends VariantCount> variants);

    /**
     * Sets the number of distinct variants.
     *
     * @param variantCount the count
     * @return this builder
     */
    Builder variantCount(long variantCount);

    /**
     * Adds the use of a touchpoint after those already added.
     *
     * @param use the use
     * @return this builder
     */
    Builder addTouchpoint(TouchpointUse use);

    /**
     * Adds uses of touchpoints.
     *
     * @param uses the uses
     * @return this builder
     */
    Builder addAllTouchpoints(Iterable<? extends TouchpointUse> uses);

    /**
     * Builds the summary.
     *
     * @return the summary
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    PathSummary build();
  }
}
