package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W4: building and validating journeys of 10,000 and 100,000 touchpoints. Goal: linear, 10x the
 * size at most 12x the time.
 */
@State(Scope.Benchmark)
public class ModelBenchmark {
  @Param({"10000", "100000"})
  public int touchpoints;

  private Workloads.Parts parts;
  private List<Stage> stages;

  @Setup(Level.Trial)
  public void setUp() {
    parts = Workloads.parts(touchpoints, 42);
    stages = parts.stages();
  }

  /** Every value built from its fields, each checked, then the journey's whole-map checks. */
  @Benchmark
  public Journey buildAndValidate() {
    return parts.build();
  }

  /** Only the journey-level work: ids unique across the map, every reference resolving. */
  @Benchmark
  public Journey validateAssembled() {
    return parts.assemble(stages);
  }
}
