package org.nucleiml.study.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.nucleiml.ProgressMeter;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.ContentHash;
import org.nucleiml.files.RunInfo;
import org.nucleiml.physics.nucleus.BatchSolver;
import org.nucleiml.physics.nucleus.NuclearProfiles;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SpeciesProfiles;

/**
 * Solves a {@link ChartRun} chunk by chunk on a {@link BatchSolver} and assembles chart.csv,
 * densities.bin and densities.json. Each finished chunk is a pair of files in a work directory keyed
 * by the run's fingerprint (its profiles, then its rows, each written atomically), so an interrupted
 * run resumes at the first missing chunk; every solve starts cold, so the outputs are byte-identical
 * whatever the thread count or interruptions.
 */
public final class ChartGenerator {

  private final ChartRun run;
  private final int threads;
  private final Consumer<String> log;
  private final Duration progressInterval;

  /**
   * @param run what to compute
   * @param threads worker threads (never changes an output)
   * @param log status and progress lines
   * @param progressInterval minimum time between progress lines
   */
  public ChartGenerator(ChartRun run, int threads, Consumer<String> log, Duration progressInterval) {
    this.run = run;
    this.threads = threads;
    this.log = log;
    this.progressInterval = progressInterval;
  }

  /** Computes the missing chunks in {@code workDir}, assembles the outputs and deletes the chunks. */
  public List<String> generate(Path workDir) throws IOException {
    RunInfo info = RunInfo.start("generate", threads);
    Files.createDirectories(workDir);
    AtomicFiles.removeTemporaries(workDir);
    List<Integer> pending = new ArrayList<>();
    for (int c = 0; c < run.chunks(); c++) {
      if (!finished(workDir, c)) {
        pending.add(c);
      }
    }
    if (pending.size() < run.chunks()) {
      log.accept(String.format(Locale.ROOT, "resuming: %d of %d chunks already done in %s",
          run.chunks() - pending.size(), run.chunks(), workDir));
    }
    long todo = pending.stream().mapToLong(c -> run.chunk(c).size()).sum();
    ProgressMeter meter = new ProgressMeter("generate: chart nuclei (" + run.couplingSet().name() + ")",
        todo, progressInterval, log);
    BatchSolver solver = new BatchSolver(new RmfSolver(run.solver()), threads);
    int[] converged = {0};
    for (int c : pending) {
      int done = solveChunk(solver, workDir, c);
      converged[0] += done;
      meter.advance(run.chunk(c).size(), () -> converged[0] + " converged");
    }
    List<ChartRow> rows = assemble(workDir);
    deleteRecursively(workDir);
    info.put("nuclei", rows.size()).put("solved_now", todo)
        .put("output", run.outputDirectory().resolve(ChartRun.CHART_FILE)).write(run.outputDirectory());
    return List.of(ChartRun.CHART_FILE, ChartRun.DENSITIES_FILE, ChartRun.INDEX_FILE);
  }

  /** Solves one chunk; writes its profiles, then its rows. Returns the number converged. */
  private int solveChunk(BatchSolver solver, Path workDir, int chunk) throws IOException {
    BatchSolver.ParameterSet set = new BatchSolver.ParameterSet(run.couplingSet().name(),
        run.couplingSet().couplings(), run.couplingSet().constants());
    List<BatchSolver.Result> results = solver.solve(List.of(set), run.chunk(chunk));
    StringBuilder rows = new StringBuilder();
    List<NuclearProfiles> profiles = new ArrayList<>();
    for (BatchSolver.Result r : results) {
      NucleusSolution s = r.solution();
      rows.append(ChartRow.of(s).line());
      if (s.converged()) {
        profiles.add(s.profiles());
      }
    }
    AtomicFiles.writeBytes(binFile(workDir, chunk), encode(profiles));
    AtomicFiles.writeString(csvFile(workDir, chunk), rows.toString());
    return profiles.size();
  }

