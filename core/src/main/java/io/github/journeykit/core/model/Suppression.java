package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision, with its reason, that an audit rule does not apply to an element of the map (or to
 * the journey as a whole). Audits still report a suppressed finding, marked with the reason, so the
 * decision stays visible.
 *
 * <pre>{@code
 * Suppression internal = Suppression.of("touchpoint-without-enablers", "dispatch",
 *     "Planning is covered by the field operations blueprint");
 * Journey reviewed = journey.withSuppression(internal);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Suppression {
  Suppression() {}

  /**
   * Suppresses a rule for the journey as a whole.
   *
   * @param ruleId the id of the audit rule, such as {@code journey-without-owner}
   * @param reason why the rule does not apply
   * @return the suppression
   */
  public static Suppression of(String ruleId, String reason) {
    return ImmutableSuppression.of(ruleId, Optional.empty(), reason);
  }

  /**
   * Suppresses a rule for one element.
   *
   * @param ruleId the id of the audit rule
   * @param elementId the id of the element of the journey
   * @param reason why the rule does not apply
   * @return the suppression
   */
  public static Suppression of(String ruleId, String elementId, String reason) {
    return ImmutableSuppression.of(ruleId, Optional.of(elementId), reason);
  }

  /**
   * The id of the suppressed rule.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract String ruleId();

  /**
   * The element the rule is suppressed for.
   *
   * @return the element's id, or empty for the journey as a whole
   */
  @Value.Parameter
  public abstract Optional<String> elementId();

  /**
   * Why the rule does not apply.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * Whether this suppression covers a finding of {@code ruleId} on the element with {@code
   * elementId} (empty for the journey as a whole). A journey-wide suppression covers only
   * journey-wide findings.
   *
   * @param ruleId the rule of the finding
   * @param elementId the element of the finding
   * @return true if the finding is suppressed
   */
  public boolean covers(String ruleId, Optional<String> elementId) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(elementId, "elementId");
    return ruleId().equals(ruleId) && elementId().equals(elementId);
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Suppression", ruleId()).key("ruleId", ruleId());
    elementId().ifPresent(id -> problems.id("elementId", id));
    problems.text("reason", reason()).throwIfAny();
  }

  /**
   * A short form such as {@code journey-without-owner on dispatch: "Covered elsewhere"}.
   *
   * @return the suppression in words
   */
  @Override
  public String toString() {
    return ruleId() + elementId().map(id -> " on " + id).orElse("") + ": \"" + reason() + "\"";
  }
}
