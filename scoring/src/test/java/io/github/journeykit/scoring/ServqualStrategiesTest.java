package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.score.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SERVQUAL as published against the pooled form, on a case worked by hand: two dimensions
 * (reliability: items r1 and r2; empathy: item e1), three respondents on the 1-7 scale, with
 * missing answers and splits that vary.
 *
 * <pre>
 * respondent  r1 P/E  r2 P/E  e1 P/E  points (reliability/empathy)
 * a           5/7     6/6     4/5     60/40
 * b           3/6     -       6/4     20/80
 * c           -       7/5     3/-     50/50   (c's e1 has a perception only)
 * </pre>
 */
class ServqualStrategiesTest {
  private static final Journey SURVEY =
      Journey.builder("survey", "A SERVQUAL survey")
          .addStage(
              Stage.builder("reliability", "Reliability")
                  .addTouchpoint(item("r1"))
                  .addTouchpoint(item("r2"))
                  .build())
          .addStage(Stage.builder("empathy", "Empathy").addTouchpoint(item("e1")).build())
          .build();

  private static final Map<String, Map<String, Double>> SPLITS =
      Map.of(
          "a", Map.of("reliability", 60.0, "empathy", 40.0),
          "b", Map.of("reliability", 20.0, "empathy", 80.0),
          "c", Map.of("reliability", 50.0, "empathy", 50.0));

  private static Touchpoint item(String id) {
    return Touchpoint.builder(id, "Item " + id, Channel.WEB)
        .addMeasurement(Measurement.of(Metric.EXPECTATION, 4, Scale.LIKERT_7))
        .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_7))
        .build();
  }

  private static List<Observation> answers() {
    List<Observation> answers = new ArrayList<>();
    answer(answers, "a", "r1", 5, 7);
    answer(answers, "a", "r2", 6, 6);
    answer(answers, "a", "e1", 4, 5);
    answer(answers, "b", "r1", 3, 6);
    answer(answers, "b", "e1", 6, 4);
    answer(answers, "c", "r2", 7, 5);
    answers.add(by("c", Answers.at("e1", Metric.PERCEPTION, 3).get(0)));
    return answers;
  }

  private static void answer(
      List<Observation> answers, String respondent, String item, double p, double e) {
    answers.add(by(respondent, Answers.at(item, Metric.PERCEPTION, p).get(0)));
    answers.add(by(respondent, Answers.at(item, Metric.EXPECTATION, e).get(0)));
  }

  private static Observation by(String respondent, Observation answer) {
    return Observation.builder().from(answer).respondent(respondent).build();
  }

  private static ScoringContext paired() {
    IngestionResult result = Ingestion.against(SURVEY).strict().byRespondent().run(answers());
    return ScoringContext.of(SURVEY, result.statistics(), result.respondents().get());
  }

  private static Score score(ServqualStrategy strategy, ScoringContext context) {
    return strategy.assess(SURVEY, context).score().get();
  }

  @Test
  void publishedUnweightedAveragesEachRespondentsOwnGaps() {
    // Each respondent's gaps P - E and dimension means:
    //   a: r1 5-7 = -2, r2 6-6 = 0 -> reliability -1; e1 4-5 = -1 -> empathy -1
    //   b: r1 3-6 = -3             -> reliability -3; e1 6-4 = 2  -> empathy 2
    //   c: r2 7-5 = 2              -> reliability 2;  e1 has no expectation: no empathy
    // reliability = (-1 - 3 + 2) / 3 = -2/3; empathy = (-1 + 2) / 2 = 1/2
    // score = (-2/3 + 1/2) / 2 = -1/12
    Score score = score(ScoringStrategies.servqualPublished(), paired());
    assertEquals(-1.0 / 12, score.value(), 1e-12);
    assertEquals(Scale.of(-6, 6, 0), score.scale());
    assertEquals(3, score.sampleSize().getAsLong());
    assertEquals(
        "per respondent P - E per item and mean per dimension, then mean over respondents:"
            + " reliability -0.666667 (3 respondents), empathy 0.5 (2 respondents);"
            + " mean of 2 dimensions = (-0.666667 + 0.5) / 2 = -0.0833333",
        score.explanation().get());
  }

  @Test
  void publishedWeightedTakesEachRespondentsOwnSplit() {
    // a: 0.6 x -1 + 0.4 x -1 = -1
    // b: 0.2 x -3 + 0.8 x 2 = 1
    // c: 0.5 x 2 = 1, rated reliability only, rescaled by 1/0.5 = 2
    // score = (-1 + 1 + 2) / 3 = 2/3
    Score score = score(ScoringStrategies.servqualPublished(SPLITS), paired());
    assertEquals(2.0 / 3, score.value(), 1e-12);
    assertEquals(
        "per respondent sum(w x dimension gap) with their own points, then mean over 3"
            + " respondents: a: 0.6 x -1 + 0.4 x -1 = -1; b: 0.2 x -3 + 0.8 x 2 = 1;"
            + " c: 0.5 x 2, rescaled by 1/0.5 = 2; (-1 + 1 + 2) / 3 = 0.666667",
        score.explanation().get());
  }

  @Test
  void pooledFormDiffersWhenAnswersAreMissing() {
    // Means over all answers, perception and expectation apart:
    //   r1: P (5 + 3) / 2 = 4,       E (7 + 6) / 2 = 6.5 -> -2.5
    //   r2: P (6 + 7) / 2 = 6.5,     E (6 + 5) / 2 = 5.5 -> 1
    //   e1: P (4 + 6 + 3) / 3 = 13/3, E (5 + 4) / 2 = 4.5 -> -1/6
    // reliability = (-2.5 + 1) / 2 = -0.75; empathy = -1/6
    // unweighted = (-0.75 - 1/6) / 2 = -11/24, against the published -1/12
    // weighted 50/50 (one split for all) = 0.5 x -0.75 + 0.5 x -1/6 = -11/24 too
    ScoringContext context = paired();
    assertEquals(-11.0 / 24, score(ScoringStrategies.servqualPooled(), context).value(), 1e-12);
    assertEquals(
        -11.0 / 24,
        score(
                ScoringStrategies.servqualPooled(Map.of("reliability", 50.0, "empathy", 50.0)),
                context)
            .value(),
        1e-12);
    assertEquals(
        ScoringStrategies.experienceGapByJourney().score(SURVEY, context).get().value(),
        ScoringStrategies.servqualPooled().score(SURVEY, context).get().value());
    assertTrue(
        score(ScoringStrategies.servqualPooled(), context)
            .explanation()
            .get()
            .startsWith(
                "pooled: P and E are means over all answers; mean of experience-gap-stage"));
  }

  @Test
  void withoutRespondentIdsThePublishedFormSaysSoRatherThanGuess() {
    List<Observation> anonymous = new ArrayList<>();
    for (Observation answer : answers()) {
      anonymous.add(Observation.builder().from(answer).respondent(" ").build());
    }
    IngestionResult result = Ingestion.against(SURVEY).byRespondent().run(anonymous);
    ScoringContext context =
        ScoringContext.of(SURVEY, result.statistics(), result.respondents().get());
    ServqualResult published = ScoringStrategies.servqualPublished().assess(SURVEY, context);
    assertTrue(published.score().isEmpty());
    assertEquals(
        "no answer names its respondent (13 answers without): the published form pairs each"
            + " respondent's perception with their own expectation, which means over all answers"
            + " cannot; ingest with Ingestion.byRespondent() answers that carry respondent ids, or"
            + " use the pooled form, servqual-pooled",
        published.reason().get());
    assertTrue(ScoringStrategies.servqualPublished().score(SURVEY, context).isEmpty());
    // Without respondents kept at all, the same, and the pooled form still scores.
    ScoringContext pooledOnly = ScoringContext.of(SURVEY, result.statistics());
    assertTrue(
        ScoringStrategies.servqualPublished()
            .assess(SURVEY, pooledOnly)
            .reason()
            .get()
            .startsWith("no answer names its respondent: "));
    assertTrue(ScoringStrategies.servqualPooled().score(SURVEY, pooledOnly).isPresent());
  }

  @Test
  void anonymousAnswersAndUnsplitRespondentsAreNamed() {
    List<Observation> answers = answers();
    answers.add(Answers.at("r1", Metric.PERCEPTION, 1).get(0));
    IngestionResult result = Ingestion.against(SURVEY).byRespondent().run(answers);
    ScoringContext context =
        ScoringContext.of(SURVEY, result.statistics(), result.respondents().get());
    Score score =
        score(
            ScoringStrategies.servqualPublished(
                Map.of("a", Map.of("reliability", 60.0, "empathy", 40.0))),
            context);
    // Only a has a split: -1.
    assertEquals(-1, score.value(), 1e-12);
    assertTrue(
        score
            .explanation()
            .get()
            .endsWith(
                "; without a split, left out: b, c; answers without a respondent, left out: 1"),
        score.explanation().get());
  }

  @Test
  void badSplitsAreReportedAllAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ScoringStrategies.servqualPublished(
                    Map.of(
                        "a", Map.of("reliability", -10.0, "empathy", 110.0),
                        "b", Map.of("reliability", 30.0, "empathy", 30.0))));
    assertEquals(2, e.violations().size(), e.getMessage());
    assertTrue(e.getMessage().contains("pointsByRespondent.a.reliability"), e.getMessage());
    assertTrue(e.getMessage().contains("must add up to 100 (was 60"), e.getMessage());
    ValidationException unknown =
        assertThrows(
            ValidationException.class,
            () ->
                ScoringStrategies.servqualPublished(Map.of("a", Map.of("tangibles", 100.0)))
                    .assess(SURVEY, paired()));
    assertTrue(
        unknown.getMessage().contains("pointsByRespondent.a.tangibles: must name a stage"),
        unknown.getMessage());
  }
}
