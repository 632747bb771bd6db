package io.github.journeykit.core.audit;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Severity;
import java.time.Period;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The thresholds an audit applies, and the severities it gives rules in place of their defaults.
 * Every threshold has a documented default; {@link #defaults()} has them all.
 *
 * <pre>{@code
 * AuditConfig strict = AuditConfig.builder()
 *     .staleAfter(Period.ofDays(90))
 *     .putSeverity("touchpoint-without-enablers", Severity.HIGH)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class AuditConfig {
  private static final AuditConfig DEFAULTS = builder().build();

  AuditConfig() {}

  /**
   * A new builder, with every threshold at its default.
   *
   * @return the builder
   */
  public static Builder builder() {
    return ImmutableAuditConfig.builder();
  }

  /**
   * Every threshold at its default and no severity overridden.
   *
   * @return the default configuration
   */
  public static AuditConfig defaults() {
    return DEFAULTS;
  }

  /**
   * How old a measurement may be before it is stale: data that is not gathered often keeps leaders
   * from understanding what customers experience (HOED Research, "Four customer journey mapping
   * gaps"). 180 days unless set.
   *
   * @return the age limit
   */
  @Value.Default
  public Period staleAfter() {
    return Period.ofDays(180);
  }

  /**
   * The share of output KPIs at which a KPI set counts as dominated by output measures. 0.8 unless
   * set: Towers finds KPI sets "usually" at "80% output metrics".
   *
   * @return a share above 0, at most 1
   */
  @Value.Default
  public double outputKpiShareThreshold() {
    return 0.8;
  }

  /**
   * The share of claims without evidence (assumptions) at which a map counts as resting on
   * assumptions. 0.5 unless set: half of its gaps and moments that matter or more.
   *
   * @return a share above 0, at most 1
   */
  @Value.Default
  public double unevidencedClaimShareThreshold() {
    return 0.5;
  }

  /**
   * The share of an event log's cases below which a touchpoint of the map counts as rarely reached:
   * the map no longer shows the journey customers take. 0.05 unless set.
   *
   * @return a share above 0, at most 1
   */
  @Value.Default
  public double rareReachThreshold() {
    return 0.05;
  }

  /**
   * The share of an event log's cases at which a step that is not on the map counts as a common ad
   * hoc step: the map misses a step many customers take. 0.1 unless set.
   *
   * @return a share above 0, at most 1
   */
  @Value.Default
  public double commonAdHocShareThreshold() {
    return 0.1;
  }

  /**
   * The share of the cases that reach a touchpoint and take it again at which repeated contacts
   * count as failure demand. 0.2 unless set.
   *
   * @return a share above 0, at most 1
   */
  @Value.Default
  public double repeatRateThreshold() {
    return 0.2;
  }

  /**
   * How many cases an event log must hold (or, for a repeat rate, reach the touchpoint) before the
   * rules about what customers did judge its shares: fewer say too little. 30 unless set.
   *
   * @return at least 1
   */
  @Value.Default
  public int minimumCases() {
    return 30;
  }

  /**
   * Severities by rule id, in place of the rules' defaults.
   *
   * @return the overriding severities
   */
  public abstract Map<String, Severity> severities();

  @Value.Check
  final void check() {
    Problems problems = Problems.of("AuditConfig");
    problems.check(
        !staleAfter().isNegative() && !staleAfter().isZero(),
        "staleAfter",
        "must be a positive period such as P180D",
        staleAfter());
    share(problems, "outputKpiShareThreshold", outputKpiShareThreshold());
    share(problems, "unevidencedClaimShareThreshold", unevidencedClaimShareThreshold());
    share(problems, "rareReachThreshold", rareReachThreshold());
    share(problems, "commonAdHocShareThreshold", commonAdHocShareThreshold());
    share(problems, "repeatRateThreshold", repeatRateThreshold());
    problems.check(minimumCases() >= 1, "minimumCases", "must be at least 1", minimumCases());
    severities().keySet().forEach(id -> problems.key("severities." + id, id));
    problems.throwIfAny();
  }

  private static void share(Problems problems, String path, double value) {
    problems.check(value > 0 && value <= 1, path, "must be a share above 0, at most 1", value);
  }

  /**
   * A short form such as {@code AuditConfig[stale after P180D, output KPIs 0.8, unevidenced claims
   * 0.5, rare reach 0.05, common ad hoc 0.1, repeat rate 0.2, minimum cases 30, 0 severities]}.
   *
   * @return the configuration in words
   */
  @Override
  public String toString() {
    return "AuditConfig[stale after "
        + staleAfter()
        + ", output KPIs "
        + outputKpiShareThreshold()
        + ", unevidenced claims "
        + unevidencedClaimShareThreshold()
        + ", rare reach "
        + rareReachThreshold()
        + ", common ad hoc "
        + commonAdHocShareThreshold()
        + ", repeat rate "
        + repeatRateThreshold()
        + ", minimum cases "
        + minimumCases()
        + ", "
        + severities().size()
        + " severities]";
  }

  /** Builds an {@link AuditConfig}; every field is optional. */
  public interface Builder {
    /**
     * Copies every field of {@code config} into this builder; severities are added to.
     *
     * @param config the configuration to start from
     * @return this builder
     */
    Builder from(AuditConfig config);

    /**
     * Sets the age at which measurements are stale.
     *
     * @param staleAfter a positive period
     * @return this builder
     */
    Builder staleAfter(Period staleAfter);

    /**
     * Sets the share of cases below which a touchpoint counts as rarely reached.
     *
     * @param rareReachThreshold a share above 0, at most 1
     * @return this builder
     */
    Builder rareReachThreshold(double rareReachThreshold);

    /**
     * Sets the share of cases at which an ad hoc step counts as common.
     *
     * @param commonAdHocShareThreshold a share above 0, at most 1
     * @return this builder
     */
    Builder commonAdHocShareThreshold(double commonAdHocShareThreshold);

    /**
     * Sets the repeat rate at which repeated contacts count as failure demand.
     *
     * @param repeatRateThreshold a share above 0, at most 1
     * @return this builder
     */
    Builder repeatRateThreshold(double repeatRateThreshold);

    /**
     * Sets how many cases the rules about what customers did need before they judge.
     *
     * @param minimumCases at least 1
     * @return this builder
     */
    Builder minimumCases(int minimumCases);

    /**
     * Sets the share of output KPIs that counts as dominating.
     *
     * @param outputKpiShareThreshold a share above 0, at most 1
     * @return this builder
     */
    Builder outputKpiShareThreshold(double outputKpiShareThreshold);

    /**
     * Sets the share of claims without evidence that counts as resting on assumptions.
     *
     * @param unevidencedClaimShareThreshold a share above 0, at most 1
     * @return this builder
     */
    Builder unevidencedClaimShareThreshold(double unevidencedClaimShareThreshold);

    /**
     * Gives a rule another severity than its default.
     *
     * @param ruleId the rule's id
     * @param severity the severity its findings get
     * @return this builder
     */
    Builder putSeverity(String ruleId, Severity severity);

    /**
     * Gives rules other severities than their defaults.
     *
     * @param severities severities by rule id
     * @return this builder
     */
    Builder putAllSeverities(Map<String, ? extends Severity> severities);

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    AuditConfig build();
  }
}
