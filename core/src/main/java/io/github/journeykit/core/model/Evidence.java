package io.github.journeykit.core.model;

import com.google.common.collect.ImmutableSet;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something that backs a claim on the map: a document, a recording, a picture, a quote or a link. A
 * claim without evidence is an assumption. The library stores the reference; it never fetches it.
 *
 * <pre>{@code
 * Evidence quote = Evidence.quote("I gave up after the third error message");
 * Evidence study = Evidence.of(EvidenceKind.DOCUMENT, URI.create("https://wiki.example/ux-study"))
 *     .withCaption("Usability study, May");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Evidence {
  /** Schemes a reference may use; anything else (such as {@code javascript:}) is refused. */
  static final ImmutableSet<String> SCHEMES =
      ImmutableSet.of("http", "https", "mailto", "file", "urn", "ftp");

  Evidence() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableEvidence.builder();
  }

  /**
   * Evidence of the given kind at a location.
   *
   * @param kind the form of the evidence
   * @param uri where it is: absolute with an http, https, mailto, file, urn or ftp scheme, or
   *     relative
   * @return the evidence
   */
  public static Evidence of(EvidenceKind kind, URI uri) {
    return builder().kind(kind).uri(uri).build();
  }

  /**
   * A quote, given as text.
   *
   * @param text the words
   * @return the evidence
   */
  public static Evidence quote(String text) {
    return builder().kind(EvidenceKind.QUOTE).text(text).build();
  }

  /**
   * The form of the evidence.
   *
   * @return the kind
   */
  public abstract EvidenceKind kind();

  /**
   * Where the evidence is kept.
   *
   * @return the reference, if any
   */
  public abstract Optional<URI> uri();

  /**
   * The evidence as text: a quote, an excerpt or a note.
   *
   * @return the text, if any
   */
  public abstract Optional<String> text();

  /**
   * A caption for the evidence.
   *
   * @return the caption, if any
   */
  public abstract Optional<String> caption();

  /**
   * Who or what it came from, such as "Interview 7" or "Contact centre QA".
   *
   * @return the source, if known
   */
  public abstract Optional<String> source();

  /**
   * This evidence with a caption.
   *
   * @param caption the caption
   * @return the evidence with the caption
   */
  public abstract Evidence withCaption(String caption);

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("Evidence")
            .text("text", text())
            .text("caption", caption())
            .text("source", source());
    problems.check(uri().isPresent() || text().isPresent(), "", "must have a uri or a text", null);
    problems.check(
        kind() != EvidenceKind.QUOTE || text().isPresent(),
        "text",
        "a QUOTE must have a text",
        null);
    problems.check(
        kind() != EvidenceKind.LINK || uri().isPresent(), "uri", "a LINK must have a uri", null);
    String scheme = uri().map(URI::getScheme).orElse(null);
    if (scheme != null && !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      problems.add(
          "uri",
          "must be relative or use one of the schemes " + String.join(", ", SCHEMES),
          uri().get());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code QUOTE "I gave up..."} or {@code DOCUMENT https://...}.
   *
   * @return the evidence in words
   */
  @Override
  public String toString() {
    Optional<String> words = caption().or(this::text);
    return kind() + " " + words.map(t -> "\"" + t + "\"").orElseGet(() -> uri().get().toString());
  }

  /** Builds an {@link Evidence}; the kind and a uri or a text are required. */
  public interface Builder {
    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(EvidenceKind kind);

    /**
     * Sets the reference.
     *
     * @param uri where the evidence is
     * @return this builder
     */
    Builder uri(URI uri);

    /**
     * Sets the text.
     *
     * @param text the quote, excerpt or note
     * @return this builder
     */
    Builder text(String text);

    /**
     * Sets the caption.
     *
     * @param caption the caption
     * @return this builder
     */
    Builder caption(String caption);

    /**
     * Sets who or what the evidence came from.
     *
     * @param source the source
     * @return this builder
     */
    Builder source(String source);

    /**
     * Builds the evidence.
     *
     * @return the evidence
     * @throws ValidationException if a rule is broken
     */
    Evidence build();
  }
}
