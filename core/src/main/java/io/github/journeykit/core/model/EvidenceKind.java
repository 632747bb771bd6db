package io.github.journeykit.core.model;

/**
 * The form of a piece of evidence ("Customer Journey Mapping": "documents, audio files, pictures,
 * creating a hub of experience data").
 *
 * <pre>{@code
 * Evidence clip = Evidence.of(EvidenceKind.AUDIO, URI.create("https://files.example/call-42.mp3"));
 * }</pre>
 */
public enum EvidenceKind {
  /** A report, transcript or other document. */
  DOCUMENT,
  /** A sound recording. */
  AUDIO,
  /** A picture or screenshot. */
  IMAGE,
  /** A video recording. */
  VIDEO,
  /** A customer's or employee's words, given as text. */
  QUOTE,
  /** A link to anything else. */
  LINK
}
