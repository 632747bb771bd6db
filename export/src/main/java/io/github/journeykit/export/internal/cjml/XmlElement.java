package io.github.journeykit.export.internal.cjml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a document read by {@link XmlElementReader}: its name, attributes, text (the
 * characters directly inside it, exactly as read), children, where it starts and its element path
 * ({@code /CJML/plannedJourney/touchpoints/plannedAction[2]}). Not public API.
 */
final class XmlElement {
  final String name;

  /** Where the element is; final once the whole document is read. */
  String path;

  final int line;
  final int column;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<XmlElement> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();

  XmlElement(String name, String path, int line, int column) {
    this.name = name;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** The children called {@code childName}, in document order. */
  List<XmlElement> all(String childName) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The first child called {@code childName}. */
  Optional<XmlElement> first(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** The text of the first child called {@code childName}. */
  Optional<String> childText(String childName) {
    return first(childName).map(XmlElement::text);
  }

  /** The characters directly inside the element, exactly as read. */
  String text() {
    return text.toString();
  }

  /** The path of the attribute {@code attribute} of this element. */
  String attributePath(String attribute) {
    return path + "/@" + attribute;
  }

  /** The path a missing child called {@code childName} would have. */
  String childPath(String childName) {
    return path + "/" + childName;
  }
}
