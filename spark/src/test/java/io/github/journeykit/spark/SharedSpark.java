package io.github.journeykit.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: two local cores, no web UI, the driver on the loopback
 * address and few shuffle partitions, so that the module's tests stay small beside other builds.
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
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              // The partitionings the tests make must reach the aggregators as they are made.
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
    }
    return session;
  }
}
