package io.github.journeykit.benchmarks;

import java.io.File;
import java.io.IOException;
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
 * analytics/target/classes}, separated by the platform's path separator.
 *
 * <p>One JVM settles how its own compiled code compares, not how the builds compare: which calls
 * the JIT inlines, and where it places code and data, differ from JVM to JVM, and the build loaded
 * first reads a few per cent slower or faster than it would second. With {@code --forks N} the
 * comparison runs in N JVMs one after another, each with this JVM's options (an agent or a flight
 * recording given to this JVM runs in each of them too, writing where it was told), the builds'
 * order rotating from JVM to JVM; each JVM gives the median of its round ratios, and what is
 * printed is each JVM's figure, their median with quartiles and range, the medians of the JVMs that
 * loaded the first build first and of the others, and how many JVMs found a build slower than the
 * first.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks.jar io.github.journeykit.benchmarks.BuildPairs --forks 16 1000000 3 20 \
 *     before/analytics/target/classes:before/core/target/classes \
 *     after/analytics/target/classes:after/core/target/classes
 * </pre>
 */
public final class BuildPairs {
  /** The most a size or a count of rounds may be. */
  private static final long MAX = Integer.MAX_VALUE;

  /** The most JVMs {@code --forks} starts. */
  private static final long MAX_FORKS = 10_000;

  /** Asks a JVM started by {@code --forks} for its reads' times, one line per build. */
  private static final String TIMES = "--times";

  /** How such a JVM begins each line of a build's times. */
  private static final String TIMES_LINE = "times ";

  // Where the reads' results end up, so that none of them is dead code.
  private static volatile int sink;

  private BuildPairs() {}

  /**
   * Measures.
   *
   * @param args {@code --forks N} to compare in N JVMs (optional), the rows of W1's file, the
   *     warm-up rounds, the measured rounds, and two or more builds' class paths
   * @throws Exception if a build cannot be loaded, a read fails, or a JVM started for a fork fails
   */
  public static void main(String[] args) throws Exception {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    List<String> problems = new ArrayList<>();
    int forks = 0;
    boolean times = false;
    if (!arguments.isEmpty() && arguments.get(0).equals(TIMES)) {
      times = true;
      arguments.remove(0);
    } else if (!arguments.isEmpty() && arguments.get(0).equals("--forks")) {
      arguments.remove(0);
      String count = arguments.isEmpty() ? "" : arguments.remove(0);
      forks = (int) wholeNumber("--forks", count, 1, MAX_FORKS, problems);
    }
    if (arguments.size() < 5) {
      problems.add(
          "arguments: must be ROWS WARMUP ROUNDS and two or more class paths, after the options"
              + " (was "
              + arguments.size()
              + " arguments)");
    }
    String[] sizes = {"ROWS", "WARMUP", "ROUNDS"};
    long[] given = new long[sizes.length];
    for (int i = 0; i < Math.min(sizes.length, arguments.size()); i++) {
      given[i] = wholeNumber(sizes[i], arguments.get(i), i == 1 ? 0 : 1, MAX, problems);
    }
    List<String> builds =
        arguments.subList(Math.min(sizes.length, arguments.size()), arguments.size());
    for (String build : builds) {
      for (String entry : build.split(File.pathSeparator, -1)) {
        if (entry.isEmpty() || !Files.exists(Path.of(entry))) {
          problems.add("class path entry: must exist (was \"" + entry + "\" in " + build + ")");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          String.join("; ", problems)
              + "; usage: BuildPairs [--forks N] ROWS WARMUP ROUNDS CLASSPATH CLASSPATH...");
    }
    long rows = given[0];
    int warmup = (int) given[1];
    int rounds = (int) given[2];
    if (forks > 0) {
      compareInForks(forks, arguments.subList(0, 3), builds);
      return;
    }
    double[][] millis = measure(rows, warmup, rounds, builds);
    if (times) {
      for (double[] build : millis) {
        StringBuilder line = new StringBuilder(TIMES_LINE);
        for (double read : build) {
          line.append(read).append(' ');
        }
        System.out.println(line);
      }
      return;
    }
    for (int b = 0; b < builds.size(); b++) {
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
    for (int b = 1; b < builds.size(); b++) {
      double[] ratios = roundRatios(millis[b], millis[0]);
      System.out.printf(
          Locale.ROOT,
          "build %d / build 1, by round: median %.3f, quartiles %.3f-%.3f, %d rounds%n",
          b + 1,
          quantile(ratios, 0.5),
          quantile(ratios, 0.25),
          quantile(ratios, 0.75),
          rounds);
    }
  }

  /**
   * Each build's CPU time in milliseconds for each measured round, the builds reading in turns in
   * this JVM.
   */
  private static double[][] measure(long rows, int warmup, int rounds, List<String> builds)
      throws Exception {
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
    sink = results;
    return millis;
  }

  /**
   * Runs the comparison in {@code forks} JVMs in turn, the builds loaded in an order rotated by one
   * from JVM to JVM, and prints each JVM's median of round ratios and their summary.
   */
  private static void compareInForks(int forks, List<String> sizes, List<String> builds)
      throws IOException, InterruptedException {
    int n = builds.size();
    double[][] ratios = new double[n][forks];
    boolean[] firstLoadedFirst = new boolean[forks];
    for (int f = 0; f < forks; f++) {
      List<String> order = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        order.add(builds.get((k + f) % n));
      }
      firstLoadedFirst[f] = f % n == 0;
      double[][] millis = timesInFork(sizes, order);
      double[][] byBuild = new double[n][];
      for (int k = 0; k < n; k++) {
        byBuild[(k + f) % n] = millis[k];
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "fork %d:", f + 1));
      for (int b = 1; b < n; b++) {
        ratios[b][f] = quantile(roundRatios(byBuild[b], byBuild[0]), 0.5);
        line.append(String.format(Locale.ROOT, " build %d / build 1 %.3f;", b + 1, ratios[b][f]));
      }
      line.append(" loaded first: build ").append(f % n + 1);
      System.out.println(line);
    }
    for (int b = 1; b < n; b++) {
      double[] sorted = ratios[b].clone();
      Arrays.sort(sorted);
      int slower = 0;
      List<Double> whenFirst = new ArrayList<>();
      List<Double> otherwise = new ArrayList<>();
      for (int f = 0; f < forks; f++) {
        slower += ratios[b][f] > 1 ? 1 : 0;
        (firstLoadedFirst[f] ? whenFirst : otherwise).add(ratios[b][f]);
      }
      System.out.printf(
          Locale.ROOT,
          "build %d / build 1, by fork: median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f;"
              + " build 1 loaded first %s, otherwise %s; slower in %d of %d forks%n",
          b + 1,
          quantile(sorted, 0.5),
          quantile(sorted, 0.25),
          quantile(sorted, 0.75),
          sorted[0],
          sorted[forks - 1],
          median(whenFirst),
          median(otherwise),
          slower,
          forks);
    }
  }

