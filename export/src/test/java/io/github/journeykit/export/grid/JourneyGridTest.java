package io.github.journeykit.export.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing grids: round trips, every kind of problem, and the reader's limits. */
class JourneyGridTest {
  private static final Journey BROADBAND = SampleJourneys.broadbandFault();

  // ------------------------------------------------------------- round trips

  @Test
  void theSampleJourneysReadBackAsTheirHeldPartFromXlsxAndCsv() {
    for (Journey journey :
        List.of(BROADBAND, SampleJourneys.broadbandFaultFuture(), SampleJourneys.openAccount())) {
      Journey held = JourneyGrid.heldPart(journey);
      assertEquals(held, GridFiles.readXlsx(GridFiles.xlsx(journey)), journey.id());
      assertEquals(held, GridFiles.readCsv(GridFiles.csv(journey)), journey.id());
    }
  }

  @Test
  void theHeldPartKeepsWhatTheGridShowsAndDropsTheRest() {
    Journey held = JourneyGrid.heldPart(BROADBAND);
    assertEquals(BROADBAND.stages().size(), held.stages().size());
    assertEquals(BROADBAND.touchpoints().size(), held.touchpoints().size());
    assertEquals(BROADBAND.gaps().size(), held.gaps().size());
    assertEquals(
        BROADBAND.touchpoint("call").get().emotion(), held.touchpoint("call").get().emotion());
    assertFalse(BROADBAND.kpis().isEmpty());
    assertTrue(held.kpis().isEmpty(), "KPIs are not in the grid");
    assertTrue(held.actions().stream().allMatch(a -> a.kpiIds().isEmpty()));
    assertEquals(held, JourneyGrid.heldPart(held), "the held part holds only what a grid holds");
  }

  @Test
  void filesReadTheSameAsStreams(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("broadband.xlsx");
    Files.write(xlsx, GridFiles.xlsx(BROADBAND));
    Path csv = dir.resolve("broadband.csv");
    Files.write(csv, ("\uFEFF" + GridFiles.csv(BROADBAND)).getBytes(StandardCharsets.UTF_8));
    Journey held = JourneyGrid.heldPart(BROADBAND);
    assertEquals(held, JourneyGrid.readXlsx(xlsx));
    assertEquals(held, JourneyGrid.readXlsx(xlsx, JourneyGrid.SHEET));
    assertEquals(held, JourneyGrid.readCsv(csv));
  }

  @Test
  void csvOfTheSameJourneyIsTheSameText() {
    assertEquals(GridFiles.csv(BROADBAND), GridFiles.csv(SampleJourneys.broadbandFault()));
    assertTrue(GridFiles.csv(BROADBAND).endsWith("\r\n"));
  }

  @Test
  void xlsxOfTheSameJourneyIsTheSameBytesAtAnyTimeInAnyZone() throws Exception {
    byte[] first = GridFiles.xlsx(BROADBAND);
    TimeZone zone = TimeZone.getDefault();
    byte[] later;
    try {
      // A zone far from most, and a later millisecond than the first write's.
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Thread.sleep(5);
      later = GridFiles.xlsx(SampleJourneys.broadbandFault());
    } finally {
      TimeZone.setDefault(zone);
    }
    assertArrayEquals(first, later);
    assertTrue(
        GridFiles.parts(first)
            .get("docProps/core.xml")
            .contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-02T00:00:00Z<"),
        "the workbook claims a fixed creation time");
    assertEquals(JourneyGrid.heldPart(BROADBAND), GridFiles.readXlsx(later));
  }

