package org.nucleiml.physics.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nucleiml.Checks;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;

/**
 * Solves every (parameter set, nucleus) pair of a batch on a thread pool, each from a cold start.
 * Results come back in input order (set-major) and do not depend on the thread count.
 *
 * <p>There are no warm starts here: started from a neighbour's fields, the iteration can settle on
 * another self-consistent solution than the cold start's (16O at BE -29.41 MeV instead of 153.41 MeV;
 * 208Pb up to 21% off), and telling such a result from the ground state takes a cold solve, which
 * costs more than the warm start saved (issue #22, docs/physics.md).
 */
public final class BatchSolver {

  /** A named parameter set. */
  public record ParameterSet(String name, Couplings couplings, ModelConstants constants) {}

  /** One solve of a batch, with its wall time. */
  public record Result(ParameterSet set, Nucleus nucleus, NucleusSolution solution, long millis) {}

  private final RmfSolver solver;
  private final int threads;

  /**
   * @param solver the solver (thread-safe)
   * @param threads worker threads, >= 1
   */
  public BatchSolver(RmfSolver solver, int threads) {
    this.solver = solver;
    this.threads = Checks.positive("threads", threads);
  }

  /** Solves all pairs; row k of the result is set k / nuclei.size(), nucleus k % nuclei.size(). */
  public List<Result> solve(List<ParameterSet> sets, List<Nucleus> nuclei) {
    Result[] results = new Result[sets.size() * nuclei.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < sets.size(); i++) {
        for (int j = 0; j < nuclei.size(); j++) {
          int setIndex = i;
          int nucleusIndex = j;
          futures.add(pool.submit(() -> solveOne(sets.get(setIndex), nuclei, setIndex, nucleusIndex, results)));
        }
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("batch solve failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.of(results);
  }

  private void solveOne(ParameterSet set, List<Nucleus> nuclei, int i, int j, Result[] results) {
    Nucleus nucleus = nuclei.get(j);
    long t0 = System.nanoTime();
    NucleusSolution s = solver.solve(nucleus, set.couplings(), set.constants());
    long millis = (System.nanoTime() - t0) / 1_000_000L;
    results[i * nuclei.size() + j] = new Result(set, nucleus, s, millis);
  }
}
