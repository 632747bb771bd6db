package io.github.journeykit.export.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A CJML document that is not a valid planned journey: every problem at once, each in its place.
 */
class CjmlProblemsTest {
  /** One line an element, so that each problem's line shows where it is. */
  private static final String BROKEN =
      String.join(
          "\n",
          "<CJML version=\"1.0\">",
          "<plannedJourney>",
          "<journeyID>j</journeyID>",
          "<journeyPhases>",
          "<journeyPhase phaseID=\"a\"><phaseName>A</phaseName></journeyPhase>",
          "<journeyPhase phaseID=\"a\"><phaseName>Again</phaseName></journeyPhase>",
          "<journeyPhase><phaseName>No id</phaseName></journeyPhase>",
          "</journeyPhases>",
          "<actors>",
          "<endUser actorID=\"u\"><actorName>U</actorName></endUser>",
          "<serviceProvider actorID=\"u\"/>",
          "<serviceProvider actorID=\"p\"><companyName>Bank</companyName></serviceProvider>",
          "</actors>",
          "<touchpoints>",
          "<plannedCommunicationPoint>",
          "<touchpointID>t1</touchpointID>",
          "<belongsTo phaseIDref=\"b\"/>",
          "</plannedCommunicationPoint>",
          "<plannedCommunicationPoint>",
          "<touchpointID>t2</touchpointID>",
          "<belongsTo phaseIDref=\"a\"/>",
          "<initiator><refersTo actorIDref=\"nobody\"/><initiatorLabel>x</initiatorLabel>",
          "</initiator>",
          "<channel><channelName>42</channelName></channel>",
          "</plannedCommunicationPoint>",
          "<plannedCommunicationPoint>",
          "<touchpointID>bad id!</touchpointID>",
          "<belongsTo phaseIDref=\"a\"/>",
          "<initiator><refersTo actorIDref=\"u\"/>",
          "<initiatorLabel> </initiatorLabel></initiator>",
          "<receiver><refersTo"
              + " actorIDref=\"p\"/></receiver><channel><channelName>web</channelName></channel>",
          "</plannedCommunicationPoint>",
          "<plannedAction>",
          "<belongsTo phaseIDref=\"a\"/>",
          "<initiator><refersTo/><initiatorLabel>y</initiatorLabel></initiator>",
          "</plannedAction>",
          "</touchpoints>",
          "</plannedJourney>",
          "</CJML>");

  private static final String TP = "/CJML/plannedJourney/touchpoints/";

