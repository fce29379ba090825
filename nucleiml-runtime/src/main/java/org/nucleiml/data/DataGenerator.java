package org.nucleiml.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.NuclearMatterParameters;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.files.RunInfo;
import org.nucleiml.ProgressMeter;

/**
 * Produces samples.csv: draws the points of the design, evaluates them in parallel in chunks, and
 * assembles the chunks in index order. Each finished chunk is a file in a work directory keyed by the
 * run's fingerprint, so an interrupted run (even kill -9) resumes where it stopped, and the result is
 * byte-identical whatever the thread count, shard layout or interruptions.
 */
public final class DataGenerator {

  private static final int LABEL4_COLUMN = SampleColumns.HEADER.indexOf(SampleColumns.LABEL4);
  private static final int SAMPLE_ID_COLUMN = SampleColumns.HEADER.indexOf(SampleColumns.SAMPLE_ID);
  private static final int NUCLEUS_COLUMN = SampleColumns.HEADER.indexOf(SampleColumns.NUCLEUS);

  private final GenerationConfig config;
  private final SampleEvaluator evaluator;
  private final Labeler labeler;
  private final UnitCubeDesign design;
  private final Consumer<String> log;
  private final Duration progressInterval;

  /**
   * @param config the run
   * @param evaluator the physics (thread-safe)
   * @param experiment measured values per nucleus, for the threshold
   * @param log where progress and status lines go
   * @param progressInterval minimum time between progress lines
   */
  public DataGenerator(GenerationConfig config, SampleEvaluator evaluator,
      Function<Nucleus, ExperimentalReference> experiment, Consumer<String> log,
      Duration progressInterval) {
    this.config = config;
    this.evaluator = evaluator;
    this.labeler = new Labeler(config.threshold(), experiment);
    this.design = config.design().points(config.seed(), config.samples(),
        NuclearMatterParameters.NAMES.size());
    this.log = log;
    this.progressInterval = progressInterval;
  }

  /**
   * Runs (or resumes) this shard and writes its CSV and manifest.
   *
   * @param workDir where finished chunks are kept until the CSV is assembled; must be specific to
   *     the run's fingerprint so a changed configuration never reuses stale chunks
   */
  public GenerationSummary run(Path workDir) throws IOException, InterruptedException {
    RunInfo runInfo = RunInfo.start("generate", config.threads());
    Files.createDirectories(workDir);
    AtomicFiles.removeTemporaries(workDir);
    List<Long> pending = pendingChunks(workDir);
    long chunks = config.endChunk() - config.firstChunk();
    if (pending.size() < chunks) {
      log.accept(String.format(Locale.ROOT, "resuming: %d of %d chunks already done in %s",
          chunks - pending.size(), chunks, workDir));
    }
    compute(pending, workDir, new ClassCounts());
    long computed = pending.stream().mapToLong(this::pointsIn).sum();
    GenerationSummary summary = assemble(workDir, runInfo.elapsedSeconds(), computed);
    summary.runFacts().forEach(runInfo::put);
    runInfo.put("output", config.samplesFile()).write(config.datasetFile().toAbsolutePath().getParent());
    return summary;
  }

  private List<Long> pendingChunks(Path workDir) throws IOException {
    List<Long> pending = new ArrayList<>();
    for (long c = config.firstChunk(); c < config.endChunk(); c++) {
      Path file = chunkFile(workDir, c);
      if (!Files.isRegularFile(file)) {
        pending.add(c);
        continue;
      }
      String problem = chunkProblem(file, c);
      if (problem != null) {
        // a finished chunk is only a cache of work: a damaged one is recomputed, never trusted
        log.accept("generate: discarding damaged chunk " + file + " (" + problem + "); computing it again");
        Files.delete(file);
        pending.add(c);
      }
    }
    return pending;
  }

  /**
   * Why a chunk file cannot be the chunk's rows, or null when it can: one parseable row per (point,
   * nucleus) of the chunk, in order, each with every column. Catches files cut at a row boundary as
   * well as mid-row.
   */
  private String chunkProblem(Path file, long chunk) {
    List<CSVRecord> records;
    try {
      if (!endsWithNewline(file)) {
        return "cut short: the last row has no line end";
      }
      records = SampleCsv.readChunk(file);
    } catch (IOException | RuntimeException e) {
      return "unreadable: " + e.getMessage();
    }
    long first = chunk * config.chunkSize();
    long expected = pointsIn(chunk) * config.nuclei().size();
    if (records.size() != expected) {
      return records.size() + " rows, expected " + expected;
    }
    for (int k = 0; k < records.size(); k++) {
      CSVRecord r = records.get(k);
      String id = Long.toString(first + k / config.nuclei().size());
      String nucleus = config.nuclei().get(k % config.nuclei().size()).name();
      if (r.size() != SampleColumns.HEADER.size() || !r.get(SAMPLE_ID_COLUMN).equals(id)
          || !r.get(NUCLEUS_COLUMN).equals(nucleus) || !knownLabel(r.get(LABEL4_COLUMN))) {
        return "row " + (k + 1) + " is not sample " + id + " " + nucleus + " with "
            + SampleColumns.HEADER.size() + " columns";
      }
    }
    return null;
  }

