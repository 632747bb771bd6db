package io.github.journeykit.benchmarks;

import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
  /** The heap W1 must fit 10,000,000 rows in. */
  private static final int STREAMING_HEAP_MB = 64;

  private final boolean quick;
  private final List<String> only;
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private Suite(boolean quick, List<String> only) {
    this.quick = quick;
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
                  + "; usage: [--quick] [--only W1,W2,W3,W4,W5,MEM] [--out FILE]");
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

  private void run() throws RunnerException, IOException {
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
    if (selected("MEM")) {
      memory();
    }
  }

  private ChainedOptionsBuilder options(Class<?> benchmark) {
    return options(benchmark.getName() + "\\.");
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

  private void w1() throws RunnerException {
    ChainedOptionsBuilder options =
        options(ObservationsBenchmark.class)
            .timeUnit(TimeUnit.MILLISECONDS)
            .mode(org.openjdk.jmh.annotations.Mode.SingleShotTime);
    if (quick) {
      options.warmupIterations(1).measurementIterations(3);
    } else {
      options.warmupIterations(3).measurementIterations(8);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (String count : List.of("1000000", "10000000")) {
      double ours = score(results, "journeyKit", "rows", count);
      double duckDb = score(results, "duckDb", "rows", count);
      double parse = score(results, "fastCsvParseOnly", "rows", count);
      double oneThread = score(results, "journeyKitOneThread", "rows", count);
      String size = String.format(Locale.ROOT, "%,d rows", Long.parseLong(count));
      compare("W1 observations", "JourneyKit vs DuckDB, " + size, ours, duckDb, 1.0);
      compare("W1 observations", "JourneyKit vs bare FastCSV parse, " + size, ours, parse, 2.0);
      compare(
          "W1 observations",
          "JourneyKit on one thread vs bare FastCSV parse, " + size,
          oneThread,
          parse,
          2.0);
    }
    linear(
        results,
        "W1 observations",
        List.of("journeyKit", "journeyKitOneThread"),
        "rows",
        "1000000",
        "10000000");
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
    Collection<RunResult> results = averageTime(RankingBenchmark.class);
    linear(
        results,
        "W2 ranking",
        List.of("rice", "weightedComposite"),
        "actions",
        "100000",
        "1000000");
  }

  private void w3() throws RunnerException, IOException {
    Collection<RunResult> results =
        averageTime(
            // An operation takes most of a second and calls the per-journey code ten times, so the
            // JIT is still compiling the reader after five iterations (seen with
            // -XX:+PrintCompilation); ten leave it compiled.
            options(JsonBenchmark.class).warmupIterations(quick ? 3 : 10));
    for (String direction : List.of("write", "read")) {
      double ours = score(results, direction + "JourneyKit", null, null);
      for (String peer : List.of("Streaming", "Databind")) {
        double theirs = score(results, direction + peer, null, null);
        boolean streaming = "Streaming".equals(peer);
        rows.add(
            new Row(
                "W3 JSON",
                direction
                    + ": JourneyKit vs "
                    + (streaming ? "jackson-core streaming" : "jackson-databind")
                    + ", 100,000 touchpoints",
                ours / theirs,
                streaming ? "<= 1.5" : "< 1",
                streaming ? ours / theirs <= 1.5 : ours < theirs,
                String.format(Locale.ROOT, "%.1f ms vs %.1f ms", ours, theirs)));
      }
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
    linear(averageTime(w4Options()), "W4 model", methods, "touchpoints", "10000", "100000");
    // The same work under the parallel collector, whose pauses behave differently.
    linear(
        averageTime(w4Options().jvmArgsAppend("-XX:+UseParallelGC")),
        "W4 model, parallel GC",
        methods,
        "touchpoints",
        "10000",
        "100000");
  }

  /**
   * W4's options: an operation at 100,000 touchpoints takes tens of milliseconds, so two seconds
   * hold few of them, and the JIT and the collector's sizing need more warm-up iterations to settle
   * (about seven on the reference machine).
   */
  private ChainedOptionsBuilder w4Options() {
    return options(ModelBenchmark.class).warmupIterations(quick ? 3 : 10);
  }

  private Collection<RunResult> averageTime(Class<?> benchmark) throws RunnerException {
    return averageTime(options(benchmark));
  }

  /** Runs the benchmarks, scoring the average time of an operation in milliseconds. */
  private static Collection<RunResult> averageTime(ChainedOptionsBuilder options)
      throws RunnerException {
    return new Runner(
            options
                .timeUnit(TimeUnit.MILLISECONDS)
                .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
                .build())
        .run();
  }

  /**
   * A row comparing JourneyKit's time with a peer's, met when the ratio is at most {@code goal}.
   */
  private void compare(String workload, String comparison, double ours, double peer, double goal) {
    rows.add(
        new Row(
            workload,
            comparison,
            ours / peer,
            String.format(Locale.ROOT, "<= %.1f", goal),
            ours / peer <= goal,
            String.format(Locale.ROOT, "%.0f ms vs %.0f ms", ours, peer)));
  }

  /** Rows checking that ten times the size costs at most twelve times the time. */
  private void linear(
      Collection<RunResult> results,
      String workload,
      List<String> methods,
      String param,
      String small,
      String large) {
    for (String method : methods) {
      double smallTime = score(results, method, param, small);
      double largeTime = score(results, method, param, large);
      rows.add(
          new Row(
              workload,
              String.format(
                  Locale.ROOT,
                  "%s: %,d vs %,d %s",
                  method,
                  Long.parseLong(large),
                  Long.parseLong(small),
                  param),
              largeTime / smallTime,
              "<= 12",
              largeTime / smallTime <= 12,
              String.format(Locale.ROOT, "%.2f ms vs %.2f ms", largeTime, smallTime)));
    }
  }

  private void w5() throws RunnerException, IOException {
    Collection<RunResult> results = averageTime(options(RenderBenchmark.class));
    for (String format : List.of("svg", "html")) {
      List<RunResult> ofFormat = new ArrayList<>();
      for (RunResult result : results) {
        if (format.equals(result.getParams().getParam("format"))) {
          ofFormat.add(result);
        }
      }
      linear(
          ofFormat, "W5 rendering, " + format, List.of("render"), "touchpoints", "1000", "10000");
      long smallSize = RenderBenchmark.size(format, 1_000);
      long largeSize = RenderBenchmark.size(format, 10_000);
      double ratio = (double) largeSize / smallSize;
      rows.add(
          new Row(
              "W5 rendering, " + format,
              "output size: 10,000 vs 1,000 touchpoints",
              ratio,
              "about 10",
              ratio >= 8 && ratio <= 12,
              String.format(Locale.ROOT, "%,d bytes vs %,d bytes", largeSize, smallSize)));
    }
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

  static double score(Collection<RunResult> results, String method, String param, String value) {
    for (RunResult result : results) {
      if (result.getParams().getBenchmark().endsWith("." + method)
          && (param == null || value.equals(result.getParams().getParam(param)))) {
        return result.getPrimaryResult().getScore();
      }
    }
    throw new IllegalStateException("no result for " + method + " " + param + "=" + value);
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
    text.append("| workload | comparison | ratio | goal | met | measured |\n");
    text.append("|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      text.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %s | %s | %s |%n",
              row.workload,
              row.comparison,
              row.ratio,
              row.goal,
              row.met ? "yes" : "**no**",
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
    final String goal;
    final boolean met;
    final String measured;

    Row(
        String workload,
        String comparison,
        double ratio,
        String goal,
        boolean met,
        String measured) {
      this.workload = workload;
      this.comparison = comparison;
      this.ratio = ratio;
      this.goal = goal;
      this.met = met;
      this.measured = measured;
    }
  }
}
