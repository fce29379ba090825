package org.nucleiml.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.OutputLock;

/**
 * Two builds on one output directory: the second is refused with a message naming the directory and
 * the owner's process id, whether it runs in another process or another thread; the lock dies with
 * its process (see {@link KillAtRenameTest}, whose resumed runs follow killed ones).
 */
class ConcurrentBuildTest {

  @TempDir Path dir;

  @Test
  void testSecondProcess_onALockedDirectory_failsNamingTheOwner() throws Exception {
    Path out = dir.resolve("out");
    try (OutputLock lock = OutputLock.acquire("output", out)) {
      ChildJvm second = ChildJvm.run(dir, null, "generate", "--samples", "2", "--nuclei", "16O", "--threads", "1",
          "--output", out.toString());
      assertEquals(1, second.exitCode(), second.err());
      assertTrue(second.err().contains("nml generate: output directory of nml:generate: found " + out.toAbsolutePath()
          + " (locked by process " + ProcessHandle.current().pid()), second.err());
      assertTrue(second.err().contains("expected a directory no other build is writing"), second.err());
    }
    assertEquals(0, ChildJvm.run(dir, null, "generate", "--samples", "2", "--nuclei", "16O", "--threads", "1",
        "--output", out.toString()).exitCode());
    assertTrue(Files.isRegularFile(out.resolve("samples.csv")));
  }

  @Test
  void testSecondThread_onALockedDirectory_isRefused_andTheOwnerMayReenter() throws Exception {
    Path out = dir.resolve("threads");
    try (OutputLock lock = OutputLock.acquire("output", out)) {
      try (OutputLock again = OutputLock.acquire("output", out)) {
        assertEquals(lock, again);
      }
      InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> {
        try {
          CompletableFuture.runAsync(() -> {
            try {
              OutputLock.acquire("output", out).close();
            } catch (java.io.IOException io) {
              throw new java.io.UncheckedIOException(io);
            }
          }).join();
        } catch (java.util.concurrent.CompletionException c) {
          throw c.getCause();
        }
      });
      assertTrue(e.getMessage().contains("locked by this process"), e.getMessage());
    }
    OutputLock.acquire("output", out).close();
  }
}
