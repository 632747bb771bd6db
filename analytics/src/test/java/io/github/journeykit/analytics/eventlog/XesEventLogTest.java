package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.analytics.eventlog.FaultJourney.reasons;
import static io.github.journeykit.analytics.eventlog.FaultJourney.sevenCases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.Trickle;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.TouchpointUse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worked examples of reading an XES event log: the mapping, the rules, and malformed documents. */
class XesEventLogTest {
  @TempDir Path dir;

  static PathResult read(PathAnalysis analysis, String xes) throws IOException {
    return analysis.readXes(
        new ByteArrayInputStream(xes.getBytes(StandardCharsets.UTF_8)), "events.xes");
  }

  private static String log(String traces) {
    return "<log xes.version=\"1.0\" xmlns=\"http://www.xes-standard.org/\">\n"
        + traces
        + "</log>\n";
  }

  private static String event(String activity, String time, String transition) {
    return "<event>"
        + (activity == null ? "" : "<string key=\"concept:name\" value=\"" + activity + "\"/>")
        + (time == null ? "" : "<date key=\"time:timestamp\" value=\"" + time + "\"/>")
        + (transition == null
            ? ""
            : "<string key=\"lifecycle:transition\" value=\"" + transition + "\"/>")
        + "</event>\n";
  }

  private static String trace(String name, String... events) {
    return "<trace>"
        + (name == null ? "" : "<string key=\"concept:name\" value=\"" + name + "\"/>")
        + "\n"
        + String.join("", events)
        + "</trace>\n";
  }

  @Test
  void aLogReadFromXesGivesWhatItsEventsGive() throws IOException {
    PathResult events = PathAnalysis.of(JOURNEY).run(sevenCases());
    for (long seed = 0; seed < 5; seed++) {
      PathResult xes = read(PathAnalysis.of(JOURNEY), XesLogs.of(sevenCases(), seed));
      assertEquals(21, xes.accepted(), "the starts of work are read past");
      assertEquals(0, xes.rejected());
      assertEquals(events.statistics().summary(), xes.statistics().summary());
    }
  }

  @Test
  void theLifecycleTellsStepsFromTheStartOfWorkAndFailuresFromCompletions() throws IOException {
    String xes =
        log(
            trace(
                "c1",
                event("visit", "2026-11-02T09:00:00Z", "schedule"),
                event("visit", "2026-11-02T09:10:00Z", "start"),
                event("visit", "2026-11-02T09:20:00Z", "suspend"),
                event("visit", "2026-11-02T09:30:00Z", "resume"),
                event("visit", "2026-11-02T10:00:00Z", "complete"),
                event("visit", "2026-11-02T11:00:00Z", null),
                event("visit", "2026-11-02T12:00:00Z", "COMPLETE"),
                event("visit", "2026-11-02T13:00:00Z", "ate_abort"),
                event("visit", "2026-11-02T14:00:00Z", "pi_abort"),
                event("visit", "2026-11-02T15:00:00Z", "Withdraw"),
                // Read past, so its missing time breaks no rule.
                event("visit", null, "assign")));
    PathResult result = read(PathAnalysis.of(JOURNEY), xes);
    assertEquals(6, result.accepted());
    assertEquals(0, result.rejected());
    TouchpointUse visit = FaultJourney.use(result, "visit");
    assertEquals(6, visit.events());
    assertEquals(3, visit.failed());
  }

