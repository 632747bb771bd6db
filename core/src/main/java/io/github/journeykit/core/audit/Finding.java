package io.github.journeykit.core.audit;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an audit rule found on a journey map: the rule, how serious it is, which activation gap it
 * signals, the element and its path, a message a CX lead can act on, and a suggested fix. A finding
 * that the map suppresses carries the stated reason.
 *
 * <pre>{@code
 * Finding finding = Finding.builder().ruleId("touchpoint-without-owner")
 *     .severity(Severity.HIGH).activationGap(GapType.ORGANISATIONAL)
 *     .elementId("call").path("stages[1].touchpoints[0]")
 *     .message("Nobody owns the touchpoint \"Call the helpline\"")
 *     .suggestedFix("Name the team accountable for the helpline").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  Finding() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * The id of the rule that found it, such as {@code touchpoint-without-owner}.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The activation gap of HOED Research that the finding signals, if any.
   *
   * @return one of the four activation gaps, or empty
   */
  public abstract Optional<GapType> activationGap();

  /**
   * The id of the element the finding is about.
   *
   * @return the element's id, or empty for the journey as a whole
   */
  public abstract Optional<String> elementId();

  /**
   * Where the element is in the journey, such as {@code stages[1].touchpoints[0]}; empty for the
   * journey as a whole.
   *
   * @return the path
   */
  @Value.Default
  public String path() {
    return "";
  }

  /**
   * What is wrong, in words a CX lead can act on.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * What to do about it.
   *
   * @return the suggested fix
   */
  public abstract String suggestedFix();

  /**
   * The reason the map gives for suppressing this finding.
   *
   * @return the reason, or empty if the finding is not suppressed
   */
  public abstract Optional<String> suppressedBecause();

  /**
   * Whether the map suppresses this finding.
   *
   * @return true if {@link #suppressedBecause()} is present
   */
  public boolean isSuppressed() {
    return suppressedBecause().isPresent();
  }

  /**
   * This finding with another severity, as an {@link AuditConfig} that overrides a rule's default
   * severity gives it.
   *
   * @param severity the severity
   * @return the finding with the severity
   */
  public abstract Finding withSeverity(Severity severity);

  /**
   * This finding, suppressed for the given reason.
   *
   * @param reason the reason
   * @return the suppressed finding
   */
  public abstract Finding withSuppressedBecause(String reason);

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("Finding", ruleId())
            .key("ruleId", ruleId())
            .text("message", message())
            .text("suggestedFix", suggestedFix())
            .text("suppressedBecause", suppressedBecause());
    activationGap()
        .ifPresent(
            gap ->
                problems.check(
                    gap.isActivationGap(),
                    "activationGap",
                    "must be one of the four activation gaps",
                    gap));
    elementId().ifPresent(id -> problems.id("elementId", id));
    problems.check(
        elementId().isPresent() || path().isEmpty(),
        "path",
        "must be empty for a finding about the journey as a whole",
        path());
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code HIGH touchpoint-without-owner at stages[1].touchpoints[0]: Nobody
   * owns ...}.
   *
   * @return the finding in words
   */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + (path().isEmpty() ? "" : " at " + path())
        + ": "
        + message()
        + suppressedBecause().map(r -> " (suppressed: " + r + ")").orElse("");
  }

  /** Builds a {@link Finding}; rule id, severity, message and suggested fix are required. */
  public interface Builder {
    /**
     * Sets the rule id.
     *
     * @param ruleId the id of the rule
     * @return this builder
     */
    Builder ruleId(String ruleId);

    /**
     * Sets the severity.
     *
     * @param severity the severity
     * @return this builder
     */
    Builder severity(Severity severity);

    /**
     * Sets the activation gap the finding signals.
     *
     * @param activationGap one of the four activation gaps
     * @return this builder
     */
    Builder activationGap(GapType activationGap);

    /**
     * Sets the activation gap the finding signals, if any.
     *
     * @param activationGap one of the four activation gaps, or empty
     * @return this builder
     */
    Builder activationGap(Optional<? extends GapType> activationGap);

    /**
     * Sets the element.
     *
     * @param elementId the element's id
     * @return this builder
     */
    Builder elementId(String elementId);

    /**
     * Sets the element's path.
     *
     * @param path such as {@code stages[1].touchpoints[0]}
     * @return this builder
     */
    Builder path(String path);

    /**
     * Sets the message.
     *
     * @param message what is wrong
     * @return this builder
     */
    Builder message(String message);

    /**
     * Sets the suggested fix.
     *
     * @param suggestedFix what to do about it
     * @return this builder
     */
    Builder suggestedFix(String suggestedFix);

    /**
     * Marks the finding suppressed.
     *
     * @param reason the reason the map gives
     * @return this builder
     */
    Builder suppressedBecause(String reason);

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    Finding build();
  }
}
