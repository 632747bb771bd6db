package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Score;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of NPS, CSAT and CES from raw answers, computed by hand in the comments with z =
 * 1.959964 (95%) and t(0.975, 4) = 2.776445.
 */
class SurveyStrategiesTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final Touchpoint SMS = JOURNEY.touchpoint("sms-confirm").get();
  private static final Touchpoint ENGINEER = JOURNEY.touchpoint("engineer").get();

  private static Score nps(IntervalMethod method, double... answers) {
    return ScoringStrategies.nps(method, 0.95)
        .score(SMS, Contexts.withAnswers(JOURNEY, "sms-confirm", Metric.NPS, answers))
        .orElseThrow();
  }

  private static void assertInterval(double lower, double upper, String method, Score score) {
    ConfidenceInterval ci = score.interval().orElseThrow();
    assertEquals(lower, ci.lower(), 1e-9, "lower");
    assertEquals(upper, ci.upper(), 1e-9, "upper");
    assertEquals(method, ci.method());
    assertEquals(0.95, ci.level());
  }

  @Test
  void npsOfTenAnswers() {
    // 10 10 9 9 9 | 8 7 | 6 3 0: promoters 5, passives 2, detractors 3, n = 10
    double[] answers = {10, 10, 9, 9, 9, 8, 7, 6, 3, 0};
    Score wald = nps(IntervalMethod.WALD, answers);
    // NPS = 100 x (5 - 3) / 10 = 20
    assertEquals(20, wald.value(), 1e-12);
    assertEquals(OptionalLong.of(10), wald.sampleSize());
    assertEquals("NPS = 100 x (5 - 3) / 10 = 20", wald.explanation().get());
    assertEquals("promoters=5 (50%)", wald.contributions().get(0).toString());
    assertEquals("passives=2 (20%)", wald.contributions().get(1).toString());
    assertEquals("detractors=3 (30%)", wald.contributions().get(2).toString());
    // Wald: p = 0.5, d = 0.3; Var = 100^2 x (0.5 + 0.3 - 0.2^2) / 10 = 10000 x 0.76 / 10 = 760
    // half width = 1.959964 x sqrt(760) = 1.959964 x 27.568098 = 54.032478
    assertInterval(20 - 54.032478230482205, 20 + 54.032478230482205, "wald", wald);
    // Adjusted Wald: n' = 13, p' = 5.75 / 13 = 0.442308, d' = 3.75 / 13 = 0.288462
    // centre = 100 x (p' - d') = 100 x 2 / 13 = 15.384615
    // Var = 10000 x (0.730769 - 0.153846^2) / 13 = 10000 x 0.707101 / 13 = 543.923532
    // half width = 1.959964 x 23.322168 = 45.711210
    Score adjusted = nps(IntervalMethod.ADJUSTED_WALD, answers);
    assertEquals(20, adjusted.value(), 1e-12);
    assertInterval(-30.32599443550415, 61.09522520473492, "adjusted-wald", adjusted);
  }

  @Test
  void npsOfAllPromotersAllDetractorsAndOneAnswer() {
    // All promoters: NPS = 100 x (4 - 0) / 4 = 100; Wald variance 10000 x (1 + 0 - 1) / 4 = 0
    Score promoters = nps(IntervalMethod.WALD, 10, 9, 10, 9);
    assertEquals(100, promoters.value());
    assertInterval(100, 100, "wald", promoters);
    // Adjusted: n' = 7, p' = 4.75 / 7, d' = 0.75 / 7, centre 100 x 4 / 7 = 57.142857,
    // Var = 10000 x (5.5 / 7 - (4 / 7)^2) / 7 = 655.976676, half width 1.959964 x 25.612041 =
    // 50.198679: [6.944178, 107.341536], clipped to 100
    assertInterval(
        6.944177980272052, 100, "adjusted-wald", nps(IntervalMethod.ADJUSTED_WALD, 10, 9, 10, 9));
    // All detractors: the mirror image.
    Score detractors = nps(IntervalMethod.ADJUSTED_WALD, 0, 6, 3, 5);
    assertEquals(-100, detractors.value());
    assertInterval(-100, -6.944177980272052, "adjusted-wald", detractors);
    assertInterval(-100, -100, "wald", nps(IntervalMethod.WALD, 0, 6, 3, 5));
    // One answer, a 9: NPS 100; adjusted n' = 4, p' = 1.75 / 4 = 0.4375, d' = 0.1875,
    // centre 25, Var = 10000 x (0.625 - 0.0625) / 4 = 1406.25, half width 1.959964 x 37.5 =
    // 73.49865
    Score one = nps(IntervalMethod.ADJUSTED_WALD, 9);
    assertEquals(100, one.value());
    assertEquals(OptionalLong.of(1), one.sampleSize());
    assertInterval(25 - 73.49864942025201, 25 + 73.49864942025201, "adjusted-wald", one);
  }

  @Test
  void npsNeedsAnswerBuckets() {
    // The sample's NPS measurement is a mean answer (6.8 on 0-10): no NPS can be computed from it.
    assertEquals(Optional.empty(), ScoringStrategies.nps().score(SMS, ScoringContext.of(JOURNEY)));
    // n = 0: empty statistics give no score either, never NaN.
    ScoringContext none =
        ScoringContext.of(
            JOURNEY,
            ObservationStatistics.of(
                Map.of("sms-confirm", Map.of(Metric.NPS, MetricStatistics.empty()))));
    assertEquals(Optional.empty(), ScoringStrategies.nps().score(SMS, none));
    // A measurement already on the NPS scale is reported as it is, without interval.
    Touchpoint measured =
        SMS.withMeasurements(
            List.of(
                Measurement.builder()
                    .metric(Metric.NPS)
                    .value(32)
                    .scale(Scale.NPS)
                    .sampleSize(250)
                    .build()));
    Score score = ScoringStrategies.nps().score(measured, ScoringContext.of(JOURNEY)).get();
    assertEquals(32, score.value());
    assertEquals(OptionalLong.of(250), score.sampleSize());
    assertEquals(Optional.empty(), score.interval());
    assertThrows(ValidationException.class, () -> ScoringStrategies.nps(IntervalMethod.T, 0.95));
    assertThrows(ValidationException.class, () -> ScoringStrategies.nps(IntervalMethod.WALD, 1.0));
  }

  @Test
  void csatIsTheTopTwoBoxShare() {
    // 5 5 4 4 4 3 2 1: top-2-box 5 of 8; CSAT = 100 x 5 / 8 = 62.5 (the mean, 3.5, is not CSAT)
    ScoringContext context =
        Contexts.withAnswers(JOURNEY, "engineer", Metric.CSAT, 5, 5, 4, 4, 4, 3, 2, 1);
    Score csat = ScoringStrategies.csat().score(ENGINEER, context).orElseThrow();
    assertEquals(62.5, csat.value(), 1e-12);
    assertEquals(Scale.PERCENT, csat.scale());
    assertEquals("top-2-box (4-5) share = 100 x 5 / 8 = 62.5%", csat.explanation().get());
    // Wilson: z^2 / n = 3.841459 / 8 = 0.480182; centre = (0.625 + 0.240091) / 1.480182 = 0.584449
    // half = 1.959964 / 1.480182 x sqrt(0.625 x 0.375 / 8 + 0.480182 / 32) = 1.324137 x 0.210483
    // = 0.278707: [30.574239, 86.315571]
    assertInterval(30.574239460262742, 86.31557141764026, "wilson", csat);
    // Wald: 0.625 +/- 1.959964 x sqrt(0.625 x 0.375 / 8) = 0.625 +/- 0.335474
    assertInterval(
        28.952609805303315,
        96.04739019469667,
        "wald",
        ScoringStrategies.csat(IntervalMethod.WALD, 0.95).score(ENGINEER, context).get());
    // One answer of 5: 100%, Wilson stays inside 0..100.
    Score one =
        ScoringStrategies.csat()
            .score(ENGINEER, Contexts.withAnswers(JOURNEY, "engineer", Metric.CSAT, 5))
            .get();
    assertEquals(100, one.value());
    assertEquals(100, one.interval().get().upper(), 1e-12);
    // The sample's CSAT measurement is a mean (4.4 on 1-5): no share can be computed from it.
    assertEquals(
        Optional.empty(), ScoringStrategies.csat().score(ENGINEER, ScoringContext.of(JOURNEY)));
    // A measurement on 0-100 is the share already: 80% of 200, with a Wilson interval.
    Touchpoint share =
        ENGINEER.withMeasurements(
            List.of(
                Measurement.builder()
                    .metric(Metric.CSAT)
                    .value(80)
                    .scale(Scale.PERCENT)
                    .sampleSize(200)
                    .build()));
    Score measured = ScoringStrategies.csat().score(share, ScoringContext.of(JOURNEY)).get();
    assertEquals(80, measured.value());
    assertEquals("wilson", measured.interval().get().method());
  }

  @Test
  void cesIsTheMeanWithATOrNormalInterval() {
    // 7 6 6 5 4 on the 1-7 scale: mean 28 / 5 = 5.6
    // squared deviations 1.96 + 0.16 + 0.16 + 0.36 + 2.56 = 5.2; s^2 = 5.2 / 4 = 1.3, s = 1.140175
    // standard error s / sqrt(5) = 0.509902
    ScoringContext context =
        Contexts.withAnswers(JOURNEY, "sms-confirm", Metric.CES, 7, 6, 6, 5, 4);
    Score t = ScoringStrategies.ces().score(SMS, context).orElseThrow();
    assertEquals(5.6, t.value(), 1e-12);
    assertEquals(Scale.CES_ANSWER, t.scale());
    // t: 5.6 +/- 2.776445 x 0.509902 = 5.6 +/- 1.415716; the upper bound 7.015716 is clipped to 7
    assertInterval(5.6 - 2.7764451051977943 * 0.5099019513592784, 7, "t", t);
    // normal: 5.6 +/- 1.959964 x 0.509902 = 5.6 +/- 0.999389
    assertInterval(
        4.60061053968912,
        6.59938946031088,
        "normal",
        ScoringStrategies.ces(IntervalMethod.NORMAL, 0.95).score(SMS, context).get());
    // The share of 5-7: 4 of 5 = 80%
    Score share = ScoringStrategies.cesShare().score(SMS, context).get();
    assertEquals(80, share.value(), 1e-12);
    assertEquals("answers 5-7 share = 100 x 4 / 5 = 80%", share.explanation().get());
    // One answer has a mean but no interval.
    Score one =
        ScoringStrategies.ces()
            .score(SMS, Contexts.withAnswers(JOURNEY, "sms-confirm", Metric.CES, 6))
            .get();
    assertEquals(6, one.value());
    assertEquals(Optional.empty(), one.interval());
    // From the sample's measurement alone: the mean 4.9 with n = 410 and no interval.
    Score measured = ScoringStrategies.ces().score(SMS, ScoringContext.of(JOURNEY)).get();
    assertEquals(4.9, measured.value());
    assertEquals(OptionalLong.of(410), measured.sampleSize());
    assertEquals(Optional.empty(), measured.interval());
    assertFalse(ScoringStrategies.ces().score(ENGINEER, ScoringContext.of(JOURNEY)).isPresent());
  }

  @Test
  void cesShareNeedsTheSevenPointScale() {
    Touchpoint effort =
        SMS.withMeasurements(List.of(Measurement.of(Metric.CES, 2, Scale.CES_EFFORT_ANSWER)));
    Journey journey = JOURNEY.withTouchpoint("confirm", effort);
    ScoringContext context = Contexts.withAnswers(journey, "sms-confirm", Metric.CES, 1, 2, 2);
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> ScoringStrategies.cesShare().score(effort, context));
    assertEquals("ces.scale", e.violations().get(0).path());
    // The mean on the 1-5 effort scale, where lower is better: (1 + 2 + 2) / 3 = 1.666...
    Score mean = ScoringStrategies.ces().score(effort, context).get();
    assertEquals(5.0 / 3, mean.value(), 1e-12);
    assertFalse(mean.scale().higherIsBetter());
  }

  @Test
  void aCsatWaldIntervalIsCutAtOneHundred() {
    // 5 5 5 5 5 5 5 3: top-2-box 7 of 8, p = 0.875; CSAT 87.5
    // Wald: 0.875 +/- 1.959964 x sqrt(0.875 x 0.125 / 8) = 0.875 +/- 0.229172: [64.582770,
    // 110.41723]
    // cut at 100; the Wilson interval of the same answers stays inside 0..100 without a cut.
    ScoringContext context =
        Contexts.withAnswers(JOURNEY, "engineer", Metric.CSAT, 5, 5, 5, 5, 5, 5, 5, 3);
    Score wald = ScoringStrategies.csat(IntervalMethod.WALD, 0.95).score(ENGINEER, context).get();
    assertEquals(87.5, wald.value(), 1e-12);
    assertInterval(64.58276962323382, 100, "wald", wald);
    Score wilson = ScoringStrategies.csat().score(ENGINEER, context).get();
    assertTrue(wilson.interval().get().upper() < 100);
  }

  @Test
  void aCesIntervalIsCutAtTheLowEndOfTheAnswerScale() {
    // 1 1 1 2 1 on the 1-5 effort scale: mean 6 / 5 = 1.2; squared deviations 4 x 0.04 + 0.64 =
    // 0.8; s^2 = 0.8 / 4 = 0.2, s = 0.447214; standard error 0.447214 / sqrt(5) = 0.2
    // t: 1.2 +/- 2.776445 x 0.2 = 1.2 +/- 0.555289: [0.644711, 1.755289], the lower bound cut to 1
    Touchpoint effort =
        SMS.withMeasurements(List.of(Measurement.of(Metric.CES, 2, Scale.CES_EFFORT_ANSWER)));
    Journey journey = JOURNEY.withTouchpoint("confirm", effort);
    ScoringContext context =
        Contexts.withAnswers(journey, "sms-confirm", Metric.CES, 1, 1, 1, 2, 1);
    Score mean = ScoringStrategies.ces().score(effort, context).get();
    assertEquals(1.2, mean.value(), 1e-12);
    assertInterval(1, 1.2 + 2.7764451051977943 * 0.2, "t", mean);
  }
}
