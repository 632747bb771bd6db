package io.github.journeykit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.analytics.observation.PeriodLength;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Observations through Spark give what the ingestion gives in process. */
class SparkIngestionTest {
  static final DataSource PULSE = DataSource.of("pulse", DataSourceKind.SURVEY);
  static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  static final int ROWS = 3000;
  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("touchpoint_id", DataTypes.StringType, true),
              DataTypes.createStructField("metric", DataTypes.StringType, true),
              DataTypes.createStructField("value", DataTypes.DoubleType, true),
              DataTypes.createStructField("observed_at", DataTypes.TimestampType, true),
              DataTypes.createStructField("source", DataTypes.StringType, true),
              DataTypes.createStructField("part", DataTypes.IntegerType, false)));

  static SparkSession spark;
  static List<Row> rows;
  static Dataset<Row> answers;

  static Journey journey() {
    return Journey.builder("bank", "Open an account")
        .addStage(
            Stage.builder("apply", "Apply")
                .addTouchpoint(
                    Touchpoint.builder("form", "Fill in the form", Channel.WEB)
                        .addDataSource(PULSE)
                        .build())
                .addTouchpoint(Touchpoint.of("call", "Call us", Channel.PHONE))
                .build())
        .build();
  }

  static Ingestion ingestion() {
    return Ingestion.against(journey()).lenient(ROWS);
  }

  @BeforeAll
  static void answers() {
    spark = SharedSpark.session();
    Random random = new Random(42);
    rows = new ArrayList<>();
    String[] touchpoints = {"form", "call", "kiosk"};
    String[] metrics = {"nps", "csat", "nps", "wait-minutes", "Not A Key"};
    for (int i = 0; i < ROWS; i++) {
      String touchpoint = random.nextInt(50) == 0 ? null : touchpoints[random.nextInt(3)];
      String metric = metrics[random.nextInt(random.nextInt(20) == 0 ? 5 : 3)];
      Double value = random.nextInt(60) == 0 ? null : (double) random.nextInt(12);
      Timestamp time =
          random.nextInt(70) == 0
              ? null
              : Timestamp.from(START.plusSeconds(random.nextInt(86_400 * 30)));
      String source = random.nextInt(40) == 0 ? "other" : "pulse";
      // Skewed: nine rows of ten in part 0.
      int part = random.nextInt(10) < 9 ? 0 : 1 + random.nextInt(3);
      rows.add(RowFactory.create(touchpoint, metric, value, time, source, part));
    }
    answers = spark.createDataFrame(rows, SCHEMA);
  }

  /** The in-process result of the rows that hold observations, and how many rows hold none. */
  static IngestionResult inProcess() {
    Ingestion ingestion = ingestion();
    List<Observation> observations = new ArrayList<>();
    for (Row row : rows) {
      if (row.isNullAt(0)
          || row.isNullAt(2)
          || "other".equals(row.getString(4))
          || row.getString(1).equals("Not A Key")) {
        continue;
      }
      Observation.Builder observation =
          Observation.builder()
              .touchpointId(row.getString(0))
              .metric(Metric.of(row.getString(1)))
              .value(row.getDouble(2))
              .source(PULSE);
      if (!row.isNullAt(3)) {
        observation.time(((Timestamp) row.get(3)).toInstant());
      }
      observations.add(observation.build());
    }
    return observations.stream().collect(ingestion.collector());
  }

  static long rowsWithoutObservation() {
    return rows.stream()
        .filter(
            row ->
                row.isNullAt(0)
                    || row.isNullAt(2)
                    || "other".equals(row.getString(4))
                    || row.getString(1).equals("Not A Key"))
        .count();
  }

  static void assertSame(IngestionResult expected, long extraRejected, IngestionResult actual) {
    assertEquals(expected.accepted(), actual.accepted());
    assertEquals(expected.rejected() + extraRejected, actual.rejected());
    assertEquals(
        expected.statistics().byTouchpoint().keySet(), actual.statistics().byTouchpoint().keySet());
    expected
        .statistics()
        .byTouchpoint()
        .forEach(
            (id, metrics) -> {
              Map<Metric, MetricStatistics> theirs = actual.statistics().byTouchpoint().get(id);
              assertEquals(metrics.keySet(), theirs.keySet());
              metrics.forEach(
                  (metric, mine) -> {
                    MetricStatistics other = theirs.get(metric);
                    assertEquals(mine.count(), other.count(), id + " " + metric);
                    assertEquals(mine.mean().getAsDouble(), other.mean().getAsDouble(), 1e-9);
                    assertEquals(mine.variance().orElse(0), other.variance().orElse(0), 1e-9);
                    assertEquals(mine.min(), other.min());
                    assertEquals(mine.max(), other.max());
                    assertEquals(mine.answerCounts(), other.answerCounts());
                    assertEquals(mine.firstObserved(), other.firstObserved());
                    assertEquals(mine.lastObserved(), other.lastObserved());
                    assertEquals(mine.sources(), other.sources());
                  });
            });
  }

  static Set<String> texts(List<Rejection<Observation>> rejections) {
    return rejections.stream()
        .map(Rejection::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Each partitioning in one job: the partitionings side by side in a union, which keeps each one's
   * partitions as they are, tagged and aggregated per tag, so that each partition is read into an
   * aggregate of its own and the aggregates of a partitioning are merged, as in a job of its own.
   */
  @Test
  void everyPartitioningGivesTheInProcessResult() {
    IngestionResult expected = inProcess();
    long extra = rowsWithoutObservation();
    SparkIngestion ingestion = SparkIngestion.of(SparkIngestionTest::ingestion);
    List<Dataset<Row>> partitionings =
        List.of(
            answers.coalesce(1),
            answers.repartition(4),
            answers.repartition(functions.col("touchpoint_id")),
            answers.repartition(4, functions.col("part")));
    Dataset<Row> tagged = SharedSpark.sideBySide(partitionings);
    List<Row> aggregates =
        tagged
            .groupBy("partitioning")
            .agg(
                ingestion
                    .function()
                    .apply(
                        functions.col("touchpoint_id"),
                        functions.col("metric"),
                        functions.col("value"),
                        functions.col("observed_at"),
                        functions.col("source"),
                        functions.lit(null).cast("string")))
            .collectAsList();
    assertEquals(partitionings.size(), aggregates.size());
    for (Row aggregate : aggregates) {
      IngestionResult actual = ingestion.result(aggregate.get(1));
      assertSame(expected, extra, actual);
      // Every rejection is kept (the ingestion keeps as many as there are rows): the same ones.
      Set<String> fromSpark = texts(actual.rejections());
      assertTrue(fromSpark.containsAll(texts(expected.rejections())), "in-process rejections kept");
      assertEquals(expected.rejections().size() + extra, actual.rejections().size());
    }
  }

  @Test
  void theSqlFunctionAgreesWithTheDatasetApi() {
    SparkIngestion ingestion = SparkIngestion.of(SparkIngestionTest::ingestion);
    ingestion.register(spark);
    answers.repartition(3).createOrReplaceTempView("answers");
    Row row =
        spark
            .sql(
                "SELECT journeykit_observations(touchpoint_id, metric, value, observed_at, source,"
                    + " NULL) FROM answers")
            .first();
    IngestionResult fromSql = ingestion.result(row.get(0));
    IngestionResult fromDataset = ingestion.run(answers);
    assertSame(fromDataset, 0, fromSql);
  }

  @Test
  void columnsMapToATablesOwnNames() {
    Dataset<Row> renamed =
        answers
            .withColumnRenamed("touchpoint_id", "step")
            .withColumn("score", functions.col("value").cast("int"))
            .drop("value");
    IngestionResult result =
        SparkIngestion.of(SparkIngestionTest::ingestion)
            .columns(ObservationColumns.defaults().touchpointId("step").value("score"))
            .run(renamed);
    assertSame(inProcess(), rowsWithoutObservation(), result);
  }

  @Test
  void aWrongSchemaFailsAtOnceNamingTheColumnsExpectedAndFound() {
    Dataset<Row> wrong =
        answers.drop("source").withColumn("value", functions.col("value").cast("string"));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> SparkIngestion.of(SparkIngestionTest::ingestion).run(wrong));
    assertTrue(e.getMessage().contains("touchpoint_id string, metric string"), e.getMessage());
    assertTrue(e.getMessage().contains("value string"), e.getMessage());
    assertEquals(
        List.of("value", "source"),
        e.violations().stream().map(v -> v.path()).collect(Collectors.toList()));
  }

  @Test
  void anIngestionThatSplitsIsRefusedBeforeAnyJob() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SparkIngestion.of(
                    () ->
                        ingestion()
                            .byPeriod(PeriodLength.QUARTER, ZoneOffset.UTC)
                            .bySegment("source")));
    assertTrue(
        e.getMessage().startsWith("recipe: must make an ingestion that does not split by period"),
        e.getMessage());
  }

  @Test
  void aStrictIngestionFailsOnARowThatHoldsNoObservation() {
    Dataset<Row> oneBad =
        spark.createDataFrame(
            List.of(
                RowFactory.create("form", "nps", 9.0, Timestamp.from(START), "pulse", 0),
                RowFactory.create("form", "nps", 8.0, Timestamp.from(START), "other", 0)),
            SCHEMA);
    // Spark fails the job with an exception of its own that carries the rejection's text.
    Exception e =
        assertThrows(
            Exception.class,
            () -> SparkIngestion.of(() -> Ingestion.against(journey()).strict()).run(oneBad));
    assertTrue(e.getMessage().contains("source"), e.getMessage());
    assertTrue(e.getMessage().contains("\"other\""), e.getMessage());
  }
}
