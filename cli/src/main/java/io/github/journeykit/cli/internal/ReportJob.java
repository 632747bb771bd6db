package io.github.journeykit.cli.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.analytics.eventlog.PathStatistics;
import io.github.journeykit.analytics.observation.Breakdown;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.analytics.observation.PeriodLength;
import io.github.journeykit.cli.ReportDefaults;
import io.github.journeykit.core.audit.ActivationReport;
import io.github.journeykit.core.audit.AuditContext;
import io.github.journeykit.core.audit.AuditRegistry;
import io.github.journeykit.core.audit.GapVerdict;
import io.github.journeykit.core.diff.JourneyDiff;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.export.ExporterRegistry;
import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.scoring.Changes;
import io.github.journeykit.scoring.Prioritizer;
import io.github.journeykit.scoring.RankedItem;
import io.github.journeykit.scoring.Ranking;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The main job of JourneyKit, end to end: read journeys, ingest observations, measure event logs
 * against the journeys they follow, audit, score, prioritise, compare the current and desired
 * states, write every export format, and print a short summary. The {@code report} command runs it
 * on the user's files, the examples' demo on its bundled samples. Not public API.
 *
 * <p>Bad input (a malformed journey document, an unreadable file, an unknown format, a CSV with a
 * wrong header) throws {@link BadInputException} with the file, line or JSON Pointer and the rule,
 * and nothing is written. Rejected CSV rows are reported but do not fail the run. Every file of
 * every journey is written, or none: when one cannot be (a directory in its way, say), the run
 * throws an {@link IOException} naming the file and the reason, and every file in the output
 * directory is as it was. A progress bar is drawn on the error stream while files are read, on a
 * terminal only.
 *
 * <pre>{@code
 * new ReportJob(request, ReportDefaults.of("journeykit report", Path.of(".")), System.out,
 *     System.err, Terminal.detect()).run();
 * }</pre>
 */
final class ReportJob {
  /** Where the job says the paths came from, on the measurements it adds. */
  private static final DataSource EVENT_LOG =
      DataSource.builder()
          .id("event-log")
          .kind(DataSourceKind.ANALYTICS)
          .description("What customers did, from the event log the report read")
          .build();

  private static final int SHOWN_DEVIATIONS = 3;
  private static final int SHOWN_PAIN_POINTS = 3;

  /** The confidence level of the changes between quarters. */
  private static final double CONFIDENCE = 0.95;

  private static final int SHOWN_ACTIONS = 5;
  private static final int SHOWN_REJECTIONS = 3;

  /**
   * The flags of one run, as given.
   *
   * @param journeys the {@code --journey} files; empty for the defaults' samples
   * @param observations the {@code --observations} file
   * @param events the {@code --events} values as given: the journey's id is told apart once it is
   *     known
   * @param out the {@code --out} directory
   * @param formats the {@code --formats} names; empty for every installed format
   * @param asOf the {@code --as-of} date
   */
  record Request(
      List<Path> journeys,
      Optional<Path> observations,
      List<String> events,
      Path out,
      List<String> formats,
      Optional<LocalDate> asOf) {}

  private final Request options;
  private final ReportDefaults defaults;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;
  private final Map<String, Path> files = new LinkedHashMap<>();

