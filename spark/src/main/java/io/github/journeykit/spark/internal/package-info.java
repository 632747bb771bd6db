/**
 * The aggregators, their buffers and the reading of rows behind the Spark module's API. Not public
 * API.
 */
package io.github.journeykit.spark.internal;
