/**
 * What customers did, summed up for the map: the neutral value that path analysis of an event log
 * produces and exporters render, as {@link io.github.journeykit.core.score.Score} is for scores. A
 * {@link io.github.journeykit.core.path.PathSummary} holds the funnel over the journey's stages,
 * the conformance of the cases to the designed journey with their most frequent deviations, the
 * most frequent paths (variants), and each touchpoint's reach and repeat rate.
 *
 * <p>The designed journey is the plan, the event log is what happened (Halvorsrud, Kvale and
 * Følstad, "Improving service quality through customer journey analysis", Journal of Service Theory
 * and Practice, 2016; van der Aalst, "Process Mining", 2016).
 *
 * <pre>{@code
 * PathSummary paths = analysis.summary(10);
 * paths.funnel().forEach(stage -> System.out.println(stage));
 * // FunnelStage[apply reached 812 of 1000, step 81.2%, dropped 188 ...]
 * }</pre>
 */
package io.github.journeykit.core.path;
