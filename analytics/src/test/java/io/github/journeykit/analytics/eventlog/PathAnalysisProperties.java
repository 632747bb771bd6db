package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.core.path.PathSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of path analysis: statistics of disjoint cases merge, in any grouping, to those of one pass;
 * a case that keeps to the plan has fitness 1 and no deviation; a log sorted by case gives what any
 * order gives.
 */
class PathAnalysisProperties {
  private static final Gen<List<Event>> LOGS = EventLogs.LOGS;

  private static PathStatistics analyse(List<Event> events) {
    return PathAnalysis.of(JOURNEY).run(events).statistics();
  }

  /** The events of the cases whose number modulo {@code parts} is {@code part}. */
  private static List<Event> part(List<Event> events, int parts, int part) {
    List<Event> mine = new ArrayList<>();
    for (Event event : events) {
      if (Integer.parseInt(event.caseId().substring(1)) % parts == part) {
        mine.add(event);
      }
    }
    return mine;
  }

  @Test
  void disjointCasesMergeToOnePassInAnyGrouping() {
    qt(100)
        .forAll(LOGS)
        .checkAssert(
            events -> {
              PathSummary whole = analyse(events).summary(Integer.MAX_VALUE);
              PathStatistics a = analyse(part(events, 3, 0));
              PathStatistics b = analyse(part(events, 3, 1));
              PathStatistics c = analyse(part(events, 3, 2));
              SamePaths.assertSame(whole, a.merge(b).merge(c).summary(Integer.MAX_VALUE));
              SamePaths.assertSame(whole, a.merge(b.merge(c)).summary(Integer.MAX_VALUE));
              SamePaths.assertSame(whole, c.merge(a).merge(b).summary(Integer.MAX_VALUE));
              // The statistics of no case are the identity of the merge.
              SamePaths.assertSame(
                  whole, analyse(List.of()).merge(analyse(events)).summary(Integer.MAX_VALUE));
            });
  }

  @Test
  void aCaseThatKeepsToThePlanHasFitnessOneAndNoDeviation() {
    qt().forAll(longs().all(), integers().between(1, 3))
        .checkAssert(
            (seed, stages) -> {
              Random random = new Random(seed);
              List<String> steps = new ArrayList<>();
              steps.add(random.nextBoolean() ? "call" : "chat");
              if (stages > 1) {
                steps.add("visit");
                if (random.nextBoolean()) {
                  steps.add("parts");
                }
              }
              if (stages > 2) {
                steps.add("sms");
              }
              CaseConformance conformance =
                  PathAnalysis.of(JOURNEY)
                      .conformance(FaultJourney.caseOf("c", steps.toArray(String[]::new)));
              assertTrue(conformance.conforms(), conformance.toString());
              assertEquals(1.0, conformance.fitness());
              assertEquals(0, conformance.cost());
            });
  }

  @Test
  void aLogSortedByCaseGivesWhatAnyOrderGives() {
    qt(100)
        .forAll(LOGS)
        .checkAssert(
            events -> {
              List<Event> byCase = new ArrayList<>(events);
              byCase.sort(
                  (x, y) ->
                      Integer.compare(
                          Integer.parseInt(x.caseId().substring(1)),
                          Integer.parseInt(y.caseId().substring(1))));
              PathSummary anyOrder = analyse(events).summary(Integer.MAX_VALUE);
              PathSummary sorted =
                  PathAnalysis.of(JOURNEY)
                      .sortedByCase()
                      .run(byCase)
                      .statistics()
                      .summary(Integer.MAX_VALUE);
              SamePaths.assertSame(anyOrder, sorted);
            });
  }

  @Test
  void fitnessLiesBetweenZeroAndOneAndTheSummaryHolds() {
    qt(100)
        .forAll(LOGS)
        .checkAssert(
            events -> {
              PathSummary summary = analyse(events).summary();
              assertTrue(summary.deviations().size() <= 10);
              summary.meanFitness().ifPresent(f -> assertTrue(f >= 0 && f <= 1, "fitness " + f));
              long variantCases =
                  analyse(events).variants().stream().mapToLong(v -> v.cases()).sum();
              assertEquals(summary.cases(), variantCases, "every case has one variant");
            });
  }
}
