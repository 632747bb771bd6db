package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Very long text stays inside the page and the picture. */
class LongTextTest {
  private static final String WORD = "Rechtsschutzversicherungsgesellschaften".repeat(8);

  private static MapReport report() {
    return MapReport.of(
        Journey.builder("long", "Long " + WORD)
            .addStage(
                Stage.builder("s", "Stage")
                    .addTouchpoint(
                        Touchpoint.builder("t", WORD, Channel.WEB).owner("Digital team").build())
                    .build())
            .build());
  }

  @Test
  void htmlTableCellsBreakOnlyTheirVeryLongWords() {
    String html = Exporters.html().render(report());
    assertTrue(html.contains("<td dir=\"auto\" class=\"long\">" + WORD + "</td>"), html);
    assertTrue(html.contains("<td dir=\"auto\">Digital team</td>"), html);
    assertTrue(html.contains("td.long { overflow-wrap: anywhere; }"), html);
  }

  @Test
  void theMapCutsALongTitleWithinItsWidth() {
    String svg = Exporters.svg().render(report());
    Matcher title = Pattern.compile("font-size=\"22\"[^>]*>([^<]*)</text>").matcher(svg);
    assertTrue(title.find(), svg);
    assertTrue(title.group(1).endsWith("\u2026"), title.group(1));
    // 1132 pixels (1180 less the margins) hold 78 characters of this word at 22 pixels in bold as
    // wide as DejaVu Sans Bold draws them, the ellipsis included.
    assertEquals(78, title.group(1).length(), title.group(1));
  }
}