  private void compute(List<Long> pending, Path workDir, ClassCounts counts)
      throws IOException, InterruptedException {
    long points = pending.stream().mapToLong(this::pointsIn).sum();
    ProgressMeter meter = new ProgressMeter("generate: parameter sets", points, progressInterval, log);
    ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
      Thread t = new Thread(r, "nml-generate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (long c : pending) {
        futures.add(pool.submit(() -> {
          runChunk(c, workDir, counts, meter);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        await(f);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> f) throws IOException, InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void runChunk(long chunk, Path workDir, ClassCounts counts, ProgressMeter meter)
      throws IOException {
    List<SampleRow> rows = new ArrayList<>();
    long first = chunk * config.chunkSize();
    long end = Math.min(first + config.chunkSize(), config.samples());
    for (long i = first; i < end; i++) {
      List<SampleRow> sample = evaluate(i);
      rows.addAll(sample);
      sample.forEach(r -> counts.add(r.admissibility(), 1));
      meter.advance(1, counts::summary);
    }
    AtomicFiles.writeString(chunkFile(workDir, chunk), SampleCsv.rows(rows));
  }

  private List<SampleRow> evaluate(long index) {
    NuclearMatterParameters nmp = config.box().at(design.point(index));
    try {
      SampleEvaluator.SampleResult result = evaluator.evaluate(nmp, config.nuclei());
      return labeler.rows(index, nmp, config.nuclei(), result);
    } catch (RuntimeException e) {
      throw new IllegalStateException("sample " + index + " (" + nmp + ") failed: " + e, e);
    }
  }

  private static boolean knownLabel(String label4) {
    try {
      Admissibility.parse(label4);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  // every row a chunk writer emits ends in "\n": a file cut anywhere but at a row end lacks it
  private static boolean endsWithNewline(Path file) throws IOException {
    try (java.nio.channels.SeekableByteChannel c = Files.newByteChannel(file)) {
      if (c.size() == 0) {
        return false;
      }
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
      c.position(c.size() - 1).read(last);
      return last.get(0) == '\n';
    }
  }

  private long pointsIn(long chunk) {
    long first = chunk * config.chunkSize();
    return Math.min(first + config.chunkSize(), config.samples()) - first;
  }

  private GenerationSummary assemble(Path workDir, double seconds, long computedPoints)
      throws IOException {
    ClassCounts counts = new ClassCounts();
    Path target = config.samplesFile();
    AtomicFiles.write(target, tmp -> {
      Files.writeString(tmp, SampleCsv.header(), StandardCharsets.UTF_8);
      for (long c = config.firstChunk(); c < config.endChunk(); c++) {
        Path chunk = chunkFile(workDir, c);
        String problem = chunkProblem(chunk, c);
        if (problem != null) {
          throw new IOException("chunk file " + chunk + " changed while assembling " + target + ": " + problem
              + " (run again: damaged chunks are recomputed)");
        }
        count(chunk, counts);
        Files.write(tmp, Files.readAllBytes(chunk), java.nio.file.StandardOpenOption.APPEND);
      }
    });
    GenerationSummary summary = GenerationSummary.of(config, counts, target, seconds,
        computedPoints, evaluator.settings());
    summary.write(config.datasetFile());
    deleteRecursively(workDir);
    log.accept("generate: wrote " + target + " (" + counts.total() + " rows; " + counts.summary() + ")");
    return summary;
  }

  private static void count(Path chunk, ClassCounts counts) throws IOException {
    for (CSVRecord r : SampleCsv.readChunk(chunk)) {
      counts.add(Admissibility.parse(r.get(LABEL4_COLUMN)), 1);
    }
  }

  static Path chunkFile(Path workDir, long chunk) {
    return workDir.resolve(String.format(Locale.ROOT, "chunk-%09d.csv", chunk));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
