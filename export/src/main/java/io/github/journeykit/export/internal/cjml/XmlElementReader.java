package io.github.journeykit.export.internal.cjml;

import io.github.journeykit.core.internal.XmlInputs;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.internal.text.StrictUtf8;
import io.github.journeykit.export.json.FormatProblem;
import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a small XML document into a tree of {@link XmlElement}s, through the project's hardened
 * StAX set-up, within limits of depth, text length and element count; a document that breaks one,
 * is not well-formed or declares a DTD gives one problem at its line and column. Not public API.
 */
final class XmlElementReader {
  /** The start of an XML declaration up to the encoding it names, if it names one. */
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("\uFEFF?<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private final int maxDepth;
  private final int maxText;
  private final int maxElements;

  XmlElementReader(int maxDepth, int maxText, int maxElements) {
    this.maxDepth = maxDepth;
    this.maxText = maxText;
    this.maxElements = maxElements;
  }

  /** The result: the root element, or the problem that stopped the reading. */
  static final class Result {
    final XmlElement root;
    final FormatProblem problem;

    private Result(XmlElement root, FormatProblem problem) {
      this.root = root;
      this.problem = problem;
    }
  }

  /**
   * Reads {@code document}, UTF-8 bytes. The reader decodes them itself, so that bytes that are not
   * UTF-8 are a problem at their line and column (the JDK's parser would print its own message to
   * the standard error stream), and refuses a declaration of another encoding.
   */
  Result read(byte[] document) {
    CharBuffer text = CharBuffer.allocate(document.length);
    ByteBuffer bytes = ByteBuffer.wrap(document);
    CoderResult decoded = StrictUtf8.decoder().decode(bytes, text, true);
    text.flip();
    if (decoded.isError()) {
      return new Result(
          null,
          problemAtEnd(
              text,
              "must be encoded in UTF-8",
              String.format("byte 0x%02X", document[bytes.position()] & 0xFF)));
    }
    Matcher declaration = DECLARED_ENCODING.matcher(text);
    if (declaration.lookingAt() && !declaration.group(1).equalsIgnoreCase("UTF-8")) {
      return new Result(
          null,
          FormatProblem.of(
              "",
              1,
              declaration.start(1) + 1,
              "must be encoded in UTF-8",
              Optional.of(shown(declaration.group(1)))));
    }
    XMLStreamReader xml = null;
    try {
      // A byte order mark is no part of the document.
      int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
      xml =
          XmlInputs.hardenedFactory()
              .createXMLStreamReader(
                  new CharArrayReader(text.array(), start, text.remaining() - start));
      XmlElement root = readTree(xml);
      if (root == null) {
        return new Result(null, problem("", xml.getLocation(), "must hold an element", null));
      }
      assignPaths(root, "/" + root.name);
      return new Result(root, null);
    } catch (Stop stop) {
      return new Result(null, stop.problem);
    } catch (XMLStreamException | RuntimeException e) {
      Location at = e instanceof XMLStreamException ? ((XMLStreamException) e).getLocation() : null;
      if (at == null && xml != null) {
        at = xml.getLocation();
      }
      return new Result(null, problem("", at, "must be well-formed XML: " + message(e), null));
    }
  }

  private XmlElement readTree(XMLStreamReader xml) throws XMLStreamException {
    Deque<XmlElement> open = new ArrayDeque<>();
    Deque<Map<String, Integer>> seen = new ArrayDeque<>();
    XmlElement root = null;
    int elements = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD:
          throw new Stop(
              problem("", xml.getLocation(), "must not declare a document type (DTD)", null));
        case XMLStreamConstants.START_ELEMENT:
          String name = xml.getLocalName();
          XmlElement parent = open.peek();
          String path;
          if (parent == null) {
            path = "/" + name;
          } else {
            int nth = seen.peek().merge(name, 1, Integer::sum);
            path = parent.path + "/" + name + (nth > 1 ? "[" + nth + "]" : "");
          }
          Location at = xml.getLocation();
          XmlElement element = new XmlElement(name, path, at.getLineNumber(), at.getColumnNumber());
          if (open.size() >= maxDepth) {
            throw new Stop(
                problem(path, at, "must nest elements at most " + maxDepth + " deep", null));
          }
          if (++elements > maxElements) {
            throw new Stop(
                problem(path, at, "must hold at most " + maxElements + " elements", null));
          }
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            element.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            checkLength(
                element.attributePath(xml.getAttributeLocalName(i)),
                at,
                xml.getAttributeValue(i).length());
          }
          if (parent == null) {
            root = element;
          } else {
            parent.children.add(element);
          }
          open.push(element);
          seen.push(new HashMap<>());
          break;
        case XMLStreamConstants.END_ELEMENT:
          open.pop();
          seen.pop();
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
        case XMLStreamConstants.ENTITY_REFERENCE:
          XmlElement inside = open.peek();
          if (inside != null) {
            inside.text.append(xml.getText());
            checkLength(inside.path, xml.getLocation(), inside.text.length());
          }
          break;
        default:
          break;
      }
    }
    return root;
  }

  /**
   * Gives {@code element} and its descendants their final paths: a child's position among
   * same-named siblings shows only where it has any, and the first of several is known to be {@code
   * [1]} only once its parent is read.
   */
  private static void assignPaths(XmlElement element, String path) {
    element.path = path;
    Map<String, Integer> counts = new HashMap<>();
    for (XmlElement child : element.children) {
      counts.merge(child.name, 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (XmlElement child : element.children) {
      int nth = seen.merge(child.name, 1, Integer::sum);
      assignPaths(
          child, path + "/" + child.name + (counts.get(child.name) > 1 ? "[" + nth + "]" : ""));
    }
  }

  /** A problem where {@code text} ends: its last line, one column after its last character. */
  private static FormatProblem problemAtEnd(CharSequence text, String rule, String value) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return FormatProblem.of("", line, column, rule, Optional.of(value));
  }

  private void checkLength(String path, Location at, int length) {
    if (length > maxText) {
      throw new Stop(
          problem(path, at, "must hold text of at most " + maxText + " characters", null));
    }
  }

  static FormatProblem problem(String path, Location at, String rule, String value) {
    return FormatProblem.of(
        path,
        at == null ? -1 : at.getLineNumber(),
        at == null ? -1 : at.getColumnNumber(),
        rule,
        Optional.ofNullable(value));
  }

  /** The parser's message without its own "ParseError at [row,col]" prefix, which we give. */
  private static String message(Exception e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf("Message: ");
    return cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
  }

  /** Text as problems show it: quoted, cut short, control characters escaped. */
  static String shown(String text) {
    return Violation.of("", "", text).value().get();
  }

  /** Stops the reading at a problem that leaves nothing more to read. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient FormatProblem problem;

    Stop(FormatProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
