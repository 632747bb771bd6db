package io.github.journeykit.export.internal;

import io.github.journeykit.export.JourneyExporter;

/**
 * What the built-in exporters share: a fixed name, file extension and media type. Not public API.
 */
public abstract class BuiltInExporter implements JourneyExporter {
  private final String name;
  private final String fileExtension;
  private final String mediaType;

  /**
   * An exporter of one format.
   *
   * @param name the format's name
   * @param fileExtension the extension of its files
   * @param mediaType its media type
   */
  protected BuiltInExporter(String name, String fileExtension, String mediaType) {
    this.name = name;
    this.fileExtension = fileExtension;
    this.mediaType = mediaType;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String fileExtension() {
    return fileExtension;
  }

  @Override
  public final String mediaType() {
    return mediaType;
  }

  /**
   * The class and the format's name, such as {@code SvgJourneyMapExporter[svg]}.
   *
   * @return the exporter in words
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }
}
