/**
 * What customers do: event logs (CRM, web, app, contact centre) measured against the designed
 * journey. {@link io.github.journeykit.analytics.eventlog.PathAnalysis} reads {@link
 * io.github.journeykit.analytics.eventlog.Event}s (from collections, streams, CSV files and XES
 * documents) and adds up {@link io.github.journeykit.analytics.eventlog.PathStatistics}: the funnel
 * over the stages, the timing between them, each case's conformance to the plan with its deviations
 * (missing, ad hoc, out of order, repeated, failing; Halvorsrud, Kvale and Følstad, "Improving
 * service quality through customer journey analysis", 2016; van der Aalst, "Process Mining", 2016),
 * the variants, the directly-follows graph, and each touchpoint's reach and repeat rate. The
 * statistics sum up into a {@link io.github.journeykit.core.path.PathSummary} for the map's reports
 * and apply to the journey as measurements.
 *
 * <pre>{@code
 * PathResult result = PathAnalysis.of(journey).run(events);
 * PathResult fromFile = PathAnalysis.of(journey).readCsv(Path.of("events.csv"));
 * Journey measured = result.statistics().applyTo(journey, analytics, ZoneOffset.UTC);
 * }</pre>
 */
package io.github.journeykit.analytics.eventlog;
