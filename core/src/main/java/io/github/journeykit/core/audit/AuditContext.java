package io.github.journeykit.core.audit;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Portfolio;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an audit judges a journey against: the date (the audit never reads the clock), the
 * thresholds, and the portfolio the journey belongs to, if any.
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
   * A short form such as {@code AuditContext[as of 2026-11-23, portfolio broadband]}.
   *
   * @return the context in words
   */
  @Override
  public String toString() {
    return "AuditContext[as of "
        + asOf()
        + portfolio().map(p -> ", portfolio " + p.id()).orElse("")
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
     * Builds the context.
     *
     * @return the context
     */
    AuditContext build();
  }
}
