package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of the periods that {@link Ingestion#byPeriod} keeps statistics for: calendar days,
 * ISO weeks (Monday to Sunday, numbered by ISO 8601), calendar months or quarters. A period is
 * taken in a time zone the caller gives, never the machine's.
 *
 * <pre>{@code
 * ReportingPeriod q4 = PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 11, 30));   // 2026-Q4
 * ReportingPeriod week = PeriodLength.WEEK.periodOf(
 *     Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);                      // 2026-W01
 * }</pre>
 */
public enum PeriodLength {
  /** A calendar day. */
  DAY,
  /** An ISO 8601 week, Monday to Sunday, in its week-based year. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /**
   * A calendar quarter: January to March, April to June, July to September, October to December.
   */
  QUARTER;

  /**
   * The period of this length that holds a date.
   *
   * @param date the date
   * @return the period
   */
  public ReportingPeriod periodOf(LocalDate date) {
    return new ReportingPeriod(this, startOf(requireNonNull(date, "date")));
  }

  /**
   * The period of this length that holds an instant, on the calendar of a time zone.
   *
   * @param time the instant
   * @param zone the time zone whose calendar dates the instant
   * @return the period
   */
  public ReportingPeriod periodOf(Instant time, ZoneId zone) {
    requireNonNull(time, "time");
    requireNonNull(zone, "zone");
    return periodOf(LocalDate.ofInstant(time, zone));
  }

  /** The first day of the period of this length holding {@code date}. */
  LocalDate startOf(LocalDate date) {
    switch (this) {
      case DAY:
        return date;
      case WEEK:
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return date.withDayOfMonth(1);
      default:
        return date.withMonth(date.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2).withDayOfMonth(1);
    }
  }

  /** The first day of the period after the one starting on {@code start}. */
  LocalDate next(LocalDate start) {
    switch (this) {
      case DAY:
        return start.plusDays(1);
      case WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      default:
        return start.plusMonths(3);
    }
  }

  /** The first day of the period before the one starting on {@code start}. */
  LocalDate previous(LocalDate start) {
    switch (this) {
      case DAY:
        return start.minusDays(1);
      case WEEK:
        return start.minusWeeks(1);
      case MONTH:
        return start.minusMonths(1);
      default:
        return start.minusMonths(3);
    }
  }

  /** The label of the period starting on {@code start}, as {@link ReportingPeriod#label()}. */
  String label(LocalDate start) {
    switch (this) {
      case DAY:
        return start.toString();
      case WEEK:
        return String.format(
            "%d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format("%d-%02d", start.getYear(), start.getMonthValue());
      default:
        return start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    }
  }
}
