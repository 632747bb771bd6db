package io.github.journeykit.scoring;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of scoring over generated journeys, answers and backlogs. */
class ScoringProperties {
  private static final Metric[] SURVEY = {Metric.NPS, Metric.CSAT, Metric.CES, Metric.EMOTION};

  /** A generated journey with generated answers at its touchpoints. */
  private static final Gen<ScoringContext> CONTEXTS =
      JourneyGenerators.journeys()
          .zip(
              integers().all(),
              (journey, seed) -> ScoringContext.of(journey, answers(journey, seed)));

  private static ObservationStatistics answers(Journey journey, int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Observation> observations = new ArrayList<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      int count = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 30);
      for (int i = 0; i < count; i++) {
        Metric metric = SURVEY[random.nextInt(SURVEY.length)];
        Scale scale =
            touchpoint.latest(metric).map(m -> m.scale()).orElse(metric.usualScale().get());
        double value =
            scale.min() + random.nextInt((int) (scale.max().getAsDouble() - scale.min()) + 1);
        observations.add(
            Observation.of(
                touchpoint.id(),
                metric,
                value,
                Instant.ofEpochSecond(random.nextInt(1 << 30)),
                Answers.PULSE));
      }
    }
    return Ingestion.against(journey).strict().run(observations).statistics();
  }

  @Test
  void everyBuiltInScoresWithinItsScale() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    qt(100)
        .forAll(CONTEXTS)
        .checkAssert(
            context -> {
              for (String name : registry.names()) {
                ScoreSheet sheet = registry.get(name).scoreAll(context);
                for (Score score : sheet.scores().values()) {
                  assertTrue(Double.isFinite(score.value()), name);
                  assertTrue(score.scale().contains(score.value()), name + ": " + score);
                  score
                      .interval()
                      .ifPresent(
                          ci ->
                              assertTrue(
                                  ci.lower() <= ci.upper()
                                      && (!score.scale().max().isPresent()
                                          || (ci.lower() >= score.scale().min()
                                              && ci.upper() <= score.scale().max().getAsDouble())),
                                  name + ": " + score));
                }
              }
            });
  }

  @Test
  void normalisationIsMonotoneAndOnOneToHundred() {
    Gen<List<Double>> raws =
        lists()
            .of(
                doubles()
                    .between(-1000, 1000)
                    .mix(integers().between(-3, 3).map(Integer::doubleValue), 50))
            .ofSizeBetween(1, 30);
    qt().forAll(raws, integers().between(0, 1))
        .checkAssert(
            (values, lowerIsBetter) -> {
              Scale scale =
                  Scale.builder().min(-1000).max(1000).higherIsBetter(lowerIsBetter == 0).build();
              ScoreSheet.Builder sheet = ScoreSheet.builder().label("raw");
              for (int i = 0; i < values.size(); i++) {
                sheet.putScore(
                    "e" + i, Score.builder().value(values.get(i)).scale(scale).label("R").build());
              }
              ScoreSheet raw = sheet.build();
              for (Normalization normalization : Normalization.values()) {
                ScoreSheet normal = normalization.apply(raw);
                assertEquals(raw.ranking(), normal.ranking(), normalization.label());
                for (int i = 0; i < values.size(); i++) {
                  double a = normal.score("e" + i).get().value();
                  assertTrue(a >= 1 && a <= 100);
                  for (int j = 0; j < values.size(); j++) {
                    double b = normal.score("e" + j).get().value();
                    int order =
                        Double.compare(values.get(i), values.get(j))
                            * (lowerIsBetter == 0 ? 1 : -1);
                    if (order > 0) {
                      assertTrue(a >= b, normalization.label());
                    } else if (order == 0) {
                      assertEquals(a, b, 0.0);
                    }
                  }
                }
              }
            });
  }

  @Test
  void rankingIsADeterministicPermutation() {
    Gen<List<ActionItem>> backlogs =
        lists()
            .of(integers().between(0, 5))
            .ofSizeBetween(0, 40)
            .map(
                reaches -> {
                  List<ActionItem> items = new ArrayList<>();
                  for (int i = 0; i < reaches.size(); i++) {
                    ActionItem.Builder item =
                        ActionItem.builder("a" + (reaches.size() - i), "A", ActionKind.FIX);
                    if (reaches.get(i) > 0) {
                      item.putEstimate(Estimates.REACH, reaches.get(i))
                          .putEstimate(Estimates.IMPACT, 1)
                          .putEstimate(Estimates.CONFIDENCE, 1)
                          .putEstimate(Estimates.EFFORT, 1);
                    }
                    items.add(item.build());
                  }
                  return items;
                });
    qt().forAll(backlogs, integers().between(0, 1))
        .checkAssert(
            (backlog, worst) -> {
              Prioritizer<ActionItem> prioritizer = Prioritizer.by(ScoringStrategies.rice());
              if (worst == 1) {
                prioritizer = prioritizer.worstFirst();
              }
              ScoringContext context = ScoringContext.of(Journey.builder("j", "J").build());
              Ranking ranking = prioritizer.rank(backlog, context);
              List<ActionItem> reversed = new ArrayList<>(backlog);
              Collections.reverse(reversed);
              assertEquals(
                  ranking.ids(),
                  prioritizer.rank(reversed, context).ids(),
                  "input order does not matter");
              Set<String> all = new HashSet<>(ranking.ids());
              all.addAll(ranking.unscored());
              assertEquals(backlog.size(), ranking.ids().size() + ranking.unscored().size());
              assertEquals(backlog.stream().map(ActionItem::id).collect(Collectors.toSet()), all);
              for (int i = 0; i + 1 < ranking.items().size(); i++) {
                RankedItem here = ranking.items().get(i);
                RankedItem next = ranking.items().get(i + 1);
                assertEquals(i + 1, here.rank());
                int order = Double.compare(here.score().value(), next.score().value());
                assertTrue(worst == 1 ? order <= 0 : order >= 0);
                if (order == 0) {
                  assertTrue(here.id().compareTo(next.id()) < 0, "ties by id");
                }
              }
              if (worst == 0) {
                assertEquals(ranking.sheet().ranking(), ranking.ids());
              }
              assertFalse(ranking.ids().stream().anyMatch(ranking.unscored()::contains));
            });
  }
}
