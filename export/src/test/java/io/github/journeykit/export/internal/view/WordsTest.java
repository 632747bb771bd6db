package io.github.journeykit.export.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Shares, durations and times as every rendering for people writes them. */
class WordsTest {
  @Test
  void sharesArePercentagesWithAtMostTwoDecimals() {
    assertEquals("81.2%", Words.percent(OptionalDouble.of(0.812)));
    assertEquals("33.33%", Words.percent(OptionalDouble.of(1 / 3.0)));
    assertEquals("66.67%", Words.percent(OptionalDouble.of(2 / 3.0)));
    assertEquals("100%", Words.percent(OptionalDouble.of(1)));
    assertEquals("0%", Words.percent(OptionalDouble.of(0)));
    assertEquals("0.01%", Words.percent(OptionalDouble.of(0.0001)));
    assertEquals("", Words.percent(OptionalDouble.empty()));
    assertEquals("33.33", Words.percentNumber(OptionalDouble.of(1 / 3.0)));
    assertEquals("", Words.percentNumber(OptionalDouble.empty()));
  }

  @Test
  void durationsShowTheirTwoLargestUnitsTheSmallerRounded() {
    assertEquals("0 s", Words.duration(Duration.ZERO));
    assertEquals("0.25 s", Words.duration(Duration.ofMillis(250)));
    assertEquals("0 s", Words.duration(Duration.ofNanos(1)));
    assertEquals("12 s", Words.duration(Duration.ofSeconds(12)));
    assertEquals("1 min", Words.duration(Duration.ofMillis(59_999)));
    assertEquals("4 min 30 s", Words.duration(Duration.ofSeconds(270)));
    assertEquals("1 h", Words.duration(Duration.ofMinutes(59).plusSeconds(59).plusMillis(600)));
    assertEquals("1 h 45 min", Words.duration(Duration.ofMinutes(105)));
    // 1 h 45 min 30 s: minutes rounded half up.
    assertEquals("1 h 46 min", Words.duration(Duration.ofSeconds(6330)));
    assertEquals("23 h 59 min", Words.duration(Duration.ofSeconds(86_369)));
    assertEquals("1 d", Words.duration(Duration.ofSeconds(86_370)));
    assertEquals("1 d 22 h", Words.duration(Duration.ofHours(46)));
    assertEquals("4 d", Words.duration(Duration.ofHours(96).plusMinutes(29)));
    assertEquals("4 d 1 h", Words.duration(Duration.ofHours(96).plusMinutes(30)));
    assertEquals("1157 d 10 h", Words.duration(Duration.ofSeconds(100_000_000)));
  }

  @Test
  void timesAreShownToTheMinuteInUtc() {
    assertEquals("2026-10-01 07:12 UTC", Words.instant(Instant.parse("2026-10-01T07:12:59Z")));
    assertEquals("2026-10-01 06:12 UTC", Words.instant(Instant.parse("2026-10-01T07:12:00+01:00")));
  }
}
