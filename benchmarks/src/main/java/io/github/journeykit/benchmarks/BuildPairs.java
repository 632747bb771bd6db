package io.github.journeykit.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * W1's one-thread read compared across builds in one JVM, read by read: each build's classes are
 * loaded by a class loader of their own, ahead of this jar, and the builds read the file in turns,
 * the order rotating round by round, each read timed by the reading thread's CPU time. On a shared
 * machine a read's time swings by half from one second to the next, with the other work on the same
 * memory; builds measured in separate JVMs minutes apart differ by as much. Reads in turns meet the
 * same swings, so the ratio of a build's read to the first build's in the same round keeps the
 * difference between the builds; the median of those ratios over many rounds, with their quartiles,
 * is what this prints (RESULTS.md, "W1 read by read, builds in one JVM").
 *
 * <p>A build is a class path, usually a build's {@code core/target/classes} and {@code
 * analytics/target/classes}, separated by the platform's path separator. The order in which the
 * builds are loaded moves their ratio by a few per cent, not always the same way, so compare builds
 * in both orders.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks.jar io.github.journeykit.benchmarks.BuildPairs 1000000 5 100 \
 *     before/analytics/target/classes:before/core/target/classes \
 *     after/analytics/target/classes:after/core/target/classes
 * </pre>
 */
public final class BuildPairs {
  private BuildPairs() {}

  /**
   * Measures.
   *
   * @param args the rows of W1's file, the warm-up rounds, the measured rounds, and two or more
   *     builds' class paths
   * @throws Exception if a build cannot be loaded or a read fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      throw new IllegalArgumentException(
          "usage: BuildPairs ROWS WARMUP ROUNDS CLASSPATH CLASSPATH... (given "
              + args.length
              + " arguments)");
    }
    List<String> problems = new ArrayList<>();
    long rows = wholeNumber("ROWS", args[0], 1, problems);
    int warmup = (int) wholeNumber("WARMUP", args[1], 0, problems);
    int rounds = (int) wholeNumber("ROUNDS", args[2], 1, problems);
    for (String build : Arrays.asList(args).subList(3, args.length)) {
      for (String entry : build.split(File.pathSeparator, -1)) {
        if (entry.isEmpty() || !Files.exists(Path.of(entry))) {
          problems.add("class path entry: must exist (was \"" + entry + "\" in " + build + ")");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    List<String> builds = Arrays.asList(args).subList(3, args.length);
    int n = builds.size();
    Object[] states = new Object[n];
    Method[] reads = new Method[n];
    for (int b = 0; b < n; b++) {
      Class<?> benchmark =
          loaderFor(builds.get(b)).loadClass(ObservationsBenchmark.class.getName());
      states[b] = benchmark.getConstructor().newInstance();
      benchmark.getField("rows").setLong(states[b], rows);
      benchmark.getMethod("setUp").invoke(states[b]);
      reads[b] = benchmark.getMethod("journeyKitOneThread");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int results = 0;
    for (int i = 0; i < warmup; i++) {
      for (int b = 0; b < n; b++) {
        results += read(reads[b], states[b]).hashCode() & 1;
      }
    }
    double[][] millis = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        // Forwards and backwards in turn, shifted by one every two rounds: each build reads in
        // every place of the round as often as the others.
        int b = r % 2 == 0 ? (k + r / 2) % n : (n - 1 - k + r / 2) % n;
        long start = threads.getCurrentThreadCpuTime();
        Object result = read(reads[b], states[b]);
        millis[b][r] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        // Used after the clock stops, so that the read is not optimised away, nor its hash timed.
        results += result.hashCode() & 1;
      }
    }
    for (int b = 0; b < n; b++) {
      double[] sorted = millis[b].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "build %d: median %.1f ms, lower quartile %.1f ms, least %.1f ms%n",
          b + 1,
          quantile(sorted, 0.5),
          quantile(sorted, 0.25),
          sorted[0]);
    }
    for (int b = 1; b < n; b++) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = millis[b][r] / millis[0][r];
      }
      Arrays.sort(ratios);
      System.out.printf(
          Locale.ROOT,
          "build %d / build 1, by round: median %.3f, quartiles %.3f-%.3f, %d rounds%n",
          b + 1,
          quantile(ratios, 0.5),
          quantile(ratios, 0.25),
          quantile(ratios, 0.75),
          rounds);
    }
    System.out.println("(" + results + ")");
  }

  private static Object read(Method read, Object state) throws Exception {
    try {
      return read.invoke(state);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  /** The lower quantile {@code q} of sorted values: the one at {@code floor(q (n - 1))}. */
  private static double quantile(double[] sorted, double q) {
    return sorted[(int) Math.floor(q * (sorted.length - 1))];
  }

  /** A loader of the build's classes first, then this jar's, then the platform's. */
  private static ClassLoader loaderFor(String classPath)
      throws MalformedURLException, URISyntaxException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator, -1)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    urls.add(BuildPairs.class.getProtectionDomain().getCodeSource().getLocation().toURI().toURL());
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  /** {@code text} as a whole number from {@code least} to {@link Integer#MAX_VALUE}, else 0. */
  private static long wholeNumber(String name, String text, int least, List<String> problems) {
    try {
      long value = Long.parseLong(text);
      if (value >= least && value <= Integer.MAX_VALUE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the rule.
    }
    problems.add(
        name + ": must be a whole number from " + least + " to 2147483647 (was \"" + text + "\")");
    return 0;
  }
}
