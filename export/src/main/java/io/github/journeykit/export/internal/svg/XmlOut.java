package io.github.journeykit.export.internal.svg;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.export.internal.text.PlainText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An indenting front for the JDK's StAX writer: elements on their own lines (except inside text
 * elements, where white space would show), every text cleaned of characters XML 1.0 cannot hold,
 * and StAX's checked exceptions as {@link IOException}s. Not public API.
 */
final class XmlOut {
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
  private final Deque<Frame> open = new ArrayDeque<>();
  private boolean declared;

  private XmlOut(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** A writer onto {@code out}; closing neither it nor {@code out} is the caller's business. */
  static XmlOut to(Writer out) throws IOException {
    try {
      return new XmlOut(FACTORY.createXMLStreamWriter(out));
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The XML declaration, for a standalone document. */
  XmlOut declaration() throws IOException {
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      declared = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Starts an element. */
  XmlOut start(String name) throws IOException {
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
      open.push(new Frame(isInline(name) || (parent != null && parent.inline)));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares the default namespace on the element just started. */
  XmlOut namespace(String uri) throws IOException {
    try {
      xml.writeDefaultNamespace(uri);
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** An attribute of the element just started; the value is cleaned. */
  XmlOut attr(String name, String value) throws IOException {
    try {
      xml.writeAttribute(name, PlainText.singleLine(value));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** A numeric attribute, rounded to a tenth. */
  XmlOut attr(String name, double value) throws IOException {
    return attr(name, Numbers.show(Math.round(value * 10) / 10.0));
  }

  /** Text content, cleaned. */
  XmlOut text(String text) throws IOException {
    try {
      xml.writeCharacters(PlainText.singleLine(text));
      return this;
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Ends the innermost element. */
  XmlOut end() throws IOException {
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
  void finish() throws IOException {
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

  private static boolean isInline(String name) {
    return name.equals("text") || name.equals("tspan") || name.equals("title");
  }
}
