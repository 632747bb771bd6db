package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who keeps a journey map current and how: its owner, the stakeholders and their roles, the review
 * cadence, the last review and the communication plan. Stale or ownerless maps are the main way
 * maps fail (Gartner, "What you need are strong governance and oversight").
 *
 * <pre>{@code
 * Governance governance = Governance.builder()
 *     .owner("Head of retail onboarding")
 *     .addStakeholder(Stakeholder.of("Contact centre lead", "Feeds call reasons monthly"))
 *     .reviewCadence(Period.ofMonths(3)).lastReviewed(LocalDate.of(2026, 9, 30))
 *     .build();
 * governance.nextReviewDue(); // 2026-12-30
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Governance {
  private static final Governance NONE = builder().build();

  Governance() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableGovernance.builder();
  }

  /**
   * Governance with nothing set: no owner, no stakeholders, no cadence.
   *
   * @return the empty governance
   */
  public static Governance none() {
    return NONE;
  }

  /**
   * Who owns the journey map.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * The stakeholders and their roles.
   *
   * @return the stakeholders
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * How often the map is reviewed.
   *
   * @return the cadence, if set
   */
  public abstract Optional<Period> reviewCadence();

  /**
   * When the map was last reviewed.
   *
   * @return the date, if ever
   */
  public abstract Optional<LocalDate> lastReviewed();

  /**
   * How progress is communicated, and to whom.
   *
   * @return the plan, if any
   */
  public abstract Optional<String> communicationPlan();

  /**
   * When the next review is due: the last review plus the cadence.
   *
   * @return the date, or empty unless both are known
   */
  public Optional<LocalDate> nextReviewDue() {
    return lastReviewed().flatMap(last -> reviewCadence().map(last::plus));
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Governance").text("owner", owner());
    reviewCadence()
        .ifPresent(
            cadence ->
                problems.check(
                    !cadence.isNegative() && !cadence.isZero(),
                    "reviewCadence",
                    "must be a positive period such as P3M",
                    cadence));
    problems.text("communicationPlan", communicationPlan()).throwIfAny();
  }

  /**
   * A short form such as {@code Governance[owner "Head of onboarding", review P3M, last
   * 2026-09-30]}.
   *
   * @return the governance in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Governance[owner ")
            .append(owner().map(o -> "\"" + o + "\"").orElse("none"));
    reviewCadence().ifPresent(c -> text.append(", review ").append(c));
    lastReviewed().ifPresent(d -> text.append(", last ").append(d));
    return text.append(", ").append(stakeholders().size()).append(" stakeholders]").toString();
  }

  /** Builds a {@link Governance}; every field is optional. */
  public interface Builder {
    /**
     * Copies every field of {@code governance} into this builder; lists are appended to.
     *
     * @param governance the governance to start from
     * @return this builder
     */
    Builder from(Governance governance);

    /**
     * Sets the owner.
     *
     * @param owner the owner
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Adds a stakeholder.
     *
     * @param stakeholder the stakeholder
     * @return this builder
     */
    Builder addStakeholder(Stakeholder stakeholder);

    /**
     * Adds stakeholders.
     *
     * @param stakeholders the stakeholders
     * @return this builder
     */
    Builder addAllStakeholders(Iterable<? extends Stakeholder> stakeholders);

    /**
     * Sets the review cadence.
     *
     * @param reviewCadence a positive period
     * @return this builder
     */
    Builder reviewCadence(Period reviewCadence);

    /**
     * Sets the date of the last review.
     *
     * @param lastReviewed the date
     * @return this builder
     */
    Builder lastReviewed(LocalDate lastReviewed);

    /**
     * Sets the communication plan.
     *
     * @param communicationPlan the plan
     * @return this builder
     */
    Builder communicationPlan(String communicationPlan);

    /**
     * Builds the governance.
     *
     * @return the governance
     * @throws ValidationException if a rule is broken
     */
    Governance build();
  }
}
