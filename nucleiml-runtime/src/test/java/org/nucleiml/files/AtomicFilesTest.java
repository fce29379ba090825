package org.nucleiml.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link AtomicFiles}. */
class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void testWriteString_createsDirectoriesAndReplacesTheOldFile() throws Exception {
    Path target = dir.resolve("a/b/out.txt");
    AtomicFiles.writeString(target, "first");
    AtomicFiles.writeString(target, "second");
    assertEquals("second", Files.readString(target));
    assertEquals(1, count(target.getParent()), "no temporary file may be left behind");
  }

  @Test
  void testWrite_failingWriterLeavesThePreviousFileAndNoTemporary() throws Exception {
    Path target = dir.resolve("out.txt");
    AtomicFiles.writeString(target, "trusted");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, tmp -> {
      Files.writeString(tmp, "half");
      throw new IOException("interrupted mid-write");
    }));
    assertEquals("trusted", Files.readString(target));
    assertEquals(1, count(dir));
  }

  @Test
  void testWriteBytes_writesExactly() throws Exception {
    Path target = dir.resolve("b.bin");
    byte[] bytes = {0, 1, 2, (byte) 255};
    AtomicFiles.writeBytes(target, bytes);
    org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, Files.readAllBytes(target));
  }

  private static long count(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.count();
    }
  }
}
