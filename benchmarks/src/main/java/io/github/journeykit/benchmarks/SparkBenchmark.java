package io.github.journeykit.benchmarks;

import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.spark.SparkIngestion;
import io.github.journeykit.spark.SparkPathAnalysis;
import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W7: the W1 observations and the W6 event log through Spark in local mode, reading the same CSV
 * files as the in-process readers ({@link ObservationsBenchmark#journeyKit}, {@link
 * EventsBenchmark#journeyKit}) with Spark's own CSV source and an explicit schema, and computing
 * the same results with {@link SparkIngestion} and {@link SparkPathAnalysis}.
 */
@State(Scope.Benchmark)
public class SparkBenchmark {
  /**
   * The options Spark's own launcher passes to the JVM (as in the spark module's tests): Spark
   * reaches into the JDK's internals for off-heap memory and serialisation.
   */
  static final List<String> JVM_OPTIONS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  /** The columns of {@link ObservationsFile}, as the spark module reads them. */
  static final String OBSERVATIONS =
      "touchpoint_id STRING, metric STRING, value DOUBLE, observed_at TIMESTAMP, source STRING,"
          + " respondent_id STRING";

  /** The columns of {@link EventsFile}. */
  static final String EVENTS =
      "case_id STRING, activity STRING, time TIMESTAMP, status STRING, channel STRING";

  /** Spark's local cores: {@code local[cores]}. */
  @Param({"1", "2"})
  public int cores;

  @Param({"10000000"})
  public long rows;

  @Param({"100000"})
  public long cases;

  private SparkSession spark;
  private Dataset<Row> observations;
  private Dataset<Row> events;
  private SparkIngestion ingestion;
  private SparkPathAnalysis paths;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    spark = session(cores);
    observations = observations(spark, rows);
    events = events(spark, cases);
    ingestion = ingestion();
    paths = paths();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    spark.stop();
  }

  /** Spark's ingestion of the observations file: the same result as W1's in-process reader. */
  @Benchmark
  public IngestionResult observations() {
    return ObservationsBenchmark.checked(ingestion.run(observations));
  }

  /** Spark's path analysis of the interleaved log, summed up as W6 sums it up in process. */
  @Benchmark
  public PathSummary events() {
    return EventsBenchmark.summary(paths.run(events), cases);
  }

  /**
   * A session of {@code cores} local cores with Spark's defaults for everything the data decides
   * (adaptive execution, 200 shuffle partitions that it coalesces); no web UI, the driver on the
   * loopback address.
   */
  static SparkSession session(int cores) {
    return SparkSession.builder()
        .master("local[" + cores + "]")
        .appName("journeykit-benchmarks")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  /** The observations file of {@code rows} rows, read by Spark's CSV source. */
  static Dataset<Row> observations(SparkSession spark, long rows) throws IOException {
    return spark
        .read()
        .schema(OBSERVATIONS)
        .option("header", "true")
        .csv(ObservationsFile.of(rows).toString());
  }

  /** The interleaved event log of {@code cases} cases, read by Spark's CSV source. */
  static Dataset<Row> events(SparkSession spark, long cases) throws IOException {
    return spark
        .read()
        .schema(EVENTS)
        .option("header", "true")
        .csv(EventsFile.of(cases, false).toString());
  }

  /** The ingestion of {@link ObservationsBenchmark}, made on each executor. */
  static SparkIngestion ingestion() {
    return SparkIngestion.of(
        () -> Ingestion.against(Workloads.journey(ObservationsFile.TOUCHPOINTS, 42)));
  }

  /** The analysis of {@link EventsBenchmark}, made on each executor. */
  static SparkPathAnalysis paths() {
    return SparkPathAnalysis.of(() -> PathAnalysis.of(EventsFile.JOURNEY));
  }
}
