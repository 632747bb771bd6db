package io.github.journeykit.export.internal.files;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Files that replace their older versions in one directory together or not at all. Not public API:
 * {@code ExporterRegistry.writeAll} is its user.
 *
 * <p>{@link #stage} writes each file into a new temporary file beside its target. {@link #commit}
 * then moves each existing target aside to a backup name and the new file into its place, each by a
 * rename within the directory; if any step fails, it takes the new files out again and renames
 * every backup back, so that every existing file is as it was. Backups are deleted only once every
 * file is in place. {@link #close} deletes what is left of the temporary files.
 *
 * <p>Temporary files are created as any new file is (not with {@link Files#createTempFile}, whose
 * files only their owner may read), so the process's umask decides the permissions of a new file; a
 * file that replaces an older version takes the older one's POSIX permissions, as writing over it
 * would have kept them.
 */
public final class StagedFiles implements AutoCloseable {
  /** Writes the content of one file. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Why {@link #commit} failed: the file it could not place, and what was left as it was. */
  public static final class CommitException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String outcome;

    CommitException(String fileName, IOException cause, String outcome) {
      super(fileName + ": " + cause, cause);
      this.fileName = fileName;
      this.outcome = outcome;
    }

    /** The name of the file that could not be placed. */
    public String fileName() {
      return fileName;
    }

    /**
     * What the failure left: that nothing was replaced, or which files could not be put back and
     * where their older versions are.
     */
    public String outcome() {
      return outcome;
    }
  }

  /** Marks the names of the temporary and backup files, which a journey id cannot begin. */
  private static final String PREFIX = ".journeykit-";

  private final Path directory;
  private final Map<String, Path> staged = new LinkedHashMap<>();
  private final Set<Path> temporaries = new LinkedHashSet<>();

  private StagedFiles(Path directory) {
    this.directory = directory;
  }

  /**
   * Files to be written into a directory.
   *
   * @param directory an existing directory
   * @return nothing staged yet
   * @throws NotDirectoryException if {@code directory} is not a directory
   */
  public static StagedFiles in(Path directory) throws NotDirectoryException {
    requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new NotDirectoryException(directory.toString());
    }
    return new StagedFiles(directory);
  }

  /**
   * Writes the content of one file into a new temporary file in the directory. If writing fails,
   * the temporary file is left for {@link #close} to delete.
   *
   * @param fileName the name of the file to write, in the directory
   * @param content what to write
   * @throws IOException if the temporary file cannot be created or {@code content} fails
   * @throws IllegalArgumentException if {@code fileName} was staged before
   */
  public void stage(String fileName, Content content) throws IOException {
    requireNonNull(fileName, "fileName");
    requireNonNull(content, "content");
    if (staged.containsKey(fileName)) {
      throw new IllegalArgumentException(
          "fileName: must be staged once (was \"" + fileName + "\")");
    }
    Path temporary = unusedName("tmp");
    try (OutputStream out =
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      temporaries.add(temporary);
      staged.put(fileName, temporary);
      content.writeTo(out);
    }
  }

  /**
   * Moves every staged file into place, replacing older versions; if one cannot be placed, puts
   * every older version back and removes the new files.
   *
   * @return the placed files, by file name, in the order they were staged
   * @throws CommitException naming the file that could not be placed and what was put back
   * @throws IOException if every file was placed but an older version could not be deleted
   */
  public Map<String, Path> commit() throws IOException {
    Map<String, Path> placed = new LinkedHashMap<>();
    Map<Path, Path> backups = new LinkedHashMap<>();
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      Path target = directory.resolve(file.getKey());
      try {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new FileAlreadyExistsException(
              target.toString(), null, "a directory is in the way, not a file");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          keepPermissions(target, file.getValue());
          Path backup = unusedName("bak");
          rename(target, backup);
          backups.put(target, backup);
        }
        rename(file.getValue(), target);
        temporaries.remove(file.getValue());
        placed.put(file.getKey(), target);
      } catch (IOException e) {
        throw new CommitException(file.getKey(), e, rollBack(placed.values(), backups));
      }
    }
    List<String> kept = new ArrayList<>();
    for (Path backup : backups.values()) {
      try {
        Files.delete(backup);
      } catch (IOException e) {
        kept.add(backup + " (" + e + ")");
      }
    }
    if (!kept.isEmpty()) {
      throw new IOException(
          "Every file is in place in "
              + directory
              + ", but these older versions could not be deleted: "
              + String.join(", ", kept));
    }
    return placed;
  }

  /**
   * Removes the placed files and renames each backup back to its target.
   *
   * @return "nothing was replaced", or the files that could not be put back
   */
  private static String rollBack(Iterable<Path> placed, Map<Path, Path> backups) {
    List<String> unrestored = new ArrayList<>();
    for (Path target : placed) {
      try {
        Files.delete(target);
      } catch (IOException e) {
        unrestored.add(target + " (the new version stays: " + e + ")");
      }
    }
    for (Map.Entry<Path, Path> backup : backups.entrySet()) {
      try {
        rename(backup.getValue(), backup.getKey());
      } catch (IOException e) {
        unrestored.add(
            backup.getKey() + " (its older version is " + backup.getValue() + ": " + e + ")");
      }
    }
    return unrestored.isEmpty()
        ? "nothing was replaced"
        : "these files could not be put back: " + String.join(", ", unrestored);
  }

  /** Gives the new version of a file the POSIX permissions of the older one it replaces. */
  private static void keepPermissions(Path older, Path newer) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(newer, PosixFileAttributeView.class);
    if (view != null && Files.isRegularFile(older)) {
      view.setPermissions(Files.getPosixFilePermissions(older));
    }
  }

  private Path unusedName(String extension) {
    return directory.resolve(PREFIX + UUID.randomUUID() + "." + extension);
  }

  /** A rename within the directory: atomic where the file system can do it. */
  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes the temporary files that were not placed.
   *
   * @throws IOException if one cannot be deleted
   */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Path temporary : temporaries) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    temporaries.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