  @Test
  void aBadEventIsRejectedWithTheRulesOfEveryEventAtItsLine() throws IOException {
    String xes =
        log(
            trace(
                    "c1",
                    event("call", "2026-11-02T09:00:00+01:00", null),
                    event(null, "2026-11-02T10:00:00Z", null),
                    event("visit", null, null),
                    event("visit", "soon", null),
                    event("visit", "2300-01-01T00:00:00Z", null))
                + trace(null, event("sms", "2026-11-02T11:00:00Z", null))
                + event("sms", "2026-11-02T11:00:00Z", null)
                + trace("c2", event("call", "2026-11-02T09:00:00Z", null))
                + trace("c1", event("sms", "2026-11-02T12:00:00Z", null)));
    PathResult result = read(PathAnalysis.of(JOURNEY), xes);
    assertEquals(2, result.accepted());
    assertEquals(7, result.rejected());
    List<Rejection<Event>> rejections = result.rejections();
    assertEquals(
        List.of(
            "events.xes:4",
            "events.xes:5",
            "events.xes:6",
            "events.xes:7",
            "events.xes:10",
            "events.xes:12",
            "events.xes:17"),
        rejections.stream().map(Rejection::where).collect(Collectors.toList()));
    assertEquals(
        "events.xes:4: <event> of trace \"c1\": time:timestamp=\"2026-11-02T10:00:00Z\":"
            + " concept:name: must not be blank (was \"\")",
        rejections.get(0).toString());
    assertEquals(List.of("time:timestamp: must be given"), reasons(rejections.get(1)));
    assertEquals(
        List.of(
            "time:timestamp: must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in"
                + " UTC) or 2026-11-02T11:15:00+01:00 (was \"soon\")"),
        reasons(rejections.get(2)));
    assertEquals(
        List.of(
            "time:timestamp: must lie between 1700-01-01T00:00:00Z and 2200-01-01T00:00:00Z (was"
                + " 2300-01-01T00:00:00Z)"),
        reasons(rejections.get(3)));
    assertEquals(
        List.of("trace concept:name: must not be blank (was \"\")"), reasons(rejections.get(4)));
    // An event directly in the log belongs to no case.
    assertEquals(
        List.of("trace concept:name: must not be blank (was \"\")"), reasons(rejections.get(5)));
    // A second trace named c1: a case that comes back.
    assertEquals(
        List.of(
            "trace concept:name: must not appear again after another case began, in a log read as"
                + " sorted by case (was \"c1\")"),
        reasons(rejections.get(6)));
    // Positions count the document's events, from 0.
    assertEquals(8, rejections.get(6).position().getAsLong());
    assertEquals(2, result.statistics().cases());

    ValidationException strict =
        assertThrows(ValidationException.class, () -> read(PathAnalysis.of(JOURNEY).strict(), xes));
    assertEquals(
        "events.xes:4 (<event> of trace \"c1\": time:timestamp=\"2026-11-02T10:00:00Z\") is"
            + " invalid: concept:name: must not be blank (was \"\")",
        strict.getMessage());
  }

  @Test
  void aTraceWhoseNameFollowsItsEventsIsStillItsCase() throws IOException {
    String xes =
        log(
            "<trace>"
                + event("call", "2026-11-02T09:00:00Z", null)
                + event("visit", "2026-11-02T10:00:00Z", null)
                + "<string key=\"concept:name\" value=\"c1\"/></trace>\n");
    PathResult result = read(PathAnalysis.of(JOURNEY), xes);
    assertEquals(2, result.accepted());
    assertEquals(1, result.statistics().cases());
  }

  private static ValidationException malformed(String xes) {
    return assertThrows(ValidationException.class, () -> read(PathAnalysis.of(JOURNEY), xes));
  }

  /** The parser stands just after the start tag of an element out of its place, or at a flaw. */
  @Test
  void aMalformedDocumentFailsWithItsLineAndColumn() {
    assertEquals(
        "events.xes:3:3 is invalid: document: must be well-formed XML: The element type \"event\""
            + " must be terminated by the matching end-tag \"</event>\".",
        malformed("<log>\n<trace><event>\n</trace></log>").getMessage());
    assertEquals(
        "events.xes:2:10 is invalid: root: must be the element log of XES (IEEE 1849-2016) (was"
            + " \"journal\")",
        malformed("<?xml version=\"1.0\"?>\n<journal><trace/></journal>").getMessage());
    assertEquals(
        "events.xes:4:8 is invalid: trace: must stand in the log",
        malformed(log(trace("c1", "<event>\n<trace>\n</trace></event>"))).getMessage());
    assertEquals(
        "events.xes:3:15 is invalid: event: must stand in a trace or the log",
        malformed(log(trace("c1", "<event><event>\n</event></event>"))).getMessage());
    assertEquals(
        "events.xes:2:34 is invalid: event: must stand in a trace or the log",
        malformed(log("<string key=\"x\" value=\"y\"><event></event></string>\n")).getMessage());
    assertEquals(
        "events.xes:3:8 is invalid: trace: must stand in the log",
        malformed(log("<trace>\n<trace>\n</trace></trace>")).getMessage());
    assertEquals(
        "events.xes:1:1 is invalid: document: must be well-formed XML: Premature end of file.",
        malformed("").getMessage());
    assertEquals(
        "events.xes:2:1 is invalid: document: must be well-formed XML: Content is not allowed in"
            + " trailing section.",
        malformed("<log></log>\nx").getMessage());
  }

  @Test
  void aDocumentThatEndsWhereTheParserLosesItsPlaceFailsAtItsEnd() {
    // Inside a document type declaration that never ends, the parser runs off the end of the input
    // and no longer knows its line.
    String unended =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY x SYSTEM \"file:///x\"/></log>\n<log/>";
    assertEquals(
        "events.xes:3:7 is invalid: document: must be well-formed XML: Premature end of file.",
        malformed(unended).getMessage());
  }

