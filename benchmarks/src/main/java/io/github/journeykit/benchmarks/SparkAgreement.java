package io.github.journeykit.benchmarks;

import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.core.path.PathSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * W7's check before any timing: Spark and the in-process readers count the same on the same files
 * (accepted observations; cases at every stage of the funnel). It runs in a JVM of its own, started
 * with Spark's options as the benchmark forks are, and prints one line a file for the suite's
 * notes.
 */
final class SparkAgreement {
  /** The prefix of the lines that the suite takes as notes. */
  private static final String NOTE = "W7 ";

  private SparkAgreement() {}

  /**
   * Checks the files of {@code rows} observations and {@code cases} cases, printing a note for
   * each.
   *
   * @param args the rows and the cases
   */
  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    long cases = Long.parseLong(args[1]);
    SparkSession spark = SparkBenchmark.session(2);
    try {
      Path observations = ObservationsFile.of(rows);
      IngestionResult ours =
          ObservationsBenchmark.checked(
              Ingestion.against(Workloads.journey(ObservationsFile.TOUCHPOINTS, 42))
                  .readCsv(observations));
      IngestionResult theirs =
          ObservationsBenchmark.checked(
              SparkBenchmark.ingestion().run(SparkBenchmark.observations(spark, rows)));
      if (ours.accepted() != theirs.accepted()
          || ours.statistics().byTouchpoint().size() != theirs.statistics().byTouchpoint().size()) {
        throw new IllegalStateException(
            "W7: the observations differ: in process "
                + ours.accepted()
                + " accepted, Spark "
                + theirs.accepted());
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "%sobservations, %,d rows: Spark and the in-process reader accept the same %,d"
                  + " observations of %,d touchpoints.",
              NOTE,
              rows,
              ours.accepted(),
              ours.statistics().byTouchpoint().size()));
      PathSummary inProcess =
          EventsBenchmark.summary(
              PathAnalysis.of(EventsFile.JOURNEY).readCsv(EventsFile.of(cases, false)), cases);
      PathSummary spark2 =
          EventsBenchmark.summary(
              SparkBenchmark.paths().run(SparkBenchmark.events(spark, cases)), cases);
      long[] funnel = EventsBenchmark.funnel(inProcess);
      if (!Arrays.equals(funnel, EventsBenchmark.funnel(spark2))
          || inProcess.events() != spark2.events()
          || inProcess.variantCount() != spark2.variantCount()) {
        throw new IllegalStateException(
            "W7: the funnels differ: in process "
                + Arrays.toString(funnel)
                + ", Spark "
                + Arrays.toString(EventsBenchmark.funnel(spark2)));
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "%sevent log, %,d cases: Spark and the in-process reader count the same %,d events,"
                  + " %,d variants and funnel, %s.",
              NOTE,
              cases,
              inProcess.events(),
              inProcess.variantCount(),
              Arrays.toString(funnel)));
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs {@link #main} in a JVM with Spark's options and this JVM's class path.
   *
   * @return the notes it printed
   * @throws IllegalStateException if Spark and the in-process readers disagree or the check fails
   */
  static List<String> inOwnJvm(long rows, long cases) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>();
    options.add("-Xmx4g");
    options.addAll(SparkBenchmark.JVM_OPTIONS);
    List<String> notes = new ArrayList<>();
    int status =
        ChildJvm.run(
            options,
            SparkAgreement.class,
            List.of(Long.toString(rows), Long.toString(cases)),
            line -> {
              System.out.println(line);
              if (line.startsWith(NOTE)) {
                notes.add(line);
              }
            });
    if (status != 0) {
      throw new IllegalStateException(
          "W7: the check of Spark against the in-process readers failed (exit status "
              + status
              + "); see its output above");
    }
    return notes;
  }
}
