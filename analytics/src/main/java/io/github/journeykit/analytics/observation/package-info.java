/**
 * What customers say: survey answers as {@link
 * io.github.journeykit.analytics.observation.Observation}s, checked against a journey by {@link
 * io.github.journeykit.analytics.observation.Ingestion} and kept as mergeable {@link
 * io.github.journeykit.analytics.observation.ObservationStatistics} per touchpoint and metric,
 * which scoring strategies read and which apply to the journey as new measurements.
 *
 * <pre>{@code
 * IngestionResult read = Ingestion.against(journey).readCsv(Path.of("answers.csv"));
 * Journey measured = read.statistics().applyTo(journey, ZoneOffset.UTC);
 * }</pre>
 */
package io.github.journeykit.analytics.observation;
