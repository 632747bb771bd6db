package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds members of a document by their JSON Pointers, reading it again: where the model's rules are
 * broken is known only once the whole document was read, and then the reader has passed the members
 * those rules name. It also finds the ids in the places the reader could not read, which the
 * journey's references may have meant. Only a document with problems is read again, and only the
 * objects and lists on the way to what is looked for. Not public API.
 */
final class MemberLocator {
  /** What was found: the members' places, and the ids in the places that could not be read. */
  static final class Places {
    private final Map<String, JsonLocation> locations = new HashMap<>();
    private final Map<String, String> idsInHoles = new HashMap<>();

    /**
     * Where the member at {@code pointer} is, or the nearest member holding it that is in the
     * document; null if not even the document's object is.
     */
    JsonLocation near(String pointer) {
      for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
        JsonLocation location = locations.get(at);
        if (location != null || at.isEmpty()) {
          return location;
        }
      }
    }

    /** The text of each {@code id} member in a hole, by its pointer. */
    Map<String, String> idsInHoles() {
      return idsInHoles;
    }
  }

  private final JsonParser in;
  private final Set<String> wanted = new HashSet<>();
  private final Set<String> holes;
  private final Places places = new Places();

  private MemberLocator(JsonParser in, Collection<String> holes) {
    this.in = in;
    this.holes = new HashSet<>(holes);
  }

  /**
   * Finds the members at {@code pointers}, with the objects and lists that hold them, and the ids
   * anywhere in {@code holes}. A document that breaks off is read as far as it goes.
   */
  static Places find(Utf8Document document, Collection<String> pointers, Collection<String> holes) {
    try (JsonParser in = document.parser()) {
      MemberLocator locator = new MemberLocator(in, holes);
      for (String pointer : pointers) {
        locator.want(pointer);
      }
      for (String hole : holes) {
        locator.want(hole);
      }
      try {
        if (in.nextToken() != null) {
          locator.value("", false);
        }
      } catch (JsonProcessingException e) {
        // The document breaks off here, as the reader said; what comes before it was found.
      }
      return locator.places;
    } catch (IOException e) {
      // The bytes are in memory: nothing can fail but the JSON, which is caught above.
      throw new UncheckedIOException(e);
    }
  }

  /** Wants the member at {@code pointer}, and each member on the way to it. */
  private void want(String pointer) {
    for (String at = pointer; wanted.add(at) && !at.isEmpty(); ) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /** Reads the value the parser is at, whose pointer is {@code at}. */
  private void value(String at, boolean inHole) throws IOException {
    boolean hole = inHole || holes.contains(at);
    boolean descend = hole || wanted.contains(at);
    if (wanted.contains(at)) {
      places.locations.putIfAbsent(at, in.currentTokenLocation());
    }
    if (descend && in.currentToken() == JsonToken.START_OBJECT) {
      Set<String> names = new HashSet<>();
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        String member = at + JsonCursor.segment(name, 0);
        in.nextToken();
        if (!names.add(name)) {
          // The reader took the first of repeated members.
          in.skipChildren();
          continue;
        }
        if (hole && "id".equals(name) && in.currentToken() == JsonToken.VALUE_STRING) {
          places.idsInHoles.put(member, in.getText());
        }
        value(member, hole);
      }
    } else if (descend && in.currentToken() == JsonToken.START_ARRAY) {
      int index = 0;
      for (JsonToken token = in.nextToken();
          token != null && token != JsonToken.END_ARRAY;
          token = in.nextToken()) {
        value(at + JsonCursor.segment(null, index++), hole);
      }
    } else {
      in.skipChildren();
    }
  }
}
