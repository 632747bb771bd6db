/**
 * The byte-level CSV machinery that every CSV reader of JourneyKit's analytics shares: scanning
 * records out of a buffer, reading a file in parts, parsing numbers and times in place, and maps
 * keyed by bytes. Not public API.
 */
package io.github.journeykit.analytics.internal.csv;
