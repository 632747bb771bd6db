package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The reader's place in a document: Jackson's streaming parser with the structure (objects, their
 * members once each, lists), the scalar values of the format, the JSON Pointer of the current
 * member, and the problems found, each recorded where the parser is. The binders say what the
 * members mean. Not public API.
 *
 * <p>Each element is built only if nothing inside it was wrong, so that one mistake is reported
 * once rather than again by every element that holds it.
 */
final class JsonCursor {
  /** Reads the members of one object, returning false for a name it does not know. */
  interface Members {
    boolean read(String name) throws IOException;
  }

  /** Reads one value; returns null if it was invalid (the problem is recorded). */
  interface Element<T> {
    T read() throws IOException;
  }

  private final JsonParser in;
  private final ProblemLog problems;

  /**
   * The current member's place as segments: a member name, or null and an array index. The JSON
   * Pointer is rendered from them only when a problem needs it; rendering it for every member cost
   * more than Jackson's parsing of the member.
   */
  private final String[] names = new String[JourneyJson.MAX_NESTING_DEPTH + 2];

  private final int[] indices = new int[JourneyJson.MAX_NESTING_DEPTH + 2];

  /** The segments above as shared {@link Path}s, made only for elements with an id; null if not. */
  private final Path[] paths = new Path[JourneyJson.MAX_NESTING_DEPTH + 2];

  private int depth;
  private final MemberNames[] memberNames = new MemberNames[JourneyJson.MAX_NESTING_DEPTH + 2];

  /** Each element with an id, to place the journey's own problems where the element starts. */
  private final List<Path> starts = new ArrayList<>();

  JsonCursor(JsonParser in, ProblemLog problems) {
    this.in = in;
    this.problems = problems;
  }

  // ------------------------------------------------------------ structure

