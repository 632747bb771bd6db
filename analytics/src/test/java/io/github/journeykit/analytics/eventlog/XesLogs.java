package io.github.journeykit.analytics.eventlog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Event logs written as XES documents, as process-mining tools write them: a header of extensions,
 * globals and classifiers, one trace per case in order of the cases' first events, and besides the
 * events that are steps, the starts of work that a reader reads past.
 */
final class XesLogs {
  static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<log xes.version=\"1.0\" xes.features=\"nested-attributes\""
          + " xmlns=\"http://www.xes-standard.org/\">\n"
          + "  <extension name=\"Concept\" prefix=\"concept\""
          + " uri=\"http://www.xes-standard.org/concept.xesext\"/>\n"
          + "  <extension name=\"Time\" prefix=\"time\""
          + " uri=\"http://www.xes-standard.org/time.xesext\"/>\n"
          + "  <extension name=\"Lifecycle\" prefix=\"lifecycle\""
          + " uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n"
          + "  <global scope=\"trace\"><string key=\"concept:name\""
          + " value=\"__INVALID__\"/></global>\n"
          + "  <global scope=\"event\">\n"
          + "    <string key=\"concept:name\" value=\"__INVALID__\"/>\n"
          + "    <string key=\"lifecycle:transition\" value=\"complete\"/>\n"
          + "  </global>\n"
          + "  <classifier name=\"Activity\" keys=\"concept:name\"/>\n"
          + "  <string key=\"concept:name\" value=\"A log\"/>\n";

  private XesLogs() {}

  /** The log as XES, its events grouped in traces by case, written in ways {@code seed} picks. */
  static String of(List<Event> events, long seed) {
    Random random = new Random(seed);
    Map<String, List<Event>> traces = new LinkedHashMap<>();
    for (Event event : events) {
      traces.computeIfAbsent(event.caseId(), c -> new ArrayList<>()).add(event);
    }
    StringBuilder xes = new StringBuilder(HEADER);
    traces.forEach(
        (caseId, trace) -> {
          xes.append("  <trace>\n");
          xes.append("    <int key=\"customer\" value=\"")
              .append(random.nextInt(1000))
              .append("\"/>\n");
          xes.append("    <string key=\"concept:name\" value=\"")
              .append(escape(caseId))
              .append("\">");
          xes.append("<string key=\"concept:name\" value=\"a meta-attribute\"/></string>\n");
          for (Event event : trace) {
            if (random.nextInt(4) == 0) {
              // The start of the work that the event completes: not a step.
              xes.append(event(event.activity(), event, "start", random));
            }
            boolean failed = event.status() == EventStatus.FAILED;
            String transition =
                failed
                    ? new String[] {"ate_abort", "PI_ABORT", "withdraw"}[random.nextInt(3)]
                    : new String[] {"complete", "COMPLETE", null}[random.nextInt(3)];
            xes.append(event(event.activity(), event, transition, random));
          }
          xes.append("  </trace>\n");
        });
    return xes.append("</log>\n").toString();
  }

  private static String event(String activity, Event event, String transition, Random random) {
    StringBuilder xes = new StringBuilder("    <event>\n");
    xes.append("      <string key=\"org:resource\" value=\"agent ").append(random.nextInt(9));
    xes.append("\"/>\n");
    xes.append("      <string key=\"concept:name\" value=\"")
        .append(escape(activity))
        .append("\"/>\n");
    String time =
        random.nextBoolean()
            ? event.time().get().toString()
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                event.time().get().atOffset(ZoneOffset.ofHoursMinutes(-3, -30)));
    xes.append("      <date key=\"time:timestamp\" value=\"").append(time).append("\"/>\n");
    if (transition != null) {
      xes.append("      <string key=\"lifecycle:transition\" value=\"").append(transition);
      xes.append("\"/>\n");
    }
    event
        .channel()
        .ifPresent(
            c ->
                xes.append("      <string key=\"channel\" value=\"")
                    .append(escape(c))
                    .append("\"/>\n"));
    xes.append(
        "      <list key=\"tags\"><values><string key=\"tag\" value=\"x\"/></values></list>\n");
    return xes.append("    </event>\n").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace("\"", "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;");
  }
}
