package io.github.journeykit.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The one Spark session of the test JVM: two local cores, no web UI, the driver on the loopback
 * address, and settings that cut what each job costs on data of a few thousand rows (two shuffle
 * partitions, no whole-stage code generation, no wait for a task's preferred place, shuffles not
 * compressed), so that the module's tests stay small beside other builds.
 */
final class SharedSpark {
  /** The newest Java that Spark 4.0 supports: its documentation names Java 17 and 21. */
  static final int NEWEST_SUPPORTED_JAVA = 21;

  private static SparkSession session;

  private SharedSpark() {}

  /**
   * The session, made on first use; the tests are skipped on a Java that Spark 4.0 cannot run on.
   */
  static synchronized SparkSession session() {
    assumeTrue(
        Runtime.version().feature() <= NEWEST_SUPPORTED_JAVA,
        "Spark 4.0 supports Java 17 to "
            + NEWEST_SUPPORTED_JAVA
            + "; this is Java "
            + Runtime.version());
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("journeykit-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              // Compiling each query's stages into one class costs more than it saves here.
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.locality.wait", "0")
              .config("spark.shuffle.compress", "false")
              .config("spark.shuffle.spill.compress", "false")
              // The partitionings the tests make must reach the aggregators as they are made.
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
    }
    return session;
  }

  /**
   * The datasets side by side in one, each row tagged with its dataset's index in the column {@code
   * partitioning}: a union keeps each dataset's partitions as they are, so a job grouped by the tag
   * sees each partitioning as a job of its own would.
   */
  static Dataset<Row> sideBySide(List<Dataset<Row>> partitionings) {
    Dataset<Row> tagged = partitionings.get(0).withColumn("partitioning", functions.lit(0));
    for (int i = 1; i < partitionings.size(); i++) {
      tagged = tagged.union(partitionings.get(i).withColumn("partitioning", functions.lit(i)));
    }
    return tagged;
  }
}
