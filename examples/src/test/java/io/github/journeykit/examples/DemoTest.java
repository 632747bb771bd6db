package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Demo.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
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
    Result result = run("--out", out.toString());
    assertEquals(0, result.status(), result.err());

    Set<String> expected = new TreeSet<>();
    for (String id :
        List.of("open-account", "open-account-future", "broadband-fault", "order-and-return")) {
      EXTENSIONS.forEach(extension -> expected.add(id + "." + extension));
    }
    assertEquals(expected, names(out));
    assertEquals(Set.of("demo-output"), names(dir), "no temporary directory is left behind");
    assertTrue(Files.readString(out.resolve("broadband-fault.svg")).contains("<svg xmlns="));
    String html = Files.readString(out.resolve("open-account.html"));
    assertTrue(html.contains("<th>Gap (P \u2212 E)</th></tr></thead>"), "RICE scores no touchpoint");
    assertFalse(html.contains("<th>Gap (P \u2212 E)</th><th>Score</th>"), "no empty column");

    assertTrue(
        result.out().contains("Observations: 29512 rows accepted, 7 rejected"), result.out());
    assertTrue(result.out().contains("observations.csv:29514: no-such-step"), result.out());
    assertTrue(result.out().contains("Worst pain points: id-upload"), result.out());
    assertTrue(result.out().contains("ORGANISATIONAL OPEN (6 findings)"), result.out());
    assertTrue(
        result.out().contains("1.    36000  board-readout \"Show the board completion"),
        result.out());
    assertTrue(
        result.out().contains("Current vs desired state: open-account -> open-account-future"),
        result.out());
    assertTrue(result.out().contains("Wrote 24 files to " + out.toAbsolutePath()), result.out());
    assertTrue(result.err().contains("] 100%"), result.err());
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
        result.err().contains("/stages/0/touchpoints/0/lane (line 34, column 19): must be one of"),
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
            "helpline,emotion,-1.5,2026-10-01T04:37:56Z,onboarding-pulse,r-1",
            "kiosk,emotion,1,2026-10-01T04:37:56Z,onboarding-pulse,r-2",
            "helpline,emotion,-2,2026-10-12T22:25:20Z,onboarding-pulse,r-3",
            "helpline,emotion,-1,yesterday,onboarding-pulse,r-4",
            ""));
    Path out = dir.resolve("maps");
    Result result =
        run(
            "--journey", journey.toString(),
            "--observations", csv.toString(),
            "--formats", "markdown",
            "--out", out.toString());
    assertEquals(0, result.status(), result.err());
    assertTrue(
        result.out().contains("Observations: 2 rows accepted, 2 rejected; the first:"),
        result.out());
    assertTrue(
        result
            .out()
            .contains(
                csv
                    + ":3: kiosk,emotion,1,2026-10-01T04:37:56Z,onboarding-pulse,r-2:"
                    + " touchpoint_id: must name a touchpoint of the journey (was \"kiosk\")"),
        result.out());
    assertTrue(result.out().contains(csv + ":5: "), result.out());
    assertEquals(Set.of("broadband-fault.md"), names(out));
    assertTrue(
        result.err().contains("answers.csv [") && result.err().contains("] 100%"), result.err());
  }

  @Test
  void aCsvWithAWrongHeaderIsBadInput(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("answers.csv");
    Files.writeString(csv, "touchpoint,metric,value\nhelpline,emotion,1\n");
    Result result = run("--observations", csv.toString(), "--out", dir.resolve("maps").toString());
    assertEquals(2, result.status());
    assertTrue(result.err().contains("answers.csv"), result.err());
    assertFalse(Files.exists(dir.resolve("maps")));
  }

  @Test
  void helpDocumentsEveryFlag() {
    Result result = run("--help");
    assertEquals(0, result.status());
    assertEquals(Demo.HELP, result.out());
    for (String flag :
        List.of(
            "--journey FILE",
            "--observations FILE",
            "--out DIR",
            "--formats LIST",
            "--as-of DATE",
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
    assertTrue(flag.err().contains("unknown flag \"--frobnicate\""), flag.err());

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
    assertTrue(value.err().contains("--out must be followed by a value"), value.err());

    Result date = run("--as-of", "tomorrow", "--out", out.toString());
    assertEquals(2, date.status());
    assertTrue(date.err().contains("--as-of must be an ISO-8601 date"), date.err());
    assertFalse(Files.exists(out));
  }
}
