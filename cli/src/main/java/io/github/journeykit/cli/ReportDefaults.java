package io.github.journeykit.cli;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.eventlog.ActivityMap;
import io.github.journeykit.core.model.Journey;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the {@code report} command falls back on when it is told nothing: the name it runs under,
 * the directory it writes into without {@code --out}, and, for a program that bundles sample data
 * (the examples' demo), the journeys, observations and event log it runs on without {@code
 * --journey}. The {@code journeykit} command has no bundled data: there {@code --journey} is
 * needed.
 *
 * <pre>{@code
 * ReportDefaults demo =
 *     ReportDefaults.of("demo", Path.of("demo-output"))
 *         .withSamples(List.of(bank, broadband), LocalDate.of(2026, 11, 23))
 *         .withObservations(Demo.class.getResource("/samples/observations.csv"), "region")
 *         .withEventLog("open-account", Demo.class.getResource("/samples/events.csv"),
 *             ActivityMap.byTouchpointId());
 * }</pre>
 */
public final class ReportDefaults {
  private final String name;
  private final Path out;
  private final List<Journey> samples;
  private final Optional<LocalDate> asOf;
  private final Optional<URL> observations;
  private final Optional<String> segmentAttribute;
  private final Optional<URL> eventLog;
  private final Optional<String> eventLogJourneyId;
  private final ActivityMap activities;

  private ReportDefaults(
      String name,
      Path out,
      List<Journey> samples,
      Optional<LocalDate> asOf,
      Optional<URL> observations,
      Optional<String> segmentAttribute,
      Optional<URL> eventLog,
      Optional<String> eventLogJourneyId,
      ActivityMap activities) {
    this.name = name;
    this.out = out;
    this.samples = samples;
    this.asOf = asOf;
    this.observations = observations;
    this.segmentAttribute = segmentAttribute;
    this.eventLog = eventLog;
    this.eventLogJourneyId = eventLogJourneyId;
    this.activities = activities;
  }

  /**
   * Defaults without bundled data.
   *
   * @param name the name the command runs under, which begins its error messages and its usage
   * @param out where it writes without {@code --out}, relative to the current directory
   * @return the defaults
   */
  public static ReportDefaults of(String name, Path out) {
    requireNonNull(name, "name");
    requireNonNull(out, "out");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: must not be blank");
    }
    return new ReportDefaults(
        name,
        out,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ActivityMap.byTouchpointId());
  }

  /**
   * These defaults with sample journeys to run on without {@code --journey}.
   *
   * @param journeys the journeys, at least one
   * @param asOf the date their audits judge staleness against without {@code --as-of}
   * @return new defaults
   */
  public ReportDefaults withSamples(List<Journey> journeys, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (requireNonNull(journeys, "journeys").isEmpty()) {
      throw new IllegalArgumentException("journeys: must hold at least one journey");
    }
    return new ReportDefaults(
        name,
        out,
        List.copyOf(journeys),
        Optional.of(asOf),
        observations,
        segmentAttribute,
        eventLog,
        eventLogJourneyId,
        activities);
  }

  /**
   * These defaults with the observations CSV read with the samples unless {@code --observations} is
   * given, its statistics split by an attribute of each observation as well as by quarter.
   *
   * @param csv where the CSV is, such as a class path resource
   * @param segmentAttribute the attribute (a column of the CSV) that names an observation's segment
   * @return new defaults
   */
  public ReportDefaults withObservations(URL csv, String segmentAttribute) {
    return new ReportDefaults(
        name,
        out,
        samples,
        asOf,
        Optional.of(requireNonNull(csv, "csv")),
        Optional.of(requireNonNull(segmentAttribute, "segmentAttribute")),
        eventLog,
        eventLogJourneyId,
        activities);
  }

  /**
   * These defaults with the CSV event log of one sample journey, read with the samples unless
   * {@code --events} is given.
   *
   * @param journeyId the id of the sample journey the log follows
   * @param csv where the log is, such as a class path resource
   * @param activities how the log's activities name the journey's touchpoints
   * @return new defaults
   */
  public ReportDefaults withEventLog(String journeyId, URL csv, ActivityMap activities) {
    return new ReportDefaults(
        name,
        out,
        samples,
        asOf,
        observations,
        segmentAttribute,
        Optional.of(requireNonNull(csv, "csv")),
        Optional.of(requireNonNull(journeyId, "journeyId")),
        requireNonNull(activities, "activities"));
  }

  /**
   * The name the command runs under.
   *
   * @return the name, such as {@code journeykit report}
   */
  public String name() {
    return name;
  }

  /**
   * Where the command writes without {@code --out}.
   *
   * @return the directory, relative to the current directory unless absolute
   */
  public Path out() {
    return out;
  }

  /**
   * The journeys run on without {@code --journey}.
   *
   * @return the journeys; empty when {@code --journey} is needed
   */
  public List<Journey> samples() {
    return samples;
  }

  /**
   * The date the samples' audits judge staleness against.
   *
   * @return the date, if there are samples
   */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /**
   * The observations read with the samples.
   *
   * @return where the CSV is, if there is one
   */
  public Optional<URL> observations() {
    return observations;
  }

  /**
   * The attribute the samples' observations are split by.
   *
   * @return the attribute, if there are observations
   */
  public Optional<String> segmentAttribute() {
    return segmentAttribute;
  }

  /**
   * The event log read with the samples.
   *
   * @return where the CSV is, if there is one
   */
  public Optional<URL> eventLog() {
    return eventLog;
  }

  /**
   * The sample journey the event log follows.
   *
   * @return its id, if there is an event log
   */
  public Optional<String> eventLogJourneyId() {
    return eventLogJourneyId;
  }

  /**
   * How the sample event log's activities name touchpoints.
   *
   * @return the map; by touchpoint id unless told otherwise
   */
  public ActivityMap activities() {
    return activities;
  }

  @Override
  public String toString() {
    return "ReportDefaults["
        + name
        + " --out "
        + out
        + ", "
        + samples.size()
        + (samples.size() == 1 ? " sample journey]" : " sample journeys]");
  }
}
