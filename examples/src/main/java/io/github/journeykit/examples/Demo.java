package io.github.journeykit.examples;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.core.audit.ActivationReport;
import io.github.journeykit.core.audit.AuditContext;
import io.github.journeykit.core.audit.AuditRegistry;
import io.github.journeykit.core.audit.GapVerdict;
import io.github.journeykit.core.diff.JourneyDiff;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.ExporterRegistry;
import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import io.github.journeykit.scoring.Prioritizer;
import io.github.journeykit.scoring.RankedItem;
import io.github.journeykit.scoring.Ranking;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main job of JourneyKit, end to end: read journeys, ingest observations, audit, score,
 * prioritise, compare the current and desired states, write every export format, and print a short
 * summary.
 *
 * <p>Without arguments it runs on the bundled samples: the three sample journeys and the desired
 * state of the bank journey (from their JSON documents, see {@link SampleJson}) and the sample
 * observations CSV, writing into {@code demo-output/} in the current directory. With flags it runs
 * on your data (see {@link #HELP}). Bad input (a malformed journey document, an unreadable file, an
 * unknown format or flag, a CSV with a wrong header) is reported on the error stream with the file,
 * line or JSON Pointer and the rule, with exit code 2, and nothing is written. Rejected CSV rows
 * are reported but do not fail the run.
 *
 * <pre>{@code
 * int status = Demo.run(new String[] {"--journey", "my-map.json", "--out", "maps"},
 *     System.out, System.err);
 * }</pre>
 */
public final class Demo {
  /** The text of {@code --help}. */
  public static final String HELP =
      String.join(
          "\n",
          "Usage: Demo [--journey FILE]... [--observations FILE] [--out DIR] [--formats LIST]",
          "            [--as-of DATE] [--help]",
          "",
          "Reads journeys, ingests observations, audits, scores and prioritises the actions,",
          "compares current and desired states, writes every export format of every journey",
          "and prints a summary. Without --journey it runs on the bundled sample journeys and,",
          "without --observations, on the bundled sample observations.",
          "",
          "  --journey FILE       a journey in the JourneyKit JSON format; repeat for several",
          "                       (a desired-state journey is compared with its current state)",
          "  --observations FILE  a CSV of observations (touchpoint_id, metric, value,",
          "                       observed_at, source, respondent_id) for the current-state",
          "                       journeys; rejected rows are reported and skipped",
          "  --out DIR            where to write, default demo-output; files are written into a",
          "                       temporary directory beside it and moved in when all succeeded",
          "  --formats LIST       formats to write, comma-separated (default: all of "
              + String.join(",", ExporterRegistry.builtIns().names())
              + ")",
          "  --as-of DATE         the date to judge staleness against (default: "
              + Samples.AS_OF
              + " for",
          "                       the samples, today otherwise)",
          "  --help               prints this text",
          "",
          "Exit codes: 0 done; 1 the output could not be written; 2 bad input or flags.",
          "");

  /** Where the demo writes unless told otherwise, relative to the current directory. */
  public static final String DEFAULT_OUT = "demo-output";

  private static final String OBSERVATIONS_RESOURCE = "/samples/observations.csv";
  private static final int SHOWN_PAIN_POINTS = 3;
  private static final int SHOWN_ACTIONS = 5;
  private static final int SHOWN_REJECTIONS = 3;

  private Demo() {}

  /**
   * Runs the demo and exits with its status when that is not 0.
   *
   * @param args the flags; see {@link #HELP}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo.
   *
   * @param args the flags; see {@link #HELP}
   * @param out where the summary goes
   * @param err where the progress bar and error messages go
   * @return the exit status: 0 done, 1 the output could not be written, 2 bad input or flags
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args);
      if (options.help) {
        out.print(HELP);
        return 0;
      }
      return new Job(options, out, err).run();
    } catch (BadInputException e) {
      err.println("demo: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("demo: " + e.getMessage());
      return 1;
    }
  }

  /** Input or flags the demo cannot work with: exit status 2. */
  private static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  /** The parsed flags. */
  private static final class Options {
    final List<Path> journeys = new ArrayList<>();
    Path observations;
    Path out = Path.of(DEFAULT_OUT);
    List<String> formats;
    LocalDate asOf;
    boolean help;

    static Options parse(String[] args) throws BadInputException {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String flag = arg;
        String value = null;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
          flag = arg.substring(0, equals);
          value = arg.substring(equals + 1);
        }
        if (flag.equals("--help") || flag.equals("-h")) {
          options.help = true;
          continue;
        }
        if (!List.of("--journey", "--observations", "--out", "--formats", "--as-of")
            .contains(flag)) {
          throw new BadInputException(
              "unknown "
                  + (arg.startsWith("-") ? "flag " : "argument ")
                  + quote(arg)
                  + ": must be one of --journey, --observations, --out, --formats, --as-of,"
                  + " --help (see --help)");
        }
        if (value == null) {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new BadInputException(flag + " must be followed by a value (see --help)");
          }
          value = args[++i];
        }
        options.set(flag, value);
      }
      return options;
    }

    private void set(String flag, String value) throws BadInputException {
      if (value.isBlank()) {
        throw new BadInputException(flag + " must not be blank");
      }
      switch (flag) {
        case "--journey":
          journeys.add(Path.of(value));
          break;
        case "--observations":
          observations = Path.of(value);
          break;
        case "--out":
          out = Path.of(value);
          break;
        case "--formats":
          formats = Stream.of(value.split(",", -1)).map(String::strip).collect(Collectors.toList());
          break;
        default:
          try {
            asOf = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw new BadInputException(
                "--as-of must be an ISO-8601 date such as 2026-11-23 (was " + quote(value) + ")");
          }
      }
    }
  }

  /** One run: what it read, and what it works out and writes. */
  private static final class Job {
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    Job(Options options, PrintStream out, PrintStream err) {
      this.options = options;
      this.out = out;
      this.err = err;
    }

    int run() throws BadInputException, IOException {
      ExporterRegistry registry = formats();
      boolean samples = options.journeys.isEmpty();
      List<Journey> journeys = samples ? sampleJourneys() : readJourneys();
      LocalDate asOf = options.asOf != null ? options.asOf : samples ? Samples.AS_OF : today();
      List<Journey> current =
          journeys.stream()
              .filter(j -> j.state() != JourneyState.FUTURE)
              .collect(Collectors.toList());
      Optional<IngestionResult> ingested = ingest(current, samples);
      Path target = outputDirectory();

      List<Summary> summaries = new ArrayList<>();
      for (Journey journey : journeys) {
        summaries.add(work(journey, ingested.map(IngestionResult::statistics), asOf));
      }
      List<JourneyDiff> diffs = diffs(journeys);
      Map<String, List<Path>> written = write(registry, summaries, target);
      print(summaries, diffs, ingested, asOf, written, target);
      return 0;
    }

    private static LocalDate today() {
      return LocalDate.now(ZoneOffset.UTC);
    }

    private ExporterRegistry formats() throws BadInputException {
      ExporterRegistry all = ExporterRegistry.load();
      if (options.formats == null) {
        return all;
      }
      List<JourneyExporter> chosen = new ArrayList<>();
      for (String name : options.formats) {
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

    private static List<Journey> sampleJourneys() throws IOException {
      List<Journey> journeys = new ArrayList<>();
      for (Journey sample : Samples.all()) {
        String resource = SampleJson.resource(sample.id());
        try (InputStream in = resource(resource)) {
          journeys.add(JourneyJson.read(in));
        }
      }
      return journeys;
    }

    private List<Journey> readJourneys() throws BadInputException {
      List<Journey> journeys = new ArrayList<>();
      Map<String, Path> files = new LinkedHashMap<>();
      for (Path file : options.journeys) {
        Journey journey;
        try (InputStream in = Files.newInputStream(file)) {
          journey = JourneyJson.read(in);
        } catch (JourneyFormatException e) {
          throw new BadInputException(problems(file, e.problems()));
        } catch (IOException e) {
          throw new BadInputException("cannot read " + file + ": " + reason(e));
        }
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

    private static String problems(Path file, List<FormatProblem> problems) {
      return file
          + " is not a valid journey document ("
          + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
          + "):"
          + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    private Optional<IngestionResult> ingest(List<Journey> current, boolean samples)
        throws BadInputException, IOException {
      if (options.observations == null && !samples) {
        return Optional.empty();
      }
      Ingestion ingestion;
      try {
        ingestion = Ingestion.against(current);
      } catch (ValidationException e) {
        throw new BadInputException(e.getMessage());
      }
      try {
        if (options.observations == null) {
          URL url = Demo.class.getResource(OBSERVATIONS_RESOURCE);
          long size = url.openConnection().getContentLengthLong();
          try (InputStream in = resource(OBSERVATIONS_RESOURCE)) {
            return Optional.of(
                ingestion.readCsv(
                    in,
                    "observations.csv",
                    new ProgressBar("observations.csv", size, err),
                    CancellationCheck.never()));
          }
        }
        Path file = options.observations;
        if (!Files.isRegularFile(file)) {
          throw new BadInputException("cannot read " + file + ": no such file");
        }
        long size = Files.size(file);
        return Optional.of(
            ingestion.readCsv(
                file,
                new ProgressBar(file.getFileName().toString(), size, err),
                CancellationCheck.never()));
      } catch (ValidationException e) {
        throw new BadInputException(e.getMessage());
      }
    }

    private Path outputDirectory() throws BadInputException {
      Path target = options.out.toAbsolutePath().normalize();
      if (Files.exists(target) && !Files.isDirectory(target)) {
        throw new BadInputException("--out " + options.out + ": must be a directory");
      }
      if (target.getParent() == null) {
        throw new BadInputException("--out " + options.out + ": must not be a root directory");
      }
      return target;
    }

    private static Summary work(
        Journey journey, Optional<ObservationStatistics> statistics, LocalDate asOf) {
      Journey updated = journey;
      ScoringContext context = ScoringContext.of(journey);
      if (statistics.isPresent() && journey.state() != JourneyState.FUTURE) {
        ObservationStatistics share = statistics.get().within(journey);
        updated = share.applyTo(journey, ZoneOffset.UTC);
        context = ScoringContext.of(updated, share);
      }
      ActivationReport report = AuditRegistry.builtIns().report(updated, AuditContext.of(asOf));
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
              .build();
      return new Summary(updated, report, actions, pain, map);
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
     * Writes every report into a temporary directory beside the target, and moves the files into
     * place only when all were written.
     */
    private static Map<String, List<Path>> write(
        ExporterRegistry registry, List<Summary> summaries, Path target) throws IOException {
      Files.createDirectories(target.getParent());
      Path staging =
          Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
      try {
        Map<String, List<Path>> names = new LinkedHashMap<>();
        for (Summary summary : summaries) {
          names.put(
              summary.journey.id(),
              registry.writeAll(summary.map, staging).values().stream()
                  .map(Path::getFileName)
                  .collect(Collectors.toList()));
        }
        if (!Files.exists(target)) {
          move(staging, target);
        } else {
          for (List<Path> files : names.values()) {
            for (Path name : files) {
              move(staging.resolve(name), target.resolve(name));
            }
          }
          Files.delete(staging);
        }
        Map<String, List<Path>> written = new LinkedHashMap<>();
        names.forEach(
            (id, files) ->
                written.put(id, files.stream().map(target::resolve).collect(Collectors.toList())));
        return written;
      } finally {
        deleteIfPresent(staging);
      }
    }

    private static void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }

    private static void deleteIfPresent(Path directory) throws IOException {
      if (!Files.exists(directory)) {
        return;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.deleteIfExists(file);
        }
      }
    }

    private void print(
        List<Summary> summaries,
        List<JourneyDiff> diffs,
        Optional<IngestionResult> ingested,
        LocalDate asOf,
        Map<String, List<Path>> written,
        Path target) {
      out.println(
          "JourneyKit demo: "
              + summaries.size()
              + (summaries.size() == 1 ? " journey" : " journeys")
              + ", audited as of "
              + asOf);
      ingested.ifPresent(this::printObservations);
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
      result.rejections().stream()
          .limit(SHOWN_REJECTIONS)
          .map(Rejection::toString)
          .forEach(r -> out.println("  " + r));
    }
  }

  /** What the demo found about one journey. */
  private static final class Summary {
    final Journey journey;
    final ActivationReport report;
    final Ranking actions;
    final Ranking pain;
    final MapReport map;

    Summary(
        Journey journey, ActivationReport report, Ranking actions, Ranking pain, MapReport map) {
      this.journey = journey;
      this.report = report;
      this.actions = actions;
      this.pain = pain;
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
                  : pain.items().stream()
                      .limit(SHOWN_PAIN_POINTS)
                      .map(this::painPoint)
                      .collect(Collectors.joining("; "))));
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
    double value = score.value();
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Demo.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the resource " + name + " is missing from the class path");
    }
    return in;
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
