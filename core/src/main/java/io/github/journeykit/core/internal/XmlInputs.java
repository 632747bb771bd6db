package io.github.journeykit.core.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way JourneyKit's readers of XML documents (XES event logs, CJML journeys) set up the
 * JDK's StAX parser: no document type declarations, no external entities, and nothing printed to
 * the standard error stream. Not public API.
 */
public final class XmlInputs {
  private XmlInputs() {}

  /**
   * A new factory of the JDK's own StAX parser, whatever else is on the class path, hardened
   * against entity expansion and external entities: a document that declares a DTD is reported by
   * the parser as a {@code DTD} event and never expanded.
   *
   * @return the factory, for one reader (factories are not thread-safe to configure)
   */
  public static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // The parser would print fatal errors to the standard error stream; they come out as
    // exceptions anyway.
    factory.setXMLReporter((message, type, info, location) -> {});
    return factory;
  }
}
