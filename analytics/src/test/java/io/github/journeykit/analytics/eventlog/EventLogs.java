package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.T0;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Random event logs against {@link FaultJourney}: cases {@code c0}, {@code c1}, ... of random walks
 * over the map's touchpoints and ad hoc steps, some failed, with channels and an attribute whose
 * texts need quoting in CSV; the cases interleaved, each keeping its own order.
 */
final class EventLogs {
  private static final String[] ACTIVITIES = {
    "call", "chat", "visit", "parts", "sms", "complain", "GET /faq?a=1,2", "call", "visit", "sms"
  };

  private static final String[] CHANNELS = {"web", "phone", "app, \"beta\""};

  /** Logs of up to 60 cases. */
  static final Gen<List<Event>> LOGS = longs().all().zip(integers().between(0, 60), EventLogs::log);

  private EventLogs() {}

  static List<Event> log(long seed, int cases) {
    Random random = new Random(seed);
    List<List<Event>> byCase = new ArrayList<>();
    int size = 0;
    for (int c = 0; c < cases; c++) {
      List<Event> events = new ArrayList<>();
      int length = random.nextInt(7);
      long time = random.nextInt(1000);
      for (int e = 0; e < length; e++) {
        time += random.nextInt(3) * 60L * random.nextInt(500);
        Event.Builder event =
            Event.builder()
                .caseId("c" + c)
                .activity(ACTIVITIES[random.nextInt(ACTIVITIES.length)])
                .time(T0.plusSeconds(time).plusNanos(random.nextInt(3) * 1_000_000L))
                .status(random.nextInt(10) == 0 ? EventStatus.FAILED : EventStatus.COMPLETED)
                .putAttribute("region", random.nextBoolean() ? "north" : "south\nwest");
        if (random.nextBoolean()) {
          event.channel(CHANNELS[random.nextInt(CHANNELS.length)]);
        }
        events.add(event.build());
      }
      byCase.add(events);
      size += length;
    }
    // Cases come in any order: interleave whole events, keeping each case's own order.
    List<Event> shuffled = new ArrayList<>(size);
    int[] next = new int[byCase.size()];
    while (shuffled.size() < size) {
      int c = random.nextInt(byCase.size());
      if (next[c] < byCase.get(c).size()) {
        shuffled.add(byCase.get(c).get(next[c]++));
      }
    }
    return shuffled;
  }
}
