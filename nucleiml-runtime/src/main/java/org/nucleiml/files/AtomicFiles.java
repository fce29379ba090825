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
 */
public final class AtomicFiles {

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
    Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
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
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
