/**
 * JourneyKit's analytics: customer data in. Survey observations (what customers say), checked
 * against a journey and kept as mergeable statistics per touchpoint and metric, read from
 * collections, parallel streams and CSV files, and applied to a journey as measurements. Event logs
 * (what customers do), from collections, streams, CSV and XES, measured against the designed
 * journey.
 *
 * <p>Start with {@link io.github.journeykit.analytics.observation.Ingestion} and {@link
 * io.github.journeykit.analytics.eventlog.PathAnalysis}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.analytics {
  requires transitive io.github.journeykit.core;
  requires com.google.common;
  // StAX, for XES event logs.
  requires java.xml;
  // DDSketch (com.datadoghq:sketches-java), whose jar names no module: its name comes from the
  // jar's file name.
  requires sketches.java;
  requires static org.immutables.value.annotations;

  exports io.github.journeykit.analytics;
  exports io.github.journeykit.analytics.observation;
  exports io.github.journeykit.analytics.eventlog;
}