  /**
   * Reads one object with {@code members} and builds its value, if nothing inside it was wrong. The
   * model's own rules, broken while building, are reported at the members they name.
   */
  <T> T element(String[] required, Members members, Supplier<T> build, boolean hasId)
      throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return null;
    }
    JsonLocation start = in.currentTokenLocation();
    if (hasId) {
      Path path = path();
      path.start = start;
      starts.add(path);
    }
    int before = problems.size();
    object(required, members, start);
    if (problems.size() > before) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationException e) {
      String at = pointer();
      for (Violation violation : e.violations()) {
        problems.add(
            at + toPointer(violation.path()),
            start,
            violation.rule(),
            violation.value().orElse(null));
      }
      return null;
    }
  }

  /** Reads the members of the object the parser is at, then checks the required ones are there. */
  void object(String[] required, Members members, JsonLocation start) throws IOException {
    int seen = 0;
    MemberNames names = memberNames();
    for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
      String name = in.currentName();
      int hash = name.hashCode();
      for (int i = 0; i < required.length; i++) {
        // Member names' hashes are cached in the strings: comparing them first skips most equals.
        if (required[i].hashCode() == hash && required[i].equals(name)) {
          seen |= 1 << i;
        }
      }
      push(name);
      if (repeated(names, name)) {
        in.nextToken();
        in.skipChildren();
      } else {
        in.nextToken();
        if (!members.read(name)) {
          problem("must be a member the format defines here", null);
          in.skipChildren();
        }
      }
      pop();
    }
    for (int i = 0; i < required.length; i++) {
      if ((seen & (1 << i)) == 0) {
        problems.add(pointer() + "/" + required[i], start, "must be present", null);
      }
    }
  }

  <T> void list(Element<T> element, Consumer<T> add) throws IOException {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      wrongType("must be an array");
      return;
    }
    int index = 0;
    while (in.nextToken() != JsonToken.END_ARRAY) {
      push(index++);
      set(element.read(), add);
      pop();
    }
  }

  /** Reads an object of arbitrary member names, such as estimates by key or scores by id. */
  void entries(Members entry) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return;
    }
    MemberNames names = memberNames();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      push(name);
      in.nextToken();
      if (repeated(names, name)) {
        in.skipChildren();
      } else {
        entry.read(name);
      }
      pop();
    }
  }

  /** The record of member names for the object at the current depth, emptied. */
  private MemberNames memberNames() {
    MemberNames names = memberNames[depth];
    if (names == null) {
      names = new MemberNames();
      memberNames[depth] = names;
    }
    names.clear();
    return names;
  }

  /** Whether the object already had a member called {@code name}; if so, records the problem. */
  private boolean repeated(MemberNames names, String name) {
    if (names.add(name)) {
      return false;
    }
    problem("must not repeat a member of the same object", name);
    return true;
  }

  <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ------------------------------------------------------------------ values

  String string() throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return null;
    }
    return in.getText();
  }

  void text(Consumer<String> setter) throws IOException {
    set(string(), setter);
  }

  void texts(Consumer<String> add) throws IOException {
    list(this::string, add);
  }

  Double number() throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("must be a number");
      return null;
    }
    double value = in.getDoubleValue();
    if (!Double.isFinite(value)) {
      problem("must be a number within the range of a double", in.getText());
      return null;
    }
    return value;
  }

  void number(DoubleConsumer setter) throws IOException {
    Double value = number();
    if (value != null) {
      setter.accept(value);
    }
  }

  Long whole() throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("must be a whole number");
      return null;
    }
    if (in.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      problem("must be a whole number within the range of a 64-bit integer", in.getText());
      return null;
    }
    return in.getLongValue();
  }

  void bool(Consumer<Boolean> setter) throws IOException {
    JsonToken token = in.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      wrongType("must be true or false");
      return;
    }
    setter.accept(token == JsonToken.VALUE_TRUE);
  }

  /**
   * Each enum's constants, looked up by {@link #constant}: {@link Enum#valueOf} needs the text as a
   * string and hashes it, which cost more than finding it among a few names in the parser's buffer.
   */
  private static final ClassValue<Enum<?>[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          return (Enum<?>[]) type.getEnumConstants();
        }
      };

  <E extends Enum<E>> void constant(Class<E> type, Consumer<E> setter) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return;
    }
    char[] text = in.getTextCharacters();
    int offset = in.getTextOffset();
    int length = in.getTextLength();
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (named(constant.name(), text, offset, length)) {
        setter.accept(type.cast(constant));
        return;
      }
    }
    problem("must be one of " + Arrays.toString(type.getEnumConstants()), quote(in.getText()));
  }

  /** Whether {@code text[offset, offset + length)} is {@code name}. */
  private static boolean named(String name, char[] text, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  LocalDate date() throws IOException {
    return parsed(JsonCursor::isoDate, "must be an ISO-8601 date such as 2026-10-31");
  }

  /**
   * Parses {@code yyyy-MM-dd}, the shape the writer gives every date, without the formatter, which
   * costs more than the rest of a measurement; any other text goes to {@link LocalDate#parse}.
   */
  private static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The decimal number of {@code text[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Parses a string; the model's rules or {@code rule} say what is wrong with it. */
  <T> T parsed(Parse<T> parse, String rule) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        problem(violation.rule(), quote(text));
      }
    } catch (DateTimeParseException | URISyntaxException e) {
      problem(rule, quote(text));
    }
    return null;
  }

  /** Turns text into a value. */
  interface Parse<T> {
    T apply(String text) throws URISyntaxException;
  }

  // ---------------------------------------------------------------- problems

  void wrongType(String rule) throws IOException {
    problem(rule, shown());
    in.skipChildren();
  }

  /** The current token as a problem shows it. */
  String shown() throws IOException {
    JsonToken token = in.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return quote(in.getText());
      default:
        return in.getText();
    }
  }

  /** Text as problems show it: quoted, cut short, control characters escaped. */
  static String quote(String text) {
    return Violation.of("", "", text).value().get();
  }

  /** Records a problem at the current member and the current token. */
  void problem(String rule, String value) {
    problems.add(pointer(), in.currentTokenLocation(), rule, value);
  }

  /** Where the element holding {@code at} starts, or {@code root}. */
  JsonLocation nearestStart(String at, JsonLocation root) {
    Map<String, JsonLocation> byPointer = new HashMap<>();
    for (Path start : starts) {
      byPointer.put(start.pointer(), start.start);
    }
    for (String prefix = at;
        !prefix.isEmpty();
        prefix = prefix.substring(0, prefix.lastIndexOf('/'))) {
      JsonLocation start = byPointer.get(prefix);
      if (start != null) {
        return start;
      }
    }
    return root;
  }

  // ---------------------------------------------------------------- pointers

  /**
   * One segment of a pointer, linked to the segments before it; siblings share their parents, so an
   * element's path costs one object.
   */
  static final class Path {
    final Path parent;
    final String name;
    final int index;

    /** Where the element at this path starts, if it has an id. */
    JsonLocation start;

    Path(Path parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    String pointer() {
      return parent == null ? segment(name, index) : parent.pointer() + segment(name, index);
    }
  }

  void push(String name) {
    names[depth] = name;
    paths[depth++] = null;
  }

  void push(int index) {
    names[depth] = null;
    indices[depth] = index;
    paths[depth++] = null;
  }

  void pop() {
    depth--;
  }

  /** The current member's JSON Pointer. */
  String pointer() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append(segment(names[i], indices[i]));
    }
    return out.toString();
  }

  /** The current member's place as a {@link Path}, reusing those made for the segments above. */
  Path path() {
    for (int i = 0; i < depth; i++) {
      if (paths[i] == null) {
        paths[i] = new Path(i == 0 ? null : paths[i - 1], names[i], indices[i]);
      }
    }
    return paths[depth - 1];
  }

  /** A member name, or an index if {@code name} is null, as a pointer segment. */
  private static String segment(String name, int index) {
    return "/" + (name == null ? Integer.toString(index) : escape(name));
  }

  /** A member name as a JSON Pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  private static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A model path such as {@code stages[2].touchpoints[0].id} as a JSON Pointer such as {@code
   * /stages/2/touchpoints/0/id}.
   */
  static String toPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(path.length() + 4).append('/');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        if (out.charAt(out.length() - 1) != '/') {
          out.append('/');
        }
      } else if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else if (c != ']') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
