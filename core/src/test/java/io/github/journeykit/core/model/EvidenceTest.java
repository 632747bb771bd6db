package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {
  @Test
  void needsAUriOrAText() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> Evidence.builder().kind(EvidenceKind.IMAGE).build());
    assertEquals("must have a uri or a text", e.violations().get(0).rule());
  }

  @Test
  void quotesNeedTextAndLinksNeedUris() {
    ValidationException quote =
        assertThrows(
            ValidationException.class,
            () ->
                Evidence.builder()
                    .kind(EvidenceKind.QUOTE)
                    .uri(URI.create("https://x.example"))
                    .build());
    assertEquals("text", quote.violations().get(0).path());
    ValidationException link =
        assertThrows(
            ValidationException.class,
            () -> Evidence.builder().kind(EvidenceKind.LINK).text("see the wiki").build());
    assertEquals("uri", link.violations().get(0).path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x"})
  void refusesSchemesThatRunCode(String uri) {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> Evidence.of(EvidenceKind.LINK, URI.create(uri)));
    assertEquals("uri", e.violations().get(0).path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://x.example/a",
        "HTTP://x.example",
        "mailto:cx@x.example",
        "docs/study.pdf",
        "urn:isbn:0451450523",
        "file:///srv/evidence/a.png"
      })
  void acceptsDocumentReferences(String uri) {
    assertEquals(URI.create(uri), Evidence.of(EvidenceKind.DOCUMENT, URI.create(uri)).uri().get());
  }

  @Test
  void blankTextsAreReportedTogether() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Evidence.builder()
                    .kind(EvidenceKind.QUOTE)
                    .text(" ")
                    .caption("")
                    .source("\t")
                    .build());
    assertEquals(
        List.of("text", "caption", "source"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  @Test
  void readableForm() {
    assertEquals("QUOTE \"I gave up\"", Evidence.quote("I gave up").toString());
    assertEquals(
        "DOCUMENT https://x.example/s",
        Evidence.of(EvidenceKind.DOCUMENT, URI.create("https://x.example/s")).toString());
    assertEquals(
        "VIDEO \"Store visit\"",
        Evidence.of(EvidenceKind.VIDEO, URI.create("v.mp4")).withCaption("Store visit").toString());
  }
}
