/**
 * JourneyKit's analytics on Apache Spark: typed {@link
 * org.apache.spark.sql.expressions.Aggregator}s and SQL functions that compute the statistics of
 * survey observations and the path analysis of event logs where the data lives, with the results
 * the in-process readers give.
 *
 * <p>Start with {@link io.github.journeykit.spark.SparkIngestion} and {@link
 * io.github.journeykit.spark.SparkPaths}.
 */
package io.github.journeykit.spark;
