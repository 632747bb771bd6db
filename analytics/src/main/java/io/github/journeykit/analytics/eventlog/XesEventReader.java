package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.internal.XmlInputs;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XES event log (IEEE 1849-2016) into an {@link EventIntake} that reads it as sorted by
 * case, with the JDK's StAX parser: one trace at a time, never the whole document. A trace is a
 * case, named by its {@code concept:name}; an event's {@code concept:name} is its activity, its
 * {@code time:timestamp} its time and its {@code lifecycle:transition} its status. The rules are
 * the intake's, the fields named by their XES keys; a rejected event is told with the document's
 * name, the line of its {@code <event>} and its keys.
 *
 * <p>The parser reads no document type declaration and no external entity: a document that declares
 * one is refused. Whatever the bytes, only a {@link ValidationException} (for a document that is
 * not XES), a {@link java.util.concurrent.CancellationException} or an {@link IOException} of the
 * input itself comes out.
 */
final class XesEventReader {
  /** The XES keys of the fields an event's rules name. */
  static final String NAME = "concept:name";

  static final String TIMESTAMP = "time:timestamp";
  static final String TRANSITION = "lifecycle:transition";

  /** The elements of XES that hold an attribute, by their key. */
  private static final Set<String> ATTRIBUTES =
      Set.of("string", "date", "int", "float", "boolean", "id", "list", "container");

  /** The lifecycle transitions that end a step: completed, and failed. */
  private static final String COMPLETE = "complete";

  private static final Set<String> FAILURES = Set.of("ate_abort", "pi_abort", "withdraw");

  /** How often, in events, cancellation is checked besides after each read of the input. */
  private static final int CHECK_EVERY = 4096;

  private final EventIntake intake;
  private final String name;
  private final CountingStream in;
  private final FieldParser parser = new FieldParser();
  private final EventFields.Text fields =
      new EventFields.Text("trace " + NAME, NAME, TIMESTAMP, TRANSITION);

  private XMLStreamReader xml;

  /** The events of the trace being read, until its end: its name may follow them. */
  private final List<PendingEvent> trace = new ArrayList<>();

  private String traceName;

  /** The number of {@code <event>} elements so far: an event's position. */
  private long events;

  XesEventReader(
      EventIntake intake, String name, InputStream in, long total, ProgressListener progress) {
    this.intake = intake;
    this.name = name;
    this.in =
        new CountingStream(
            in,
            read -> {
              progress.progressed(read, total);
              intake.checkCancellation();
            });
  }

  /** Reads the whole document into the intake. */
  EventIntake read() throws IOException {
    intake.checkCancellation();
    try {
      try {
        xml = XmlInputs.hardenedFactory().createXMLStreamReader(in);
      } catch (RuntimeException e) {
        throw parserFailure(e);
      }
      readDocument();
    } catch (XMLStreamException e) {
      // The input's own failures (a read that failed, a cancellation) come out as they are;
      // anything else is the parser's verdict on the bytes.
      in.rethrowFailure();
      Location at = e.getLocation() != null ? e.getLocation() : xml != null ? location() : null;
      throw malformed(at, "document", "must be well-formed XML: " + parserMessage(e), null);
    }
    return intake;
  }

  /** The next parsing event. */
  private int next() throws XMLStreamException {
    try {
      return xml.next();
    } catch (RuntimeException e) {
      throw parserFailure(e);
    }
  }

  /**
   * What the parser threw other than an {@link XMLStreamException}: the input's own failure, thrown
   * on as it is, or the parser's verdict on the bytes, as an {@link XMLStreamException}.
   */
  private XMLStreamException parserFailure(RuntimeException e) {
    if (in.threw(e)) {
      throw e;
    }
    return new XMLStreamException(String.valueOf(e), xml != null ? location() : null, e);
  }

