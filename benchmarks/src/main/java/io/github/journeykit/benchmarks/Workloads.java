package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.EnablerKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Lane;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, reproducible inputs for the benchmarks: journeys of any size whose touchpoints carry
 * what real maps carry (owner, enablers, three measurements with source and date, a quote), with
 * moments, gaps, actions and KPIs in proportion.
 */
final class Workloads {
  /** Touchpoints per stage in generated journeys. */
  static final int STAGE_SIZE = 100;

  private static final Channel[] CHANNELS = {
    Channel.WEB, Channel.APP, Channel.PHONE, Channel.STORE, Channel.CHAT, Channel.EMAIL
  };
  private static final Lane[] LANES = Lane.values();
  private static final DataSource SURVEY = DataSource.of("pulse-survey", DataSourceKind.SURVEY);
  private static final DataSource ANALYTICS =
      DataSource.of("web-analytics", DataSourceKind.ANALYTICS);
  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  private Workloads() {}

  /** The raw fields of a journey of {@code touchpoints} touchpoints, ready to build. */
  static Parts parts(int touchpoints, long seed) {
    return new Parts(touchpoints, new SplittableRandom(seed));
  }

  /** A built journey of {@code touchpoints} touchpoints. */
  static Journey journey(int touchpoints, long seed) {
    return parts(touchpoints, seed).build();
  }

  /**
   * Everything needed to build one journey, drawn in advance so that a benchmark of {@link
   * #build()} measures building and validating, not random numbers or string concatenation.
   */
  static final class Parts {
    final int size;
    final String[] ids;
    final String[] names;
    final String[] owners;
    final int[] channel;
    final int[] lane;
    final double[] emotion;
    final double[] csat;
    final double[] nps;
    final int[] samples;
    final int[] day;

    Parts(int size, SplittableRandom random) {
      this.size = size;
      ids = new String[size];
      names = new String[size];
      owners = new String[size];
      channel = new int[size];
      lane = new int[size];
      emotion = new double[size];
      csat = new double[size];
      nps = new double[size];
      samples = new int[size];
      day = new int[size];
      for (int i = 0; i < size; i++) {
        ids[i] = "tp-" + i;
        names[i] = "Step " + i + " of the customer's journey";
        owners[i] = "Team " + (i % 37);
        channel[i] = random.nextInt(CHANNELS.length);
        lane[i] = random.nextInt(LANES.length);
        emotion[i] = Math.round((random.nextDouble() * 4 - 2) * 10) / 10.0;
        csat[i] = 1 + Math.round(random.nextDouble() * 40) / 10.0;
        nps[i] = Math.round(random.nextDouble() * 100) / 10.0;
        samples[i] = 20 + random.nextInt(2000);
        day[i] = random.nextInt(300);
      }
    }

    List<Stage> stages() {
      List<Stage> stages = new ArrayList<>(size / STAGE_SIZE + 1);
      for (int start = 0; start < size; start += STAGE_SIZE) {
        Stage.Builder stage =
            Stage.builder("stage-" + start / STAGE_SIZE, "Stage " + start / STAGE_SIZE)
                .goal("Get this part done")
                .owner(owners[start]);
        for (int i = start; i < Math.min(size, start + STAGE_SIZE); i++) {
          stage.addTouchpoint(touchpoint(i));
        }
        stages.add(stage.build());
      }
      return stages;
    }

    Touchpoint touchpoint(int i) {
      LocalDate collected = START.plusDays(day[i]);
      return Touchpoint.builder(ids[i], names[i], CHANNELS[channel[i]])
          .lane(LANES[lane[i]])
          .owner(owners[i])
          .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "System " + (i % 11)))
          .addMeasurement(measurement(Metric.EMOTION, emotion[i], Scale.EMOTION, i, collected))
          .addMeasurement(measurement(Metric.CSAT, csat[i], Scale.CSAT_ANSWER, i, collected))
          .addMeasurement(measurement(Metric.NPS, nps[i], Scale.NPS_ANSWER, i, collected))
          .addEvidence(Evidence.quote("It took longer than I expected"))
          .addDataSource(ANALYTICS)
          .build();
    }

    private Measurement measurement(
        Metric metric, double value, Scale scale, int i, LocalDate collected) {
      return Measurement.builder()
          .metric(metric)
          .value(value)
          .scale(scale)
          .sampleSize(samples[i])
          .collected(collected)
          .source(SURVEY)
          .build();
    }

    /** Builds and validates the journey from the raw fields. */
    Journey build() {
      return assemble(stages());
    }

    /** Builds and validates a journey around stages built already. */
    Journey assemble(List<Stage> stages) {
      Journey.Builder journey =
          Journey.builder("generated-" + size, "A journey of " + size + " touchpoints")
              .addPersona(Persona.of("persona", "A customer"))
              .addAllStages(stages)
              .governance(
                  Governance.builder()
                      .owner("Head of CX")
                      .reviewCadence(Period.ofMonths(3))
                      .lastReviewed(START)
                      .build());
      for (int k = 0; k < 10; k++) {
        journey.addKpi(
            Kpi.builder("kpi-" + k, "KPI " + k, k % 3 == 0 ? KpiKind.OUTPUT : KpiKind.OUTCOME)
                .baseline(10)
                .target(50)
                .current(20 + k)
                .build());
      }
      for (int i = 0; i < size; i += 50) {
        journey.addMoment(
            MomentThatMatters.of(
                "moment-" + i,
                ids[i],
                i % 100 == 0 ? Polarity.BREAK : Polarity.MAKE,
                "Customers decide here"));
      }
      for (int i = 0; i < size; i += 20) {
        journey.addGap(
            Gap.builder()
                .id("gap-" + i)
                .type(GapType.EXPERIENCE)
                .title("Below expectation")
                .severity(Severity.values()[i % 4])
                .location(Location.touchpoint(ids[i]))
                .build());
      }
      for (int i = 0; i < size; i += 10) {
        ActionItem.Builder action =
            ActionItem.builder("action-" + i, "Improve step " + i, ActionKind.FIX)
                .addTouchpointId(ids[i])
                .owner(owners[i])
                .status(ActionStatus.values()[i % 5])
                .addKpiId("kpi-" + (i % 10))
                .putEstimate(Estimates.REACH, samples[i] * 10.0)
                .putEstimate(Estimates.IMPACT, 1)
                .putEstimate(Estimates.CONFIDENCE, 0.8)
                .putEstimate(Estimates.EFFORT, 1 + i % 7);
        if (i % 20 == 0) {
          action.addGapId("gap-" + i);
        }
        journey.addAction(action.build());
      }
      return journey.build();
    }
  }
}
