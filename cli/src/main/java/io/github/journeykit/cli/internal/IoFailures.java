package io.github.journeykit.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * I/O failures in words for people: the file they concern and why, without a stack trace. Not
 * public API.
 */
final class IoFailures {
  private IoFailures() {}

  /**
   * An I/O failure in words: the file it concerns and why, such as {@code maps: permission denied},
   * or the message of a failure that says both already.
   */
  static String describe(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException failure = (FileSystemException) e;
      return (failure.getFile() == null ? "" : failure.getFile() + ": ") + reason(e);
    }
    return reason(e);
  }

  /** Why an I/O operation failed, without the file it concerns. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "exists already, and is not a directory";
    }
    if (e instanceof FileSystemException) {
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
