package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A million observations through a parallel stream give the statistics of one sequential pass. */
class ParallelIngestionTest {
  private static final int COUNT = 1_000_000;
  private static final String[] TOUCHPOINTS = {"sms-confirm", "engineer", "call", "status-page"};
  private static final Metric[] METRICS = {Metric.NPS, Metric.CSAT, Metric.EMOTION, Metric.EMOTION};
  private static final DataSource APP = DataSource.of("app-feedback", DataSourceKind.SURVEY);

  private static List<Observation> generate() {
    SplittableRandom random = new SplittableRandom(20261123L);
    Instant[] times = new Instant[1440];
    for (int i = 0; i < times.length; i++) {
      times[i] = Answers.FIRST.plusSeconds(60L * i);
    }
    List<Observation> observations = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      int kind = random.nextInt(TOUCHPOINTS.length);
      double value;
      switch (kind) {
        case 0:
          value = random.nextInt(11); // NPS answer 0-10
          break;
        case 1:
          value = 1 + random.nextInt(5); // CSAT answer 1-5
          break;
        default:
          value = random.nextDouble(-2, 2); // emotion, continuous
      }
      String touchpoint = TOUCHPOINTS[kind];
      if (i % 997 == 0) {
        touchpoint = "kiosk"; // unknown: rejected
      } else if (i % 991 == 0) {
        value = Double.NaN; // rejected
      }
      observations.add(
          Observation.of(
              touchpoint,
              METRICS[kind],
              value,
              times[random.nextInt(times.length)],
              i % 3 == 0 ? APP : Answers.PULSE));
    }
    return observations;
  }

  @Test
  void parallelEqualsSequential() {
    Journey journey = SampleJourneys.broadbandFault();
    List<Observation> observations = generate();
    Ingestion ingestion = Ingestion.against(journey);
    IngestionResult sequential = ingestion.run(observations);
    IngestionResult parallel = observations.parallelStream().collect(ingestion.collector());
    assertEquals(sequential.accepted(), parallel.accepted());
    assertEquals(sequential.rejected(), parallel.rejected());
    assertEquals(COUNT, parallel.total());
    // Unknown touchpoints at the 1004 multiples of 997 below 1,000,000 (0 to 997 x 1003), and NaN
    // values at the 1010 multiples of 991 less the two that are also multiples of 997 (0 and
    // 991 x 997 = 988027): 1004 + 1008 = 2012
    assertEquals(2012, parallel.rejected());
    // The first rejections, in input order, are the same (without positions in the stream).
    for (int i = 0; i < Ingestion.DEFAULT_KEPT_REJECTIONS; i++) {
      assertEquals(sequential.rejections().get(i).item(), parallel.rejections().get(i).item());
      assertEquals(
          sequential.rejections().get(i).reasons(), parallel.rejections().get(i).reasons());
    }
    SameResults.assertSame(sequential.statistics(), parallel.statistics());
  }
}