  ReportJob(
      Request options,
      ReportDefaults defaults,
      PrintStream out,
      PrintStream err,
      boolean terminal) {
    this.options = options;
    this.defaults = defaults;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /**
   * The command's own name, the last word of the name it runs under: {@code report} under {@code
   * journeykit report}, {@code demo} under the demo. The summary begins with it.
   */
  static String commandName(ReportDefaults defaults) {
    return defaults.name().substring(defaults.name().lastIndexOf(' ') + 1);
  }

  /**
   * Runs the job.
   *
   * @return 0, the status of a run that wrote its files
   * @throws BadInputException if the input or flags are bad; nothing was written
   * @throws IOException if the files could not be written; every file is as it was
   */
  int run() throws BadInputException, IOException {
    ExporterRegistry registry = formats();
    boolean samples = options.journeys().isEmpty();
    if (samples && defaults.samples().isEmpty()) {
      throw new BadInputException(
          "--journey must be given: the journey to report on, JSON or a spreadsheet grid; repeat"
              + " it for several (see --help)");
    }
    List<Journey> journeys = samples ? defaults.samples() : readJourneys();
    LocalDate asOf =
        options.asOf().orElseGet(() -> samples ? defaults.asOf().orElseThrow() : today());
    Path target = outputDirectory();
    List<Journey> current =
        journeys.stream()
            .filter(j -> j.state() != JourneyState.FUTURE)
            .collect(Collectors.toList());
    Optional<IngestionResult> ingested = ingest(current, samples);
    Map<String, EventLog> logs = readEventLogs(current, samples);

    List<Summary> summaries = new ArrayList<>();
    for (Journey journey : journeys) {
      summaries.add(
          work(
              journey,
              ingested.map(IngestionResult::statistics),
              ingested.flatMap(IngestionResult::breakdown),
              Optional.ofNullable(logs.get(journey.id())).map(log -> log.result.statistics()),
              asOf));
    }
    List<JourneyDiff> diffs = diffs(journeys);
    Map<String, List<Path>> written = write(registry, summaries, target);
    print(summaries, diffs, ingested, logs.values(), asOf, written, target);
    return 0;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private ExporterRegistry formats() throws BadInputException {
    ExporterRegistry all = ExporterRegistry.installed();
    if (options.formats().isEmpty()) {
      return all;
    }
    List<JourneyExporter> chosen = new ArrayList<>();
    for (String name : options.formats()) {
      Optional<JourneyExporter> exporter = all.find(name);
      if (exporter.isEmpty()) {
        throw new BadInputException(
            "unknown format "
                + quote(name)
                + " in --formats: must be one of "
                + String.join(", ", all.names()));
      }
      if (!chosen.contains(exporter.get())) {
        chosen.add(exporter.get());
      }
    }
    return ExporterRegistry.of(chosen);
  }

  private List<Journey> readJourneys() throws BadInputException {
    List<Journey> journeys = new ArrayList<>();
    for (Path file : options.journeys()) {
      Journey journey = JourneyFileFormat.readJourney(file);
      Path earlier = files.putIfAbsent(journey.id(), file);
      if (earlier != null) {
        throw new BadInputException(
            file
                + ": /id: must differ from the id of every other journey given (was "
                + quote(journey.id())
                + ", as in "
                + earlier
                + ")");
      }
      journeys.add(journey);
    }
    return journeys;
  }

  private Optional<IngestionResult> ingest(List<Journey> current, boolean samples)
      throws BadInputException, IOException {
    Optional<URL> bundled = samples ? defaults.observations() : Optional.empty();
    if (options.observations().isEmpty() && bundled.isEmpty()) {
      return Optional.empty();
    }
    Ingestion ingestion;
    try {
      // The changes from quarter to quarter; the bundled sample also has a region per answer.
      Ingestion byQuarter =
          Ingestion.against(current).byPeriod(PeriodLength.QUARTER, ZoneOffset.UTC);
      ingestion =
          options.observations().isEmpty()
              ? byQuarter.bySegment(defaults.segmentAttribute().orElseThrow())
              : byQuarter;
    } catch (ValidationException e) {
      throw new BadInputException(sharedTouchpoints(current, e));
    }
    if (options.observations().isEmpty()) {
      return Optional.of(
          readResource(
              bundled.get(),
              (in, name, bar) -> ingestion.readCsv(in, name, bar, CancellationCheck.never())));
    }
    return Optional.of(
        readFile(
            options.observations().get(),
            (file, bar) -> ingestion.readCsv(file, bar, CancellationCheck.never())));
  }

  /** Reads bundled sample data, by the name of its file, with the progress bar. */
  private <T> T readResource(URL resource, ResourceReading<T> reading) throws IOException {
    String name = name(resource);
    try (InputStream in = resource.openStream()) {
      long size = resource.openConnection().getContentLengthLong();
      try (ProgressBar bar = new ProgressBar(name, size, err, terminal)) {
        T result = reading.read(in, name, bar);
        bar.done();
        return result;
      }
    }
  }

  /**
   * Reads a file the user named, with the progress bar; a file that cannot be read or holds bad
   * input is bad input, named with the reason.
   */
  private <T> T readFile(Path file, FileReading<T> reading) throws BadInputException {
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + file + ": a directory, not a file");
    }
    try (ProgressBar bar =
        new ProgressBar(file.getFileName().toString(), Files.size(file), err, terminal)) {
      T result = reading.read(file, bar);
      bar.done();
      return result;
    } catch (ValidationException e) {
      throw new BadInputException(e.getMessage());
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + IoFailures.reason(e));
    }
  }

  /** The name of a resource's file, such as {@code events.csv}. */
  private static String name(URL resource) {
    String path = resource.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * Reads the event logs of {@code --events}, each against the current-state journey it names, or
   * the defaults' sample log when the run is on the samples and no log is given.
   *
   * @return the results by journey id, in the order the logs were given
   */
  private Map<String, EventLog> readEventLogs(List<Journey> current, boolean samples)
      throws BadInputException, IOException {
    Map<String, EventLog> logs = new LinkedHashMap<>();
    if (options.events().isEmpty()) {
      if (samples && defaults.eventLog().isPresent()) {
        URL log = defaults.eventLog().get();
        Journey followed =
            journeyOf(current, defaults.eventLogJourneyId().orElseThrow()).orElseThrow();
        PathAnalysis analysis = PathAnalysis.of(followed).activities(defaults.activities());
        PathResult result =
            readResource(
                log, (in, name, bar) -> analysis.readCsv(in, name, bar, CancellationCheck.never()));
        logs.put(followed.id(), new EventLog(name(log), result));
      }
      return logs;
    }
    for (String value : options.events()) {
      int equals = value.indexOf('=');
      Optional<Journey> named =
          equals > 0 ? journeyOf(current, value.substring(0, equals)) : Optional.empty();
      Path file = Path.of(named.isPresent() ? value.substring(equals + 1) : value);
      Journey journey = named.isPresent() ? named.get() : onlyJourney(current, value);
      if (logs.containsKey(journey.id())) {
        throw new BadInputException(
            "--events "
                + value
                + ": must name a journey no other --events names (was "
                + quote(journey.id())
                + ", named by an earlier one)");
      }
      logs.put(journey.id(), new EventLog(file.toString(), readEventLog(journey, file)));
    }
    return logs;
  }

  private static Optional<Journey> journeyOf(List<Journey> current, String id) {
    return current.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /** The journey of an {@code --events} value that names none: the only current-state one. */
  private static Journey onlyJourney(List<Journey> current, String value) throws BadInputException {
    if (current.size() != 1) {
      throw new BadInputException(
          "--events "
              + value
              + ": must name the journey the log follows, as JOURNEY=FILE, when there is not"
              + " exactly one current-state journey (there are "
              + current.size()
              + (current.isEmpty()
                  ? ")"
                  : ": "
                      + current.stream().map(Journey::id).collect(Collectors.joining(", "))
                      + ")"));
    }
    return current.get(0);
  }

  private PathResult readEventLog(Journey journey, Path file) throws BadInputException {
    PathAnalysis analysis = PathAnalysis.of(journey);
    boolean xes = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xes");
    return readFile(
        file,
        (log, bar) ->
            xes
                ? analysis.readXes(log, bar, CancellationCheck.never())
                : analysis.readCsv(log, bar, CancellationCheck.never()));
  }

  /**
   * What {@link Ingestion#against} found, with each journey named by the file it came from:
   * observations name a touchpoint by its id alone.
   */
  private String sharedTouchpoints(List<Journey> current, ValidationException e) {
    StringBuilder message =
        new StringBuilder("the current-state journeys must not share touchpoint ids, since")
            .append(" observations name a touchpoint by its id alone:");
    for (Violation violation : e.violations()) {
      String path = violation.path();
      Journey journey = current.get(Integer.parseInt(path.replaceAll("\\D", "")));
      message
          .append("\n  - ")
          .append(files.get(journey.id()))
          .append(": touchpoint ")
          .append(violation.value().orElse(""))
          .append(": ")
          .append(violation.rule());
    }
    return message.toString();
  }

  private Path outputDirectory() throws BadInputException {
    Path target = options.out().toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw new BadInputException("--out " + options.out() + ": must not be a root directory");
    }
    Path existing = target;
    while (!Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      throw new BadInputException(
          "--out "
              + options.out()
              + ": must be a directory"
              + (existing.equals(target)
                  ? ", not a file"
                  : ", and cannot be one under " + existing + ", which is a file"));
    }
    return target;
  }

  private static Summary work(
      Journey journey,
      Optional<ObservationStatistics> statistics,
      Optional<Breakdown> breakdown,
      Optional<PathStatistics> paths,
      LocalDate asOf) {
    Journey updated = journey;
    Optional<ObservationStatistics> share = Optional.empty();
    if (statistics.isPresent() && journey.state() != JourneyState.FUTURE) {
      share = Optional.of(statistics.get().within(journey));
      updated = share.get().applyTo(journey, ZoneOffset.UTC);
    }
    Optional<Trends> trends = Optional.empty();
    if (breakdown.isPresent() && journey.state() != JourneyState.FUTURE) {
      trends = Optional.of(Changes.trends(journey, breakdown.get(), CONFIDENCE));
    }
    Optional<PathSummary> summary = paths.map(PathStatistics::summary);
    if (paths.isPresent()) {
      updated = paths.get().applyTo(updated, EVENT_LOG, ZoneOffset.UTC);
    }
    Journey measured = updated;
    ScoringContext context =
        share.map(s -> ScoringContext.of(measured, s)).orElseGet(() -> ScoringContext.of(measured));
    AuditContext.Builder audit = AuditContext.builder().asOf(asOf);
    summary.ifPresent(audit::addPath);
    ActivationReport report = AuditRegistry.builtIns().report(updated, audit.build());
    Ranking actions = Prioritizer.by(ScoringStrategies.rice()).rank(context);
    Ranking pain =
        Prioritizer.by(ScoringStrategies.emotion())
            .worstFirst()
            .rank(updated.painPoints(), context);
    MapReport map =
        MapReport.builder()
            .journey(updated)
            .scoreSheet(
                // The strategy's short name labels the sheet; the map shows the method's name.
                ScoreSheet.builder().label("RICE").putAllScores(actions.sheet().scores()).build())
            .addAllFindings(report.findings())
            .paths(summary)
            .trends(trends)
            .build();
    return new Summary(
        updated,
        report,
        actions,
        pain,
        summary,
        breakdown.filter(b -> journey.state() != JourneyState.FUTURE),
        map);
  }

  private static List<JourneyDiff> diffs(List<Journey> journeys) {
    List<JourneyDiff> diffs = new ArrayList<>();
    for (Journey desired : journeys) {
      if (desired.state() != JourneyState.FUTURE || desired.counterpartId().isEmpty()) {
        continue;
      }
      journeys.stream()
          .filter(j -> j.id().equals(desired.counterpartId().get()))
          .findFirst()
          .ifPresent(current -> diffs.add(JourneyDiff.between(current, desired)));
    }
    return diffs;
  }

  /**
   * Writes every report into the target directory, all files or none, as {@link
   * ExporterRegistry#writeAll(List, Path)} does; creates the directory and its missing parents
   * first, and removes them again if the files cannot be written.
   */
  private static Map<String, List<Path>> write(
      ExporterRegistry registry, List<Summary> summaries, Path target) throws IOException {
    List<Path> created = createDirectories(target);
    Map<String, Map<String, Path>> written;
    try {
      written =
          registry.writeAll(
              summaries.stream().map(s -> s.map).collect(Collectors.toList()), target);
    } catch (IOException | RuntimeException e) {
      removeDirectories(created, e);
      throw e;
    }
    Map<String, List<Path>> files = new LinkedHashMap<>();
    written.forEach((id, byFormat) -> files.put(id, List.copyOf(byFormat.values())));
    return files;
  }

  /**
   * Creates the target directory and its missing parents, as any directory is created (so that the
   * umask decides who may read them).
   *
   * @return the directories created, outermost first
   */
  private static List<Path> createDirectories(Path target) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path directory = target; !Files.exists(directory); directory = directory.getParent()) {
      missing.add(0, directory);
    }
    List<Path> created = new ArrayList<>();
    try {
      for (Path directory : missing) {
        Files.createDirectory(directory);
        created.add(directory);
      }
    } catch (IOException e) {
      IOException failure =
          new IOException(
              "cannot create the --out directory " + target + ": " + IoFailures.describe(e), e);
      removeDirectories(created, failure);
      throw failure;
    }
    return created;
  }

  /** Removes the directories the run created, innermost first. */
  private static void removeDirectories(List<Path> created, Exception failure) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private void print(
      List<Summary> summaries,
      List<JourneyDiff> diffs,
      Optional<IngestionResult> ingested,
      Iterable<EventLog> logs,
      LocalDate asOf,
      Map<String, List<Path>> written,
      Path target) {
    out.println(
        "JourneyKit "
            + commandName(defaults)
            + ": "
            + summaries.size()
            + (summaries.size() == 1 ? " journey" : " journeys")
            + ", audited as of "
            + asOf);
    ingested.ifPresent(this::printObservations);
    logs.forEach(this::printEvents);
    for (Summary summary : summaries) {
      summary.print(out);
    }
    for (JourneyDiff diff : diffs) {
      out.println();
      out.println("Current vs desired state: " + diff.summary().lines().findFirst().orElse(""));
      out.println(
          "  actions changing status: "
              + diff.progress().actions().size()
              + "; gaps closed: "
              + diff.progress().closedGaps().size()
              + ", opened: "
              + diff.progress().openedGaps().size()
              + "; pain points relieved: "
              + diff.progress().relievedPainPoints().size()
              + ", new: "
              + diff.progress().newPainPoints().size());
    }
    out.println();
    int files = written.values().stream().mapToInt(List::size).sum();
    out.println("Wrote " + files + " files to " + target + ":");
    written.forEach(
        (id, paths) ->
            out.println(
                "  "
                    + paths.stream()
                        .map(p -> p.getFileName().toString())
                        .collect(Collectors.joining("  "))));
  }

  private void printObservations(IngestionResult result) {
    out.println(
        "Observations: "
            + result.accepted()
            + " rows accepted, "
            + result.rejected()
            + " rejected"
            + (result.rejected() > 0 ? "; the first:" : ""));
    printRejections(result.rejections());
  }

  private void printEvents(EventLog log) {
    PathResult result = log.result;
    out.println(
        "Events of "
            + result.statistics().journeyId()
            + " ("
            + log.name
            + "): "
            + result.accepted()
            + " accepted, "
            + result.rejected()
            + " rejected"
            + (result.rejected() > 0 ? "; the first:" : ""));
    printRejections(result.rejections());
  }

  private void printRejections(List<? extends Rejection<?>> rejections) {
    rejections.stream()
        .limit(SHOWN_REJECTIONS)
        .map(Rejection::toString)
        .forEach(r -> out.println("  " + r));
  }

  /** How a bundled sample is read: from its stream, under its name, telling the bar. */
  @FunctionalInterface
  private interface ResourceReading<T> {
    T read(InputStream in, String name, ProgressBar bar) throws IOException;
  }

  /** How a file the user named is read, telling the bar. */
  @FunctionalInterface
  private interface FileReading<T> {
    T read(Path file, ProgressBar bar) throws IOException;
  }

  /** An event log the run read: its name as the summary shows it, and what came of it. */
  private static final class EventLog {
    final String name;
    final PathResult result;

    EventLog(String name, PathResult result) {
      this.name = name;
      this.result = result;
    }
  }

  /** What the report found about one journey. */
  private static final class Summary {
    final Journey journey;
    final ActivationReport report;
    final Ranking actions;
    final Ranking pain;
    final Optional<PathSummary> paths;
    final Optional<Breakdown> breakdown;
    final MapReport map;

    Summary(
        Journey journey,
        ActivationReport report,
        Ranking actions,
        Ranking pain,
        Optional<PathSummary> paths,
        Optional<Breakdown> breakdown,
        MapReport map) {
      this.journey = journey;
      this.report = report;
      this.actions = actions;
      this.pain = pain;
      this.paths = paths;
      this.breakdown = breakdown;
      this.map = map;
    }

    void print(PrintStream out) {
      out.println();
      out.println(
          journey.id()
              + " \""
              + journey.title()
              + "\" ("
              + journey.state().name().toLowerCase(Locale.ROOT)
              + " state)");
      out.println(
          "  Worst pain points: "
              + (pain.items().isEmpty()
                  ? "none"
                  : worstPainPoints().stream()
                      .map(this::painPoint)
                      .collect(Collectors.joining("; "))));
      map.trends().ifPresent(t -> printChanges(t, out));
      breakdown
          .filter(b -> b.segmentAttribute().isPresent() && !pain.items().isEmpty())
          .ifPresent(b -> printSegments(b, out));
      paths.ifPresent(p -> printPaths(p, out));
      out.println("  Activation report: " + report.findings().size() + " findings");
      for (GapVerdict gap : report.gaps()) {
        out.println(
            "    "
                + gap.gap()
                + " "
                + gap.verdict()
                + " ("
                + gap.activeFindings().size()
                + (gap.activeFindings().size() == 1 ? " finding)" : " findings)"));
      }
      out.println(
          "  Top actions by RICE"
              + (actions.items().isEmpty() ? ": none has the estimates RICE needs" : ":"));
      for (RankedItem item :
          actions.items().subList(0, Math.min(SHOWN_ACTIONS, actions.items().size()))) {
        out.println(
            String.format(Locale.ROOT, "    %d. %8s  ", item.rank(), show(item.score()))
                + item.id()
                + " \""
                + journey.action(item.id()).map(ActionItem::title).orElse("")
                + "\"");
      }
    }

    /** The funnel and the commonest deviations, each figure as a share of the cases it rests on. */
    private static void printPaths(PathSummary paths, PrintStream out) {
      out.println(
          "  What customers did: "
              + paths.cases()
              + " cases, "
              + paths.events()
              + " events; "
              + percent(paths.conformanceRate())
              + " followed the map, mean fitness "
              + show(paths.meanFitness()));
      out.println(
          "    Funnel: "
              + paths.funnel().stream()
                  .map(stage -> stage.stageId() + " " + stage.reached() + step(stage))
                  .collect(Collectors.joining(" > ")));
      out.println(
          "    Commonest deviations: "
              + (paths.deviations().isEmpty()
                  ? "none"
                  : paths.deviations().stream()
                      .limit(SHOWN_DEVIATIONS)
                      .map(Summary::deviation)
                      .collect(Collectors.joining("; "))));
    }

    private static String step(FunnelStage stage) {
      return stage.previous() == stage.first() && stage.reached() == stage.first()
          ? ""
          : " (" + percent(stage.stepConversion()) + ")";
    }

    private static String deviation(DeviationCount deviation) {
      return deviation.kind().word()
          + " "
          + deviation.subject()
          + " in "
          + deviation.cases()
          + " cases";
    }

    /** The pain points shown, worst first. */
    private List<RankedItem> worstPainPoints() {
      return pain.items().subList(0, Math.min(SHOWN_PAIN_POINTS, pain.items().size()));
    }

    /** The change of the worst pain points' emotion from the last quarter but one to the last. */
    private void printChanges(Trends trends, PrintStream out) {
      List<String> changes = new ArrayList<>();
      for (RankedItem item : worstPainPoints()) {
        trends
            .get(item.id(), Metric.EMOTION)
            .filter(t -> t.change().isPresent())
            .ifPresent(
                t -> {
                  TrendPoint before = t.points().get(t.points().size() - 2);
                  TrendPoint after = t.points().get(t.points().size() - 1);
                  MeasuredChange change = t.change().get();
                  changes.add(
                      item.id()
                          + " "
                          + before.period()
                          + " "
                          + show(before.value())
                          + " -> "
                          + after.period()
                          + " "
                          + show(after.value())
                          + ": "
                          + change.verdict().label()
                          + change
                              .interval()
                              .map(i -> " [" + show(i.lower()) + ", " + show(i.upper()) + "]")
                              .orElse(""));
                });
      }
      if (!changes.isEmpty()) {
        out.println(
            "  Their emotion over time ("
                + show(100 * trends.level())
                + "% intervals of the change): "
                + String.join("; ", changes));
      }
    }

    /** The worst pain points' emotion in each segment, all periods together. */
    private void printSegments(Breakdown breakdown, PrintStream out) {
      List<String> segments = new ArrayList<>();
      for (RankedItem item : worstPainPoints()) {
        List<String> values = new ArrayList<>();
        for (String segment : breakdown.segments()) {
          breakdown
              .segment(segment)
              .get(item.id(), Metric.EMOTION)
              .flatMap(
                  m ->
                      m.mean().isPresent() ? Optional.of(m.mean().getAsDouble()) : Optional.empty())
              .ifPresent(mean -> values.add(segment + " " + show(mean)));
        }
        if (!values.isEmpty()) {
          segments.add(item.id() + " " + String.join(", ", values));
        }
      }
      if (!segments.isEmpty()) {
        out.println(
            "  By " + breakdown.segmentAttribute().get() + ": " + String.join("; ", segments));
      }
    }

    private String painPoint(RankedItem item) {
      Optional<Touchpoint> touchpoint = journey.touchpoint(item.id());
      return item.id()
          + " \""
          + touchpoint.map(Touchpoint::name).orElse("")
          + "\" emotion "
          + show(item.score());
    }
  }

  /** A score's value with at most four significant digits. */
  private static String show(Score score) {
    return show(score.value());
  }

  private static String show(OptionalDouble value) {
    return value.isPresent() ? show(value.getAsDouble()) : "n/a";
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? show(100 * share.getAsDouble()) + "%" : "n/a";
  }

  /** A value with at most four significant digits. */
  private static String show(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
