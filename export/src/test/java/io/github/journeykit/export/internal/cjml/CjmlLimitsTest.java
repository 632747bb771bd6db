package io.github.journeykit.export.internal.cjml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's limits of size and element count, each at a size small enough to test. */
class CjmlLimitsTest {
  private static final String DOCUMENT =
      "<CJML version=\"2.0\"><plannedJourney><journeyID>j</journeyID>"
          + "<journeyTitle>T</journeyTitle><actors/><touchpoints/></plannedJourney></CJML>";

  @Test
  void aDocumentLargerThanTheLimitIsRefusedUnread() {
    int size = DOCUMENT.getBytes(StandardCharsets.UTF_8).length;
    List<FormatProblem> problems = problems(size - 1, 100);
    assertEquals(1, problems.size());
    assertEquals("must be at most " + (size - 1) + " bytes long", problems.get(0).rule());
    assertEquals("", problems.get(0).pointer());
    assertThrows(AssertionError.class, () -> problems(size, 100), "at the limit it reads");
  }

  @Test
  void moreElementsThanTheLimitStopTheReading() {
    List<FormatProblem> problems = problems(10_000, 4);
    assertEquals(1, problems.size());
    assertEquals("must hold at most 4 elements", problems.get(0).rule());
    assertEquals("/CJML/plannedJourney/actors", problems.get(0).pointer(), "the fifth element");
  }

  private static List<FormatProblem> problems(long maxBytes, int maxElements) {
    try {
      CjmlReader.readPlanned(
          new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)),
          "small.xml",
          maxBytes,
          32,
          1000,
          maxElements);
    } catch (JourneyFormatException e) {
      return e.problems();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read within the limits");
  }
}
