package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.GapType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit's findings grouped under the four activation gaps that keep journey maps from driving
 * results (HOED Research, "Four customer journey mapping gaps"), with a verdict per gap, the
 * findings that signal no gap in a governance group, and a {@link GovernanceSummary}. Suppressed
 * findings stay in the report, marked with the map's reason, and do not count toward a verdict.
 *
 * <pre>{@code
 * ActivationReport report = AuditRegistry.builtIns().report(journey, AuditContext.of(today));
 * for (GapVerdict gap : report.gaps()) {
 *   System.out.println(gap);  // ORGANISATIONAL AT_RISK: 2 findings, none high or critical, ...
 * }
 * report.governance().ownerCoverage();  // 9/10 (90%)
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ActivationReport {
  private static final List<GapType> ACTIVATION_GAPS =
      ImmutableList.of(
          GapType.CUSTOMER_EXPECTATIONS,
          GapType.ORGANISATIONAL,
          GapType.LEADERSHIP_UNDERSTANDING,
          GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS);

  ActivationReport() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return ImmutableActivationReport.builder();
  }

  /**
   * The id of the audited journey.
   *
   * @return the journey id
   */
  public abstract String journeyId();

  /**
   * The date the audit judged against.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Every finding, suppressed ones included, in the audit's order: by path in journey order, then
   * by rule id.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * The governance summary.
   *
   * @return the summary
   */
  public abstract GovernanceSummary governance();

  /**
   * The four activation gaps, in the order of HOED Research (customer expectations, organisational,
   * leadership understanding, employee knowledge and skills), each with its findings and verdict.
   *
   * @return the verdicts
   */
  public List<GapVerdict> gaps() {
    return ACTIVATION_GAPS.stream().map(this::verdict).collect(ImmutableList.toImmutableList());
  }

  /**
   * The verdict on one activation gap.
   *
   * @param gap one of the four activation gaps
   * @return the gap's findings and verdict
   * @throws IllegalArgumentException if {@code gap} is not an activation gap
   */
  public GapVerdict verdict(GapType gap) {
    requireNonNull(gap, "gap");
    if (!gap.isActivationGap()) {
      throw new IllegalArgumentException("gap must be one of the four activation gaps, was " + gap);
    }
    return GapVerdict.of(gap, select(Optional.of(gap)));
  }

  /**
   * The findings that signal no activation gap: governance and follow-up, such as a map without an
   * owner, an overdue review or a gap no action addresses.
   *
   * @return the governance findings, suppressed ones included
   */
  public List<Finding> governanceFindings() {
    return select(Optional.empty());
  }

  /**
   * The findings that count: those the map does not suppress.
   *
   * @return the active findings
   */
  public List<Finding> activeFindings() {
    return findings().stream()
        .filter(f -> !f.isSuppressed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The findings the map suppresses, each with its reason.
   *
   * @return the suppressed findings
   */
  public List<Finding> suppressedFindings() {
    return findings().stream()
        .filter(Finding::isSuppressed)
        .collect(ImmutableList.toImmutableList());
  }

  private List<Finding> select(Optional<GapType> gap) {
    return findings().stream()
        .filter(f -> f.activationGap().equals(gap))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  final void check() {
    Problems.of("ActivationReport", journeyId()).id("journeyId", journeyId()).throwIfAny();
  }

  /**
   * The report for people: a headline, each gap with its verdict, sentence and findings, the
   * governance findings and the governance summary.
   *
   * @return the summary, lines separated by {@code \n}
   */
  public String summary() {
    StringBuilder text = new StringBuilder(headline()).append('\n');
    for (GapVerdict gap : gaps()) {
      text.append(gap.gap()).append(' ').append(gap.verdict()).append(": ").append(gap.sentence());
      lines(text.append('\n'), gap.findings());
    }
    List<Finding> governance = governanceFindings();
    text.append("Governance findings: ").append(governance.size()).append('\n');
    lines(text, governance);
    return text.append("Governance: ").append(governance()).append('\n').toString();
  }

  private static void lines(StringBuilder text, List<Finding> findings) {
    findings.forEach(f -> text.append("  ").append(f).append('\n'));
  }

  private String headline() {
    int suppressed = suppressedFindings().size();
    return "Activation report for "
        + journeyId()
        + " as of "
        + asOf()
        + ": "
        + findings().size()
        + " findings"
        + (suppressed > 0 ? " (" + suppressed + " suppressed)" : "");
  }

  /**
   * A short form such as {@code ActivationReport[broadband-fault as of 2026-11-23: 8 findings (1
   * suppressed)]}.
   *
   * @return the report in words
   */
  @Override
  public String toString() {
    return "ActivationReport[" + headline() + "]";
  }

  /** Builds an {@link ActivationReport}; journey id, date and governance summary are required. */
  interface Builder {
    /**
     * Sets the journey's id.
     *
     * @param journeyId the id
     * @return this builder
     */
    Builder journeyId(String journeyId);

    /**
     * Sets the date the audit judged against.
     *
     * @param asOf the date
     * @return this builder
     */
    Builder asOf(LocalDate asOf);

    /**
     * Adds a finding after those already added.
     *
     * @param finding the finding
     * @return this builder
     */
    Builder addFinding(Finding finding);

    /**
     * Adds findings after those already added.
     *
     * @param findings the findings
     * @return this builder
     */
    Builder addAllFindings(Iterable<? extends Finding> findings);

    /**
     * Sets the governance summary.
     *
     * @param governance the summary
     * @return this builder
     */
    Builder governance(GovernanceSummary governance);

    /**
     * Builds the report.
     *
     * @return the report
     */
    ActivationReport build();
  }
}
