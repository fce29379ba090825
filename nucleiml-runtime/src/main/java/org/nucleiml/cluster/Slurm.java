package org.nucleiml.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Slurm commands the engine needs, run as processes: {@code sbatch --parsable}, {@code squeue}
 * and {@code scancel}. Any refusal becomes a {@link SlurmException} carrying Slurm's own words.
 */
final class Slurm {

  /** Submits a script with extra command-line options; returns the job id. */
  String submit(List<String> options, Path script) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
    command.addAll(options);
    command.add(script.toString());
    String out = run(command).trim();
    // --parsable prints "jobid" or "jobid;cluster".
    String id = out.contains(";") ? out.substring(0, out.indexOf(';')) : out;
    if (!id.matches("\\d+")) {
      throw new SlurmException("sbatch did not print a job id for " + script + ": " + out);
    }
    return id;
  }

  /**
   * The jobs among {@code ids} (and their array tasks) still pending or running, one
   * {@code id state} line each, e.g. {@code 117_3 RUNNING}.
   */
  List<String> active(List<String> ids) throws IOException, InterruptedException {
    String out = run(List.of("squeue", "-h", "-j", String.join(",", ids), "-o", "%i %T"));
    List<String> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      String l = line.trim();
      if (!l.isEmpty() && !l.toUpperCase(Locale.ROOT).contains("INVALID")) {
        lines.add(l);
      }
    }
    return lines;
  }

  /** Cancels jobs (array jobs with all their tasks). */
  void cancel(List<String> ids) throws IOException, InterruptedException {
    if (!ids.isEmpty()) {
      List<String> command = new ArrayList<>(List.of("scancel"));
      command.addAll(ids);
      run(command);
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new SlurmException(command.get(0) + " could not be started (" + e.getMessage()
          + "): the slurm engine needs sbatch, squeue and scancel on the PATH of a Slurm login node");
    }
    byte[] out = p.getInputStream().readAllBytes();
    int code = p.waitFor();
    String text = new String(out, StandardCharsets.UTF_8);
    if (code != 0) {
      // squeue exits 1 for job ids it no longer knows: that just means nothing is active.
      if (command.get(0).equals("squeue") && text.toLowerCase(Locale.ROOT).contains("invalid job id")) {
        return "";
      }
      throw new SlurmException(String.join(" ", command) + " failed with exit code " + code + ": " + text.trim());
    }
    return text;
  }
}
