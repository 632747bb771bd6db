package io.github.journeykit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.EventStatus;
import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** Event logs through Spark give what the path analysis gives in process. */
class SparkPathAnalysisTest {
  static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
  static final int CASES = 900;
  static final int KEEP = 10_000;
  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("case_id", DataTypes.StringType, true),
              DataTypes.createStructField("activity", DataTypes.StringType, true),
              DataTypes.createStructField("time", DataTypes.TimestampType, true),
              DataTypes.createStructField("status", DataTypes.StringType, true),
              DataTypes.createStructField("channel", DataTypes.StringType, true),
              DataTypes.createStructField("part", DataTypes.IntegerType, false)));

  /** The touchpoints of each stage of {@link #journey()}, in order. */
  static final String[][] STAGES = {
    {"advert", "search", "newsletter"},
    {"application-form", "id-upload"},
    {"kyc-screening"},
    {"card-activation", "app-login"}
  };

  static final String[] AD_HOC = {"call centre", "GET /faq?topic=fees", "branch visit"};
  static final String[] CHANNELS = {"web", "app", "phone"};

  static SparkSession spark;
  static List<Row> rows;
  static Dataset<Row> events;

  static Journey journey() {
    return Journey.builder("open-account", "Open an account")
        .addStage(
            Stage.builder("discover", "Find out")
                .addTouchpoint(
                    Touchpoint.builder("advert", "See an advert", Channel.WEB).step("find").build())
                .addTouchpoint(
                    Touchpoint.builder("search", "Search the web", Channel.WEB)
                        .step("find")
                        .build())
                .addTouchpoint(
                    Touchpoint.builder("newsletter", "Read the newsletter", Channel.EMAIL)
                        .optional(true)
                        .build())
                .build())
        .addStage(
            Stage.builder("apply", "Apply")
                .addTouchpoint(Touchpoint.of("application-form", "Fill in the form", Channel.WEB))
                .addTouchpoint(Touchpoint.of("id-upload", "Upload an id", Channel.APP))
                .build())
        .addStage(
            Stage.builder("verify", "Be verified")
                .addTouchpoint(Touchpoint.of("kyc-screening", "Screening", Channel.WEB))
                .build())
        .addStage(
            Stage.builder("activate", "Activate")
                .addTouchpoint(Touchpoint.of("card-activation", "Activate the card", Channel.WEB))
                .addTouchpoint(
                    Touchpoint.builder("app-login", "Log in to the app", Channel.APP)
                        .optional(true)
                        .build())
                .build())
        .build();
  }

  static PathAnalysis analysis() {
    return PathAnalysis.of(journey()).lenient(KEEP);
  }

  static PathAnalysis strictAnalysis() {
    return PathAnalysis.of(journey()).strict();
  }

  @BeforeAll
  static void log() {
    spark = SharedSpark.session();
    rows = generate(new Random(16), CASES);
    events = spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * Cases that walk the stages in order, taking one or more of each stage's touchpoints, with
   * drop-outs, ad hoc steps, steps taken again and out of order, and failures; each case's events a
   * second or more apart (no two at the same time), the cases interleaved; and one row in fifty
   * bad: a case id, activity or time missing, a status no reader reads, a blank activity or case
   * id, a time out of range. Nine rows of ten are in part 0.
   */
  static List<Row> generate(Random random, int cases) {
    List<Row> log = new ArrayList<>();
    for (int c = 0; c < cases; c++) {
      String caseId = "c-" + c;
      long time = random.nextInt(86_400 * 60);
      List<String> path = new ArrayList<>();
      for (String[] stage : STAGES) {
        if (!path.isEmpty() && random.nextInt(6) == 0) {
          break;
        }
        for (String touchpoint : stage) {
          if (random.nextInt(4) != 0) {
            path.add(touchpoint);
          }
        }
        if (random.nextInt(8) == 0) {
          path.add(AD_HOC[random.nextInt(AD_HOC.length)]);
        }
        if (!path.isEmpty() && random.nextInt(10) == 0) {
          path.add(path.get(random.nextInt(path.size())));
        }
      }
      if (path.size() > 2 && random.nextInt(10) == 0) {
        int i = random.nextInt(path.size() - 1);
        path.add(i, path.remove(i + 1));
      }
      for (String activity : path) {
        time += 1 + random.nextInt(3 * 3600);
        String status = random.nextInt(12) == 0 ? "failed" : random.nextBoolean() ? "" : null;
        log.add(
            row(
                random,
                caseId,
                activity,
                START.plusSeconds(time).plusMillis(random.nextInt(1000)),
                status));
      }
    }
    // Interleave the cases, as a real log does.
    java.util.Collections.shuffle(log, random);
    List<Row> withBad = new ArrayList<>(log.size());
    for (Row row : log) {
      withBad.add(random.nextInt(50) == 0 ? bad(random, row) : row);
    }
    return withBad;
  }

  static Row row(Random random, String caseId, String activity, Instant time, String status) {
    int part = random.nextInt(10) < 9 ? 0 : 1 + random.nextInt(3);
    return RowFactory.create(
        caseId,
        activity,
        time == null ? null : Timestamp.from(time),
        status,
        CHANNELS[random.nextInt(CHANNELS.length)],
        part);
  }

  static Row bad(Random random, Row good) {
    String caseId = good.getString(0);
    String activity = good.getString(1);
    Instant time = ((Timestamp) good.get(2)).toInstant();
    String status = good.getString(3);
    switch (random.nextInt(7)) {
      case 0:
        caseId = null;
        break;
      case 1:
        activity = null;
        break;
      case 2:
        time = null;
        break;
      case 3:
        status = "pending";
        break;
      case 4:
        activity = " ";
        break;
      case 5:
        caseId = "";
        break;
      default:
        time = Instant.parse("1650-01-01T00:00:00Z");
    }
    return row(random, caseId, activity, time, status);
  }

  /** Whether the row can be read as an event at all: the analysis judges the others. */
  static boolean readable(Row row) {
    return !row.isNullAt(0)
        && !row.isNullAt(1)
        && !row.isNullAt(2)
        && (row.isNullAt(3) || EventStatus.fromText(row.getString(3)).isPresent());
  }

  static List<Event> eventsOf(List<Row> log) {
    List<Event> events = new ArrayList<>();
    for (Row row : log) {
      if (readable(row)) {
        Instant time =
            row.get(2) instanceof Instant
                ? (Instant) row.get(2)
                : ((Timestamp) row.get(2)).toInstant();
        events.add(
            Event.builder()
                .caseId(row.getString(0))
                .activity(row.getString(1))
                .time(time)
                .status(
                    row.isNullAt(3)
                        ? EventStatus.COMPLETED
                        : EventStatus.fromText(row.getString(3)).get())
                .build());
      }
    }
    return events;
  }

  /** The in-process result of the rows that can be read as events. */
  static PathResult inProcess(List<Row> log) {
    return analysis().run(eventsOf(log));
  }

  static long unreadable(List<Row> log) {
    return log.stream().filter(row -> !readable(row)).count();
  }

  static void assertSame(PathResult expected, long extraRejected, PathResult actual) {
    assertEquals(expected.accepted(), actual.accepted(), "accepted");
    assertEquals(expected.rejected() + extraRejected, actual.rejected(), "rejected");
    assertEquals(expected.statistics().cases(), actual.statistics().cases(), "cases");
    SamePaths.assertSame(expected.statistics().summary(), actual.statistics().summary());
    assertEquals(expected.statistics().variants(), actual.statistics().variants());
    assertEquals(expected.statistics().deviations(), actual.statistics().deviations());
  }

  static Set<String> paths(List<Rejection<Event>> rejections) {
    return rejections.stream()
        .flatMap(r -> r.reasons().stream())
        .map(v -> v.path() + ": " + v.rule())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Dataset<Row> withCases(int cases) {
    return events.filter(functions.col("case_id").isin(caseIds(cases)));
  }

  static Object[] caseIds(int cases) {
    Object[] ids = new Object[cases];
    for (int c = 0; c < cases; c++) {
      ids[c] = "c-" + c;
    }
    return ids;
  }

  static List<Row> rowsOfCases(int cases) {
    Set<Object> ids = Set.of(caseIds(cases));
    return rows.stream()
        .filter(row -> !row.isNullAt(0) && ids.contains(row.getString(0)))
        .collect(Collectors.toList());
  }

  /**
   * Each partitioning in one job: the partitionings side by side in a union, which keeps each one's
   * partitions as they are, tagged, and analysed per tag by the two aggregations of {@link
   * SparkPathAnalysis#run}, grouped by the tag too: each case's events gathered from the partitions
   * of its partitioning, as in a job of its own.
   */
  @Test
  void everyPartitioningGivesTheInProcessResult() {
    PathResult expected = inProcess(rows);
    long extra = unreadable(rows);
    assertTrue(rows.size() > 3000, "a log of a few thousand events: " + rows.size());
    assertTrue(expected.rejected() > 0 && extra > 0, "the log has bad rows");
    SparkPathAnalysis paths = SparkPathAnalysis.of(SparkPathAnalysisTest::analysis);
    List<Dataset<Row>> partitionings =
        List.of(
            // One partition.
            events.coalesce(1),
            // Many, the rows of a case spread over them at random.
            events.repartition(12, functions.rand(7)),
            // Skewed: nine rows of ten in one partition.
            events.repartition(4, functions.col("part")),
            // One partition per case, over the first 30 cases.
            withCases(30)
                .repartitionByRange(30, functions.col("case_id"))
                .sortWithinPartitions("time"));
    Dataset<Row> tagged = SharedSpark.sideBySide(partitionings);
    List<Row> aggregates =
        tagged
            .groupBy(functions.col("partitioning"), functions.col("case_id"))
            .agg(
                paths
                    .caseFunction()
                    .apply(
                        functions.col("case_id"),
                        functions.col("activity"),
                        functions.col("time"),
                        functions.col("status"))
                    .as("case_events"))
            .groupBy("partitioning")
            .agg(paths.function().apply(functions.col("case_events")))
            .orderBy("partitioning")
            .collectAsList();
    assertEquals(partitionings.size(), aggregates.size());
    for (int i = 0; i < 3; i++) {
      PathResult actual = paths.result(aggregates.get(i).get(1));
      assertSame(expected, extra, actual);
      assertEquals(expected.rejected() + extra, actual.rejections().size(), "all kept");
    }
    List<Row> few = rowsOfCases(30);
    assertSame(inProcess(few), unreadable(few), paths.result(aggregates.get(3).get(1)));
  }

  @Test
  void keptRejectionsCarryTheirReasons() {
    PathResult expected = inProcess(rows);
    PathResult actual =
        SparkPathAnalysis.of(() -> PathAnalysis.of(journey()).lenient(400))
            .named("web_events")
            .run(events.repartition(3));
    assertEquals(Math.min(400, actual.rejected()), actual.rejections().size());
    Set<String> reasons = paths(actual.rejections());
    assertTrue(reasons.contains("case_id: must be given"), reasons.toString());
    assertTrue(reasons.contains("activity: must be given"), reasons.toString());
    assertTrue(reasons.contains("time: must be given"), reasons.toString());
    assertTrue(reasons.contains("status: " + EventStatus.TEXT_RULE), reasons.toString());
    // The analysis's own rules, at the event's fields, as in process.
    assertTrue(reasons.containsAll(paths(expected.rejections())), reasons.toString());
    Rejection<Event> unread =
        actual.rejections().stream().filter(r -> r.item().isEmpty()).findFirst().orElseThrow();
    assertTrue(unread.toString().startsWith("web_events: [case_id="), unread.toString());
    Rejection<Event> ruled =
        actual.rejections().stream().filter(r -> r.item().isPresent()).findFirst().orElseThrow();
    assertFalse(ruled.reasons().isEmpty());
  }

  @Test
  void theSqlFunctionsAgreeWithTheDatasetApi() {
    SparkPathAnalysis paths = SparkPathAnalysis.of(SparkPathAnalysisTest::analysis);
    paths.register(spark);
    Dataset<Row> some = withCases(300).repartition(3);
    some.createOrReplaceTempView("journey_events");
    Row row =
        spark
            .sql(
                "SELECT journeykit_paths(events) FROM (SELECT journeykit_case(case_id, activity,"
                    + " time, status) AS events FROM journey_events GROUP BY case_id)")
            .first();
    PathResult fromSql = paths.result(row.get(0));
    PathResult fromDataset = paths.run(some);
    assertSame(fromDataset, 0, fromSql);
    assertEquals(paths(fromDataset.rejections()), paths(fromSql.rejections()));
    List<Row> few = rowsOfCases(300);
    assertSame(inProcess(few), unreadable(few), fromSql);
  }

  @Test
  void columnsMapToATablesOwnNames() {
    Dataset<Row> renamed =
        withCases(200)
            .withColumnRenamed("case_id", "customer")
            .withColumnRenamed("time", "occurred at")
            .withColumnRenamed("status", "outcome");
    PathResult result =
        SparkPathAnalysis.of(SparkPathAnalysisTest::analysis)
            .columns(
                EventColumns.defaults().caseId("customer").time("occurred at").status("outcome"))
            .run(renamed);
    List<Row> few = rowsOfCases(200);
    assertSame(inProcess(few), unreadable(few), result);
    Set<String> reasons = paths(result.rejections());
    assertTrue(reasons.stream().anyMatch(r -> r.startsWith("occurred at: ")), reasons.toString());
    assertFalse(reasons.stream().anyMatch(r -> r.startsWith("case_id: ")), reasons.toString());
  }

  @Test
  void aMissingStatusColumnReadsEveryEventAsCompleted() {
    List<Row> few = rowsOfCases(100);
    List<Row> completed = new ArrayList<>();
    for (Row row : few) {
      completed.add(
          RowFactory.create(row.get(0), row.get(1), row.get(2), null, row.get(4), row.get(5)));
    }
    PathResult result =
        SparkPathAnalysis.of(SparkPathAnalysisTest::analysis).run(withCases(100).drop("status"));
    assertSame(inProcess(completed), unreadable(completed), result);
  }

  @Test
  void aWrongSchemaFailsAtOnceNamingTheColumnsExpectedAndFound() {
    Dataset<Row> wrong =
        events.drop("activity").withColumn("time", functions.col("time").cast("string"));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> SparkPathAnalysis.of(SparkPathAnalysisTest::analysis).run(wrong));
    assertTrue(
        e.getMessage().contains("case_id string, activity string, time timestamp"), e.getMessage());
    assertTrue(e.getMessage().contains("time string"), e.getMessage());
    assertEquals(
        List.of("activity", "time"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void aStrictAnalysisFailsOnTheFirstRejectedRow() {
    Dataset<Row> oneBad =
        spark.createDataFrame(
            List.of(
                RowFactory.create("c-1", "advert", Timestamp.from(START), null, "web", 0),
                RowFactory.create("c-1", "search", Timestamp.from(START), "pending", "web", 0)),
            SCHEMA);
    // Spark fails the job with an exception of its own that carries the rejection's text.
    Exception e =
        assertThrows(
            Exception.class,
            () -> SparkPathAnalysis.of(SparkPathAnalysisTest::strictAnalysis).run(oneBad));
    assertTrue(
        e.getMessage()
            .contains(
                "events: [case_id=\"c-1\", activity=\"search\", time=2026-09-01T00:00:00Z,"
                    + " status=\"pending\"] is invalid: status: "
                    + EventStatus.TEXT_RULE
                    + " (was \"pending\")"),
        e.getMessage());
  }

  @Test
  void instantsAreReadWhereSparkGivesJavaTimeTypes() {
    List<Row> few = rowsOfCases(100);
    String key = "spark.sql.datetime.java8API.enabled";
    spark.conf().set(key, "true");
    try {
      List<Row> withInstants = new ArrayList<>();
      for (Row row : few) {
        withInstants.add(
            RowFactory.create(
                row.get(0),
                row.get(1),
                row.isNullAt(2) ? null : ((Timestamp) row.get(2)).toInstant(),
                row.get(3),
                row.get(4),
                row.get(5)));
      }
      PathResult result =
          SparkPathAnalysis.of(SparkPathAnalysisTest::analysis)
              .run(spark.createDataFrame(withInstants, SCHEMA).repartition(2));
      assertSame(inProcess(withInstants), unreadable(withInstants), result);
    } finally {
      spark.conf().unset(key);
    }
  }

  @Test
  void eventsAtTheSameTimeAreOrderedByActivityWhateverThePartitioning() {
    Instant t = START.plusSeconds(60);
    Row form = RowFactory.create("c-1", "application-form", Timestamp.from(t), null, "web", 0);
    Row advert = RowFactory.create("c-1", "advert", Timestamp.from(START), null, "web", 0);
    Row upload = RowFactory.create("c-1", "id-upload", Timestamp.from(t), null, "web", 0);
    SparkPathAnalysis paths = SparkPathAnalysis.of(SparkPathAnalysisTest::analysis);
    PathResult one = paths.run(spark.createDataFrame(List.of(upload, advert, form), SCHEMA));
    PathResult other =
        paths.run(spark.createDataFrame(List.of(form, upload, advert), SCHEMA).repartition(3));
    // In process, events at the same time keep their input order: given so, the same result.
    PathResult ordered = inProcess(List.of(advert, form, upload));
    assertSame(ordered, 0, one);
    assertSame(ordered, 0, other);
    assertNotEquals(
        ordered.statistics().variants(),
        inProcess(List.of(advert, upload, form)).statistics().variants());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(NullPointerException.class, () -> SparkPathAnalysis.of(null));
    SparkPathAnalysis paths = SparkPathAnalysis.of(SparkPathAnalysisTest::analysis);
    assertThrows(NullPointerException.class, () -> paths.run(null));
    assertThrows(NullPointerException.class, () -> paths.columns(null));
    assertThrows(NullPointerException.class, () -> paths.result(null));
    assertThrows(NullPointerException.class, () -> EventColumns.defaults().caseId(null));
    assertThrows(ValidationException.class, () -> paths.named(" "));
    assertThrows(IllegalArgumentException.class, () -> paths.result("not an aggregate"));
    IllegalArgumentException sorted =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkPathAnalysis.of(() -> PathAnalysis.of(journey()).sortedByCase()));
    assertTrue(sorted.getMessage().startsWith("recipe: "), sorted.getMessage());
    assertEquals(
        "SparkPathAnalysis[events, EventColumns[case_id string, activity string, time timestamp,"
            + " status string (optional)]]",
        paths.toString());
  }
}
