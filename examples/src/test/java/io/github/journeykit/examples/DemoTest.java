package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.journeykit.cli.JourneyKitCli;
import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo driven as a user runs it: flags in, summary, files and exit status out. */
class DemoTest {
  private static final List<String> EXTENSIONS = List.of("csv", "html", "json", "md", "mmd", "svg");

  /** What one run printed and returned. */
  private record Result(int status, String out, String err) {}

  /** Runs the demo as in a log or a pipe: standard error is not a terminal. */
  private static Result run(String... args) {
    return run(false, args);
  }

  /** Runs the demo as on a terminal, which gets the progress bar. */
  private static Result runOnTerminal(String... args) {
    return run(true, args);
  }

  private static Result run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Demo.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Path sample(Path dir, String id) throws IOException {
    Path file = dir.resolve(id + ".json");
    Journey journey =
        Samples.all().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    Files.writeString(file, SampleJson.render(journey), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void onTheSamplesItWritesEveryFormatOfEveryJourneyAndSumsUp(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("demo-output");
    Result result = runOnTerminal("--out", out.toString());
    assertEquals(0, result.status(), result.err());

    Set<String> expected = new TreeSet<>();
    for (String id :
        List.of(
            "open-account",
            "open-account-future",
            "broadband-fault",
            "broadband-fault-future",
            "order-and-return")) {
      EXTENSIONS.forEach(extension -> expected.add(id + "." + extension));
    }
    assertEquals(expected, names(out));
    assertEquals(Set.of("demo-output"), names(dir), "no temporary directory is left behind");
    assertTrue(Files.readString(out.resolve("broadband-fault.svg")).contains("<svg xmlns="));
    String html = Files.readString(out.resolve("open-account.html"));
    assertTrue(
        html.contains("<th>Gap (P \u2212 E)</th></tr></thead>"), "RICE scores no touchpoint");
    assertFalse(html.contains("<th>Gap (P \u2212 E)</th><th>Score</th>"), "no empty column");

    assertTrue(
        result.out().contains("Observations: 26712 rows accepted, 7 rejected"), result.out());
    assertTrue(result.out().contains("observations.csv:26714: no-such-step"), result.out());
    assertTrue(result.out().contains("Worst pain points: id-upload"), result.out());
    assertTrue(
        result.out().contains("Events of open-account (events.csv): 37022 accepted, 0 rejected"),
        result.out());
    assertTrue(
        result
            .out()
            .contains("What customers did: 5000 cases, 37022 events; 47.3% followed the map"),
        result.out());
    assertTrue(
        result
            .out()
            .contains(
                "Funnel: discover 5000 > apply 4210 (84.2%) > verify 3657 (86.86%) > activate"
                    + " 3305 (90.37%) > switch 2659 (80.45%)"),
        result.out());
    assertTrue(
        result.out().contains("Commonest deviations: repeated id-upload in 869 cases;"),
        result.out());
    // Six findings of the map itself, and two of failure demand that the event log shows.
    assertTrue(result.out().contains("ORGANISATIONAL OPEN (8 findings)"), result.out());
    assertTrue(html.contains("What customers did"), "the funnel is in the report");
    assertTrue(
        Files.readString(out.resolve("open-account.md")).contains("| 2\\. Apply | "),
        "the funnel is in the Markdown");
    assertTrue(
        Files.readString(out.resolve("open-account.json")).contains("\"conformingCases\": 2365"),
        "the path summary is in the JSON");
    assertTrue(
        result.out().contains("1.    36000  board-readout \"Show the board completion"),
        result.out());
    assertTrue(
        result.out().contains("Current vs desired state: open-account -> open-account-future"),
        result.out());
    assertTrue(result.out().contains("Wrote 30 files to " + out.toAbsolutePath()), result.out());
    assertTrue(result.err().endsWith("] 100%\n"), result.err());
  }

  @Test
  void theQuickStartShowsWhatTheDemoPrints(@TempDir Path dir) {
    Path out = dir.resolve("demo-output");
    Result result = run("--out", out.toString());
    assertEquals(0, result.status(), result.err());
    // The README's summary is the first block without a language in its Quick start.
    Readme.Block shown = Readme.blockAfter("## Quick start", "");
    List<String> expected =
        shown.lines().stream()
            .map(line -> line.replace("/path/to/journeykit/demo-output", out.toString()))
            .collect(Collectors.toList());
    Readme.assertPrinted(expected, result.out().lines().collect(Collectors.toList()), "the demo");
  }

  @Test
  void onYourFilesTheDemoIsTheReportCommandOfTheCommandLine(@TempDir Path dir) throws IOException {
    Path journey = sample(dir, "broadband-fault");
    Path demoOut = dir.resolve("demo");
    Path reportOut = dir.resolve("report");
    Result demo =
        run("--journey", journey.toString(), "--as-of", "2026-11-23", "--out", demoOut.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JourneyKitCli.run(
            new String[] {
              "report",
              "--journey",
              journey.toString(),
              "--as-of",
              "2026-11-23",
              "--out",
              reportOut.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, demo.status(), demo.err());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(
        demo.out()
            .replace("JourneyKit demo:", "JourneyKit report:")
            .replace(demoOut.toString(), reportOut.toString()),
        out.toString(StandardCharsets.UTF_8));
    assertEquals(DirectoryContents.of(demoOut), DirectoryContents.of(reportOut));
  }

  @Test
  void anEventLogIsMeasuredAgainstTheJourneyItNames(@TempDir Path dir) throws IOException {
    Path journey = sample(dir, "broadband-fault");
    Path csv =
        Files.writeString(
            dir.resolve("events.csv"),
            String.join(
                "\n",
                "case_id,activity,time,status",
                "c-1,call,2026-11-02T09:00:00Z,",
                "c-1,engineer,2026-11-04T13:30:00Z,failed",
                "c-2,call,2026-11-02T10:00:00Z,",
                "c-2,call,yesterday,",
                ""));
    Path out = dir.resolve("maps");
    Result result =
        run(
            "--journey",
            journey.toString(),
            "--events",
            "broadband-fault=" + csv,
            "--formats",
            "json",
            "--out",
            out.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(
        result
            .out()
            .contains(
                "Events of broadband-fault ("
                    + csv
                    + "): 3 accepted, 1 rejected; the first:\n  "
                    + csv
                    + ":5: c-2,call,yesterday,: time: must be an ISO-8601 instant"),
        result.out());
    assertTrue(result.out().contains("What customers did: 2 cases, 3 events;"), result.out());
    assertTrue(
        Files.readString(out.resolve("broadband-fault.json")).contains("\"paths\": {"),
        "the report carries what the cases did");

    // With one current-state journey the log need not name it; a name that is no journey's id
    // is part of the file's name.
    Result unnamed =
        run("--journey", journey.toString(), "--events", csv.toString(), "--out", out.toString());
    assertEquals(0, unnamed.status(), unnamed.err());
    assertTrue(unnamed.out().contains("What customers did: 2 cases, 3 events;"), unnamed.out());
    assertBadInput(
        "cannot read other=" + csv + ": no such file",
        "--journey",
        journey.toString(),
        "--events",
        "other=" + csv,
        "--out",
        out.toString());
  }

  @Test
  void anXesLogIsReadAsXesAndMalformedXmlIsBadInput(@TempDir Path dir) throws IOException {
    Path journey = sample(dir, "broadband-fault");
    Path xes =
        Files.writeString(
            dir.resolve("events.XES"),
            String.join(
                "\n",
                "<log xes.version=\"1.0\" xmlns=\"http://www.xes-standard.org/\">",
                "  <trace><string key=\"concept:name\" value=\"c-1\"/>",
                "    <event><string key=\"concept:name\" value=\"call\"/>",
                "      <date key=\"time:timestamp\" value=\"2026-11-02T09:00:00.000Z\"/></event>",
                "  </trace>",
                "</log>",
                ""));
    Path out = dir.resolve("maps");
    Result result =
        run("--journey", journey.toString(), "--events", xes.toString(), "--out", out.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(result.out().contains("What customers did: 1 cases, 1 events;"), result.out());

    Files.writeString(xes, "<log><trace>");
    Result broken =
        run("--journey", journey.toString(), "--events", xes.toString(), "--out", out.toString());
    assertEquals(2, broken.status(), broken.out());
    assertTrue(broken.err().startsWith("demo: "), broken.err());
    assertTrue(broken.err().contains(xes.toString() + ":1:"), broken.err());
  }

  @Test
  void anEventLogMustNameItsJourneyWhenThereAreSeveral(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("events.csv"), "case_id,activity,time\n");
    assertBadInput(
        "--events "
            + csv
            + ": must name the journey the log follows, as JOURNEY=FILE, when there"
            + " is not exactly one current-state journey (there are 3: open-account,"
            + " broadband-fault, order-and-return)",
        "--events",
        csv.toString(),
        "--out",
        dir.resolve("maps").toString());
    assertBadInput(
        "--events open-account="
            + csv
            + ": must name a journey no other --events names (was"
            + " \"open-account\", named by an earlier one)",
        "--events",
        "open-account=" + csv,
        "--events",
        "open-account=" + csv,
        "--out",
        dir.resolve("maps").toString());
    assertFalse(Files.exists(dir.resolve("maps")));
  }

  @Test
  void aSecondRunReplacesItsFilesAndLeavesOthersAlone(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("maps");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.writeString(out.resolve("broadband-fault.svg"), "old");
    Path journey = sample(dir, "broadband-fault");
    Result result =
        run("--journey", journey.toString(), "--formats", "svg,json", "--out", out.toString());
    assertEquals(0, result.status(), result.err());
    assertEquals(Set.of("notes.txt", "broadband-fault.svg", "broadband-fault.json"), names(out));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    assertTrue(Files.readString(out.resolve("broadband-fault.svg")).contains("<svg xmlns="));
    assertFalse(result.out().contains("Observations:"), "no observations were given");
  }

  @Test
  void aMalformedJourneyIsReportedWithItsPointerAndNothingIsWritten(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("maps");
    Files.createDirectories(out);
    Files.writeString(out.resolve("broadband-fault.svg"), "old");
    Path bad = sample(dir, "broadband-fault");
    String json = Files.readString(bad);
    Files.writeString(
        bad, json.replaceFirst("\"lane\": \"CUSTOMER_ACTION\"", "\"lane\": \"SIDESTAGE\""));
    Path good = sample(dir, "order-and-return");

    Result result =
        run("--journey", good.toString(), "--journey", bad.toString(), "--out", out.toString());

    assertEquals(2, result.status());
    assertEquals("", result.out());
    assertTrue(
        result.err().startsWith("demo: " + bad + " is not a valid journey document"), result.err());
    assertTrue(
        result.err().contains("/stages/0/touchpoints/0/lane (line 36, column 19): must be one of"),
        result.err());
    assertTrue(result.err().contains("(was \"SIDESTAGE\")"), result.err());
    assertEquals(Set.of("broadband-fault.svg"), names(out));
    assertEquals("old", Files.readString(out.resolve("broadband-fault.svg")));
    assertEquals(Set.of("maps", "broadband-fault.json", "order-and-return.json"), names(dir));
  }

  @Test
  void brokenJsonAndMissingFilesAreBadInput(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("maps");
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, "{\n  \"format\": \"journeykit\",\n  \"formatVersion\": 1,\n");
    Result broken = run("--journey", truncated.toString(), "--out", out.toString());
    assertEquals(2, broken.status());
    assertTrue(broken.err().contains(truncated + " is not a valid journey document"), broken.err());
    assertTrue(broken.err().contains("line 4"), broken.err());

    Result missing =
        run("--journey", dir.resolve("nowhere.json").toString(), "--out", out.toString());
    assertEquals(2, missing.status());
    assertTrue(
        missing.err().contains("cannot read " + dir.resolve("nowhere.json") + ": no such file"),
        missing.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void badCsvRowsAreReportedAndTheRunSucceeds(@TempDir Path dir) throws IOException {
    Path journey = sample(dir, "broadband-fault");
    Path csv = dir.resolve("answers.csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            ObservationsGenerator.HEADER,
            "call,emotion,-1.5,2026-10-01T04:37:56Z,q3-pulse,r-1,north",
            "kiosk,emotion,1,2026-10-01T04:37:56Z,q3-pulse,r-2,north",
            "call,emotion,-2,2026-10-12T22:25:20Z,q3-pulse,r-3,north",
            "call,emotion,-1,yesterday,q3-pulse,r-4,north",
            ""));
    Path out = dir.resolve("maps");
    String[] args = {
      "--journey", journey.toString(),
      "--observations", csv.toString(),
      "--formats", "markdown",
      "--out", out.toString()
    };
    Result result = run(args);
    assertEquals(0, result.status(), result.err());
    assertTrue(
        result.out().contains("Observations: 2 rows accepted, 2 rejected; the first:"),
        result.out());
    assertTrue(
        result
            .out()
            .contains(
                csv
                    + ":3: kiosk,emotion,1,2026-10-01T04:37:56Z,q3-pulse,r-2,north:"
                    + " touchpoint_id: must name a touchpoint of the journey (was \"kiosk\")"),
        result.out());
    assertTrue(result.out().contains(csv + ":5: "), result.out());
    assertEquals(Set.of("broadband-fault.md"), names(out));
    assertEquals("", result.err(), "off a terminal, no progress bar");

    Result onTerminal = runOnTerminal(args);
    assertEquals(0, onTerminal.status(), onTerminal.err());
    assertTrue(onTerminal.err().startsWith("\ranswers.csv ["), onTerminal.err());
    assertTrue(onTerminal.err().endsWith("] 100%\n"), onTerminal.err());
  }

  @Test
  void aCsvWithAWrongHeaderIsBadInputAndTheBarIsNotFull(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("answers.csv");
    Files.writeString(csv, "touchpoint,metric,value\ncall,emotion,1\n");
    Result result =
        runOnTerminal("--observations", csv.toString(), "--out", dir.resolve("maps").toString());
    assertEquals(2, result.status());
    assertFalse(result.err().contains("100%"), result.err());
    assertTrue(result.err().contains("%\ndemo: "), "a line of its own: " + result.err());
    assertTrue(result.err().contains(csv.toString()), result.err());
    assertTrue(result.err().contains("header"), result.err());
    assertFalse(Files.exists(dir.resolve("maps")));
  }

  @Test
  void everyBadInputMessageNamesThePathAndTheRule(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a directory");
    Path journey = sample(dir, "broadband-fault");

    assertBadInput("--out " + file + ": must be a directory, not a file", "--out", file.toString());
    assertBadInput(
        "--out "
            + file.resolve("maps")
            + ": must be a directory, and cannot be one under "
            + file
            + ", which is a file",
        "--out",
        file.resolve("maps").toString());
    assertBadInput("Invalid value for option '--out': must not be blank", "--out", " ");
    assertBadInput(
        "cannot read " + dir.resolve("none.csv") + ": no such file",
        "--journey",
        journey.toString(),
        "--observations",
        dir.resolve("none.csv").toString(),
        "--out",
        dir.resolve("maps").toString());
    assertBadInput(
        "cannot read " + dir + ": a directory, not a file",
        "--journey",
        journey.toString(),
        "--observations",
        dir.toString(),
        "--out",
        dir.resolve("maps").toString());

    Path copy = dir.resolve("copy.json");
    Files.writeString(copy, Files.readString(journey));
    assertBadInput(
        copy
            + ": /id: must differ from the id of every other journey given (was"
            + " \"broadband-fault\", as in "
            + journey
            + ")",
        "--journey",
        journey.toString(),
        "--journey",
        copy.toString(),
        "--out",
        dir.resolve("maps").toString());

    Files.writeString(
        copy,
        Files.readString(journey)
            .replaceFirst("\"id\": \"broadband-fault\"", "\"id\": \"broadband-copy\""));
    Path csv = Files.writeString(dir.resolve("answers.csv"), ObservationsGenerator.HEADER + "\n");
    assertBadInput(
        "the current-state journeys must not share touchpoint ids, since observations name a"
            + " touchpoint by its id alone:\n  - "
            + copy
            + ": touchpoint \"status-page\": must not"
            + " share a touchpoint id with another journey (\"broadband-fault\")",
        "--journey",
        journey.toString(),
        "--journey",
        copy.toString(),
        "--observations",
        csv.toString(),
        "--out",
        dir.resolve("maps").toString());
    assertEquals(
        Set.of("file.txt", "broadband-fault.json", "copy.json", "answers.csv"), names(dir));
  }

  /** The demo exits with 2, and its message begins with {@code message}. */
  private static void assertBadInput(String message, String... args) {
    Result result = run(args);
    assertEquals(2, result.status(), result.err());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("demo: " + message), result.err());
  }

  @Test
  void aFileThatCannotBeReplacedLeavesEveryFileAsItWas(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("maps");
    Files.createDirectories(out.resolve("order-and-return.svg"));
    Files.writeString(out.resolve("order-and-return.svg").resolve("inside.txt"), "mine");
    Files.writeString(out.resolve("notes.txt"), "mine");
    for (String id : List.of("broadband-fault", "order-and-return")) {
      for (String extension : EXTENSIONS) {
        if (!(id + "." + extension).equals("order-and-return.svg")) {
          Files.writeString(out.resolve(id + "." + extension), "the old " + id + " " + extension);
        }
      }
    }
    Map<String, String> before = DirectoryContents.of(out);
    Path first = sample(dir, "broadband-fault");
    Path second = sample(dir, "order-and-return");

    Result result =
        run("--journey", first.toString(), "--journey", second.toString(), "--out", out.toString());

    assertEquals(1, result.status(), result.err());
    assertTrue(
        result
            .err()
            .startsWith(
                "demo: Could not write 2 journeys to "
                    + out.toAbsolutePath()
                    + ": 1 file failed; nothing was replaced:\n  - order-and-return.svg: "),
        result.err());
    assertTrue(
        result
            .err()
            .contains(
                out.toAbsolutePath().resolve("order-and-return.svg")
                    + ": a directory is in the way, not a file"),
        result.err());
    assertEquals(
        before, DirectoryContents.of(out), "every file is as it was, and no other file is left");
  }

  @Test
  void aFailedFormatLeavesNoDirectoryBehind(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("plugin");
    Path list = services.resolve("META-INF/services/io.github.journeykit.export.JourneyExporter");
    Files.createDirectories(list.getParent());
    Files.writeString(list, FailingExporter.class.getName() + "\n");
    Path journey = sample(dir, "broadband-fault");
    Path out = dir.resolve("new").resolve("maps");
    Map<String, String> before = DirectoryContents.of(dir);

    Result result;
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader plugin =
        new URLClassLoader(new URL[] {services.toUri().toURL()}, original)) {
      thread.setContextClassLoader(plugin);
      result = run("--journey", journey.toString(), "--out", out.toString());
    } finally {
      thread.setContextClassLoader(original);
    }

    assertEquals(1, result.status(), result.err());
    assertTrue(
        result
            .err()
            .startsWith(
                "demo: Could not write journey \"broadband-fault\" to "
                    + out.toAbsolutePath()
                    + ": 1 file failed; nothing was replaced:\n  - broadband-fault.fail:"
                    + " java.io.IOException: disk full"),
        result.err());
    assertEquals(before, DirectoryContents.of(dir), "the directories the demo created are gone");
  }

  @Test
  void aDirectoryThatCannotBeCreatedIsNamedWithTheReason(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("nowhere"));
    Path out = link.resolve("maps");
    Result result =
        run("--journey", sample(dir, "broadband-fault").toString(), "--out", out.toString());
    assertEquals(1, result.status(), result.err());
    assertEquals(
        "demo: cannot create the --out directory "
            + out.toAbsolutePath()
            + ": "
            + link
            + ": exists already, and is not a directory\n",
        result.err());
  }

  @Test
  void writtenFilesAndDirectoriesGetTheUmasksPermissions(@TempDir Path dir) throws IOException {
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "the file system has POSIX permissions");
    Set<PosixFilePermission> file =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary.txt")));
    Set<PosixFilePermission> directory =
        Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("ordinary")));
    Path out = dir.resolve("new").resolve("maps");

