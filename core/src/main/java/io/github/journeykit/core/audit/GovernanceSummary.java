package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.KpiKind;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How well a journey map is governed, in the measures Gartner asks for: who owns it, how many of
 * its steps have an owner, how fresh its data is, how much of what it claims rests on evidence, how
 * many of its KPIs measure customer outcomes, and whether its review is on time.
 *
 * <pre>{@code
 * GovernanceSummary governance = GovernanceSummary.of(journey, AuditContext.of(today));
 * governance.ownerCoverage();   // 9/10 (90%): stages and touchpoints with an owner
 * governance.reviewStatus();    // ON_SCHEDULE
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class GovernanceSummary {
  GovernanceSummary() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return ImmutableGovernanceSummary.builder();
  }

  /**
   * The summary of a journey, judged on the context's date with its staleness threshold.
   *
   * @param journey the journey
   * @param context the date and thresholds
   * @return the summary
   */
  public static GovernanceSummary of(Journey journey, AuditContext context) {
    requireNonNull(journey, "journey");
    requireNonNull(context, "context");
    Builder summary =
        builder()
            .ownerCoverage(GovernanceMeasures.ownerCoverage(journey))
            .freshness(
                GovernanceMeasures.freshness(
                    journey, context.asOf(), context.config().staleAfter()))
            .evidence(GovernanceMeasures.evidence(journey))
            .outcomeKpis(GovernanceMeasures.kpis(journey, KpiKind.OUTCOME))
            .reviewStatus(GovernanceMeasures.reviewStatus(journey.governance(), context.asOf()));
    journey.governance().owner().ifPresent(summary::owner);
    journey.governance().nextReviewDue().ifPresent(summary::nextReviewDue);
    return summary.build();
  }

  /**
   * Who owns the map.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * The stages and touchpoints that have an owner, of all stages and touchpoints.
   *
   * @return the owner coverage
   */
  public abstract Share ownerCoverage();

  /**
   * The current measurements (the latest of each metric at each touchpoint) collected within the
   * staleness threshold of the audit's date, of all current measurements; undated ones are not
   * fresh.
   *
   * @return the freshness
   */
  public abstract Share freshness();

  /**
   * The claims (gaps and moments that matter) with evidence, their own or their touchpoint's, of
   * all claims.
   *
   * @return the evidence share
   */
  public abstract Share evidence();

  /**
   * The outcome KPIs, of all KPIs (Towers: outcome measures should count most).
   *
   * @return the outcome-KPI share
   */
  public abstract Share outcomeKpis();

  /**
   * When the next review is due: the last review plus the cadence.
   *
   * @return the date, or empty unless both are known
   */
  public abstract Optional<LocalDate> nextReviewDue();

  /**
   * Whether the review is on time.
   *
   * @return on schedule, overdue or unscheduled
   */
  public abstract ReviewStatus reviewStatus();

  /**
   * A short form such as {@code owner "Head of service"; owners 9/10 (90%); fresh 9/9 (100%);
   * evidence 2/7 (29%); outcome KPIs 2/3 (67%); review ON_SCHEDULE, next 2026-12-30}.
   *
   * @return the summary in words
   */
  @Override
  public String toString() {
    return "owner "
        + owner().map(o -> "\"" + o + "\"").orElse("none")
        + "; owners "
        + ownerCoverage()
        + "; fresh "
        + freshness()
        + "; evidence "
        + evidence()
        + "; outcome KPIs "
        + outcomeKpis()
        + "; review "
        + reviewStatus()
        + nextReviewDue().map(d -> ", next " + d).orElse("");
  }

  /** Builds a {@link GovernanceSummary}; the shares and the review status are required. */
  interface Builder {
    /**
     * Sets the map's owner.
     *
     * @param owner the owner
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Sets the owner coverage.
     *
     * @param ownerCoverage steps with an owner, of all steps
     * @return this builder
     */
    Builder ownerCoverage(Share ownerCoverage);

    /**
     * Sets the freshness.
     *
     * @param freshness fresh current measurements, of all current measurements
     * @return this builder
     */
    Builder freshness(Share freshness);

    /**
     * Sets the evidence share.
     *
     * @param evidence claims with evidence, of all claims
     * @return this builder
     */
    Builder evidence(Share evidence);

    /**
     * Sets the outcome-KPI share.
     *
     * @param outcomeKpis outcome KPIs, of all KPIs
     * @return this builder
     */
    Builder outcomeKpis(Share outcomeKpis);

    /**
     * Sets when the next review is due.
     *
     * @param nextReviewDue the date
     * @return this builder
     */
    Builder nextReviewDue(LocalDate nextReviewDue);

    /**
     * Sets the review status.
     *
     * @param reviewStatus on schedule, overdue or unscheduled
     * @return this builder
     */
    Builder reviewStatus(ReviewStatus reviewStatus);

    /**
     * Builds the summary.
     *
     * @return the summary
     */
    GovernanceSummary build();
  }
}
