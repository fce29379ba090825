package org.nucleiml.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.nucleiml.InvalidParameterException;

/**
 * Exclusive ownership of an output directory for one build: an OS file lock on
 * {@code <dir>/.nml-lock}, which holds the owner's process id for the message a second build gets.
 * The operating system drops the lock when its process dies (even by kill -9), so a lock is never
 * stale; the file itself stays behind, empty, and means nothing without the lock.
 *
 * <p>A thread may take the lock of a directory it already holds (a step that calls another piece of
 * code that locks the same directory); any other thread or process is refused at once with a message
 * naming the directory and the owner, instead of two writers mixing their files.
 */
public final class OutputLock implements AutoCloseable {

  /** File name of the lock inside the locked directory. */
  public static final String FILE_NAME = ".nml-lock";

  // Locks this JVM holds, by directory: a FileLock cannot be taken twice in one JVM.
  private static final Map<Path, OutputLock> HELD = new HashMap<>();

  private final Path directory;
  private final Thread owner;
  private final FileChannel channel;
  private final FileLock lock;
  private int holds = 1;

  private OutputLock(Path directory, FileChannel channel, FileLock lock) {
    this.directory = directory;
    this.owner = Thread.currentThread();
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code directory} (created when missing), then removes the temporary files
   * an interrupted earlier run left in it (nobody else can be writing them now).
   *
   * @param parameter the directory's parameter name for messages, e.g. "outputDirectory"
   * @throws InvalidParameterException when the path is a file, or another build holds the lock
   */
  public static OutputLock acquire(String parameter, Path directory) throws IOException {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidParameterException(parameter, dir, "a directory (this path is a file)");
    }
    synchronized (HELD) {
      OutputLock held = HELD.get(dir);
      if (held != null) {
        if (held.owner == Thread.currentThread()) {
          held.holds++;
          return held;
        }
        throw inUse(parameter, dir, "this process (" + ProcessHandle.current().pid() + ", thread "
            + held.owner.getName() + ")");
      }
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE_NAME);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (java.nio.channels.OverlappingFileLockException e) {
        // this JVM holds it under another name (a symbolic link to the same directory)
        channel.close();
        throw inUse(parameter, dir, "this process (" + ProcessHandle.current().pid() + ")");
      } catch (IOException e) {
        channel.close();
        throw new IOException("cannot lock " + file + " (the file system refuses locks: " + e.getMessage()
            + "); use an output directory on a local file system", e);
      } catch (RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        String owner = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        channel.close();
        throw inUse(parameter, dir, owner.isEmpty() ? "another process" : owner);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + "\n")
          .getBytes(StandardCharsets.UTF_8)), 0);
      OutputLock acquired = new OutputLock(dir, channel, lock);
      HELD.put(dir, acquired);
      AtomicFiles.removeTemporaries(dir);
      return acquired;
    }
  }

  private static InvalidParameterException inUse(String parameter, Path dir, String owner) {
    return new InvalidParameterException(parameter, dir + " (locked by " + owner + " through "
        + dir.resolve(FILE_NAME) + ")", "a directory no other build is writing: wait for that build or give"
        + " this one another output directory");
  }

  /** The locked directory. */
  public Path directory() {
    return directory;
  }

  /** Releases one hold; the last one empties the lock file and drops the lock. */
  @Override
  public void close() throws IOException {
    synchronized (HELD) {
      if (--holds > 0) {
        return;
      }
      HELD.remove(directory);
      try {
        channel.truncate(0);
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