    Result result =
        run("--journey", sample(dir, "broadband-fault").toString(), "--out", out.toString());

    assertEquals(0, result.status(), result.err());
    assertEquals(directory, Files.getPosixFilePermissions(dir.resolve("new")));
    assertEquals(directory, Files.getPosixFilePermissions(out));
    for (String name : names(out)) {
      assertEquals(file, Files.getPosixFilePermissions(out.resolve(name)), name);
    }
  }

  @Test
  void helpDocumentsEveryFlag() {
    Result result = run("--help");
    assertEquals(0, result.status());
    assertTrue(result.out().contains("Usage: demo "), result.out());
    assertTrue(
        result.out().contains("Without --journey it runs on the bundled sample journeys"),
        result.out());
    for (String flag :
        List.of(
            "--journey=FILE",
            "--observations=FILE",
            "--events=[JOURNEY=]FILE",
            "--out=DIR",
            "--formats=LIST",
            "--as-of=DATE",
            "--help")) {
      assertTrue(result.out().contains(flag), flag);
    }
    assertTrue(result.out().contains("csv,html,json,markdown,mermaid,svg"), result.out());
  }

  @Test
  void unknownFlagsFormatsAndMissingValuesAreBadInput(@TempDir Path dir) {
    Path out = dir.resolve("maps");
    Result flag = run("--frobnicate", "--out", out.toString());
    assertEquals(2, flag.status());
    assertTrue(flag.err().startsWith("demo: Unknown option: '--frobnicate'"), flag.err());

    Result format = run("--formats", "svg,pdf", "--out", out.toString());
    assertEquals(2, format.status());
    assertTrue(
        format
            .err()
            .contains(
                "unknown format \"pdf\" in --formats: must be one of csv, html, json, markdown,"
                    + " mermaid, svg"),
        format.err());

    Result value = run("--out");
    assertEquals(2, value.status());
    assertTrue(
        value.err().contains("Missing required parameter for option '--out' (DIR)"), value.err());

    Result date = run("--as-of", "tomorrow", "--out", out.toString());
    assertEquals(2, date.status());
    assertTrue(
        date.err()
            .contains(
                "Invalid value for option '--as-of': must be an ISO-8601 date such as 2026-11-23"
                    + " (was \"tomorrow\")"),
        date.err());
    assertFalse(Files.exists(out));
  }
}
