package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The statistics of observations by period, by segment, or by both: what an {@link Ingestion} made
 * {@link Ingestion#byPeriod} and {@link Ingestion#bySegment} keeps besides the statistics of the
 * whole ({@link IngestionResult#breakdown()}). A period's statistics are the merge of its
 * segments', a segment's the merge of its periods', and the {@link #total()} the merge of all,
 * equal to {@link IngestionResult#statistics()} (counts exactly; means and variances within
 * rounding).
 *
 * <pre>{@code
 * IngestionResult result = Ingestion.against(journey)
 *     .byPeriod(PeriodLength.QUARTER, ZoneId.of("Europe/London"))
 *     .bySegment("region")
 *     .readCsv(Path.of("answers.csv"));
 * Breakdown breakdown = result.breakdown().orElseThrow();
 * breakdown.periods();                                   // [2026-Q3, 2026-Q4]
 * breakdown.period(breakdown.periods().get(1))           // the statistics of Q4, all regions
 *     .get("call", Metric.CSAT);
 * breakdown.cell(breakdown.periods().get(1), "north");   // Q4 in the north
 * }</pre>
 */
public final class Breakdown {
  /** One period and one segment; either is null when the ingestion does not split by it. */
  record Slice(ReportingPeriod period, String segment) {}

  private final PeriodLength length;
  private final ZoneId zone;
  private final String segmentAttribute;
  private final ImmutableMap<Slice, ObservationStatistics> slices;

  Breakdown(
      PeriodLength length,
      ZoneId zone,
      String segmentAttribute,
      Map<Slice, ObservationStatistics> slices) {
    this.length = length;
    this.zone = zone;
    this.segmentAttribute = segmentAttribute;
    this.slices = ImmutableMap.copyOf(slices);
  }

  /**
   * The length of the periods, if split by period.
   *
   * @return the length, or empty if the statistics are not split by period
   */
  public Optional<PeriodLength> periodLength() {
    return Optional.ofNullable(length);
  }

  /**
   * The time zone whose calendar the periods follow, if split by period.
   *
   * @return the zone, or empty if the statistics are not split by period
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * The attribute whose values are the segments, if split by segment.
   *
   * @return the attribute's name (such as {@code region}, or {@code source} for the data source),
   *     or empty if the statistics are not split by segment
   */
  public Optional<String> segmentAttribute() {
    return Optional.ofNullable(segmentAttribute);
  }

  /**
   * The periods that hold accepted observations, in time order. Periods without any are left out,
   * not listed as empty.
   *
   * @return the periods, or an empty list if not split by period
   */
  public List<ReportingPeriod> periods() {
    TreeSet<ReportingPeriod> periods = new TreeSet<>();
    for (Slice slice : slices.keySet()) {
      if (slice.period() != null) {
        periods.add(slice.period());
      }
    }
    return List.copyOf(periods);
  }

  /**
   * The segments that hold accepted observations, in the order of their names. Observations without
   * a value for the attribute form the segment {@code ""}.
   *
   * @return the segments, or an empty list if not split by segment
   */
  public List<String> segments() {
    TreeSet<String> segments = new TreeSet<>();
    for (Slice slice : slices.keySet()) {
      if (slice.segment() != null) {
        segments.add(slice.segment());
      }
    }
    return List.copyOf(segments);
  }

  /**
   * The statistics of one period, all segments together.
   *
   * @param period the period
   * @return its statistics; empty if it holds no accepted observation
   * @throws ValidationException if the statistics are not split by period, or by periods of another
   *     length
   */
  public ObservationStatistics period(ReportingPeriod period) {
    requireNonNull(period, "period");
    checkPeriod(period);
    return merged(slice -> period.equals(slice.period()));
  }

  /**
   * The statistics of one segment, all periods together.
   *
   * @param segment the segment, a value of the attribute
   * @return its statistics; empty if it holds no accepted observation
   * @throws ValidationException if the statistics are not split by segment
   */
  public ObservationStatistics segment(String segment) {
    requireNonNull(segment, "segment");
    checkSegment(segment);
    return merged(slice -> segment.equals(slice.segment()));
  }

  /**
   * The statistics of one segment in one period.
   *
   * @param period the period
   * @param segment the segment
   * @return their statistics; empty if they hold no accepted observation
   * @throws ValidationException if the statistics are not split by both
   */
  public ObservationStatistics cell(ReportingPeriod period, String segment) {
    requireNonNull(period, "period");
    requireNonNull(segment, "segment");
    List<Violation> problems = new ArrayList<>();
    periodProblem(period).ifPresent(problems::add);
    segmentProblem(segment).ifPresent(problems::add);
    throwIfAny(problems);
    return slices.getOrDefault(new Slice(period, segment), ObservationStatistics.empty());
  }

  /**
   * The statistics of every period and segment together.
   *
   * @return the merge of all, equal to the ingestion's statistics of the whole
   */
  public ObservationStatistics total() {
    return merged(slice -> true);
  }

  private ObservationStatistics merged(Predicate<Slice> which) {
    ObservationStatistics merged = ObservationStatistics.empty();
    for (Map.Entry<Slice, ObservationStatistics> slice : slices.entrySet()) {
      if (which.test(slice.getKey())) {
        merged = merged.merge(slice.getValue());
      }
    }
    return merged;
  }

  private void checkPeriod(ReportingPeriod period) {
    throwIfAny(periodProblem(period).stream().toList());
  }

  private void checkSegment(String segment) {
    throwIfAny(segmentProblem(segment).stream().toList());
  }

  private Optional<Violation> periodProblem(ReportingPeriod period) {
    if (length == null) {
      return Optional.of(
          Violation.of(
              "period",
              "must not be asked for: the statistics are not split by period"
                  + " (Ingestion.byPeriod)",
              period));
    }
    if (period.length() != length) {
      return Optional.of(Violation.of("period", "must be a period of length " + length, period));
    }
    return Optional.empty();
  }

  private Optional<Violation> segmentProblem(String segment) {
    if (segmentAttribute == null) {
      return Optional.of(
          Violation.of(
              "segment",
              "must not be asked for: the statistics are not split by segment"
                  + " (Ingestion.bySegment)",
              segment));
    }
    return Optional.empty();
  }

  private static void throwIfAny(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException("Breakdown", problems);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Breakdown
        && ((Breakdown) other).length == length
        && Objects.equals(((Breakdown) other).zone, zone)
        && Objects.equals(((Breakdown) other).segmentAttribute, segmentAttribute)
        && ((Breakdown) other).slices.equals(slices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(length, zone, segmentAttribute, slices);
  }

  /**
   * A short form such as {@code Breakdown[by QUARTER in Europe/London and region: 2 periods, 3
   * segments]}.
   *
   * @return the breakdown in words
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Breakdown[by ");
    if (length != null) {
      text.append(length).append(" in ").append(zone);
    }
    if (segmentAttribute != null) {
      text.append(length != null ? " and " : "").append(segmentAttribute);
    }
    text.append(": ");
    if (length != null) {
      text.append(periods().size()).append(" periods");
    }
    if (segmentAttribute != null) {
      text.append(length != null ? ", " : "").append(segments().size()).append(" segments");
    }
    return text.append(']').toString();
  }
}
