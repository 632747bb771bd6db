package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Statistics by period and segment: labels, the calendar, the CSV column and the merge laws. */
class BreakdownTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String[] REGIONS = {"north", "south", ""};

  private static Observation answer(String time, double value, String region) {
    Observation.Builder answer =
        Observation.builder()
            .touchpointId("call")
            .metric(Metric.CSAT)
            .value(value)
            .time(Instant.parse(time))
            .source(Answers.PULSE);
    if (!region.isEmpty()) {
      answer.putAttribute("region", region);
    }
    return answer.build();
  }

  @Test
  void periodsAreNamedAndBoundedOnTheCalendar() {
    assertEquals("2026-Q3", PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 9, 30)).label());
    assertEquals(
        LocalDate.of(2026, 10, 1), PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 8, 1)).end());
    // 1 January 2026 is a Thursday: its week is the first of 2026; 1 January 2027, a Friday, is in
    // the 53rd week of 2026, which starts on Monday 28 December.
    assertEquals("2026-W01", PeriodLength.WEEK.periodOf(LocalDate.of(2026, 1, 1)).label());
    ReportingPeriod lastWeek = PeriodLength.WEEK.periodOf(LocalDate.of(2027, 1, 1));
    assertEquals("2026-W53", lastWeek.label());
    assertEquals(LocalDate.of(2026, 12, 28), lastWeek.start());
    assertEquals("2027-W01", lastWeek.next().label());
    assertEquals("2026-12", PeriodLength.MONTH.periodOf(LocalDate.of(2026, 12, 31)).label());
    assertEquals(
        "2026-11", PeriodLength.MONTH.periodOf(LocalDate.of(2026, 12, 1)).previous().label());
    assertEquals("2026-03-01", PeriodLength.DAY.periodOf(LocalDate.of(2026, 2, 28)).next().label());
    // 23:30 UTC on 30 September is 00:30 on 1 October in London (BST, UTC+1): the next quarter.
    Instant late = Instant.parse("2026-09-30T23:30:00Z");
    assertEquals("2026-Q3", PeriodLength.QUARTER.periodOf(late, ZoneOffset.UTC).label());
    assertEquals("2026-Q4", PeriodLength.QUARTER.periodOf(late, LONDON).label());
  }

  @Test
  void aWorkedExampleByQuarterAndRegion() {
    List<Observation> answers =
        List.of(
            answer("2026-08-03T09:00:00Z", 2, "north"),
            answer("2026-08-04T09:00:00Z", 3, "north"),
            answer("2026-09-01T09:00:00Z", 4, "south"),
            // In London this is already 1 October: Q4.
            answer("2026-09-30T23:30:00Z", 5, "south"),
            answer("2026-11-02T09:00:00Z", 4, "north"),
            answer("2026-11-03T09:00:00Z", 5, ""));
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .byPeriod(PeriodLength.QUARTER, LONDON)
            .bySegment("region")
            .run(answers);
    Breakdown breakdown = result.breakdown().orElseThrow();
    assertEquals(
        "Breakdown[by QUARTER in Europe/London and region: 2 periods, 3 segments]",
        breakdown.toString());
    ReportingPeriod q3 = PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 7, 1));
    ReportingPeriod q4 = q3.next();
    assertEquals(List.of(q3, q4), breakdown.periods());
    assertEquals(List.of("", "north", "south"), breakdown.segments());
    // Q3: 2, 3 and 4; mean (2 + 3 + 4) / 3 = 3. Q4: 5, 4 and 5; mean 14 / 3.
    MetricStatistics third = breakdown.period(q3).get("call", Metric.CSAT).orElseThrow();
    assertEquals(3, third.count());
    assertEquals(3.0, third.mean().getAsDouble(), 1e-12);
    MetricStatistics fourth = breakdown.period(q4).get("call", Metric.CSAT).orElseThrow();
    assertEquals(14.0 / 3, fourth.mean().getAsDouble(), 1e-12);
    // The north: 2 and 3 in Q3, 4 in Q4; all periods (2 + 3 + 4) / 3 = 3.
    assertEquals(
        2.5, breakdown.cell(q3, "north").get("call", Metric.CSAT).get().mean().getAsDouble());
    assertEquals(
        3.0, breakdown.segment("north").get("call", Metric.CSAT).get().mean().getAsDouble());
    assertEquals(1, breakdown.segment("").get("call", Metric.CSAT).get().count());
    assertEquals(ObservationStatistics.empty(), breakdown.cell(q3, ""));
    SameResults.assertSame(result.statistics(), breakdown.total());
  }

  @Test
  void theDataSourceIsASegmentToo() {
    IngestionResult result =
        Ingestion.against(JOURNEY).bySegment("source").run(Answers.at("call", Metric.CSAT, 4, 5));
    Breakdown breakdown = result.breakdown().orElseThrow();
    assertEquals(List.of("q3-pulse"), breakdown.segments());
    assertEquals(List.of(), breakdown.periods());
    assertEquals(2, breakdown.segment("q3-pulse").observationCount());
  }

  @Test
  void askingForWhatWasNotSplitNamesTheRule() {
    Breakdown bySegment =
        Ingestion.against(JOURNEY)
            .bySegment("region")
            .run(Answers.at("call", Metric.CSAT, 4))
            .breakdown()
            .orElseThrow();
    ReportingPeriod q4 = PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 11, 1));
    ValidationException period =
        assertThrows(ValidationException.class, () -> bySegment.period(q4));
    assertEquals(
        "Breakdown is invalid: period: must not be asked for: the statistics are not split by"
            + " period (Ingestion.byPeriod) (was 2026-Q4)",
        period.getMessage());
    Breakdown byMonth =
        Ingestion.against(JOURNEY)
            .byPeriod(PeriodLength.MONTH, ZoneOffset.UTC)
            .run(Answers.at("call", Metric.CSAT, 4))
            .breakdown()
            .orElseThrow();
    ValidationException both =
        assertThrows(ValidationException.class, () -> byMonth.cell(q4, "north"));
    assertEquals(
        List.of(
            "period: must be a period of length MONTH (was 2026-Q4)",
            "segment: must not be asked for: the statistics are not split by segment"
                + " (Ingestion.bySegment) (was \"north\")"),
        both.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    assertEquals(
        List.of(),
        Ingestion.against(JOURNEY).run(Answers.at("call", Metric.CSAT, 4)).breakdown().stream()
            .collect(Collectors.toList()));
  }

  @Test
  void aSegmentMustBeAnAttribute() {
    ValidationException problems =
        assertThrows(ValidationException.class, () -> Ingestion.against(JOURNEY).bySegment(" "));
    assertEquals(
        "Ingestion is invalid: segment: must not be blank (was \" \")", problems.getMessage());
    ValidationException column =
        assertThrows(
            ValidationException.class, () -> Ingestion.against(JOURNEY).bySegment("metric"));
    assertEquals(
        "Ingestion is invalid: segment: must be an attribute or source, not a column of the"
            + " observation itself (was \"metric\")",
        column.getMessage());
  }

  @Test
  void aCsvColumnIsASegmentAndMustBeThere() throws IOException {
    String csv =
        "touchpoint_id,metric,value,observed_at,source,region,persona\n"
            + "call,csat,4,2026-09-30T23:30:00Z,q3-pulse,\"north, coast\",saver\n"
            + "call,csat,2,2026-08-01T10:00:00Z,q3-pulse,south,\n"
            + "call,csat,5,2026-08-02T10:00:00Z,q3-pulse,,saver\n";
    Ingestion ingestion =
        Ingestion.against(JOURNEY).byPeriod(PeriodLength.QUARTER, LONDON).bySegment("region");
    Breakdown breakdown = read(ingestion, csv).breakdown().orElseThrow();
    assertEquals(List.of("", "north, coast", "south"), breakdown.segments());
    assertEquals(List.of("2026-Q3", "2026-Q4"), labels(breakdown.periods()));
    // The same rows as values give the same breakdown.
    List<Observation> same =
        List.of(
            answer("2026-09-30T23:30:00Z", 4, "north, coast"),
            answer("2026-08-01T10:00:00Z", 2, "south"),
            answer("2026-08-02T10:00:00Z", 5, ""));
    assertEquals(ingestion.run(same).breakdown(), read(ingestion, csv).breakdown());
    // Without the column the whole file fails, naming it.
    ValidationException missing =
        assertThrows(
            ValidationException.class,
            () ->
                read(
                    Ingestion.against(JOURNEY).bySegment("channel"),
                    "touchpoint_id,metric,value,observed_at,source,region\n"));
    assertEquals(
        "observations.csv:1 (touchpoint_id,metric,value,observed_at,source,region) is invalid:"
            + " header: must name the column channel",
        missing.getMessage());
    // Columns nobody asks for are read past.
    assertEquals(3, read(Ingestion.against(JOURNEY), csv).accepted());
  }

  /** Answers spread over days, months and regions, generated. */
  private static final Gen<List<Observation>> ANSWERS =
      lists()
          .of(
              integers()
                  .between(0, 400 * 24 - 1)
                  .zip(
                      integers().between(1, 5),
                      integers().between(0, REGIONS.length - 1),
                      (hour, value, region) ->
                          answer(
                              Instant.parse("2026-01-01T00:00:00Z")
                                  .plusSeconds(3600L * hour)
                                  .toString(),
                              value,
                              REGIONS[region])))
          .ofSizeBetween(0, 200);

  @Test
  void theWholeIsTheMergeOfItsPeriodsAndOfItsSegments() {
    qt().forAll(ANSWERS, integers().between(0, PeriodLength.values().length - 1))
        .checkAssert(
            (answers, length) -> {
              IngestionResult result =
                  Ingestion.against(JOURNEY)
                      .byPeriod(PeriodLength.values()[length], LONDON)
                      .bySegment("region")
                      .run(answers);
              Breakdown breakdown = result.breakdown().orElseThrow();
              ObservationStatistics periods = ObservationStatistics.empty();
              for (ReportingPeriod period : breakdown.periods()) {
                periods = periods.merge(breakdown.period(period));
              }
              ObservationStatistics segments = ObservationStatistics.empty();
              for (String segment : breakdown.segments()) {
                segments = segments.merge(breakdown.segment(segment));
              }
              SameResults.assertSame(result.statistics(), periods);
              SameResults.assertSame(result.statistics(), segments);
              SameResults.assertSame(result.statistics(), breakdown.total());
              // Each answer counts once, in the period of its London date.
              Map<ReportingPeriod, Long> expected =
                  answers.stream()
                      .collect(
                          Collectors.groupingBy(
                              a ->
                                  PeriodLength.values()[length].periodOf(
                                      a.time().orElseThrow(), LONDON),
                              Collectors.counting()));
              for (ReportingPeriod period : breakdown.periods()) {
                assertEquals(
                    expected.get(period).longValue(), breakdown.period(period).observationCount());
              }
              assertEquals(expected.keySet().size(), breakdown.periods().size());
            });
  }

  @Test
  void aFileReadInPartsGivesTheBreakdownOfOnePass(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("touchpoint_id,metric,value,observed_at,source,region\n");
    List<Observation> answers = new ArrayList<>();
    Instant start = Instant.parse("2026-06-01T00:00:00Z");
    for (int i = 0; i < 30_000; i++) {
      // Out of time order every few rows, so that the slice changes often.
      Instant time = start.plusSeconds(977L * ((i * 7919L) % 30_000));
      String region = REGIONS[i % REGIONS.length];
      int value = 1 + i % 5;
      csv.append("call,csat,")
          .append(value)
          .append(',')
          .append(time)
          .append(",q3-pulse,")
          .append(region)
          .append('\n');
      answers.add(answer(time.toString(), value, region));
    }
    Path file = Files.writeString(dir.resolve("answers.csv"), csv);
    Ingestion ingestion =
        Ingestion.against(JOURNEY).byPeriod(PeriodLength.WEEK, LONDON).bySegment("region");
    IngestionResult one =
        ingestion.readCsv(file, 1, ProgressListener.none(), CancellationCheck.never());
    IngestionResult parts =
        ingestion.readCsv(file, 4, ProgressListener.none(), CancellationCheck.never());
    Breakdown expected = ingestion.run(answers).breakdown().orElseThrow();
    for (IngestionResult result : List.of(one, parts)) {
      Breakdown breakdown = result.breakdown().orElseThrow();
      assertEquals(expected.periods(), breakdown.periods());
      assertEquals(expected.segments(), breakdown.segments());
      for (ReportingPeriod period : expected.periods()) {
        for (String segment : expected.segments()) {
          SameResults.assertSame(expected.cell(period, segment), breakdown.cell(period, segment));
        }
      }
    }
  }

  private static IngestionResult read(Ingestion ingestion, String csv) throws IOException {
    return ingestion.readCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "observations.csv");
  }

  private static List<String> labels(List<ReportingPeriod> periods) {
    return periods.stream().map(ReportingPeriod::label).collect(Collectors.toList());
  }
}
