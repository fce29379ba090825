package org.nucleiml.study.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nucleiml.GateFailedException;
import org.nucleiml.RuntimeVersion;
import org.nucleiml.data.RmfSampleEvaluator;
import org.nucleiml.files.ContentHash;
import org.nucleiml.masses.ChargeRadius;
import org.nucleiml.masses.MassTable;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.study.BuildCache;
import org.nucleiml.study.StepFingerprint;
import org.nucleiml.study.StepRunner;

/**
 * The chart mode of the generate step: fingerprints the run (coupling set, solver settings, chunk
 * size and the SHA-256 of nuclei.csv; never the thread count or output path), then skips, restores
 * from the build cache, or runs the {@link ChartGenerator}; finally measures the chart against
 * AME2020 and the measured charge radii (both bundled) and checks the gates.
 */
public final class ChartStep {

  private final ChartRun run;
  private final List<ChartGate> gates;
  private final Consumer<String> log;
  private final Duration progressInterval;

  /**
   * @param run what to compute
   * @param gates the gates checked after the run (not part of the fingerprint)
   * @param log status and progress lines
   * @param progressInterval minimum time between progress lines
   */
  public ChartStep(ChartRun run, List<ChartGate> gates, Consumer<String> log, Duration progressInterval) {
    this.run = run;
    this.gates = List.copyOf(gates);
    this.log = log;
    this.progressInterval = progressInterval;
  }

  /** Everything the outputs depend on. */
  public StepFingerprint fingerprint() throws IOException {
    Couplings c = run.couplingSet().couplings();
    StepFingerprint.Builder b = StepFingerprint.builder("generate", RuntimeVersion.fingerprint())
        .parameter("mode", "chart")
        .parameter("couplingSet", run.couplingSet().name())
        .parameter("couplings", c.gSigma() + "," + c.gOmega() + "," + c.gRho() + "," + c.aMeV() + "," + c.b()
            + "," + c.c() + "," + c.lambdaV())
        .parameter("densityComponents", run.components().id())
        .parameter("chunkSize", run.chunkSize())
        .parameter("nuclei", run.nuclei().size())
        .input("nucleiFrom", ContentHash.of(run.nucleiFile()));
    new RmfSampleEvaluator(run.solver(), run.couplingSet().constants()).settings()
        .forEach((k, v) -> b.parameter("solver." + k, v));
    return b.build();
  }

  /**
   * Runs (or finds up to date) and checks the gates.
   *
   * @return the failure of a missed gate, or null
   */
  public GateFailedException run(int threads, Optional<BuildCache> cache) throws IOException, InterruptedException {
    StepFingerprint fp = fingerprint();
    Path dir = run.outputDirectory();
    new StepRunner(log, cache).run(fp, dir, () -> new ChartGenerator(run, threads, log, progressInterval)
        .generate(dir.resolve(".nml-work").resolve(fp.digest().substring(0, 16))));
    List<ChartRow> rows = ChartGenerator.read(dir.resolve(ChartRun.CHART_FILE));
    MassTable ame = TableSource.bundled(TableFormat.AME2020).load().massTable("ame2020");
    @SuppressWarnings("unchecked")
    List<ChargeRadius> radii = (List<ChargeRadius>) TableSource.bundled(TableFormat.RADII).load().table();
    ChartMetrics metrics = ChartMetrics.of(rows, ame, radii);
    log.accept(metrics.summary(run.couplingSet().name()));
    List<String> failed = new ArrayList<>();
    for (ChartGate g : gates) {
      double measured = g.measure(metrics);
      String line = g.describe(measured);
      log.accept("gate " + line);
      if (!g.passes(measured)) {
        failed.add(line);
      }
    }
    return failed.isEmpty() ? null : new GateFailedException("chartGates",
        "nml:generate chart " + run.couplingSet().name() + " missed " + failed.size() + " gate(s)", failed);
  }

  /** The distinct nuclei of rows in file order (a data set may list a nucleus in several sets). */
  public static List<Nucleus> distinct(List<Nucleus> nuclei) {
    return nuclei.stream().distinct().toList();
  }
}
