package io.github.journeykit.analytics.observation;

import java.time.ZoneId;

/**
 * How an {@link Ingestion} splits its observations besides the whole: by period (a length and a
 * time zone), by segment (an attribute's name), or both. Immutable; the accumulators keep their own
 * statistics of each slice.
 */
final class Slicing {
  /** The attribute that names an observation's data source as its segment. */
  static final String SOURCE = "source";

  static final Slicing NONE = new Slicing(null, null, null);

  /** The length of the periods, or null when not split by period. */
  final PeriodLength length;

  /** The zone of the periods' calendar, or null when not split by period. */
  final ZoneId zone;

  /** The attribute whose values are the segments, or null when not split by segment. */
  final String segment;

  private Slicing(PeriodLength length, ZoneId zone, String segment) {
    this.length = length;
    this.zone = zone;
    this.segment = segment;
  }

  boolean any() {
    return length != null || segment != null;
  }

  Slicing byPeriod(PeriodLength length, ZoneId zone) {
    return new Slicing(length, zone, segment);
  }

  Slicing bySegment(String segment) {
    return new Slicing(length, zone, segment);
  }

  /**
   * The segment of an observation: its source's id, an attribute's value, or "" without one; null
   * when not split by segment.
   */
  String segmentOf(Observation observation) {
    if (segment == null) {
      return null;
    }
    if (SOURCE.equals(segment)) {
      return observation.source().map(s -> s.id()).orElse("");
    }
    return observation.attributes().getOrDefault(segment, "");
  }

  @Override
  public String toString() {
    String text = length == null ? "" : ", by " + length + " in " + zone;
    return segment == null ? text : text + ", by " + segment;
  }
}
