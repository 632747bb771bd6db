package io.github.journeykit.export.internal.json;

/**
 * Thrown to stop reading a document that cannot be read further: the problems recorded say why. Not
 * public API.
 */
final class StopReading extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StopReading() {
    super(null, null, false, false);
  }
}
