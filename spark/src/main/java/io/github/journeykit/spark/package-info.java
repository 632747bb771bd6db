/**
 * JourneyKit's analytics on Apache Spark: typed {@link
 * org.apache.spark.sql.expressions.Aggregator}s and SQL functions that compute the statistics of
 * survey observations where the data lives, with the results the in-process reader gives.
 *
 * <p>Start with {@link io.github.journeykit.spark.SparkIngestion}.
 */
package io.github.journeykit.spark;
