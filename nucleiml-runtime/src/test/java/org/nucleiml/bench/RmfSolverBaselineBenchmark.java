package org.nucleiml.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
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
 * Cold NL3 solves of this build against a baseline build's solver in the same JMH run (issue #21:
 * the posterior's cost is one 40Ca and one 208Pb solve per evaluation). {@code solver=baseline}
 * needs the baseline's classes in the forked JVM: {@code -jvmArgsAppend -Dnml.baseline=<dir>}
 * (see {@link BaselineSolver}). Sample mode: read the p0.50 line for the median.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class RmfSolverBaselineBenchmark {

  private static final ModelConstants NL3_CONSTANTS = new ModelConstants(508.194, 782.501, 763, 939);
  private static final Couplings NL3 = new Couplings(10.217, 12.868, 8.948, 2058.3495, -28.885, 0, 0);

  /** "40Ca", "208Pb" or "40Ca+208Pb" (one posterior evaluation). */
  @Param({"40Ca", "208Pb", "40Ca+208Pb"})
  public String nuclei;

  /** "current" (this build) or "baseline". */
  @Param({"current", "baseline"})
  public String solver;

  private final List<Nucleus> targets = new ArrayList<>();
  private final List<BaselineSolver.Problem> baselineProblems = new ArrayList<>();
  private RmfSolver current;

  @Setup
  public void setUp() throws Exception {
    current = new RmfSolver(SolverSettings.DEFAULT);
    BaselineSolver baseline = "baseline".equals(solver) ? BaselineSolver.fromProperty() : null;
    if ("baseline".equals(solver) && baseline == null) {
      throw new IllegalStateException("solver=baseline needs -D" + BaselineSolver.PROPERTY);
    }
    for (String name : nuclei.split("\\+")) {
      targets.add(Nucleus.parse(name));
      if (baseline != null) {
        baselineProblems.add(baseline.problem(name, NL3, NL3_CONSTANTS));
      }
    }
  }

  /** The cold solves of the nuclei; returns a value so nothing is optimised away. */
  @Benchmark
  public Object cold() throws Exception {
    Object last = null;
    if (baselineProblems.isEmpty()) {
      for (Nucleus n : targets) {
        last = current.solve(n, NL3, NL3_CONSTANTS);
      }
    } else {
      for (BaselineSolver.Problem p : baselineProblems) {
        last = p.solveRaw();
      }
    }
    return last;
  }
}
