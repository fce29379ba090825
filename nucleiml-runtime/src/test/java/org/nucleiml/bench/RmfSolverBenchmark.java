package org.nucleiml.bench;

import java.util.concurrent.TimeUnit;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.SolverSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time of one self-consistent solve of NL3 (sample mode: read the p0.50 line for the median). Cold:
 * from the Fermi-density start; warm: a set with g_sigma and g_omega 1% larger, started from the
 * NL3 solution (a batch of nearby parameter sets).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class RmfSolverBenchmark {

  private static final ModelConstants NL3_CONSTANTS = new ModelConstants(508.194, 782.501, 763, 939);
  private static final Couplings NL3 = new Couplings(10.217, 12.868, 8.948, 2058.3495, -28.885, 0, 0);
  private static final Couplings NEARBY =
      new Couplings(10.217 * 1.01, 12.868 * 1.01, 8.948, 2058.3495, -28.885, 0, 0);

  @Param({"40Ca", "208Pb"})
  public String nucleus;

  private Nucleus target;
  private RmfSolver solver;
  private NucleusSolution previous;

  @Setup
  public void setUp() {
    target = Nucleus.parse(nucleus);
    solver = new RmfSolver(SolverSettings.DEFAULT);
    previous = solver.solve(target, NL3, NL3_CONSTANTS);
  }

  @Benchmark
  public NucleusSolution cold() {
    return solver.solve(target, NL3, NL3_CONSTANTS);
  }

  @Benchmark
  public NucleusSolution warm() {
    return solver.solve(target, NEARBY, NL3_CONSTANTS, previous);
  }
}
