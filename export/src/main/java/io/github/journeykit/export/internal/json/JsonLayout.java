package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The layout of written documents: two-space indentation, {@code "key": value}, one array element
 * per line, {@code \n} line ends on every system, and {@code {}} or {@code []} when empty. Not
 * public API.
 *
 * <p>It writes the same text as Jackson's {@code DefaultPrettyPrinter} so configured, but each line
 * break with its indentation as one pre-encoded string: the default indenter writes them a
 * character at a time, which cost nearly half of writing a large document.
 */
final class JsonLayout implements PrettyPrinter {
  /** Line breaks indented for the levels a document has; deeper ones are made when needed. */
  private static final SerializedString[] INDENTS = new SerializedString[16];

  private static final SerializedString FIELD_VALUE_SEPARATOR = new SerializedString(": ");

  static {
    for (int level = 0; level < INDENTS.length; level++) {
      INDENTS[level] = new SerializedString(lineBreak(level));
    }
  }

  private int nesting;

  private static String lineBreak(int level) {
    return "\n" + "  ".repeat(level);
  }

  private void lineBreak(JsonGenerator g) throws IOException {
    if (nesting < INDENTS.length) {
      g.writeRaw(INDENTS[nesting]);
    } else {
      g.writeRaw(lineBreak(nesting));
    }
  }

  private void open(JsonGenerator g, char bracket) throws IOException {
    g.writeRaw(bracket);
    nesting++;
  }

  private void separate(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    lineBreak(g);
  }

  private void close(JsonGenerator g, int count, char bracket) throws IOException {
    nesting--;
    if (count > 0) {
      lineBreak(g);
    }
    g.writeRaw(bracket);
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(' ');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    open(g, '{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    lineBreak(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(FIELD_VALUE_SEPARATOR);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    open(g, '[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    lineBreak(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separate(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    close(g, values, ']');
  }
}
