package io.github.journeykit.scoring;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of SERVQUAL's two forms over generated surveys: 1-4 dimensions of 1-3 items, 1-8 respondents
 * answering on the 1-7 scale, splits of 100 points.
 */
class ServqualProperties {
  private static final MathContext EXACT = MathContext.DECIMAL128;

  /** A generated survey: its journey, each respondent's answers (P, E by item) and splits. */
  private record Survey(
      Journey journey,
      Map<String, Map<String, int[]>> answers,
      Map<String, Map<String, Double>> splits) {
    ScoringContext context() {
      List<Observation> observations = new ArrayList<>();
      answers.forEach(
          (respondent, items) ->
              items.forEach(
                  (item, pe) -> {
                    if (pe[0] > 0) {
                      observations.add(answer(respondent, item, Metric.PERCEPTION, pe[0]));
                    }
                    if (pe[1] > 0) {
                      observations.add(answer(respondent, item, Metric.EXPECTATION, pe[1]));
                    }
                  }));
      IngestionResult result = Ingestion.against(journey).strict().byRespondent().run(observations);
      return ScoringContext.of(journey, result.statistics(), result.respondents().get());
    }
  }

  private static Observation answer(String respondent, String item, Metric metric, int value) {
    return Observation.builder()
        .from(Answers.at(item, metric, value).get(0))
        .respondent(respondent)
        .build();
  }

