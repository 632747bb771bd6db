/**
 * Checks a journey map the way a CX lead would: pluggable {@link
 * io.github.journeykit.core.audit.AuditRule}s produce {@link
 * io.github.journeykit.core.audit.Finding}s, and an {@link
 * io.github.journeykit.core.audit.ActivationReport} groups them under the four activation gaps of
 * HOED Research, with a verdict per gap and a {@link
 * io.github.journeykit.core.audit.GovernanceSummary}.
 *
 * <p>The built-in rules are reachable from {@link io.github.journeykit.core.audit.AuditRules}; an
 * {@link io.github.journeykit.core.audit.AuditRegistry} runs them with rules of your own, passed in
 * or found through {@link java.util.ServiceLoader}. The audit judges staleness against the date an
 * {@link io.github.journeykit.core.audit.AuditContext} gives: it never reads the clock.
 *
 * <pre>{@code
 * ActivationReport report = AuditRegistry.builtIns()
 *     .report(journey, AuditContext.of(LocalDate.of(2026, 11, 23)));
 * System.out.println(report.summary());
 * }</pre>
 */
package io.github.journeykit.core.audit;
