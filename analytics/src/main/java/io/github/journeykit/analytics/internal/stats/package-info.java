/**
 * The running statistics every accumulator of JourneyKit's analytics shares: count, mean and the
 * sum of squared deviations, updated one value at a time and merged. Not public API.
 */
package io.github.journeykit.analytics.internal.stats;