  @Test
  void everyProblemIsReportedAtOnceWithItsPlaceRuleAndValue() {
    List<FormatProblem> problems = problems(BROKEN);
    assertProblem(problems, "/CJML/@version", 1, "must be 2.0", "\"1.0\"");
    assertProblem(
        problems, "/CJML/plannedJourney/journeyTitle", 2, "must have a journeyTitle", null);
    assertProblem(
        problems,
        "/CJML/plannedJourney/journeyPhases/journeyPhase[2]/@phaseID",
        6,
        "must be unique among the phases",
        "\"a\"");
    assertProblem(
        problems,
        "/CJML/plannedJourney/journeyPhases/journeyPhase[3]/@phaseID",
        7,
        "must have the attribute phaseID",
        null);
    assertProblem(
        problems,
        "/CJML/plannedJourney/actors/serviceProvider[1]/@actorID",
        11,
        "must be unique among the actors",
        "\"u\"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[1]/belongsTo/@phaseIDref",
        17,
        "must name a journeyPhase",
        "\"b\"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[2]/initiator/refersTo/@actorIDref",
        22,
        "must name an actor of the journey",
        "\"nobody\"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[2]/channel/channelName",
        24,
        "must name a channel",
        "\"42\"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[3]/touchpointID",
        27,
        "must be an identifier",
        "\"bad id!\"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[3]/initiator/initiatorLabel",
        30,
        "must not be blank",
        "\" \"");
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[1]/initiator",
        15,
        "must name the initiator",
        null);
    assertProblem(
        problems,
        TP + "plannedCommunicationPoint[1]/channel",
        15,
        "must name the channel of a communication point",
        null);
    assertProblem(
        problems, TP + "plannedAction/touchpointID", 33, "must have a touchpointID", null);
    assertProblem(
        problems,
        TP + "plannedAction/initiator/refersTo/@actorIDref",
        35,
        "must have the attribute actorIDref",
        null);
    assertEquals(14, problems.size(), () -> listed(problems));
  }

  @Test
  void theMessageNamesTheDocumentAndListsTheProblems() {
    JourneyFormatException e = assertThrows(JourneyFormatException.class, () -> read(BROKEN));
    assertTrue(
        e.getMessage().startsWith("The CJML journey document test.xml is invalid (14 problems):"),
        e.getMessage());
    assertTrue(e.getMessage().contains("\n  - /CJML/@version (line 1, column "), e.getMessage());
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedAndNoEntityIsExpanded() {
    List<FormatProblem> problems =
        problems(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CJML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CJML version=\"2.0\">&x;</CJML>");
    assertEquals(1, problems.size(), () -> listed(problems));
    assertEquals("", problems.get(0).pointer());
    assertEquals("must not declare a document type (DTD)", problems.get(0).rule());
    assertEquals(2, problems.get(0).line());
  }

  @Test
  void malformedXmlIsOneProblemAtItsLine() {
    List<FormatProblem> problems = problems("<CJML version=\"2.0\">\n<plannedJourney>\n</CJML>");
    assertEquals(1, problems.size(), () -> listed(problems));
    assertTrue(problems.get(0).rule().startsWith("must be well-formed XML: "), listed(problems));
    assertEquals(3, problems.get(0).line());
  }

  @Test
  void bytesThatAreNotUtf8AreOneProblemAtTheirPlace() throws java.io.IOException {
    byte[] latin1 =
        "<CJML version=\"2.0\">\n<plannedJourney><journeyTitle>Caf\u00e9"
            .getBytes(StandardCharsets.ISO_8859_1);
    JourneyFormatException e =
        assertThrows(
            JourneyFormatException.class,
            () -> Cjml.readPlanned(new ByteArrayInputStream(latin1), "latin1.xml"));
    assertEquals(
        List.of(FormatProblem.of("", 2, 34, "must be encoded in UTF-8", Optional.of("byte 0xE9"))),
        e.problems());
    List<FormatProblem> declared =
        problems("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><CJML version=\"2.0\"/>");
    assertEquals(
        List.of(
            FormatProblem.of("", 1, 31, "must be encoded in UTF-8", Optional.of("\"ISO-8859-1\""))),
        declared);
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    List<FormatProblem> problems = problems("\uFEFF<CJML version=\"2.0\"/>");
    assertEquals("must hold exactly one plannedJourney", problems.get(0).rule());
  }

  @Test
  void anEmptyDocumentIsOneProblem() {
    List<FormatProblem> problems = problems("");
    assertEquals(1, problems.size(), () -> listed(problems));
    assertTrue(problems.get(0).rule().startsWith("must be well-formed XML"), listed(problems));
  }

  @Test
  void anotherRootIsRefused() {
    List<FormatProblem> problems = problems("<svg version=\"2.0\"/>");
    assertProblem(problems, "/svg", 1, "must be the element CJML", "\"svg\"");
    assertEquals(1, problems.size(), () -> listed(problems));
  }

  @Test
  void aDocumentMustHoldExactlyOnePlannedJourney() {
    assertProblem(
        problems("<CJML version=\"2.0\"/>"),
        "/CJML/plannedJourney",
        1,
        "must hold exactly one plannedJourney",
        "0");
    String two = "<CJML version=\"2.0\">\n<plannedJourney/>\n<plannedJourney/>\n</CJML>";
    assertProblem(
        problems(two), "/CJML/plannedJourney[2]", 3, "must hold exactly one plannedJourney", "2");
  }

  @Test
  void nestingDeeperThanTheLimitStopsTheReading() {
    String deep =
        "<CJML version=\"2.0\">"
            + "<a>".repeat(Cjml.MAX_DEPTH)
            + "</a>".repeat(Cjml.MAX_DEPTH)
            + "</CJML>";
    List<FormatProblem> problems = problems(deep);
    assertEquals(1, problems.size(), () -> listed(problems));
    assertEquals("must nest elements at most " + Cjml.MAX_DEPTH + " deep", problems.get(0).rule());
    assertTrue(problems.get(0).pointer().startsWith("/CJML/a/a/"), problems.get(0).pointer());
  }

  @Test
  void textLongerThanTheLimitStopsTheReading() {
    String text = "x".repeat(Cjml.MAX_TEXT_LENGTH + 1);
    List<FormatProblem> problems =
        problems(
            "<CJML version=\"2.0\"><plannedJourney><journeyTitle>"
                + text
                + "</journeyTitle></plannedJourney></CJML>");
    assertEquals(1, problems.size(), () -> listed(problems));
    assertEquals("/CJML/plannedJourney/journeyTitle", problems.get(0).pointer());
    assertEquals(
        "must hold text of at most " + Cjml.MAX_TEXT_LENGTH + " characters",
        problems.get(0).rule());
  }

  @Test
  void theJourneysOwnRulesAreReportedAtTheElementsTheyName() {
    String duplicate =
        String.join(
            "\n",
            "<CJML version=\"2.0\"><plannedJourney>",
            "<journeyID>j</journeyID><journeyTitle>T</journeyTitle>",
            "<journeyPhases><journeyPhase phaseID=\"s\"><phaseName>S</phaseName></journeyPhase>",
            "</journeyPhases>",
            "<actors><endUser actorID=\"s\"><actorName>Same id as the phase</actorName></endUser>",
            "</actors><touchpoints/></plannedJourney></CJML>");
    List<FormatProblem> problems = problems(duplicate);
    assertEquals(1, problems.size(), () -> listed(problems));
    assertTrue(
        problems.get(0).pointer().equals("/CJML/plannedJourney/actors/endUser/@actorID")
            || problems
                .get(0)
                .pointer()
                .equals("/CJML/plannedJourney/journeyPhases/journeyPhase/@phaseID"),
        listed(problems));
    assertTrue(problems.get(0).rule().contains("unique"), listed(problems));
  }

  private static void assertProblem(
      List<FormatProblem> problems, String pointer, int line, String rule, String value) {
    List<FormatProblem> at =
        problems.stream().filter(p -> p.pointer().equals(pointer)).collect(Collectors.toList());
    assertEquals(1, at.size(), () -> "one problem at " + pointer + " in\n" + listed(problems));
    FormatProblem problem = at.get(0);
    assertEquals(line, problem.line(), () -> "line of " + problem);
    assertTrue(problem.column() >= 1, () -> "column of " + problem);
    assertTrue(problem.rule().startsWith(rule), () -> "rule of " + problem);
    assertEquals(Optional.ofNullable(value), problem.value(), () -> "value of " + problem);
  }

  private static List<FormatProblem> problems(String document) {
    return assertThrows(JourneyFormatException.class, () -> read(document)).problems();
  }

  private static void read(String document) throws java.io.IOException {
    Cjml.readPlanned(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  private static String listed(List<FormatProblem> problems) {
    return problems.stream().map(FormatProblem::toString).collect(Collectors.joining("\n"));
  }
}
