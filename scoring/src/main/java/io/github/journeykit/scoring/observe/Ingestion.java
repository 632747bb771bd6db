package io.github.journeykit.scoring.observe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.scoring.CancellationCheck;
import io.github.journeykit.scoring.ProgressListener;
import java.util.Collection;
import java.util.stream.Collector;

/**
 * Reads observations into {@link ObservationStatistics}, checking each against a journey: its
 * touchpoint must be in the journey, its value a finite number on the metric's scale at that
 * touchpoint (the scale of the touchpoint's latest measurement of the metric, else the metric's
 * usual scale; a custom metric with neither is rejected), and it must have a time and a source.
 *
 * <p>Nothing is dropped silently. By default ingestion is lenient: it counts rejected observations
 * and keeps the first 20 with their reasons. {@link #strict()} throws on the first. Configuring
 * returns a new ingestion; an ingestion is immutable and may be shared between threads.
 *
 * <pre>{@code
 * IngestionResult result = Ingestion.against(journey).run(observations);
 * IngestionResult parallel = observations.parallelStream()
 *     .collect(Ingestion.against(journey).collector());
 * Ingestion.against(journey).strict().run(observations);  // throws on the first bad one
 * }</pre>
 */
public final class Ingestion {
  /** How many rejected observations a lenient ingestion keeps unless told otherwise. */
  public static final int DEFAULT_KEPT_REJECTIONS = 20;

  /** How often, in observations, {@link #run} reports progress. */
  static final int REPORT_EVERY = 65_536;

  private final ImmutableMap<String, Touchpoint> touchpoints;
  private final boolean strict;
  private final int keep;

  private Ingestion(ImmutableMap<String, Touchpoint> touchpoints, boolean strict, int keep) {
    this.touchpoints = touchpoints;
    this.strict = strict;
    this.keep = keep;
  }

  /**
   * A lenient ingestion against the touchpoints of {@code journey}, keeping the first {@value
   * #DEFAULT_KEPT_REJECTIONS} rejections.
   *
   * @param journey the journey whose touchpoints were observed
   * @return the ingestion
   */
  public static Ingestion against(Journey journey) {
    requireNonNull(journey, "journey");
    ImmutableMap.Builder<String, Touchpoint> touchpoints = ImmutableMap.builder();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      touchpoints.put(touchpoint.id(), touchpoint);
    }
    return new Ingestion(touchpoints.build(), false, DEFAULT_KEPT_REJECTIONS);
  }

  /**
   * This ingestion, throwing on the first rejected observation.
   *
   * @return the strict ingestion
   */
  public Ingestion strict() {
    return new Ingestion(touchpoints, true, keep);
  }

  /**
   * This ingestion, counting rejected observations and keeping the first {@code keptRejections}.
   *
   * @param keptRejections how many rejections to keep with their reasons, at least 0
   * @return the lenient ingestion
   * @throws io.github.journeykit.core.model.ValidationException if the number is negative
   */
  public Ingestion lenient(int keptRejections) {
    Problems.of("Ingestion")
        .check(keptRejections >= 0, "keptRejections", "must not be negative", keptRejections)
        .throwIfAny();
    return new Ingestion(touchpoints, false, keptRejections);
  }

  /**
   * Reads observations in order.
   *
   * @param observations the observations
   * @return the statistics of the accepted ones, the counts and the first rejections
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected observation
   */
  public IngestionResult run(Iterable<? extends Observation> observations) {
    return run(observations, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads observations in order, reporting progress and stopping when cancelled.
   *
   * @param observations the observations
   * @param progress hears the number read every 65,536 observations and at the end, with the total
   *     when {@code observations} is a collection
   * @param cancellation asked every 4,096 observations whether to stop
   * @return the statistics of the accepted ones, the counts and the first rejections
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected observation
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public IngestionResult run(
      Iterable<? extends Observation> observations,
      ProgressListener progress,
      CancellationCheck cancellation) {
    requireNonNull(observations, "observations");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long total = observations instanceof Collection ? ((Collection<?>) observations).size() : -1;
    IngestionAccumulator accumulator = accumulator(cancellation);
    long position = 0;
    for (Observation observation : observations) {
      accumulator.accept(requireNonNull(observation, "observation"), position++);
      if (position % REPORT_EVERY == 0) {
        progress.progressed(position, total);
      }
    }
    progress.progressed(position, total);
    return accumulator.finish();
  }

  /**
   * A collector for streams, sequential or parallel: parts of a parallel stream are accumulated on
   * their threads and merged in encounter order, so the result equals that of {@link #run}, except
   * that rejections carry no position.
   *
   * @return the collector
   */
  public Collector<Observation, ?, IngestionResult> collector() {
    return collector(CancellationCheck.never());
  }

  /**
   * A collector for streams that stops when cancelled: see {@link #collector()}.
   *
   * @param cancellation asked every 4,096 observations, on each thread, whether to stop
   * @return the collector
   */
  public Collector<Observation, ?, IngestionResult> collector(CancellationCheck cancellation) {
    requireNonNull(cancellation, "cancellation");
    return Collector.of(
        () -> accumulator(cancellation),
        IngestionAccumulator::accept,
        IngestionAccumulator::combine,
        IngestionAccumulator::finish);
  }

  private IngestionAccumulator accumulator(CancellationCheck cancellation) {
    return new IngestionAccumulator(touchpoints, strict, keep, cancellation);
  }

  /**
   * A short form such as {@code Ingestion[12 touchpoints, lenient, keeps 20 rejections]}.
   *
   * @return the ingestion in words
   */
  @Override
  public String toString() {
    return "Ingestion["
        + touchpoints.size()
        + " touchpoints, "
        + (strict ? "strict" : "lenient, keeps " + keep + " rejections")
        + "]";
  }
}
