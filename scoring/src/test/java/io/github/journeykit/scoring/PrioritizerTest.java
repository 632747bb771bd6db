package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Ranks agree with the score sheet, ties go by id, and each place is explained. */
class PrioritizerTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final ScoringContext CONTEXT = ScoringContext.of(JOURNEY);

  @Test
  void ranksTheSampleActionsByRice() {
    Ranking ranking = Prioritizer.by(ScoringStrategies.rice()).rank(CONTEXT);
    assertEquals(List.of("eta-sms", "case-handoff", "line-test-training"), ranking.ids());
    assertEquals(ranking.sheet().ranking(), ranking.ids());
    assertEquals(List.of("exec-listening"), ranking.unscored());
    assertEquals(
        "#1 eta-sms: RICE 9000 (RICE = 9000 x 1 x 1 / 1 = 9000); ahead of case-handoff (7200) by"
            + " 1800",
        ranking.items().get(0).reason());
    assertEquals(
        "#3 line-test-training: RICE 2250 (RICE = 18000 x 0.5 x 0.5 / 2 = 2250); last",
        ranking.items().get(2).reason());
    assertEquals(2, ranking.item("case-handoff").get().rank());
    assertEquals("Ranking[rice: 3 ranked, 1 unscored]", ranking.toString());
    assertEquals("#1 eta-sms RICE 9000", ranking.items().get(0).toString());
  }

  @Test
  void tiesGoByIdAndWorstFirstKeepsThem() {
    List<ActionItem> backlog = new ArrayList<>();
    // RICE: b = 100, a = 100, c = 50, d = 200
    backlog.add(rice("b", 100));
    backlog.add(rice("a", 100));
    backlog.add(rice("c", 50));
    backlog.add(rice("d", 200));
    Prioritizer<ActionItem> rice = Prioritizer.by(ScoringStrategies.rice());
    Ranking best = rice.rank(backlog, CONTEXT);
    assertEquals(List.of("d", "a", "b", "c"), best.ids());
    assertEquals(
        "#2 a: RICE 100 (RICE = 100 x 1 x 1 / 1 = 100); tied with b at 100, placed first by id",
        best.items().get(1).reason());
    Ranking worst = rice.worstFirst().rank(backlog, CONTEXT);
    assertEquals(List.of("c", "a", "b", "d"), worst.ids());
    assertEquals(true, worst.worstFirst());
    assertEquals("Prioritizer[rice, worst first]", rice.worstFirst().toString());
    // Touchpoints to fix first: the lowest emotion
    assertEquals(
        List.of("call", "status-page", "engineer"),
        Prioritizer.by(ScoringStrategies.emotion()).worstFirst().rank(CONTEXT).ids());
  }

  @Test
  void duplicateIdsAreRejected() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Prioritizer.by(ScoringStrategies.rice())
                    .rank(List.of(rice("a", 1), rice("a", 2)), CONTEXT));
    assertEquals("elements[1].id", e.violations().get(0).path());
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    List<ActionItem> backlog = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      backlog.add(rice("a" + i, i % 1000));
    }
    AtomicLong reported = new AtomicLong();
    List<Long> totals = new ArrayList<>();
    Ranking ranking =
        Prioritizer.by(ScoringStrategies.rice())
            .rank(
                backlog,
                CONTEXT,
                (done, total) -> {
                  reported.set(done);
                  totals.add(total);
                },
                CancellationCheck.never());
    assertEquals(70_000, ranking.items().size());
    assertEquals(70_000, reported.get());
    assertEquals(List.of(70_000L, 70_000L), totals);
    AtomicLong asked = new AtomicLong();
    CancellationException e =
        assertThrows(
            CancellationException.class,
            () ->
                Prioritizer.by(ScoringStrategies.rice())
                    .rank(
                        backlog,
                        CONTEXT,
                        ProgressListener.none(),
                        () -> asked.incrementAndGet() > 2));
    assertEquals("Ranking was cancelled after 8192 elements", e.getMessage());
  }

  private static ActionItem rice(String id, double reach) {
    return ActionItem.builder(id, id, ActionKind.FIX)
        .putEstimate(Estimates.REACH, reach)
        .putEstimate(Estimates.IMPACT, 1)
        .putEstimate(Estimates.CONFIDENCE, 1)
        .putEstimate(Estimates.EFFORT, 1)
        .build();
  }
}
