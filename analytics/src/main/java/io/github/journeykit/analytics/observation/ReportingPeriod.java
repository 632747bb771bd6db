package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One period of a {@link PeriodLength}: a day, an ISO week, a month or a quarter, from its first
 * day up to the first day of the next. Periods order by their first day, then by length.
 *
 * <pre>{@code
 * ReportingPeriod q3 = PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 8, 15));
 * q3.label();   // "2026-Q3"
 * q3.start();   // 2026-07-01
 * q3.end();     // 2026-10-01, the first day after it
 * q3.next();    // 2026-Q4
 * }</pre>
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::length);

  private final PeriodLength length;
  private final LocalDate start;

  ReportingPeriod(PeriodLength length, LocalDate start) {
    this.length = length;
    this.start = start;
  }

  /**
   * The period's length.
   *
   * @return day, week, month or quarter
   */
  public PeriodLength length() {
    return length;
  }

  /**
   * The period's first day.
   *
   * @return the date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The first day after the period.
   *
   * @return the date, the start of {@link #next()}
   */
  public LocalDate end() {
    return length.next(start);
  }

  /**
   * Whether the period holds a date.
   *
   * @param date the date
   * @return true if {@code start() <= date < end()}
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end());
  }

  /**
   * The period after this one.
   *
   * @return the next period of the same length
   */
  public ReportingPeriod next() {
    return new ReportingPeriod(length, length.next(start));
  }

  /**
   * The period before this one.
   *
   * @return the previous period of the same length
   */
  public ReportingPeriod previous() {
    return new ReportingPeriod(length, length.previous(start));
  }

  /**
   * The period's name: {@code 2026-10-05} for a day, {@code 2026-W41} for an ISO week (with its
   * week-based year), {@code 2026-10} for a month, {@code 2026-Q4} for a quarter.
   *
   * @return the label
   */
  public String label() {
    return length.label(start);
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingPeriod
        && ((ReportingPeriod) other).length == length
        && ((ReportingPeriod) other).start.equals(start);
  }

  @Override
  public int hashCode() {
    return 31 * length.hashCode() + start.hashCode();
  }

  /**
   * The label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label();
  }
}