  /** Each build's round times from a JVM of this class's with this JVM's options. */
  private static double[][] timesInFork(List<String> sizes, List<String> order)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>();
    arguments.add(TIMES);
    arguments.addAll(sizes);
    arguments.addAll(order);
    List<double[]> times = new ArrayList<>();
    int exit =
        ChildJvm.run(
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            BuildPairs.class,
            arguments,
            line -> {
              if (line.startsWith(TIMES_LINE)) {
                times.add(
                    Arrays.stream(line.substring(TIMES_LINE.length()).split(" "))
                        .mapToDouble(Double::parseDouble)
                        .toArray());
              }
            });
    if (exit != 0 || times.size() != order.size()) {
      throw new IOException(
          "a fork ended with exit code "
              + exit
              + " and "
              + times.size()
              + " of "
              + order.size()
              + " builds' times; its arguments: "
              + String.join(" ", arguments));
    }
    return times.toArray(new double[0][]);
  }

  /** The ratios of {@code times} to {@code base} round by round, sorted. */
  private static double[] roundRatios(double[] times, double[] base) {
    double[] ratios = new double[times.length];
    for (int r = 0; r < times.length; r++) {
      ratios[r] = times[r] / base[r];
    }
    Arrays.sort(ratios);
    return ratios;
  }

  /** The median of {@code values} to three places, or "none" if there are none. */
  private static String median(List<Double> values) {
    if (values.isEmpty()) {
      return "none";
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(Locale.ROOT, "%.3f", quantile(sorted, 0.5));
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
  private static long wholeNumber(
      String name, String text, long least, long most, List<String> problems) {
    try {
      long value = Long.parseLong(text);
      if (value >= least && value <= most) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the rule.
    }
    problems.add(
        name
            + ": must be a whole number from "
            + least
            + " to "
            + most
            + " (was \""
            + text
            + "\")");
    return 0;
  }
}
