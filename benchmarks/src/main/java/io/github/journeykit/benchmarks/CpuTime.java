package io.github.journeykit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A workload measured as the CPU time of the thread that runs it, for comparing two builds on a
 * loaded machine, where wall-clock times swing with the other work: the thread's CPU time does not
 * count the time it waits for a core. In one JVM it runs the workload {@code warmup} times, then
 * {@code measured} times, and prints the median, minimum and maximum milliseconds per run. Run one
 * JVM per build in turns, several rounds, and compare the rounds' medians (RESULTS.md, "W3 write by
 * CPU time" and "W1 by CPU time").
 *
 * <ul>
 *   <li>{@code w3-write}: W3's write of the portfolio of 100,000 touchpoints;
 *   <li>{@code w1-one-thread}: W1's read of 10,000,000 observation rows on the calling thread alone
 *       (the file is generated on first use, as the benchmark does);
 *   <li>{@code w1-one-thread-1m}: the same read of W1's 1,000,000 rows, short enough for tens of
 *       measured runs in one JVM, whose minimum a shared machine disturbs least.
 * </ul>
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar io.github.journeykit.benchmarks.CpuTime w3-write 40 20
 * java -Xmx4g -cp benchmarks.jar io.github.journeykit.benchmarks.CpuTime w1-one-thread 1 3
 * java -Xmx4g -cp benchmarks.jar io.github.journeykit.benchmarks.CpuTime w1-one-thread-1m 10 40
 * </pre>
 */
public final class CpuTime {
  private CpuTime() {}

  /**
   * Measures.
   *
   * @param args the workload, the warm-up runs and the measured runs
   * @throws Exception if the workload fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: CpuTime w3-write|w1-one-thread|w1-one-thread-1m WARMUP MEASURED");
    }
    Callable<Object> workload = workload(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int measured = Integer.parseInt(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int results = 0;
    for (int i = 0; i < warmup; i++) {
      results += workload.call().hashCode() & 1;
    }
    double[] millis = new double[measured];
    for (int i = 0; i < measured; i++) {
      long start = threads.getCurrentThreadCpuTime();
      results += workload.call().hashCode() & 1;
      millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.1f ms, min %.1f ms, max %.1f ms (%d)%n",
        args[0],
        millis[measured / 2],
        millis[0],
        millis[measured - 1],
        results);
  }

  private static Callable<Object> workload(String name) throws IOException {
    switch (name) {
      case "w3-write":
        JsonBenchmark json = new JsonBenchmark();
        json.setUp();
        return json::writeJourneyKit;
      case "w1-one-thread":
        return w1OneThread(10_000_000);
      case "w1-one-thread-1m":
        return w1OneThread(1_000_000);
      default:
        throw new IllegalArgumentException(
            "workload: must be w3-write, w1-one-thread or w1-one-thread-1m (was \"" + name + "\")");
    }
  }

  private static Callable<Object> w1OneThread(long rows) throws IOException {
    ObservationsBenchmark observations = new ObservationsBenchmark();
    observations.rows = rows;
    observations.setUp();
    return observations::journeyKitOneThread;
  }
}
