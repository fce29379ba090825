package org.nucleiml.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes outputs so that a reader never sees a half-written file: content goes to a temporary file
 * in the same directory, which is then moved over the target in one step.
 *
 * <p>Temporary files are named {@code .<target>.<random>.nml-tmp}; a process killed mid-write leaves
 * one behind, which {@link #removeTemporaries} deletes once the next run owns the directory
 * ({@link OutputLock}).
 *
 * <p>For the reliability tests only, the system property {@value #HALT_PROPERTY} =
 * {@code before:<file name>} or {@code after:<file name>} halts the JVM (as kill -9 would: no
 * finally blocks, no shutdown hooks) right before or after the move onto a target of that name.
 */
public final class AtomicFiles {

  /** The test hook's system property (see the class comment). */
  public static final String HALT_PROPERTY = "nml.test.halt-at-rename";

  private static final String TEMPORARY_SUFFIX = ".nml-tmp";

  /** Writes the content of a file given its (temporary) path. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(Path temporary) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code target} through {@code writer}, atomically replacing any previous file. */
  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
    try {
      readableByAll(temporary);
      writer.writeTo(temporary);
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  // createTempFile makes owner-only files; outputs are shared results, so give them the usual mode.
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Writes UTF-8 text to {@code target} atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }

  /** Writes bytes to {@code target} atomically. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    write(target, tmp -> Files.write(tmp, bytes));
  }

  /** Moves a finished file over {@code target} in one step where the file system allows it. */
  public static void move(Path source, Path target) throws IOException {
    haltIfAsked("before", target);
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
    haltIfAsked("after", target);
  }

  private static void haltIfAsked(String when, Path target) {
    String point = System.getProperty(HALT_PROPERTY);
    if (point != null && point.equals(when + ":" + target.getFileName())) {
      Runtime.getRuntime().halt(137);
    }
  }

  /**
   * Deletes the temporary files interrupted writes left directly in {@code dir}; call it only while
   * owning the directory. Returns how many were removed.
   */
  public static int removeTemporaries(Path dir) throws IOException {
    return removeTemporaries(dir, "");
  }

  /** Deletes the temporary files interrupted writes of {@code target} left beside it. */
  public static int removeTemporariesOf(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    return removeTemporaries(dir, target.getFileName().toString() + ".");
  }

  private static int removeTemporaries(Path dir, String stem) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith("." + stem) && name.endsWith(TEMPORARY_SUFFIX) && Files.isRegularFile(p)
            && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    }
    return removed;
  }
}
