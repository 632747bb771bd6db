package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import java.util.ArrayList;
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
 *
 * <p>The first two benchmarks use the same input in every operation, so at 10,000 touchpoints
 * (about 8 MB) it stays in the processor's caches and at 100,000 (about 80 MB) it does not. The
 * {@code uncached} ones cycle through copies of the input that add up to {@value #POOL_TOUCHPOINTS}
 * touchpoints at either size, so that both sizes read their input from memory.
 */
@State(Scope.Benchmark)
public class ModelBenchmark {
  @Param({"10000", "100000"})
  public int touchpoints;

  /** Touchpoints in all the copies of the input that the uncached benchmarks cycle through. */
  static final int POOL_TOUCHPOINTS = 100_000;

  private Workloads.Parts parts;
  private List<Stage> stages;
  private Workloads.Parts[] pool;
  private List<List<Stage>> stagesPool;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    parts = Workloads.parts(touchpoints, 42);
    stages = parts.stages();
    pool = new Workloads.Parts[Math.max(1, POOL_TOUCHPOINTS / touchpoints)];
    stagesPool = new ArrayList<>(pool.length);
    for (int i = 0; i < pool.length; i++) {
      pool[i] = Workloads.parts(touchpoints, 42 + i);
      stagesPool.add(pool[i].stages());
    }
  }

  private int nextInPool() {
    int at = next;
    next = (at + 1) % pool.length;
    return at;
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

  /** {@link #buildAndValidate()} on the next copy of the input. */
  @Benchmark
  public Journey buildAndValidateUncached() {
    return pool[nextInPool()].build();
  }

  /** {@link #validateAssembled()} on the next copy of the input. */
  @Benchmark
  public Journey validateAssembledUncached() {
    int at = nextInPool();
    return pool[at].assemble(stagesPool.get(at));
  }
}
