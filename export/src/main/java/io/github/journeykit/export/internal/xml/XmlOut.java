package io.github.journeykit.export.internal.xml;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.export.internal.text.PlainText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting front for the JDK's StAX writer: elements on their own lines (except inside the
 * elements of mixed content the caller names, where white space would show), every text cleaned of
 * characters XML 1.0 cannot hold, and StAX's checked exceptions as {@link IOException}s. The SVG
 * renderings and the CJML documents write through it. Not public API.
 */
public final class XmlOut {
  /** The JDK's own implementation, whatever else is on the class path. */
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  /** An open element: whether white space would show inside it, and whether it has children. */
  private static final class Frame {
    final boolean inline;
    boolean children;

    Frame(boolean inline) {
      this.inline = inline;
    }
  }

  private final XMLStreamWriter xml;
  private final Set<String> inlineElements;
  private final Deque<Frame> open = new ArrayDeque<>();
  private boolean declared;

  private XmlOut(XMLStreamWriter xml, Set<String> inlineElements) {
    this.xml = xml;
    this.inlineElements = inlineElements;
  }

  /**
   * A writer onto {@code out}; closing neither it nor {@code out} is the caller's business.
   *
   * @param out where the document goes
   * @param inlineElements the elements of mixed content, inside which nothing is indented
   * @return the writer
   * @throws IOException if StAX cannot write onto {@code out}
   */
  public static XmlOut to(Writer out, Set<String> inlineElements) throws IOException {
    try {
      return new XmlOut(FACTORY.createXMLStreamWriter(out), Set.copyOf(inlineElements));
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The XML declaration, for a standalone document. */
  public XmlOut declaration() throws IOException {
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      declared = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Starts an element. */
  public XmlOut start(String name) throws IOException {
    try {
      Frame parent = open.peek();
      if (parent == null) {
        if (declared) {
          xml.writeCharacters("\n");
        }
      } else {
        parent.children = true;
        if (!parent.inline) {
          newline(open.size());
        }
      }
      xml.writeStartElement(name);
      open.push(new Frame(inlineElements.contains(name) || (parent != null && parent.inline)));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares the default namespace on the element just started. */
  public XmlOut namespace(String uri) throws IOException {
    try {
      xml.writeDefaultNamespace(uri);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An attribute of the element just started; the value is cleaned. */
  public XmlOut attr(String name, String value) throws IOException {
    try {
      xml.writeAttribute(name, PlainText.singleLine(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** A numeric attribute, rounded to a tenth. */
  public XmlOut attr(String name, double value) throws IOException {
    return attr(name, Numbers.show(Math.round(value * 10) / 10.0));
  }

  /** Text content, cleaned. */
  public XmlOut text(String text) throws IOException {
    try {
      xml.writeCharacters(PlainText.singleLine(text));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the innermost element. */
  public XmlOut end() throws IOException {
    try {
      Frame frame = open.pop();
      if (frame.children && !frame.inline) {
        newline(open.size());
      }
      xml.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends every open element, ends the line and flushes; the underlying writer stays open. */
  public void finish() throws IOException {
    try {
      while (!open.isEmpty()) {
        end();
      }
      xml.writeCharacters("\n");
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * Text content kept exactly, as far as XML 1.0 can hold it: line breaks and tabs stay, a carriage
   * return is written as a character reference (a parser would turn a bare one into a line feed),
   * and only a character XML 1.0 cannot hold (a control character other than tab, line feed and
   * carriage return, an unpaired surrogate, U+FFFE or U+FFFF) becomes U+FFFD. For interchange
   * formats, where the reader must get the text back.
   */
  public XmlOut exactText(String text) throws IOException {
    try {
      int run = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          i++;
        } else if (c == '\r' || !isXmlCharacter(c)) {
          xml.writeCharacters(text.substring(run, i));
          if (c == '\r') {
            xml.writeEntityRef("#13");
          } else {
            xml.writeCharacters(String.valueOf(PlainText.REPLACEMENT));
          }
          run = i + 1;
        }
      }
      xml.writeCharacters(text.substring(run));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Whether XML 1.0 can hold {@code c} on its own (a surrogate only in a pair). */
  private static boolean isXmlCharacter(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
