package io.github.journeykit.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScoreTest {
  private static Score score(double value, Scale scale) {
    return Score.builder().value(value).scale(scale).label("S").build();
  }

  @Test
  void valueMustLieOnTheScale() {
    ValidationException e = assertThrows(ValidationException.class, () -> score(101, Scale.NPS));
    assertEquals(
        "value: must lie on the scale [-100..100] (was 101.0)", e.violations().get(0).toString());
    assertThrows(ValidationException.class, () -> score(Double.NaN, Scale.NPS));
  }

  @Test
  void readableForm() {
    Score nps =
        Score.builder()
            .value(32)
            .scale(Scale.NPS)
            .label("NPS")
            .strategy("nps")
            .sampleSize(250)
            .interval(ConfidenceInterval.of(21.4, 42.1, 0.95, "adjusted-wald"))
            .build();
    assertEquals(
        "NPS 32 [-100..100] baseline 0 (n=250, 95% CI [21.4, 42.1] adjusted-wald)", nps.toString());
    assertEquals("S 0.3 [0..1]", score(0.1 + 0.2, Scale.of(0, 1)).toString());
  }

  @Test
  void intervalsAreOrderedWithALevelBetweenZeroAndOne() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> ConfidenceInterval.of(5, 4, 1, " "));
    assertEquals(
        List.of("level", "method", "upper"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals(2.5, ConfidenceInterval.of(1, 3.5, 0.9, "t").width());
  }

  @Test
  void contributionsExplainAScore() {
    Contribution cost =
        Contribution.builder()
            .factor("cost")
            .value(42)
            .weight(0.3)
            .points(21.5)
            .note("lower is better")
            .build();
    assertEquals("cost=42 x0.3 -> 21.5 (lower is better)", cost.toString());
    assertEquals("reach=12000", Contribution.of("reach", 12_000).toString());
    assertThrows(ValidationException.class, () -> Contribution.of(" ", Double.NaN));
  }

  @Test
  void sheetsRankBestFirstWithTiesInIdOrder() {
    ScoreSheet sheet =
        ScoreSheet.builder()
            .label("RICE")
            .putScore("c", score(10, Scale.atLeast(0)))
            .putScore("a", score(30, Scale.atLeast(0)))
            .putScore("b", score(10, Scale.atLeast(0)))
            .putScore("d", score(0, Scale.atLeast(0)))
            .build();
    assertEquals(List.of("a", "b", "c", "d"), sheet.ranking());
    assertEquals(Optional.of(2), sheet.rank("b"));
    assertEquals(Optional.empty(), sheet.rank("x"));
    assertEquals(Optional.of(score(0, Scale.atLeast(0))), sheet.score("d"));
    assertEquals("ScoreSheet[RICE: 4 scores]", sheet.toString());
  }

  @Test
  void sheetsOnLowerIsBetterScalesRankLowestFirst() {
    Scale effort = Scale.builder().min(1).max(7).higherIsBetter(false).build();
    ScoreSheet sheet =
        ScoreSheet.builder()
            .label("Effort")
            .putScore("hard", score(6, effort))
            .putScore("easy", score(2, effort))
            .build();
    assertEquals(List.of("easy", "hard"), sheet.ranking());
  }

  @Test
  void sheetKeysAreElementIds() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ScoreSheet.builder()
                    .label("L")
                    .putScore("not an id", score(1, Scale.atLeast(0)))
                    .build());
    assertEquals("scores.not an id", e.violations().get(0).path());
  }
}
