package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.internal.problems.ProblemList;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The reader's place in a document: Jackson's streaming parser with the structure (objects, their
 * members once each, lists), the scalar values of the format, the JSON Pointer of the current
 * member, and the problems found, each recorded where the parser is. The binders say what the
 * members mean. Not public API.
 *
 * <p>An element is built only if none of its own members was wrong, so that one mistake is reported
 * once rather than again by the model's rules; an element that cannot be built is left out of its
 * list (a hole, recorded with its pointer), and the elements around it, and the element that holds
 * the list, are still built, so that the journey's own rules can be checked too. Where the model's
 * rules are broken is known only after the whole document was read: those problems name the members
 * they concern, and {@link MemberLocator} finds those members' places.
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

  private int depth;
  private final MemberNames[] memberNames = new MemberNames[JourneyJson.MAX_NESTING_DEPTH + 2];

  /** Whether a member of the object being read had a problem: then it cannot be built. */
  private boolean damaged;

  /** Whether an element of a list in the object being read could not be built. */
  private boolean holes;

  /** The places of what could not be read: elements not built, values skipped for a problem. */
  private final List<Hole> holePlaces = new ArrayList<>();

  /**
   * For each list that has holes, by its pointer: the index in the document of each element built,
   * so that the model's paths, which count the elements built, name the elements of the document.
   */
  private final Map<String, int[]> listed = new HashMap<>();

  /** A place that could not be read, and whether an element with an id was expected there. */
  static final class Hole {
    final String pointer;
    final boolean hasId;

    Hole(String pointer, boolean hasId) {
      this.pointer = pointer;
      this.hasId = hasId;
    }
  }

  JsonCursor(JsonParser in, ProblemLog problems) {
    this.in = in;
    this.problems = problems;
  }

  // ------------------------------------------------------------ structure

  /**
   * Reads one object with {@code members} and builds its value, if none of its members was wrong.
   * The model's rules, broken while building, are recorded at the members they name, unless an
   * element of one of its lists could not be built: the rule may be broken only for want of it.
   *
   * @param hasId whether the element has an id by which others may refer to it
   * @return the value, or null if it could not be built (a hole)
   */
  <T> T element(String[] required, Members members, Supplier<T> build, boolean hasId)
      throws IOException {
    boolean outerDamaged = damaged;
    boolean outerHoles = holes;
    damaged = false;
    holes = false;
    T built = null;
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
    } else {
      object(required, members);
      if (!damaged) {
        try {
          built = build.get();
        } catch (ValidationException e) {
          if (!holes) {
            violations(pointer(), e.violations());
          }
        }
      }
    }
    damaged = outerDamaged;
    holes = outerHoles;
    if (built == null) {
      holePlaces.add(new Hole(pointer(), hasId));
    }
    return built;
  }

  /**
   * Records the model's {@code violations} of the element at {@code base}, each at the member it
   * names; where that member is in the document is found later.
   */
  void violations(String base, List<Violation> violations) {
    for (Violation violation : violations) {
      String at = pointerOf(base, violation.path());
      problems.addAt(at, at, violation.rule(), violation.value().orElse(null));
    }
  }

  /** Reads the members of the object the parser is at, then checks the required ones are there. */
  void object(String[] required, Members members) throws IOException {
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
          skip();
        }
      }
      pop();
    }
    for (int i = 0; i < required.length; i++) {
      if ((seen & (1 << i)) == 0) {
        damaged = true;
        problems.addAt(pointer() + "/" + required[i], pointer(), "must be present", null);
      }
    }
  }

  /** Reads a list, leaving out the elements that cannot be built. */
  <T> void list(Element<T> element, Consumer<T> add) throws IOException {
    if (in.currentToken() != JsonToken.START_ARRAY) {
      wrongType("must be an array");
      return;
    }
    int index = 0;
    int built = 0;
    int[] found = null;
    while (in.nextToken() != JsonToken.END_ARRAY) {
      push(index);
      T value = element.read();
      pop();
      if (value != null) {
        add.accept(value);
        if (found != null) {
          found = put(found, built, index);
        }
        built++;
      } else if (found == null) {
        holes = true;
        found = new int[built + 8];
        for (int i = 0; i < built; i++) {
          found[i] = i;
        }
      }
      index++;
    }
    if (found != null) {
      listed.put(pointer(), Arrays.copyOf(found, built));
    }
  }

  private static int[] put(int[] values, int at, int value) {
    int[] room = at < values.length ? values : Arrays.copyOf(values, 2 * values.length);
    room[at] = value;
    return room;
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

  /** Sets a value that was read; null, for a value that was not, damages the object. */
  <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    } else {
      damaged = true;
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
    problem(oneOf(type), quote(in.getText()));
  }

  /**
   * The constant of {@code type} that a member is named by, such as a key of counts by kind; a
   * problem if none is.
   *
   * @return the constant, or null
   */
  <E extends Enum<E>> E constantNamed(Class<E> type, String name) {
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (constant.name().equals(name)) {
        return type.cast(constant);
      }
    }
    problem(oneOf(type), quote(name));
    return null;
  }

  private static String oneOf(Class<? extends Enum<?>> type) {
    return "must be one of " + Arrays.toString(type.getEnumConstants());
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
    skip();
  }

  /**
   * Skips the value the parser is at, which had a problem. An object or list skipped is a hole: ids
   * in it may be what the journey's references were meant to name.
   */
  private void skip() throws IOException {
    if (in.currentToken() == JsonToken.START_OBJECT || in.currentToken() == JsonToken.START_ARRAY) {
      holePlaces.add(new Hole(pointer(), false));
    }
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
    return ProblemList.shown(text);
  }

  /** Records a problem at the current member and the current token; the object is damaged. */
  void problem(String rule, String value) {
    damaged = true;
    problems.add(pointer(), in.currentTokenLocation(), rule, value);
  }

  /** The places that could not be read. */
  List<Hole> holes() {
    return holePlaces;
  }

  // ---------------------------------------------------------------- pointers

  void push(String name) {
    names[depth++] = name;
  }

  void push(int index) {
    names[depth] = null;
    indices[depth++] = index;
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

  /** A member name, or an index if {@code name} is null, as a pointer segment. */
  static String segment(String name, int index) {
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
   * The members whose entries are named by free text, such as an action's estimates by key: in a
   * model path, everything after such a member's name is the name of one entry, whatever characters
   * it holds.
   */
  private static final Set<String> NAMED_ENTRIES = Set.of("estimates", "casesByDeviationKind");

  /**
   * The JSON Pointer of a model path such as {@code stages[2].touchpoints[0].id} under the element
   * at {@code base}, such as {@code /stages/3/touchpoints/0/id}: the model counts the elements
   * built, the pointer the elements of the document, which differ after a hole.
   */
  String pointerOf(String base, String path) {
    StringBuilder out = new StringBuilder(base.length() + path.length() + 4).append(base);
    int i = 0;
    String name = null;
    while (i < path.length()) {
      char c = path.charAt(i);
      int close = c == '[' ? indexEnd(path, i) : -1;
      if (c == '.' && name != null && NAMED_ENTRIES.contains(name)) {
        out.append(segment(path.substring(i + 1), 0));
        break;
      } else if (c == '.') {
        i++;
      } else if (close > 0) {
        int index = Integer.parseInt(path, i + 1, close, 10);
        int[] found = listed.get(out.toString());
        out.append(segment(null, found != null && index < found.length ? found[index] : index));
        name = null;
        i = close + 1;
      } else {
        int next = i + 1;
        while (next < path.length()
            && path.charAt(next) != '.'
            && (path.charAt(next) != '[' || indexEnd(path, next) < 0)) {
          next++;
        }
        name = path.substring(i, next);
        out.append(segment(name, 0));
        i = next;
      }
    }
    return out.toString();
  }

  /**
   * Where the index that opens at {@code open} ends: the {@code ]} after one to nine digits, or -1
   * if no index opens there.
   */
  private static int indexEnd(String path, int open) {
    int i = open + 1;
    while (i < path.length() && i - open <= 9 && path.charAt(i) >= '0' && path.charAt(i) <= '9') {
      i++;
    }
    return i > open + 1 && i < path.length() && path.charAt(i) == ']' ? i : -1;
  }
}
