package io.github.journeykit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * W3's write measured as the CPU time of the writing thread, for comparing two builds on a loaded
 * machine, where wall-clock times swing with the other work: the thread's CPU time does not count
 * the time it waits for a core. In one JVM it writes the W3 portfolio {@code warmup} times, then
 * {@code measured} times, and prints the median, minimum and maximum milliseconds per write. Run
 * one JVM per build in turns, several rounds, and compare the rounds' medians (RESULTS.md, "W3
 * write by CPU time").
 *
 * <pre>
 * java -Xmx4g -cp benchmarks.jar io.github.journeykit.benchmarks.WriteCpuTime 40 20
 * </pre>
 */
public final class WriteCpuTime {
  private WriteCpuTime() {}

  /**
   * Measures.
   *
   * @param args the warm-up writes and the measured writes
   * @throws IOException if a write fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WriteCpuTime WARMUP MEASURED");
    }
    int warmup = Integer.parseInt(args[0]);
    int measured = Integer.parseInt(args[1]);
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (int i = 0; i < warmup; i++) {
      bytes += benchmark.writeJourneyKit();
    }
    double[] millis = new double[measured];
    for (int i = 0; i < measured; i++) {
      long start = threads.getCurrentThreadCpuTime();
      bytes += benchmark.writeJourneyKit();
      millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "median %.1f ms, min %.1f ms, max %.1f ms (%d bytes written)%n",
        millis[measured / 2],
        millis[0],
        millis[measured - 1],
        bytes);
  }
}
