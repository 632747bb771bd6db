package io.github.journeykit.cli.internal;

import io.github.journeykit.cli.ReportDefaults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report}: the main job ({@link ReportJob}) on the journeys, observations and event logs the
 * flags name; its usage opens with {@link #description()}, which says what it runs on without them.
 * Not public API.
 */
@Command(
    name = "report",
    header = "Reports on journeys, observations and event logs in every format.",
    sortOptions = false,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.CANNOT_WRITE_LINE, ExitCodes.BAD_INPUT_LINE})
final class ReportCommand implements Callable<Integer> {
  @Option(
      names = "--journey",
      paramLabel = "FILE",
      converter = Arguments.FileName.class,
      description = {
        "a journey: "
            + JourneyFileFormat.NAMES
            + "; repeat for several"
            + " (a desired-state journey is compared with its current state)"
      })
  private List<Path> journeys = new ArrayList<>();

  @Option(
      names = "--observations",
      paramLabel = "FILE",
      converter = Arguments.FileName.class,
      description = {
        "a CSV of observations (touchpoint_id, metric, value, observed_at, source,"
            + " respondent_id) for the current-state journeys; rejected rows are reported and"
            + " skipped"
      })
  private Path observations;

  @Option(
      names = "--events",
      paramLabel = "[JOURNEY=]FILE",
      converter = Arguments.NonBlank.class,
      description = {
        "an event log of what customers did on the current-state journey JOURNEY (its id; may be"
            + " left out when there is one): XES when the file name ends in .xes, CSV (case_id,"
            + " activity, time, optional status, channel, ...) otherwise; an activity names a"
            + " touchpoint by its id, any other is an ad hoc step; one log per journey, rejected"
            + " rows reported and skipped"
      })
  private List<String> events = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      converter = Arguments.FileName.class,
      description = {
        "where to write (default: ${DEFAULT-VALUE}); all files are written or none, and files"
            + " that were there are kept if one fails"
      })
  private Path out;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      split = ",",
      converter = Arguments.NonBlank.class,
      description = {"formats to write, comma-separated (default: all of ${DEFAULT-VALUE})"})
  private List<String> formats = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Arguments.IsoDate.class,
      description = {
        "the date to judge staleness against, such as 2026-11-23 (default: today in UTC)"
      })
  private LocalDate asOf;

  @Mixin private HelpOption help;

  private final ReportDefaults defaults;
  private final Streams streams;

  ReportCommand(ReportDefaults defaults, Streams streams) {
    this.defaults = defaults;
    this.streams = streams;
  }

  /**
   * The text that opens the usage: what the command runs on when {@code --journey} is not given.
   */
  String[] description() {
    String what =
        "Reads journeys, ingests observations, measures event logs against the journeys, audits,"
            + " scores and prioritises the actions, compares current and desired states, writes"
            + " every export format of every journey and prints a summary.";
    if (defaults.samples().isEmpty()) {
      return new String[] {what, "At least one --journey is needed."};
    }
    return new String[] {
      what,
      "Without --journey it runs on the bundled sample journeys"
          + (defaults.observations().isPresent()
              ? ", on the bundled sample observations unless --observations is given"
              : "")
          + (defaults.eventLog().isPresent()
              ? ", and on the sample event log of the journey "
                  + defaults.eventLogJourneyId().orElseThrow()
                  + " unless --events is"
              : "")
          + ", as of "
          + defaults.asOf().orElseThrow()
          + " unless --as-of is given."
    };
  }

  @Override
  public Integer call() throws Exception {
    ReportJob.Request request =
        new ReportJob.Request(
            journeys,
            Optional.ofNullable(observations),
            events,
            out,
            formats,
            Optional.ofNullable(asOf));
    return new ReportJob(request, defaults, streams.out(), streams.err(), streams.terminal()).run();
  }
}