  private void readDocument() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_DOCUMENT) {
        return;
      }
      if (event == XMLStreamConstants.DTD) {
        throw malformed(location(), "document", "must not declare a document type (DTD)", null);
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!xml.getLocalName().equals("log")) {
          throw malformed(
              location(), "root", "must be the element log of XES (IEEE 1849-2016)", element());
        }
        readLog();
      }
    }
  }

  /** Reads the children of {@code <log>}, up to its end. */
  private void readLog() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = xml.getLocalName();
      if (element.equals("trace")) {
        readTrace();
      } else if (element.equals("event")) {
        // An event of no trace belongs to no case.
        PendingEvent outside = readEvent();
        accept(outside, "");
      } else {
        skip();
      }
    }
  }

  /** Reads a trace, up to its end, and its events: a case. */
  private void readTrace() throws XMLStreamException {
    traceName = null;
    trace.clear();
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = xml.getLocalName();
      if (element.equals("event")) {
        trace.add(readEvent());
      } else if (element.equals("trace")) {
        throw misplaced("the log");
      } else if (ATTRIBUTES.contains(element) && NAME.equals(key())) {
        traceName = value();
        skip();
      } else {
        skip();
      }
    }
    String caseId = traceName == null ? "" : traceName;
    for (PendingEvent pending : trace) {
      accept(pending, caseId);
    }
    trace.clear();
    // A trace is a case: one of the same name later is a case that comes back.
    intake.endCase();
  }

  /** Reads an event, up to its end: the keys its rules read, where it stands. */
  private PendingEvent readEvent() throws XMLStreamException {
    PendingEvent pending = new PendingEvent(location().getLineNumber(), events++);
    if (events % CHECK_EVERY == 0) {
      intake.checkCancellation();
    }
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return pending;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = xml.getLocalName();
      if (element.equals("trace") || element.equals("event")) {
        throw misplaced(element.equals("trace") ? "the log" : "a trace or the log");
      }
      if (ATTRIBUTES.contains(element)) {
        String key = key();
        if (NAME.equals(key)) {
          pending.activity = value();
        } else if (TIMESTAMP.equals(key)) {
          pending.time = value();
        } else if (TRANSITION.equals(key)) {
          pending.transition = value();
        }
      }
      skip();
    }
  }

  /**
   * Skips the element just started, with everything in it; a trace or an event in it is out of its
   * place.
   */
  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("trace")) {
          throw misplaced("the log");
        }
        if (element.equals("event")) {
          throw misplaced("a trace or the log");
        }
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Checks an event of the case {@code caseId} and adds it, unless it is no step. */
  private void accept(PendingEvent pending, String caseId) {
    String transition = pending.transition == null ? "" : pending.transition.strip();
    boolean failed = FAILURES.contains(transition.toLowerCase(Locale.ROOT));
    if (!transition.isEmpty() && !transition.equalsIgnoreCase(COMPLETE) && !failed) {
      // The start, scheduling or handling of work, not a step taken.
      return;
    }
    EventFields.Text f = fields;
    f.caseId = caseId;
    f.activity = pending.activity == null ? "" : pending.activity;
    f.failed = failed;
    f.statusUnreadable = false;
    if (pending.time == null) {
      f.time = EventFields.TIME_MISSING;
    } else {
      byte[] bytes = pending.time.strip().getBytes(StandardCharsets.UTF_8);
      if (parser.instant(bytes, 0, bytes.length)) {
        f.time = EventFields.TIME_GIVEN;
        f.second = parser.second();
        f.nano = parser.nano();
      } else {
        f.time = EventFields.TIME_UNREADABLE;
        f.timeText = pending.time;
      }
    }
    List<Violation> problems = intake.acceptText(f);
    if (problems == null) {
      return;
    }
    RejectionLog<Event> log = intake.rejections();
    if (!log.keepsNext()) {
      log.countUnkept();
      return;
    }
    log.rejectRow(name, pending.line, pending.position, pending.text(caseId), problems);
  }

  private String key() {
    return xml.getAttributeValue(null, "key");
  }

  private String value() {
    String value = xml.getAttributeValue(null, "value");
    return value == null ? "" : value;
  }

  private String element() {
    return xml.getLocalName();
  }

  private Location location() {
    return xml.getLocation();
  }

  /** The element just started stands where XES does not allow it. */
  private ValidationException misplaced(String where) {
    return malformed(location(), element(), "must stand in " + where, null);
  }

  private ValidationException malformed(Location at, String path, String rule, Object value) {
    // The parser loses its place when it runs off the end of the input (inside a document type
    // declaration, say): the fault is then at the end, where the input's own count stands.
    // After a run of carriage returns within a line the JDK's parser can count the column below 1;
    // its line is right, and the place is then the line alone rather than a column that is wrong.
    String place =
        at == null || at.getLineNumber() < 0
            ? name + ":" + in.line + ":" + in.column
            : at.getColumnNumber() < 1
                ? name + ":" + at.getLineNumber()
                : name + ":" + at.getLineNumber() + ":" + at.getColumnNumber();
    return new ValidationException(
        place, List.of(value == null ? Violation.of(path, rule) : Violation.of(path, rule, value)));
  }

  /** The parser's message without the place it adds in front, which the exception gives. */
  private static String parserMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    return at >= 0 ? message.substring(at + "Message: ".length()) : message;
  }

  /** An event of a trace, as read: its keys' values, its line and its position. */
  private static final class PendingEvent {
    final long line;
    final long position;
    String activity;
    String time;
    String transition;

    PendingEvent(long line, long position) {
      this.line = line;
      this.position = position;
    }

    /** The event as a rejection shows it. */
    String text(String caseId) {
      StringBuilder text = new StringBuilder("<event> of trace \"").append(caseId).append('"');
      String separator = ": ";
      for (String[] entry :
          new String[][] {{NAME, activity}, {TIMESTAMP, time}, {TRANSITION, transition}}) {
        if (entry[1] != null) {
          text.append(separator).append(entry[0]).append("=\"").append(entry[1]).append('"');
          separator = " ";
        }
      }
      return text.toString();
    }
  }

  /**
   * The input, counting the bytes read and telling them after each read, and the lines and columns
   * of UTF-8 text; it keeps what the input itself threw, so that the input's failures are told
   * apart from the parser's verdict.
   */
  private static final class CountingStream extends FilterInputStream {
    private final LongConsumer afterRead;
    private long read;

    /** Where the bytes read so far end, as XML counts lines (CR, LF or CR LF) and characters. */
    long line = 1;

    long column = 1;
    private boolean afterCr;

    private IOException ioFailure;
    private RuntimeException runtimeFailure;

    CountingStream(InputStream in, LongConsumer afterRead) {
      super(in);
      this.afterRead = afterRead;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    /**
     * Fills the parser's buffer as far as the input goes, so that where the parser finds a fault
     * (it decodes a buffer at a time) depends on the document alone, not on how its bytes arrive.
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.readNBytes(b, off, len);
        if (n == 0 && len > 0) {
          n = -1;
        }
      } catch (IOException e) {
        ioFailure = e;
        throw e;
      }
      if (n > 0) {
        count(b, off, n);
        read += n;
        try {
          afterRead.accept(read);
        } catch (RuntimeException e) {
          runtimeFailure = e;
          throw e;
        }
      }
      return n;
    }

    private void count(byte[] b, int off, int n) {
      for (int i = off; i < off + n; i++) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          line += c == '\n' && afterCr ? 0 : 1;
          column = 1;
          afterCr = c == '\r';
        } else {
          afterCr = false;
          // A character's first byte: not a continuation byte (10xxxxxx) of UTF-8.
          column += (c & 0xC0) == 0x80 ? 0 : 1;
        }
      }
    }

    /** Without a mark to return to, every byte passes once: its count and its lines stay true. */
    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void mark(int readLimit) {}

    @Override
    public void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }

    /** Whether {@code e} is what the input or the listeners threw. */
    boolean threw(RuntimeException e) {
      return e == runtimeFailure;
    }

    /** Throws what the input or the listeners threw, if anything. */
    void rethrowFailure() throws IOException {
      if (ioFailure != null) {
        throw ioFailure;
      }
      if (runtimeFailure != null) {
        throw runtimeFailure;
      }
    }
  }
}