  /**
   * A survey from a seed; with {@code complete}, every respondent answers every item once and all
   * split their points alike, else answers go missing (0) and each respondent splits their own way.
   */
  private static Survey survey(int seed, boolean complete) {
    SplittableRandom random = new SplittableRandom(seed);
    Journey.Builder journey = Journey.builder("survey", "A survey");
    List<String> dimensions = new ArrayList<>();
    List<List<String>> items = new ArrayList<>();
    int dimensionCount = random.nextInt(1, 5);
    for (int s = 0; s < dimensionCount; s++) {
      Stage.Builder stage = Stage.builder("d" + s, "Dimension " + s);
      List<String> ids = new ArrayList<>();
      for (int i = random.nextInt(1, 4); i > 0; i--) {
        String id = "d" + s + "-i" + i;
        ids.add(id);
        stage.addTouchpoint(
            Touchpoint.builder(id, "Item " + id, Channel.WEB)
                .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_7))
                .addMeasurement(Measurement.of(Metric.EXPECTATION, 4, Scale.LIKERT_7))
                .build());
      }
      journey.addStage(stage.build());
      dimensions.add("d" + s);
      items.add(ids);
    }
    Map<String, Double> shared = split(random, dimensions);
    Map<String, Map<String, int[]>> answers = new LinkedHashMap<>();
    Map<String, Map<String, Double>> splits = new LinkedHashMap<>();
    for (int r = random.nextInt(1, 9); r > 0; r--) {
      Map<String, int[]> mine = new LinkedHashMap<>();
      for (List<String> ids : items) {
        for (String id : ids) {
          int p = random.nextInt(1, 8);
          int e = random.nextInt(1, 8);
          mine.put(
              id,
              complete
                  ? new int[] {p, e}
                  : new int[] {random.nextInt(4) == 0 ? 0 : p, random.nextInt(4) == 0 ? 0 : e});
        }
      }
      answers.put("r" + r, mine);
      splits.put("r" + r, complete ? shared : split(random, dimensions));
    }
    return new Survey(journey.build(), answers, splits);
  }

  /** Whole points over the dimensions that add up to 100. */
  private static Map<String, Double> split(SplittableRandom random, List<String> dimensions) {
    Map<String, Double> points = new LinkedHashMap<>();
    int left = 100;
    for (int i = 0; i < dimensions.size(); i++) {
      int p = i == dimensions.size() - 1 ? left : random.nextInt(left + 1);
      points.put(dimensions.get(i), (double) p);
      left -= p;
    }
    return points;
  }

  @Test
  void publishedEqualsPooledWhenEveryoneAnswersEverythingAndSplitsAlike() {
    // mean_r (P - E) = mean_r P - mean_r E per item when every respondent rated it, and means of
    // means over a full table may be taken in either order; one split for all leaves the sum.
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Survey survey = survey(seed, true);
              ScoringContext context = survey.context();
              Journey journey = survey.journey();
              assertEquals(
                  ScoringStrategies.servqualPooled().score(journey, context).get().value(),
                  ScoringStrategies.servqualPublished().score(journey, context).get().value(),
                  1e-9);
              Map<String, Double> shared = survey.splits().values().iterator().next();
              // A dimension with no points has no say in either form; both rescale alike.
              assertEquals(
                  ScoringStrategies.servqualPooled(shared).score(journey, context).get().value(),
                  ScoringStrategies.servqualPublished(survey.splits())
                      .score(journey, context)
                      .get()
                      .value(),
                  1e-9);
            });
  }

  @Test
  void publishedFormMatchesAnExactComputation() {
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Survey survey = survey(seed, false);
              ScoringContext context = survey.context();
              BigDecimal[] expected = reference(survey);
              var unweighted =
                  ScoringStrategies.servqualPublished().assess(survey.journey(), context).score();
              var weighted =
                  ScoringStrategies.servqualPublished(survey.splits())
                      .assess(survey.journey(), context)
                      .score();
              assertEquals(expected[0] == null, unweighted.isEmpty());
              assertEquals(expected[1] == null, weighted.isEmpty());
              if (expected[0] != null) {
                assertEquals(expected[0].doubleValue(), unweighted.get().value(), 1e-9);
              }
              if (expected[1] != null) {
                assertEquals(expected[1].doubleValue(), weighted.get().value(), 1e-9);
              }
            });
  }

  /**
   * The published unweighted and weighted scores in decimal arithmetic, straight from the
   * definition; null where there is none.
   */
  private static BigDecimal[] reference(Survey survey) {
    Map<String, List<BigDecimal>> perDimension = new LinkedHashMap<>();
    BigDecimal weightedSum = BigDecimal.ZERO;
    int weightedCount = 0;
    for (Map.Entry<String, Map<String, int[]>> respondent : survey.answers().entrySet()) {
      BigDecimal mine = BigDecimal.ZERO;
      BigDecimal weights = BigDecimal.ZERO;
      for (Stage stage : survey.journey().stages()) {
        BigDecimal sum = BigDecimal.ZERO;
        int rated = 0;
        for (Touchpoint item : stage.touchpoints()) {
          int[] pe = respondent.getValue().get(item.id());
          if (pe[0] > 0 && pe[1] > 0) {
            sum = sum.add(BigDecimal.valueOf(pe[0] - pe[1]));
            rated++;
          }
        }
        if (rated > 0) {
          BigDecimal d = sum.divide(BigDecimal.valueOf(rated), EXACT);
          perDimension.computeIfAbsent(stage.id(), k -> new ArrayList<>()).add(d);
          BigDecimal w =
              BigDecimal.valueOf(survey.splits().get(respondent.getKey()).get(stage.id()))
                  .divide(BigDecimal.valueOf(100), EXACT);
          mine = mine.add(w.multiply(d, EXACT));
          weights = weights.add(w);
        }
      }
      if (weights.signum() > 0) {
        weightedSum = weightedSum.add(mine.divide(weights, EXACT));
        weightedCount++;
      }
    }
    BigDecimal unweighted = null;
    if (!perDimension.isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (List<BigDecimal> scores : perDimension.values()) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal score : scores) {
          total = total.add(score);
        }
        sum = sum.add(total.divide(BigDecimal.valueOf(scores.size()), EXACT));
      }
      unweighted = sum.divide(BigDecimal.valueOf(perDimension.size()), EXACT);
    }
    BigDecimal weighted =
        weightedCount == 0 ? null : weightedSum.divide(BigDecimal.valueOf(weightedCount), EXACT);
    return new BigDecimal[] {unweighted, weighted};
  }
}
