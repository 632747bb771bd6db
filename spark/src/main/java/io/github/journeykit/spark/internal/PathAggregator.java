package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.analytics.eventlog.PathStatistics;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Whole cases, each the Java-serialised {@link CaseEvents} that {@link CaseAggregator} gave for one
 * case id, to the buffer whose {@link #result} is the analysis's result. Each task makes the
 * analysis from its recipe once, feeds the cases' events to its collector and merges the statistics
 * with its {@code merging()} collector. Not public API.
 */
public final class PathAggregator extends SerializedAggregator<byte[], PathBuffer> {
  private static final long serialVersionUID = 1L;

  private final Recipe<PathAnalysis> recipe;
  // ArrayList, not List: the field's type must say that it is serialisable.
  private final ArrayList<String> names;
  private final String sourceName;
  private transient PathAnalysis analysis;
  private transient Collector<Event, Object, PathResult> collector;
  private transient Collector<PathStatistics, Object, PathStatistics> merging;

  /**
   * An aggregator of cases whose columns the dataset calls {@code names}, making its analysis with
   * {@code recipe}, which must be serialisable; rejections name the dataset {@code sourceName}.
   */
  public PathAggregator(Recipe<PathAnalysis> recipe, List<String> names, String sourceName) {
    super(PathBuffer.class);
    this.recipe = recipe;
    this.names = new ArrayList<>(names);
    this.sourceName = sourceName;
  }

  @SuppressWarnings("unchecked")
  PathAnalysis analysis() {
    if (analysis == null) {
      analysis = recipe.get();
      // The containers' types are the analysis's own; the buffer holds them as Objects.
      collector = (Collector<Event, Object, PathResult>) analysis.collector();
      merging = (Collector<PathStatistics, Object, PathStatistics>) analysis.merging();
    }
    return analysis;
  }

  Collector<Event, Object, PathResult> collector() {
    analysis();
    return collector;
  }

  Collector<PathStatistics, Object, PathStatistics> merging() {
    analysis();
    return merging;
  }

  @Override
  public PathBuffer zero() {
    return new PathBuffer(analysis().keptRejections());
  }

  @Override
  public PathBuffer reduce(PathBuffer buffer, byte[] events) {
    boolean strict = analysis().isStrict();
    for (RawEvent row : SerializedForm.read(events, CaseEvents.class).sorted()) {
      RawEvent.Reading reading = row.read(names, sourceName);
      if (reading.event != null) {
        buffer.add(this, reading.event);
      } else if (strict) {
        throw new ValidationException(sourceName + ": " + row.text(names), reading.problems);
      } else {
        buffer.reject(row);
      }
    }
    if (buffer.full()) {
      buffer.settle(this);
    }
    return buffer;
  }

  @Override
  public PathBuffer merge(PathBuffer earlier, PathBuffer later) {
    earlier.merge(this, later);
    return earlier;
  }

  @Override
  public PathBuffer finish(PathBuffer buffer) {
    buffer.settle(this);
    return buffer;
  }

  /**
   * The analysis's result of a buffer: the kept rows read again on this machine with the same
   * rules, so that their rejections carry the reasons the analysis gives.
   */
  public PathResult result(PathBuffer buffer) {
    PathStatistics statistics = buffer.statistics(this);
    List<Rejection<Event>> rejections = new ArrayList<>();
    PathAnalysis one = analysis().lenient(1);
    for (RawEvent row : buffer.kept()) {
      RawEvent.Reading reading = row.read(names, sourceName);
      rejections.add(
          reading.rejection != null
              ? reading.rejection
              : Stream.of(reading.event).collect(one.collector()).rejections().get(0));
    }
    return PathResult.of(statistics, buffer.accepted(), buffer.rejected(), rejections);
  }
}
