package io.github.journeykit.benchmarks;

import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.path.PathSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jol.info.GraphLayout;

/**
 * Runs the benchmark suite and writes the table of ratios: each workload against itself at ten
 * times the size, or against its peer in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--only W4,W2] [--out FILE]
 * </pre>
 */
public final class Suite {
  /** The heap W1 must fit 10,000,000 rows in, and W6 its log sorted by case. */
  private static final int STREAMING_HEAP_MB = 64;

  private final boolean quick;
  private final int rounds;
  private final List<String> only;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private Suite(boolean quick, List<String> only) {
    this.quick = quick;
    this.rounds = quick ? 3 : 5;
    this.only = only;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    List<String> only = List.of();
    Path out = Path.of("benchmarks", "target", "results.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick":
          quick = true;
          break;
        case "--only":
          only = List.of(args[++i].toUpperCase(Locale.ROOT).split(","));
          break;
        case "--out":
          out = Path.of(args[++i]);
          break;
        default:
          System.err.println(
              "Unknown argument "
                  + args[i]
                  + "; usage: [--quick] [--only W1,W2,W3,W4,W5,W6,W7,MEM] [--out FILE]");
          System.exit(2);
      }
    }
    Suite suite = new Suite(quick, only);
    suite.run();
    String table = suite.table();
    System.out.println(table);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println("Wrote " + out);
  }

  private boolean selected(String workload) {
    return only.isEmpty() || only.contains(workload);
  }

  private void run() throws RunnerException, IOException, SQLException, InterruptedException {
    if (selected("W1")) {
      w1();
    }
    if (selected("W2")) {
      w2();
    }
    if (selected("W3")) {
      w3();
    }
    if (selected("W4")) {
      w4();
    }
    if (selected("W5")) {
      w5();
    }
    if (selected("W6")) {
      w6();
    }
    if (selected("W7")) {
      w7();
    }
    if (selected("MEM")) {
      memory();
    }
  }

  /** Options for the benchmark methods whose names match {@code pattern}. */
  private ChainedOptionsBuilder options(String pattern) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(pattern)
            .forks(1)
            .shouldFailOnError(true)
            .jvmArgsAppend("-Xmx4g");
    if (quick) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    } else {
      options
          .warmupIterations(3)
          .warmupTime(TimeValue.seconds(2))
          .measurementIterations(5)
          .measurementTime(TimeValue.seconds(2));
    }
    return options;
  }

  /** One benchmark method at fixed parameters, run in a fork of its own. */
  private static final class Spec {
    final Class<?> benchmark;
    final String method;
    final Map<String, String> params;

    Spec(Class<?> benchmark, String method, Map<String, String> params) {
      this.benchmark = benchmark;
      this.method = method;
      this.params = params;
    }

    @Override
    public String toString() {
      return method + params;
    }
  }

  /**
   * Options that select the spec's method alone: includes add up, so a pattern of its whole class
   * beside it would run every method of the class in the fork.
   */
  private ChainedOptionsBuilder options(Spec spec) {
    return options("^" + spec.benchmark.getName() + "\\." + spec.method + "$");
  }

  private static Spec spec(Class<?> benchmark, String method, String... params) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      map.put(params[i], params[i + 1]);
    }
    return new Spec(benchmark, method, map);
  }

  /**
   * Runs the specs in the given order, round after round, each in a fork of its own: a peer and
   * JourneyKit run one right after the other, so that the ratio of a round holds while the speed of
   * a shared machine drifts from round to round.
   *
   * @return the scores of each spec, one a round
   */
  private Map<Spec, double[]> interleaved(
      List<Spec> specs, Function<Spec, ChainedOptionsBuilder> options) throws RunnerException {
    Map<Spec, double[]> scores = new LinkedHashMap<>();
    for (Spec spec : specs) {
      scores.put(spec, new double[rounds]);
    }
    for (int round = 0; round < rounds; round++) {
      for (Spec spec : specs) {
        ChainedOptionsBuilder chosen = options.apply(spec);
        spec.params.forEach(chosen::param);
        Collection<RunResult> results = new Runner(chosen.build()).run();
        scores.get(spec)[round] = results.iterator().next().getPrimaryResult().getScore();
      }
    }
    return scores;
  }

  /** The verdict of a goal: met or not. */
  private static DoubleFunction<String> met(DoublePredicate goal) {
    return r -> goal.test(r) ? "yes" : "**no**";
  }

  /** A row of a ratio with no goal: one to explain, not to meet. */
  private void observed(
      String workload, String comparison, Map<Spec, double[]> scores, Spec ours, Spec theirs) {
    ratio(workload, comparison, scores, ours, theirs, "none", r -> "");
  }

  /**
   * A row of the ratio of {@code ours} to {@code theirs}: the median of the rounds' ratios, with
   * their minimum and maximum, and the verdict on the median.
   */
  private void ratio(
      String workload,
      String comparison,
      Map<Spec, double[]> scores,
      Spec ours,
      Spec theirs,
      String goal,
      DoubleFunction<String> verdict) {
    double[] mine = scores.get(ours);
    double[] peer = scores.get(theirs);
    double[] ratios = new double[mine.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = mine[i] / peer[i];
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    rows.add(
        new Row(
            workload,
            comparison,
            median,
            sorted[0],
            sorted[sorted.length - 1],
            goal,
            verdict.apply(median),
            String.format(
                Locale.ROOT,
                "%s ms vs %s ms (medians of %d pairs)",
                show(median(mine)),
                show(median(peer)),
                mine.length)));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static String show(double millis) {
    return String.format(Locale.ROOT, millis >= 100 ? "%.0f" : "%.2f", millis);
  }

  /** A row met when JourneyKit's time is at most {@code goal} times the peer's. */
  private void atMost(
      String workload,
      String comparison,
      Map<Spec, double[]> scores,
      Spec ours,
      Spec theirs,
      double goal) {
    ratio(
        workload,
        comparison,
        scores,
        ours,
        theirs,
        String.format(Locale.ROOT, "<= %.1f", goal),
        met(r -> r <= goal));
  }

  /** A row checking that ten times the size costs at most twelve times the time. */
  private void linear(
      String workload, Map<Spec, double[]> scores, Spec large, Spec small, String param) {
    ratio(
        workload,
        String.format(
            Locale.ROOT,
            "%s: %,d vs %,d %s",
            large.method,
            Long.parseLong(large.params.get(param)),
            Long.parseLong(small.params.get(param)),
            param),
        scores,
        large,
        small,
        "<= 12",
        met(r -> r <= 12));
  }

  private ChainedOptionsBuilder singleShot(Spec spec) {
    ChainedOptionsBuilder options =
        options(spec)
            .timeUnit(TimeUnit.MILLISECONDS)
            .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime);
    return quick
        ? options.warmupIterations(1).measurementIterations(3)
        : options.warmupIterations(3).measurementIterations(5);
  }

  /** Fewer single shots, for operations of several seconds that the rounds repeat anyway. */
  private ChainedOptionsBuilder fewShots(Spec spec) {
    return singleShot(spec).warmupIterations(quick ? 1 : 2).measurementIterations(quick ? 2 : 3);
  }

  private ChainedOptionsBuilder averageTime(Spec spec, int warmups) {
    return options(spec)
        .warmupIterations(warmups)
        .timeUnit(TimeUnit.MILLISECONDS)
        .mode(org.openjdk.jmh.annotations.Mode.AverageTime);
  }

  private void w1() throws RunnerException {
    List<Spec> specs = new ArrayList<>();
    for (String count : List.of("1000000", "10000000")) {
      specs.add(spec(ObservationsBenchmark.class, "duckDb", "rows", count));
      specs.add(spec(ObservationsBenchmark.class, "journeyKit", "rows", count));
      specs.add(spec(ObservationsBenchmark.class, "fastCsvParseOnly", "rows", count));
      specs.add(spec(ObservationsBenchmark.class, "journeyKitOneThread", "rows", count));
    }
    Map<Spec, double[]> scores = interleaved(specs, this::singleShot);
    for (int i = 0; i < specs.size(); i += 4) {
      Spec duckDb = specs.get(i);
      Spec ours = specs.get(i + 1);
      Spec parse = specs.get(i + 2);
      Spec oneThread = specs.get(i + 3);
      String size = String.format(Locale.ROOT, "%,d rows", Long.parseLong(ours.params.get("rows")));
      atMost("W1 observations", "JourneyKit vs DuckDB, " + size, scores, ours, duckDb, 1.0);
      atMost(
          "W1 observations", "JourneyKit vs bare FastCSV parse, " + size, scores, ours, parse, 2.0);
      atMost(
          "W1 observations",
          "JourneyKit on one thread vs bare FastCSV parse, " + size,
          scores,
          oneThread,
          parse,
          2.0);
    }
    linear("W1 observations", scores, specs.get(5), specs.get(1), "rows");
    linear("W1 observations", scores, specs.get(7), specs.get(3), "rows");
    // Streaming, not holding the file: 10M rows (about 600 MB) in a heap far smaller than the file.
    new Runner(
            options(ObservationsBenchmark.class.getName() + "\\.journeyKit$")
                .param("rows", "10000000")
                .jvmArgsAppend("-Xmx" + STREAMING_HEAP_MB + "m")
                .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                .warmupIterations(0)
                .measurementIterations(1)
                .build())
        .run();
    notes.add(
        "W1 at 10,000,000 rows ran to completion in a heap of "
            + STREAMING_HEAP_MB
            + " MB (-Xmx"
            + STREAMING_HEAP_MB
            + "m), a tenth of the file's size: ingestion streams.");
  }

  private void w2() throws RunnerException {
    List<Spec> specs = new ArrayList<>();
    for (String method : List.of("rice", "weightedComposite")) {
      specs.add(spec(RankingBenchmark.class, method, "actions", "100000"));
      specs.add(spec(RankingBenchmark.class, method, "actions", "1000000"));
    }
    Map<Spec, double[]> scores = interleaved(specs, s -> averageTime(s, quick ? 1 : 3));
    for (int i = 0; i < specs.size(); i += 2) {
      linear("W2 ranking", scores, specs.get(i + 1), specs.get(i), "actions");
    }
  }

  private void w3() throws RunnerException, IOException {
    List<Spec> specs = new ArrayList<>();
    for (String direction : List.of("write", "read")) {
      specs.add(spec(JsonBenchmark.class, direction + "Streaming"));
      specs.add(spec(JsonBenchmark.class, direction + "JourneyKit"));
      specs.add(spec(JsonBenchmark.class, direction + "Databind"));
    }
    // An operation takes most of a second and calls the per-journey code ten times, so the JIT is
    // still compiling the reader after five iterations (seen with -XX:+PrintCompilation); ten
    // leave it compiled.
    Map<Spec, double[]> scores = interleaved(specs, s -> averageTime(s, quick ? 3 : 10));
    for (int i = 0; i < specs.size(); i += 3) {
      Spec streaming = specs.get(i);
      Spec ours = specs.get(i + 1);
      Spec databind = specs.get(i + 2);
      String direction = ours.method.replace("JourneyKit", "");
      ratio(
          "W3 JSON",
          direction + ": JourneyKit vs jackson-core streaming, 100,000 touchpoints",
          scores,
          ours,
          streaming,
          "<= 1.5",
          met(r -> r <= 1.5));
      ratio(
          "W3 JSON",
          direction + ": JourneyKit vs jackson-databind, 100,000 touchpoints",
          scores,
          ours,
          databind,
          "< 1",
          met(r -> r < 1));
    }
    long[] sizes = JsonBenchmark.sizes();
    notes.add(
        String.format(
            Locale.ROOT,
            "W3 documents: JourneyKit %,d bytes, the peers %,d bytes (%.2f%%: the peers write"
                + " whole numbers of their Double fields with \".0\").",
            sizes[0],
            sizes[1],
            100.0 * (sizes[1] - sizes[0]) / sizes[0]));
  }

  private void w4() throws RunnerException {
    List<String> methods =
        List.of(
            "buildAndValidate",
            "validateAssembled",
            "buildAndValidateUncached",
            "validateAssembledUncached");
    for (boolean parallelGc : List.of(false, true)) {
      List<Spec> specs = new ArrayList<>();
      for (String method : methods) {
        specs.add(spec(ModelBenchmark.class, method, "touchpoints", "10000"));
        specs.add(spec(ModelBenchmark.class, method, "touchpoints", "100000"));
      }
      // An operation at 100,000 touchpoints takes tens of milliseconds, so two seconds hold few
      // of them, and the JIT and the collector's sizing need more warm-up iterations to settle
      // (about seven on the reference machine).
      Map<Spec, double[]> scores =
          interleaved(
              specs,
              s -> {
                ChainedOptionsBuilder options = averageTime(s, quick ? 3 : 10);
                return parallelGc ? options.jvmArgsAppend("-XX:+UseParallelGC") : options;
              });
      for (int i = 0; i < specs.size(); i += 2) {
        linear(
            parallelGc ? "W4 model, parallel GC" : "W4 model",
            scores,
            specs.get(i + 1),
            specs.get(i),
            "touchpoints");
      }
    }
  }

  private void w5() throws RunnerException, IOException {
    for (String format : List.of("svg", "html")) {
      Spec small = spec(RenderBenchmark.class, "render", "touchpoints", "1000", "format", format);
      Spec large = spec(RenderBenchmark.class, "render", "touchpoints", "10000", "format", format);
      Map<Spec, double[]> scores =
          interleaved(List.of(small, large), s -> averageTime(s, quick ? 1 : 3));
      linear("W5 rendering, " + format, scores, large, small, "touchpoints");
      long smallSize = RenderBenchmark.size(format, 1_000);
      long largeSize = RenderBenchmark.size(format, 10_000);
      double ratio = (double) largeSize / smallSize;
      rows.add(
          new Row(
              "W5 rendering, " + format,
              "output size: 10,000 vs 1,000 touchpoints",
              ratio,
              ratio,
              ratio,
              "about 10",
              ratio >= 8 && ratio <= 12 ? "yes" : "**no**",
              String.format(Locale.ROOT, "%,d bytes vs %,d bytes", largeSize, smallSize)));
    }
  }

  private void w6() throws RunnerException, IOException, SQLException {
    List<String> sizes = List.of("100000", "1000000");
    // Before any timing: a fast wrong funnel would be no result.
    Map<String, PathSummary> checked = new LinkedHashMap<>();
    for (String size : sizes) {
      PathSummary summary = EventsBenchmark.agreedSummary(Long.parseLong(size));
      checked.put(size, summary);
      notes.add(
          String.format(
              Locale.ROOT,
              "W6 log of %,d cases and %,d events (%,d ad hoc), %,d variants, %.1f%% of cases"
                  + " conforming: JourneyKit on either order and DuckDB count the same funnel, %s.",
              summary.cases(),
              summary.events(),
              summary.adHocEvents(),
              summary.variantCount(),
              100 * summary.conformanceRate().orElse(0),
              Arrays.toString(EventsBenchmark.funnel(summary))));
    }
    List<Spec> specs = new ArrayList<>();
    for (String size : sizes) {
      specs.add(spec(EventsBenchmark.class, "duckDbFunnel", "cases", size));
      specs.add(spec(EventsBenchmark.class, "journeyKit", "cases", size));
      specs.add(spec(EventsBenchmark.class, "journeyKitSortedByCase", "cases", size));
    }
    Map<Spec, double[]> scores = interleaved(specs, this::fewShots);
    for (int i = 0; i < specs.size(); i += 3) {
      Spec duckDb = specs.get(i);
      PathSummary summary = checked.get(duckDb.params.get("cases"));
      String size =
          String.format(Locale.ROOT, "%,d cases, %,d events", summary.cases(), summary.events());
      atMost(
          "W6 event log",
          "whole analysis: JourneyKit vs DuckDB's funnel alone, " + size,
          scores,
          specs.get(i + 1),
          duckDb,
          1.0);
      atMost(
          "W6 event log",
          "whole analysis, sorted by case: JourneyKit vs DuckDB's funnel alone, " + size,
          scores,
          specs.get(i + 2),
          duckDb,
          1.0);
    }
    linear("W6 event log", scores, specs.get(4), specs.get(1), "cases");
    linear("W6 event log", scores, specs.get(5), specs.get(2), "cases");
    // A log sorted by case is read a case at a time: the whole file in a heap far smaller than it.
    // A failure is the row's answer, not the end of the suite.
    String inSmallHeap;
    try {
      Collection<RunResult> small =
          new Runner(
                  options(EventsBenchmark.class.getName() + "\\.journeyKitSortedByCase$")
                      .param("cases", "1000000")
                      .jvmArgsAppend("-Xmx" + STREAMING_HEAP_MB + "m")
                      .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime)
                      .timeUnit(TimeUnit.MILLISECONDS)
                      .warmupIterations(0)
                      .measurementIterations(1)
                      .build())
              .run();
      inSmallHeap =
          "analysed in "
              + show(small.iterator().next().getPrimaryResult().getScore())
              + " ms, a single cold shot";
    } catch (RunnerException e) {
      inSmallHeap = "**failed**: " + e.getCause();
    }
    notes.add(
        String.format(
            Locale.ROOT,
            "W6 sorted by case, 1,000,000 cases, in a heap of %d MB (-Xmx%dm): %s.",
            STREAMING_HEAP_MB,
            STREAMING_HEAP_MB,
            inSmallHeap));
    long cases = 1_000_000;
    PathAnalysis analysis = PathAnalysis.of(EventsFile.JOURNEY);
    long unsorted = EventsBenchmark.heldBytes(analysis, EventsFile.of(cases, false), cases);
    long sorted =
        EventsBenchmark.heldBytes(analysis.sortedByCase(), EventsFile.of(cases, true), cases);
    long events = checked.get("1000000").events();
    notes.add(
        String.format(
            Locale.ROOT,
            "W6 memory, 1,000,000 cases: reading the interleaved log held at most %,d bytes, %,.0f"
                + " bytes per open case (%,.1f per event; in a log in any order every case stays"
                + " open to the end); the log sorted by case %,d bytes, %,.1f per case. Heap in"
                + " use after a full collection at each eighth of the file and at the end of the"
                + " reading, less that before it (MemoryMXBean).",
            unsorted,
            (double) unsorted / cases,
            (double) unsorted / events,
            sorted,
            (double) sorted / cases));
  }

  private void w7() throws RunnerException, IOException, InterruptedException {
    String rows = "10000000";
    // The smaller W6 log: on the larger one (10,013,557 events) a single Spark analysis took
    // minutes on the reference machine, too long for rounds of forks.
    String cases = "100000";
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    // Before any timing, in a JVM with Spark's options: a fast wrong count would be no result.
    notes.addAll(SparkAgreement.inOwnJvm(Long.parseLong(rows), Long.parseLong(cases)));
    List<Spec> specs = new ArrayList<>();
    specs.add(spec(ObservationsBenchmark.class, "journeyKit", "rows", rows));
    for (String cores : List.of("1", "2")) {
      specs.add(
          spec(SparkBenchmark.class, "observations", "cores", cores, "rows", rows, "cases", cases));
    }
    specs.add(spec(EventsBenchmark.class, "journeyKit", "cases", cases));
    for (String cores : List.of("1", "2")) {
      specs.add(spec(SparkBenchmark.class, "events", "cores", cores, "rows", rows, "cases", cases));
    }
    Map<Spec, double[]> scores =
        interleaved(
            specs,
            s -> {
              // A Spark job of this size takes tens of seconds: one warm-up shot (the first job
              // of a session loads and compiles Spark's classes), then the measured ones.
              ChainedOptionsBuilder options =
                  singleShot(s).warmupIterations(1).measurementIterations(quick ? 1 : 2);
              return s.benchmark == SparkBenchmark.class
                  ? options.jvmArgsAppend(SparkBenchmark.JVM_OPTIONS.toArray(String[]::new))
                  : options;
            });
    String[] what = {
      String.format(Locale.ROOT, "observations, %,d rows", Long.parseLong(rows)),
      String.format(Locale.ROOT, "event log, %,d cases", Long.parseLong(cases))
    };
    for (int i = 0; i < 2; i++) {
      Spec inProcess = specs.get(3 * i);
      Spec oneCore = specs.get(3 * i + 1);
      Spec twoCores = specs.get(3 * i + 2);
      observed(
          "W7 Spark",
          what[i] + ": Spark local[2] vs the in-process reader",
          scores,
          twoCores,
          inProcess);
      observed(
          "W7 Spark",
          what[i] + ": Spark local[1] vs the in-process reader",
          scores,
          oneCore,
          inProcess);
      observed("W7 Spark", what[i] + ": Spark local[2] vs local[1]", scores, twoCores, oneCore);
    }
    notes.add(
        String.format(
            Locale.ROOT,
            "W7 load average (one minute) before the check: %.1f; after the last round: %.1f; on"
                + " %d cores.",
            loadBefore,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
  }

  private void memory() {
    int size = 10_000;
    Journey journey = Workloads.journey(size, 42);
    journey.touchpoints(); // the id index is part of what a journey retains
    long bytes = GraphLayout.parseInstance(journey).totalSize();
    notes.add(
        String.format(
            Locale.ROOT,
            "Retained heap of a realistic journey of %,d touchpoints (3 measurements, an enabler"
                + " and a quote each, with moments, gaps and actions in proportion): %,d bytes,"
                + " %,.0f bytes per touchpoint (JOL GraphLayout, JVM %s).",
            size,
            bytes,
            (double) bytes / size,
            System.getProperty("java.vm.version")));
  }

  private String table() {
    StringBuilder text = new StringBuilder();
    text.append("Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.vm.version"))
        .append(", ")
        .append(quick ? "quick mode" : "full mode")
        .append("\n\n");
    text.append(
        "Each ratio is the median of "
            + rounds
            + " rounds in which the peer (or the smaller size) ran and then JourneyKit (or the"
            + " larger size), each in a fork of its own; min and max are the rounds'"
            + " extremes.\n\n");
    text.append("| workload | comparison | ratio | min | max | goal | met | measured |\n");
    text.append("|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      text.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %.2f | %.2f | %s | %s | %s |%n",
              row.workload,
              row.comparison,
              row.ratio,
              row.min,
              row.max,
              row.goal,
              row.met,
              row.measured));
    }
    for (String note : notes) {
      text.append("\n").append(note).append("\n");
    }
    return text.toString();
  }

  private static final class Row {
    final String workload;
    final String comparison;
    final double ratio;
    final double min;
    final double max;
    final String goal;
    final String met;
    final String measured;

    Row(
        String workload,
        String comparison,
        double ratio,
        double min,
        double max,
        String goal,
        String met,
        String measured) {
      this.workload = workload;
      this.comparison = comparison;
      this.ratio = ratio;
      this.min = min;
      this.max = max;
      this.goal = goal;
      this.met = met;
      this.measured = measured;
    }
  }
}
