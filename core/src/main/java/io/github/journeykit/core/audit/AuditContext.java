package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Portfolio;
import io.github.journeykit.core.path.PathSummary;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an audit judges a journey against: the date (the audit never reads the clock), the
 * thresholds, the portfolio the journey belongs to, if any, and what customers did on it, if an
 * event log was analysed: the rules about reach, ad hoc steps and repeated contacts read the {@link
 * PathSummary} of the journey audited.
 *
 * <pre>{@code
 * AuditContext today = AuditContext.of(LocalDate.of(2026, 11, 23));
 * AuditContext withPortfolio = AuditContext.builder().asOf(LocalDate.of(2026, 11, 23))
 *     .portfolio(portfolio).config(AuditConfig.defaults()).build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class AuditContext {
  AuditContext() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableAuditContext.builder();
  }

  /**
   * A context with the default thresholds and no portfolio.
   *
   * @param asOf the date to judge staleness and due dates against
   * @return the context
   */
  public static AuditContext of(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return builder().asOf(asOf).build();
  }

  /**
   * The date to judge staleness, reviews and due dates against.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The thresholds; {@link AuditConfig#defaults()} unless set.
   *
   * @return the configuration
   */
  @Value.Default
  public AuditConfig config() {
    return AuditConfig.defaults();
  }

  /**
   * The portfolio the journey belongs to, where rules look for its counterpart.
   *
   * @return the portfolio, if any
   */
  public abstract Optional<Portfolio> portfolio();

  /**
   * What customers did on the journeys to be audited, one summary per journey: the summary of the
   * journey audited, if any, is what the rules about reach, ad hoc steps and repeated contacts
   * read, so one context serves every journey of a portfolio.
   *
   * @return the path summaries
   */
  public abstract List<PathSummary> paths();

  /**
   * What customers did on one journey.
   *
   * @param journeyId the journey's id
   * @return its path summary, if the context has one
   */
  public Optional<PathSummary> paths(String journeyId) {
    requireNonNull(journeyId, "journeyId");
    return paths().stream().filter(p -> p.journeyId().equals(journeyId)).findFirst();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("AuditContext");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < paths().size(); i++) {
      String id = paths().get(i).journeyId();
      problems.check(
          seen.add(id), "paths[" + i + "]", "must summarise a journey no other summary does", id);
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code AuditContext[as of 2026-11-23, portfolio broadband]}.
   *
   * @return the context in words
   */
  @Override
  public String toString() {
    return "AuditContext[as of "
        + asOf()
        + portfolio().map(p -> ", portfolio " + p.id()).orElse("")
        + (paths().isEmpty() ? "" : ", " + paths().size() + " path summaries")
        + "]";
  }

  /** Builds an {@link AuditContext}; the date is required. */
  public interface Builder {
    /**
     * Sets the date.
     *
     * @param asOf the date to judge against
     * @return this builder
     */
    Builder asOf(LocalDate asOf);

    /**
     * Sets the thresholds.
     *
     * @param config the configuration
     * @return this builder
     */
    Builder config(AuditConfig config);

    /**
     * Sets the portfolio.
     *
     * @param portfolio the portfolio the journey belongs to
     * @return this builder
     */
    Builder portfolio(Portfolio portfolio);

    /**
     * Adds what customers did on a journey.
     *
     * @param paths the journey's path summary
     * @return this builder
     */
    Builder addPath(PathSummary paths);

    /**
     * Adds what customers did on several journeys.
     *
     * @param paths the path summaries, one per journey
     * @return this builder
     */
    Builder addAllPaths(Iterable<? extends PathSummary> paths);

    /**
     * Builds the context.
     *
     * @return the context
     */
    AuditContext build();
  }
}
