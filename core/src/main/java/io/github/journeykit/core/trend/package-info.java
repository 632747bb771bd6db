/**
 * Measurement over time: a figure of each measured touchpoint per period ({@link MetricTrend}) and
 * the change between two periods with its confidence interval and verdict ({@link MeasuredChange}).
 * The scoring module computes them from statistics by period; the exporters render them.
 */
package io.github.journeykit.core.trend;
