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
 * Solves every (parameter set, nucleus) pair of a batch on a thread pool. Results come back in input
 * order (set-major) and do not depend on the thread count: with warm starts, each nucleus's sets
 * are cut into fixed blocks of {@link #WARM_BLOCK} consecutive sets, each block solved in order by
 * one thread, every solve warm-started from the previous converged one of its block.
 */
public final class BatchSolver {

  /** Consecutive parameter sets that share one warm-start chain. */
  public static final int WARM_BLOCK = 16;

  /** A named parameter set. */
  public record ParameterSet(String name, Couplings couplings, ModelConstants constants) {}

  /** One solve of a batch, with its wall time. */
  public record Result(ParameterSet set, Nucleus nucleus, NucleusSolution solution, long millis) {}

  private final RmfSolver solver;
  private final int threads;
  private final boolean warmStart;

  /**
   * @param solver the solver (thread-safe)
   * @param threads worker threads, >= 1
   * @param warmStart chain warm starts through blocks of consecutive sets
   */
  public BatchSolver(RmfSolver solver, int threads, boolean warmStart) {
    this.solver = solver;
    this.threads = Checks.positive("threads", threads);
    this.warmStart = warmStart;
  }

  /** Solves all pairs; row k of the result is set k / nuclei.size(), nucleus k % nuclei.size(). */
  public List<Result> solve(List<ParameterSet> sets, List<Nucleus> nuclei) {
    Result[] results = new Result[sets.size() * nuclei.size()];
    int block = warmStart ? WARM_BLOCK : 1;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int j = 0; j < nuclei.size(); j++) {
        for (int start = 0; start < sets.size(); start += block) {
          int nucleusIndex = j;
          int from = start;
          int to = Math.min(sets.size(), start + block);
          futures.add(pool.submit(() -> solveBlock(sets, nuclei, nucleusIndex, from, to, results)));
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

  private void solveBlock(List<ParameterSet> sets, List<Nucleus> nuclei, int j, int from, int to,
      Result[] results) {
    Nucleus nucleus = nuclei.get(j);
    NucleusSolution previous = null;
    for (int i = from; i < to; i++) {
      ParameterSet set = sets.get(i);
      long t0 = System.nanoTime();
      NucleusSolution s = solver.solve(nucleus, set.couplings(), set.constants(), previous);
      long millis = (System.nanoTime() - t0) / 1_000_000L;
      results[i * nuclei.size() + j] = new Result(set, nucleus, s, millis);
      if (s.converged()) {
        previous = s;
      }
    }
  }
}
