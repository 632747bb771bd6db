package io.github.journeykit.benchmarks;

import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W6: an event log against the designed journey. JourneyKit reads the CSV and computes the whole
 * analysis (the funnel with drop-offs and timing, each case's alignment and deviations, variants,
 * the directly-follows graph, reach) and sums it up; DuckDB computes the funnel alone over the same
 * file.
 */
@State(Scope.Benchmark)
public class EventsBenchmark {
  @Param({"100000", "1000000"})
  public long cases;

  private Path interleaved;
  private Path sorted;
  private PathAnalysis analysis;
  private PathAnalysis sortedByCase;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    interleaved = EventsFile.of(cases, false);
    sorted = EventsFile.of(cases, true);
    analysis = PathAnalysis.of(EventsFile.JOURNEY);
    sortedByCase = analysis.sortedByCase();
  }

  /** JourneyKit on the interleaved log, read in parts at once: every event held until the end. */
  @Benchmark
  public PathSummary journeyKit() throws IOException {
    return summary(analysis.readCsv(interleaved), cases);
  }

  /** JourneyKit on the log sorted by case, read in one pass: one case held at a time. */
  @Benchmark
  public PathSummary journeyKitSortedByCase() throws IOException {
    return summary(sortedByCase.readCsv(sorted), cases);
  }

  /** The summary of a result, which must hold every case and no rejection. */
  static PathSummary summary(PathResult result, long cases) {
    if (result.rejected() != 0 || result.statistics().cases() != cases) {
      throw new IllegalStateException("unexpected result: " + result + " " + result.rejections());
    }
    return result.statistics().summary();
  }

  /** The funnel in SQL over the interleaved log; DuckDB reads the file in parallel. */
  @Benchmark
  public long[] duckDbFunnel() throws SQLException {
    return duckDbFunnel(interleaved);
  }

  /**
   * The funnel on the eventual path, as {@link PathAnalysis} counts it: a case reaches stage k when
   * it reached stage k-1 and later any touchpoint of stage k. In SQL, the time a case reaches each
   * stage is the earliest event of the stage after the time it reached the stage before (no two
   * events of a case share a time in these logs), one join a stage. Of the forms tried (each case's
   * stages as a list in time order folded with {@code list_reduce}, the same from a sorted list of
   * structs, this chain of joins over the events read once), this one took DuckDB the least time.
   *
   * @return the cases that reached each stage
   */
  static long[] duckDbFunnel(Path file) throws SQLException {
    StringBuilder sql = new StringBuilder("WITH stages(activity, stage) AS (VALUES ");
    for (int s = 0; s < EventsFile.STAGES; s++) {
      for (String touchpoint :
          List.of(EventsFile.web(s), EventsFile.phone(s), EventsFile.mail(s))) {
        sql.append(s == 0 && touchpoint.endsWith("web") ? "" : ", ")
            .append("('")
            .append(touchpoint)
            .append("', ")
            .append(s)
            .append(')');
      }
    }
    sql.append("), e AS MATERIALIZED (SELECT e.case_id, e.time, stages.stage FROM read_csv('")
        .append(file.toString().replace("'", "''"))
        .append(
            "', header = true, columns = {'case_id': 'VARCHAR', 'activity': 'VARCHAR', 'time':"
                + " 'TIMESTAMPTZ', 'status': 'VARCHAR', 'channel': 'VARCHAR'}) e JOIN stages USING"
                + " (activity)), f0 AS (SELECT case_id, min(time) AS t FROM e WHERE stage = 0 GROUP"
                + " BY case_id)");
    for (int s = 1; s < EventsFile.STAGES; s++) {
      sql.append(", f")
          .append(s)
          .append(" AS (SELECT e.case_id, min(e.time) AS t FROM e JOIN f")
          .append(s - 1)
          .append(" p ON e.case_id = p.case_id AND e.time > p.t WHERE e.stage = ")
          .append(s)
          .append(" GROUP BY e.case_id)");
    }
    sql.append(" SELECT");
    for (int s = 0; s < EventsFile.STAGES; s++) {
      sql.append(s == 0 ? "" : ",").append(" (SELECT count(*) FROM f").append(s).append(')');
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql.toString())) {
      result.next();
      long[] funnel = new long[EventsFile.STAGES];
      for (int s = 0; s < funnel.length; s++) {
        funnel[s] = result.getLong(s + 1);
      }
      return funnel;
    }
  }

  /**
   * The heap that reading {@code file} holds at its peak: the most heap in use after a full
   * collection, at each eighth of the file read and at the end of the reading (when every case of
   * an unsorted log is open and nothing is analysed yet), less the heap in use after a collection
   * before it. Collections in the progress listener stop the reading threads with the rest.
   *
   * @return the bytes held
   */
  static long heldBytes(PathAnalysis analysis, Path file, long cases) throws IOException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterCollection(memory);
    long[] peak = {0, 0};
    ProgressListener progress =
        (done, total) -> {
          synchronized (peak) {
            if (done >= total || done >= peak[1]) {
              peak[0] = Math.max(peak[0], usedAfterCollection(memory) - before);
              peak[1] = done + total / 8;
            }
          }
        };
    summary(analysis.readCsv(file, progress, CancellationCheck.never()), cases);
    return peak[0];
  }

  private static long usedAfterCollection(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * The summary of the log of {@code cases} cases, once its funnel is known to be right: JourneyKit
   * on the interleaved log and on the log sorted by case, and DuckDB, count the same cases at every
   * stage.
   *
   * @throws IllegalStateException if they do not
   */
  static PathSummary agreedSummary(long cases) throws IOException, SQLException {
    Path interleaved = EventsFile.of(cases, false);
    PathAnalysis analysis = PathAnalysis.of(EventsFile.JOURNEY);
    PathSummary summary = summary(analysis.readCsv(interleaved), cases);
    PathSummary sorted =
        summary(analysis.sortedByCase().readCsv(EventsFile.of(cases, true)), cases);
    long[] ours = funnel(summary);
    long[] inOrder = funnel(sorted);
    long[] duckDb = duckDbFunnel(interleaved);
    if (!Arrays.equals(ours, inOrder) || !Arrays.equals(ours, duckDb)) {
      throw new IllegalStateException(
          "W6: the funnels of "
              + cases
              + " cases differ: JourneyKit "
              + Arrays.toString(ours)
              + ", sorted by case "
              + Arrays.toString(inOrder)
              + ", DuckDB "
              + Arrays.toString(duckDb));
    }
    return summary;
  }

  /** The cases that reached each stage in JourneyKit's summary. */
  static long[] funnel(PathSummary summary) {
    return summary.funnel().stream().mapToLong(FunnelStage::reached).toArray();
  }
}
