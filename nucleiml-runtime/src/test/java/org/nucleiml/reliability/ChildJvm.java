package org.nucleiml.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nucleiml.cli.NmlCommand;
import org.nucleiml.files.AtomicFiles;

/**
 * Runs {@code nml} in a child JVM on this test's class path, optionally halted (as kill -9 would:
 * no finally blocks, no shutdown hooks) right before or after a named rename via
 * {@link AtomicFiles#HALT_PROPERTY}.
 */
record ChildJvm(int exitCode, String err) {

  /** Exit code of a run the hook halted. */
  static final int HALTED = 137;

  static ChildJvm run(Path workDir, String haltAt, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    if (haltAt != null) {
      command.add("-D" + AtomicFiles.HALT_PROPERTY + "=" + haltAt);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(NmlCommand.class.getName());
    command.addAll(List.of(args));
    Path err = Files.createTempFile(workDir, "child", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("child JVM timed out: " + command);
    }
    String text = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new ChildJvm(p.exitValue(), text);
  }
}
