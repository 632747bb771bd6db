package io.github.journeykit.analytics.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Path statistics in bytes and back, merged in place, and statuses read from text. */
class PathStatisticsBytesTest {
  private final PathAnalysis analysis = PathAnalysis.of(FaultJourney.JOURNEY);

  @Test
  void statisticsReadBackSummariseAndMergeAsThoseWritten() {
    PathStatistics all = analysis.run(EventLogs.log(7, 40)).statistics();
    PathStatistics back = analysis.statisticsFromBytes(all.toBytes());
    assertEquals(all.summary(), back.summary());
    assertEquals(all.directlyFollows(), back.directlyFollows());
    assertEquals(all.merge(all).summary(), back.merge(all).summary());
    assertEquals(Arrays.toString(all.toBytes()), Arrays.toString(back.toBytes()));
  }

  @Test
  void casesAnalysedApartAndMergedInPlaceGiveOnePass() {
    List<Event> log = EventLogs.log(11, 30);
    PathStatistics whole = analysis.run(log).statistics();
    PathStatistics merged =
        log.stream().collect(Collectors.groupingBy(Event::caseId)).values().stream()
            .map(events -> analysis.run(events).statistics())
            .map(part -> analysis.statisticsFromBytes(part.toBytes()))
            .collect(analysis.merging());
    SamePaths.assertSame(whole.summary(), merged.summary());
  }

  @Test
  void bytesOfAnotherJourneyOrOfSomethingElseAreRefused() {
    Journey other =
        Journey.builder("other", "Another journey")
            .addStage(
                Stage.builder("only", "Only")
                    .addTouchpoint(Touchpoint.of("one", "One", Channel.WEB))
                    .build())
            .build();
    byte[] theirs = PathAnalysis.of(other).run(List.of()).statistics().toBytes();
    assertThrows(ValidationException.class, () -> analysis.statisticsFromBytes(theirs));
    assertThrows(ValidationException.class, () -> analysis.statisticsFromBytes(new byte[] {1, 2}));
    byte[] cut = analysis.run(EventLogs.log(3, 5)).statistics().toBytes();
    assertThrows(
        ValidationException.class,
        () -> analysis.statisticsFromBytes(Arrays.copyOf(cut, cut.length - 3)));
  }

  @Test
  void aStatusReadsFromTheWordsOfTheCsvReader() {
    assertEquals(Optional.of(EventStatus.COMPLETED), EventStatus.fromText(""));
    assertEquals(Optional.of(EventStatus.COMPLETED), EventStatus.fromText("Complete"));
    assertEquals(Optional.of(EventStatus.FAILED), EventStatus.fromText("ERROR"));
    assertEquals(Optional.empty(), EventStatus.fromText("pending"));
  }
}