  /** The six channels of each nucleus, little-endian float64. */
  private byte[] encode(List<NuclearProfiles> profiles) {
    int points = run.points();
    ByteBuffer b = ByteBuffer.allocate(profiles.size() * nucleusBytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (NuclearProfiles p : profiles) {
      for (SpeciesProfiles s : List.of(p.neutrons(), p.protons())) {
        for (double[] channel : List.of(s.rho(), s.tau(), s.spinOrbit())) {
          if (channel.length != points) {
            throw new IllegalStateException(channel.length + " radii in a profile, expected " + points);
          }
          for (double v : channel) {
            b.putDouble(v);
          }
        }
      }
    }
    return b.array();
  }

  private int nucleusBytes() {
    return ChartRun.CHANNELS.size() * run.points() * Double.BYTES;
  }

  /**
   * Whether a chunk's two files are complete: one row per nucleus of the chunk, in order, and the
   * profiles of exactly its converged ones. A damaged chunk is deleted and computed again.
   */
  private boolean finished(Path workDir, int chunk) throws IOException {
    Path csv = csvFile(workDir, chunk);
    Path bin = binFile(workDir, chunk);
    if (!Files.isRegularFile(csv) || !Files.isRegularFile(bin)) {
      return false;
    }
    String problem = problem(csv, bin, chunk);
    if (problem == null) {
      return true;
    }
    log.accept("generate: discarding damaged chunk " + csv + " (" + problem + "); computing it again");
    Files.deleteIfExists(csv);
    Files.deleteIfExists(bin);
    return false;
  }

  private String problem(Path csv, Path bin, int chunk) {
    try {
      List<ChartRow> rows = readRows(csv);
      var expected = run.chunk(chunk);
      if (rows.size() != expected.size()) {
        return rows.size() + " rows, expected " + expected.size();
      }
      for (int k = 0; k < rows.size(); k++) {
        if (!rows.get(k).nucleus().equals(expected.get(k))) {
          return "row " + (k + 1) + " is " + rows.get(k).nucleus() + ", expected " + expected.get(k);
        }
      }
      long converged = rows.stream().filter(ChartRow::converged).count();
      if (Files.size(bin) != converged * nucleusBytes()) {
        return "profiles of " + Files.size(bin) + " bytes for " + converged + " converged nuclei";
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "unreadable: " + e.getMessage();
    }
  }

  private static List<ChartRow> readRows(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new IOException("cut short: the last row has no line end");
    }
    List<ChartRow> rows = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n")) {
      number++;
      if (!line.isEmpty()) {
        rows.add(ChartRow.parse(csv + " line " + number, line));
      }
    }
    return rows;
  }

  /** Reads a chart.csv (with its header). */
  public static List<ChartRow> read(Path chartCsv) throws IOException {
    List<ChartRow> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(chartCsv, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.equals(String.join(",", ChartRow.HEADER))) {
        throw new org.nucleiml.InvalidParameterException(chartCsv + " header", header, String.join(",", ChartRow.HEADER));
      }
      int number = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        if (!line.isEmpty()) {
          rows.add(ChartRow.parse(chartCsv + " line " + number, line));
        }
      }
    }
    return rows;
  }

  private List<ChartRow> assemble(Path workDir) throws IOException {
    Path dir = run.outputDirectory();
    Files.createDirectories(dir);
    List<ChartRow> rows = new ArrayList<>();
    for (int c = 0; c < run.chunks(); c++) {
      String problem = problem(csvFile(workDir, c), binFile(workDir, c), c);
      if (problem != null) {
        throw new IOException("chunk " + csvFile(workDir, c) + " changed while assembling the chart: " + problem
            + " (run again: damaged chunks are recomputed)");
      }
      rows.addAll(readRows(csvFile(workDir, c)));
    }
    String[] sha = new String[1];
    AtomicFiles.write(dir.resolve(ChartRun.DENSITIES_FILE), tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        for (int c = 0; c < run.chunks(); c++) {
          Files.copy(binFile(workDir, c), out);
        }
      }
      sha[0] = ContentHash.of(tmp);
    });
    DensityIndex.write(dir.resolve(ChartRun.INDEX_FILE), run, rows, sha[0]);
    StringBuilder csv = new StringBuilder(String.join(",", ChartRow.HEADER)).append('\n');
    rows.forEach(r -> csv.append(r.line()));
    AtomicFiles.writeString(dir.resolve(ChartRun.CHART_FILE), csv.toString());
    long converged = rows.stream().filter(ChartRow::converged).count();
    log.accept("generate: wrote " + dir.resolve(ChartRun.CHART_FILE) + " (" + rows.size() + " nuclei, "
        + converged + " converged) and the profiles of the converged ones in " + ChartRun.DENSITIES_FILE);
    return rows;
  }

  private static Path csvFile(Path workDir, int chunk) {
    return workDir.resolve(String.format(Locale.ROOT, "chunk-%09d.csv", chunk));
  }

  private static Path binFile(Path workDir, int chunk) {
    return workDir.resolve(String.format(Locale.ROOT, "chunk-%09d.bin", chunk));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