  @Test
  void aFaultWhoseColumnTheParserMiscountsIsPlacedAtItsLine() {
    // Carriage returns inside an attribute's value, then a character XML does not allow: the
    // parser counts the line right and the column below 1.
    String crs =
        "<log xmlns=\"http://www.xes-standard.org/\">\n  <trace><string key=\"concept:name\""
            + " value=\"c"
            + "\r".repeat(40)
            + "\u0001\"/></trace>\n</log>";
    ValidationException e = malformed(crs);
    assertTrue(e.getMessage().startsWith("events.xes:42 is invalid: document: "), e.getMessage());
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedAndNoEntityIsFetched() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET");
    String external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + log(trace("&xxe;", event("call", "2026-11-02T09:00:00Z", null)));
    ValidationException refused = malformed(external);
    assertTrue(
        refused.getMessage().endsWith("document: must not declare a document type (DTD)"),
        refused.getMessage());
    assertTrue(!refused.getMessage().contains("SECRET"));
    String billion =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE log [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<log>&b;</log>";
    assertTrue(malformed(billion).getMessage().contains("must not declare a document type"));
  }

  @Test
  void bytesThatAreNotTheirEncodingAreMalformedNotAnInputFailure() {
    byte[] bytes =
        log(trace("c\u00e9", event("call", "2026-11-02T09:00:00Z", null)))
            .getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
    bytes[at + 1] = '(';
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> PathAnalysis.of(JOURNEY).readXes(new ByteArrayInputStream(bytes), "events.xes"));
    assertTrue(
        e.getMessage().startsWith("events.xes:2:")
            && e.getMessage().contains("must be well-formed XML: Invalid byte 2 of 2-byte UTF-8"),
        e.getMessage());
  }

  @Test
  void aFaultIsFoundAtOnePlaceHoweverTheBytesArrive() throws IOException {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    document.writeBytes(
        ("<log xmlns=\"http://www.xes-standard.org/\">\n  <event><string key=\"concept:name\""
                + " value=\"sms\"/><date key=\"t")
            .getBytes(StandardCharsets.UTF_8));
    // Bytes that are no UTF-8, which the parser finds as it decodes a buffer of them.
    document.writeBytes(new byte[] {(byte) 0x97, (byte) 0x92, (byte) 0x9a, (byte) 0xc5});
    document.writeBytes(
        "stamp\" value=\"2026-11-02T11:00:00Z\"/></event>\n</log>\n"
            .getBytes(StandardCharsets.UTF_8));
    byte[] bytes = document.toByteArray();
    String atOnce = malformed(new ByteArrayInputStream(bytes)).getMessage();
    assertTrue(
        atOnce.startsWith("events.xes:2:")
            && atOnce.endsWith("Invalid byte 1 of 1-byte UTF-8 sequence."),
        atOnce);
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(atOnce, malformed(new Trickle(bytes, seed)).getMessage());
    }
  }

  private static ValidationException malformed(InputStream in) {
    return assertThrows(
        ValidationException.class, () -> PathAnalysis.of(JOURNEY).readXes(in, "events.xes"));
  }

  @Test
  void aFailingInputIsAnInputFailureAndCancellationStops() throws IOException {
    IOException broken = new IOException("disk on fire");
    InputStream failing =
        new InputStream() {
          private int left = 100;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) {
              throw broken;
            }
            return ' ';
          }
        };
    IOException thrown =
        assertThrows(
            IOException.class, () -> PathAnalysis.of(JOURNEY).readXes(failing, "events.xes"));
    assertSame(broken, thrown);

    StringBuilder traces = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      traces.append(trace("c" + i, event("call", "2026-11-02T09:00:00Z", null)));
    }
    Path file = dir.resolve("events.xes");
    Files.writeString(file, log(traces.toString()));
    long size = Files.size(file);
    List<long[]> reports = new ArrayList<>();
    PathResult result =
        PathAnalysis.of(JOURNEY)
            .readXes(file, (done, total) -> reports.add(new long[] {done, total}), () -> false);
    assertEquals(20_000, result.accepted());
    assertEquals(size, reports.get(reports.size() - 1)[0]);
    assertTrue(reports.stream().allMatch(r -> r[1] == size));
    assertThrows(
        CancellationException.class,
        () -> PathAnalysis.of(JOURNEY).readXes(file, (d, t) -> {}, () -> true));
    int[] asked = new int[1];
    assertThrows(
        CancellationException.class,
        () -> PathAnalysis.of(JOURNEY).readXes(file, (d, t) -> {}, () -> ++asked[0] > 3));
  }
}
