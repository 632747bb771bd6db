/**
 * What every reader of customer data shares: a {@link io.github.journeykit.analytics.Rejection}
 * names an input row that was not taken, with its file, line, text and every rule it breaks.
 */
package io.github.journeykit.analytics;