  @Test
  void theStarterWorkbookIsTheSameBytesEachTime() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    JourneyGrid.writeStarterWorkbook(first);
    Thread.sleep(5);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    JourneyGrid.writeStarterWorkbook(second);
    assertArrayEquals(first.toByteArray(), second.toByteArray());
  }

  // ---------------------------------------------------------------- problems

  @Test
  void aConstantOutsideItsEnumIsAProblemAtItsCell() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String kind = EditedGrid.right(grid.find("case-handoff"), 2);
    List<GridProblem> problems = grid.set(kind, "MEND").problems();
    assertProblem(
        problems,
        kind,
        "must be one of [FIX, AMPLIFY, PILOT, RESEARCH, TRAINING, COMMUNICATION]",
        "\"MEND\"");
  }

  @Test
  void aNumberThatDoesNotParseIsAProblemAtItsCell() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String emotion = EditedGrid.below(grid.find("call"), 3);
    assertProblem(
        grid.set(emotion, "minus one").problems(),
        emotion,
        "must be a number, such as -1.5 or 4",
        "\"minus one\"");
  }

  @Test
  void aValueOffItsScaleIsTheModelsProblemAtTheCell() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String emotion = EditedGrid.below(grid.find("call"), 3);
    assertProblem(
        grid.set(emotion, "5").problems(), emotion, "must lie on the scale [-2..2]", "5.0");
  }

  @Test
  void aGapsStageThatIsUnknownOrNoIdentifierIsAProblemAtItsCell() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String stage = EditedGrid.right(grid.find("silo"), 4);
    assertProblem(
        grid.set(stage, "nowhere").problems(),
        stage,
        "must name a stage of the journey",
        "\"nowhere\"");
    // Found by JourneyGridFuzzTest: the model's refusal of the stage's id escaped the reader.
    assertProblem(
        grid.set(stage, "Digital onboarding").problems(),
        stage,
        "must be an identifier: a letter or digit, then letters, digits,",
        "\"Digital onboarding\"");
  }

  @Test
  void aMissingRequiredCellIsAProblemWhereItShouldBe() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String channel = EditedGrid.below(grid.find("call"), 1);
    List<GridProblem> problems = grid.set(channel, "").problems();
    assertProblem(problems, channel, "must not be empty: a touchpoint needs a channel", null);
    assertEquals(
        1, problems.size(), "references to the lost touchpoint are no problems: " + problems);
  }

  @Test
  void aDuplicateIdIsTheModelsProblemAtTheSecondId() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String secondStage = grid.find("report");
    List<GridProblem> problems = grid.set(secondStage, "notice").problems();
    assertEquals(secondStage, problems.get(0).cell());
    assertTrue(
        problems.get(0).rule().startsWith("must be unique in the journey"), problems.toString());
  }

  @Test
  void unknownLabelsAndLabelsOutOfPlaceAreProblemsInColumnA() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String vision = grid.find("Vision");
    String owner = grid.find("Stage owner");
    grid.set(vision, "Visoin").addRow("Journey title", "again");
    List<GridProblem> problems = grid.problems();
    assertProblem(problems, vision, "must be a label of the grid: Journey id, ", "\"Visoin\"");
    assertTrue(
        problems.stream().anyMatch(p -> p.rule().startsWith("must come before the tables part")),
        problems.toString());
    assertFalse(owner.isEmpty());
  }

  @Test
  void touchpointsOutsideTheStageColumnsAreProblems() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String beyond = EditedGrid.right(grid.find("sms-confirm"), 1);
    assertProblem(
        grid.set(beyond, "stray").problems(),
        beyond,
        "must be under a stage: column F has no stage in the stage rows",
        "\"stray\"");
  }

  @Test
  void everyProblemIsListedAtOnceWithItsSheetAndCell() {
    EditedGrid grid = new EditedGrid(BROADBAND);
    String kind = EditedGrid.right(grid.find("case-handoff"), 2);
    String emotion = EditedGrid.below(grid.find("call"), 3);
    String due = EditedGrid.right(grid.find("eta-sms"), 5);
    GridFormatException e =
        assertThrows(
            GridFormatException.class,
            () ->
                GridFiles.readCsv(
                    grid.set(kind, "MEND").set(emotion, "x").set(due, "next week").csv()));
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().startsWith("The journey grid is invalid (3 problems):\n  - "));
    assertTrue(e.getMessage().contains("journey.csv!" + emotion + ": must be a number"));
    assertTrue(
        e.getMessage()
            .contains(
                "journey.csv!" + due + ": must be a date such as 2026-12-15 (was \"next week\")"));
    for (GridProblem problem : e.problems()) {
      assertEquals("journey.csv", problem.sheet());
    }
  }

  @Test
  void aGridMustBeginWithItsMarkerAndAKnownVersion() {
    assertProblem(
        problems("Name,Value\r\n"),
        "A1",
        "must be \"JourneyKit journey grid\": a journey grid begins with it",
        "\"Name\"");
    assertProblem(
        problems("JourneyKit journey grid,2\r\n"),
        "B1",
        "must be 1, the layout version this reader knows",
        "\"2\"");
  }

  @Test
  void theBlankGridReadsAsProblemsThatSayWhatToFillIn() throws Exception {
    ByteArrayOutputStream starter = new ByteArrayOutputStream();
    JourneyGrid.writeStarterWorkbook(starter);
    GridFormatException e =
        assertThrows(
            GridFormatException.class,
            () ->
                JourneyGrid.readXlsx(
                    new ByteArrayInputStream(starter.toByteArray()),
                    "starter.xlsx",
                    JourneyGrid.BLANK_SHEET));
    assertEquals(
        List.of(
            "Blank!B2: must not be empty: the journey needs an id",
            "Blank!B3: must not be empty: the journey needs a title: the customer's goal"),
        e.problems().stream()
            .map(GridProblem::toString)
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void theExampleSheetReadsAsAValidJourney() throws Exception {
    ByteArrayOutputStream starter = new ByteArrayOutputStream();
    JourneyGrid.writeStarterWorkbook(starter);
    Journey example =
        JourneyGrid.readXlsx(new ByteArrayInputStream(starter.toByteArray()), "starter.xlsx");
    assertEquals("open-account", example.id());
    assertEquals(3, example.stages().size());
    assertEquals(6, example.touchpoints().size());
    assertFalse(example.painPoints().isEmpty());
    assertEquals(
        example,
        JourneyGrid.readXlsx(
            new ByteArrayInputStream(starter.toByteArray()),
            "starter.xlsx",
            JourneyGrid.EXAMPLE_SHEET));
    assertEquals(example, GridFiles.readCsv(GridFiles.csv(example)));
  }

  // ------------------------------------------------------------- XLSX cells

  @Test
  void formulasInTextAreStringCellsAndWhatXmlCannotHoldIsEscapedTheSheetsWay() {
    String text = "=HYPERLINK(\"http://x\") +1 @SUM(A1) a\rb\u0000c _x0041_ \uD800";
    Journey journey = BROADBAND.withTitle(text);
    byte[] workbook = GridFiles.xlsx(journey);
    JourneyGridProperties.assertNoFormula(workbook);
    String strings = GridFiles.parts(workbook).get("xl/sharedStrings.xml");
    assertTrue(
        strings.contains(
            "=HYPERLINK(&quot;http://x&quot;) +1 @SUM(A1) a_x000D_b_x0000_c _x005F_x0041_ _xD800_"),
        strings);
    assertEquals(text, GridFiles.readXlsx(workbook).title());
    String csv = GridFiles.csv(journey);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")"), csv);
    assertEquals(text, GridFiles.readCsv(csv).title());
  }

  @Test
  void aFormulaIsReadAsTheValueItComputed() {
    byte[] workbook =
        GridFiles.editedSheet(
            GridFiles.xlsx(BROADBAND),
            "<c r=\"B8\" s=\"3\" t=\"s\"><v>14</v></c>",
            "<c r=\"B8\" s=\"3\" t=\"str\"><f>CONCAT(\"Head of \",\"care\")</f><v>Head of"
                + " care</v></c>");
    assertEquals(Optional.of("Head of care"), GridFiles.readXlsx(workbook).governance().owner());
  }

  @Test
  void aFormulaWithoutAValueAndAnErrorAreProblems() {
    byte[] workbook =
        GridFiles.editedSheet(
            GridFiles.editedSheet(
                GridFiles.xlsx(BROADBAND),
                "<c r=\"B8\" s=\"3\" t=\"s\"><v>14</v></c>",
                "<c r=\"B8\" s=\"3\"><f>NOW()</f></c>"),
            "<c r=\"B5\" s=\"3\" t=\"s\"><v>8</v></c>",
            "<c r=\"B5\" s=\"3\" t=\"e\"><v>#DIV/0!</v></c>");
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(workbook));
    assertProblem(e.problems(), "B5", "must not be an error of the spreadsheet", "\"#DIV/0!\"");
    assertProblem(
        e.problems(),
        "B8",
        "must hold a value: a formula is read as the value the spreadsheet computed and saved,"
            + " and this one has none",
        "\"=NOW()\"");
    assertEquals("Journey!B8", e.problems().get(1).location());
  }

  @Test
  void aDateTypedIntoTheSheetIsReadAsADate() {
    byte[] workbook = GridFiles.xlsx(BROADBAND);
    String sheet = GridFiles.parts(workbook).get(GridFiles.FIRST_SHEET);
    int due = sheet.indexOf("<c r=\"F63\"");
    assertTrue(due > 0, "the first action's due date is in F63");
    String cell = sheet.substring(due, sheet.indexOf("</c>", due) + 4);
    // 46387 is 2026-12-31 counted in days from 1899-12-30; style 0 with a date format added.
    byte[] dated = GridFiles.editedSheet(workbook, cell, "<c r=\"F63\" s=\"4\"><v>46387</v></c>");
    String styles = GridFiles.parts(dated).get("xl/styles.xml");
    assertTrue(styles.contains("<cellXfs count=\"4\">"), styles);
    byte[] withDateStyle =
        GridFiles.withPart(
            dated,
            "xl/styles.xml",
            styles
                .replace("<cellXfs count=\"4\">", "<cellXfs count=\"5\">")
                .replace("</cellXfs>", "<xf numFmtId=\"14\" applyNumberFormat=\"true\"/></cellXfs>")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        BROADBAND.action("case-handoff").get().due(),
        GridFiles.readXlsx(withDateStyle).action("case-handoff").get().due());
  }

  // ------------------------------------------------------------------ limits

  @Test
  void whatIsNotAWorkbookIsOneProblemOfTheWhole() {
    GridFormatException e =
        assertThrows(
            GridFormatException.class,
            () -> GridFiles.readXlsx("not a zip".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, e.problems().size());
    assertEquals("journey.xlsx", e.problems().get(0).location());
    assertTrue(e.problems().get(0).rule().startsWith("must be an XLSX workbook, which is a zip"));
  }

  @Test
  void aSheetThatIsNotWellFormedXmlIsOneProblemOfTheWhole() {
    byte[] broken =
        GridFiles.editedSheet(GridFiles.xlsx(BROADBAND), "<sheetData>", "<sheetData><<");
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(broken));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(
        e.problems().get(0).rule().startsWith("must be a readable XLSX workbook"), e.getMessage());
  }

  @Test
  void aCellReferenceWithoutAColumnIsAProblemOfTheSheetPastTheRowsRead() {
    // Found by JourneyGridFuzzTest: FastExcel's IndexOutOfBoundsException escaped the reader.
    GridProblem problem =
        onlyProblem(GridFiles.editedSheet(GridFiles.xlsx(BROADBAND), "<c r=\"A2\"", "<c r=\"2\""));
    assertEquals(JourneyGrid.SHEET, problem.location());
    assertEquals("must be a well-formed sheet: it cannot be read past row 1", problem.rule());
    assertTrue(problem.value().isPresent(), problem.toString());
  }

  @Test
  void aControlCharacterInTheSheetsXmlIsAProblemOfTheSheet() {
    // Found by JourneyGridFuzzTest: the XML parser's exception escaped the reader.
    GridProblem problem =
        onlyProblem(
            GridFiles.editedSheet(
                GridFiles.xlsx(BROADBAND),
                "<row r=\"3\">",
                "<row r=\"3\"><c r=\"Z3\"><v>\u0003</v></c>"));
    assertEquals(
        "Journey: must be a well-formed sheet: it cannot be read past row 2",
        problem.location() + ": " + problem.rule());
  }

  @Test
  void aDateCellWhoseValueIsNoNumberIsAProblemAtItsCell() {
    // Style 3, that of the cells right of the labels, shown as a date (built-in format 14).
    byte[] workbook =
        GridFiles.editedSheet(
            GridFiles.xlsx(BROADBAND),
            "<row r=\"3\">",
            "<row r=\"3\"><c r=\"Z3\" s=\"3\"><v>1E300</v></c>");
    String styles = GridFiles.parts(workbook).get("xl/styles.xml");
    String dataStyle =
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment";
    assertTrue(styles.contains(dataStyle), styles);
    byte[] dated =
        GridFiles.withPart(
            workbook,
            "xl/styles.xml",
            styles
                .replace(dataStyle, dataStyle.replace("numFmtId=\"0\"", "numFmtId=\"14\""))
                .getBytes(StandardCharsets.UTF_8));
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(dated));
    assertProblem(e.problems(), "Z3", "must be a readable cell", "\"1E300\"");
  }

  /** The one problem reading {@code workbook} gives. */
  private static GridProblem onlyProblem(byte[] workbook) {
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(workbook));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void aSheetIsFoundByNameOrItsMissIsAProblem() {
    byte[] workbook = GridFiles.xlsx(BROADBAND);
    GridFormatException e =
        assertThrows(
            GridFormatException.class,
            () -> JourneyGrid.readXlsx(new ByteArrayInputStream(workbook), "journey.xlsx", "Map"));
    assertEquals(
        "journey.xlsx: must have a sheet named \"Map\"; it has [Journey]",
        e.problems().get(0).toString());
    byte[] noGrid = GridFiles.editedSheet(workbook, "<v>0</v>", "<v>1</v>");
    GridFormatException none =
        assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(noGrid));
    assertEquals(
        "journey.xlsx: must have a sheet whose cell A1 says \"JourneyKit journey grid\"; none of"
            + " [Journey] does",
        none.problems().get(0).toString());
  }

  @Test
  void aWorkbookThatUnpacksToTooMuchIsRefusedBeforeItIsParsed() {
    byte[] bomb =
        GridFiles.withPart(
            GridFiles.xlsx(BROADBAND),
            "xl/padding.bin",
            new byte[(int) JourneyGrid.MAX_UNPACKED_BYTES + 1]);
    assertTrue(bomb.length < 2_000_000, "zeros pack small: " + bomb.length);
    GridFormatException e = assertThrows(GridFormatException.class, () -> GridFiles.readXlsx(bomb));
    assertEquals(
        "must unpack to at most 268435456 bytes: a larger workbook is refused as a possible zip"
            + " bomb",
        e.problems().get(0).rule());
  }

  @Test
  void rowsBeyondTheLimitStopTheReader() {
    StringBuilder csv = new StringBuilder(GridFiles.csv(BROADBAND));
    for (int i = 0; i < JourneyGrid.MAX_ROWS; i++) {
      csv.append("x\r\n");
    }
    List<GridProblem> problems = problems(csv.toString());
    assertEquals(
        "must be within the first 10000 rows; reading stopped",
        problems.get(problems.size() - 1).rule());
  }

  @Test
  void aCellLongerThanASpreadsheetHoldsIsAProblemBothWays() {
    String longText = "x".repeat(JourneyGrid.MAX_CELL_LENGTH + 1);
    EditedGrid grid = new EditedGrid(BROADBAND);
    String description = EditedGrid.right(grid.find("Description"), 1);
    assertProblem(
        grid.set(description, longText).problems(),
        description,
        "must be at most 32767 characters long, the most a spreadsheet's cell holds",
        "\"" + "x".repeat(80) + "\"... (32768 characters)");
    Journey tooLong = BROADBAND.withTitle(longText);
    GridFormatException e = assertThrows(GridFormatException.class, () -> GridFiles.csv(tooLong));
    assertEquals("Journey!B3", e.problems().get(0).location());
  }

  @Test
  void theProblemsStopAtTheirLimit() {
    StringBuilder csv = new StringBuilder(GridFiles.csv(BROADBAND));
    for (int i = 0; i < 2 * JourneyGrid.MAX_PROBLEMS; i++) {
      csv.append("Nonsense\r\n");
    }
    List<GridProblem> problems = problems(csv.toString());
    assertEquals(JourneyGrid.MAX_PROBLEMS + 1, problems.size());
    assertEquals(
        "must have fewer than 100 problems; reading stopped",
        problems.get(JourneyGrid.MAX_PROBLEMS).rule());
  }

  @Test
  void aCsvFileMustBeUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin.csv");
    Files.write(file, new byte[] {'J', (byte) 0xE9, '\r', '\n'});
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> JourneyGrid.readCsv(file));
    assertEquals("latin.csv: must be UTF-8 text", e.problems().get(0).toString());
  }

  @Test
  void aCsvFileLongerThanTheLimitIsTooLongEvenWhereTheLimitCutsACharacter(@TempDir Path dir)
      throws Exception {
    // Whole euro signs, three bytes each, more bytes than any text of the limit's length takes; a
    // read cut after a number of bytes that is no multiple of three splits one of them.
    Path file = dir.resolve("long.csv");
    byte[] euro = "\u20AC".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[4 * JourneyGrid.MAX_CSV_LENGTH + 5];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = euro[i % 3];
    }
    Files.write(file, bytes);
    GridFormatException e =
        assertThrows(GridFormatException.class, () -> JourneyGrid.readCsv(file));
    assertEquals(
        "long.csv: must be at most " + JourneyGrid.MAX_CSV_LENGTH + " characters long",
        e.problems().get(0).toString());
  }

  @Test
  void aSheetNameThatIsNotPlainIsQuotedInLocations() {
    GridProblem problem = GridProblem.of("My map's", "D7", "must be x", Optional.empty());
    assertEquals("'My map''s'!D7", problem.location());
    assertEquals("Journey", GridProblem.of("Journey", "", "must", Optional.empty()).location());
  }

  // ----------------------------------------------------------------- helpers

  private static List<GridProblem> problems(String csv) {
    return assertThrows(
            GridFormatException.class,
            () -> JourneyGrid.readCsv(new StringReader(csv), "journey.csv"))
        .problems();
  }

  private static void assertProblem(
      List<GridProblem> problems, String cell, String rule, String value) {
    for (GridProblem problem : problems) {
      if (problem.cell().equals(cell) && problem.rule().startsWith(rule)) {
        assertEquals(Optional.ofNullable(value), problem.value(), problem.toString());
        return;
      }
    }
    throw new AssertionError("no problem at " + cell + " \"" + rule + "\" among " + problems);
  }
}
