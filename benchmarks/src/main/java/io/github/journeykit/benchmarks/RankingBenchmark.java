package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.scoring.IceForm;
import io.github.journeykit.scoring.Prioritizer;
import io.github.journeykit.scoring.Ranking;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategies;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import io.github.journeykit.scoring.WeightedComposite;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W2: scoring and ranking 100,000 and 1,000,000 action items with RICE and with a weighted
 * composite (ICE twice as heavy as the value-effort quadrant). Goal: 10x the items at most 12x the
 * time.
 */
@State(Scope.Benchmark)
public class RankingBenchmark {
  @Param({"100000", "1000000"})
  public int actions;

  private List<ActionItem> backlog;
  private ScoringContext context;
  private Prioritizer<ActionItem> rice;
  private Prioritizer<ActionItem> composite;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    double[] impacts = {0.25, 0.5, 1, 2, 3};
    backlog = new ArrayList<>(actions);
    for (int i = 0; i < actions; i++) {
      backlog.add(
          ActionItem.builder("action-" + i, "Improve step " + i, ActionKind.FIX)
              .putEstimate(Estimates.REACH, 10 + random.nextInt(100_000))
              .putEstimate(Estimates.IMPACT, impacts[random.nextInt(impacts.length)])
              .putEstimate(Estimates.CONFIDENCE, (5 + random.nextInt(6)) / 10.0)
              .putEstimate(Estimates.EFFORT, 0.5 + random.nextInt(24))
              .putEstimate(Estimates.ICE_IMPACT, 1 + random.nextInt(10))
              .putEstimate(Estimates.ICE_CONFIDENCE, 1 + random.nextInt(10))
              .putEstimate(Estimates.EASE, 1 + random.nextInt(10))
              .putEstimate(Estimates.VALUE, random.nextInt(11))
              .build());
    }
    Journey journey = Workloads.journey(100, 42);
    context = ScoringContext.of(journey);
    rice = Prioritizer.by(ScoringStrategies.rice());
    ScoringStrategy<ActionItem> weighted =
        WeightedComposite.builder("ice-and-value", Subject.ACTION)
            .add(ScoringStrategies.ice(IceForm.PRODUCT), 2)
            .add(ScoringStrategies.valueEffort(5, 6), 1)
            .build();
    composite = Prioritizer.by(weighted);
  }

  @Benchmark
  public Ranking rice() {
    return rice.rank(backlog, context);
  }

  @Benchmark
  public Ranking weightedComposite() {
    return composite.rank(backlog, context);
  }
}
