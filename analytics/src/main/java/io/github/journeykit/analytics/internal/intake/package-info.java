/**
 * What every reader of JourneyKit's analytics shares between taking in its input and adding it up:
 * the log of rejected items and rows, kept or thrown the same way by each. Not public API.
 */
package io.github.journeykit.analytics.internal.intake;
