package org.nucleiml.inference.mcmc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluates a batch of points of a {@link LogDensity} as it asks: in one call; in one call per thread
 * with a contiguous share each; or point by point on a fixed pool, workers taking the next point as
 * they finish, so slow points (solver iterations vary) do not idle the other cores. Results do not
 * depend on the thread count.
 */
final class ParallelEvaluator implements AutoCloseable {

  private final LogDensity density;
  private final int threads;
  private final ExecutorService pool;
  private final AtomicLong evaluations = new AtomicLong();

  ParallelEvaluator(LogDensity density, int threads) {
    this.density = density;
    this.threads = threads;
    this.pool = threads > 1 && density.evaluation() != LogDensity.Evaluation.BATCH ? Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "nml-sampler-worker");
      t.setDaemon(true); // a caller that forgets close() must not keep the JVM alive
      return t;
    }) : null;
  }

  /** Log densities of {@code points}, proposed by {@code walkers}. */
  double[] evaluate(double[][] points, int[] walkers) {
    double[] out = new double[points.length];
    switch (density.evaluation()) {
      case BATCH -> density.evaluate(points, walkers, out);
      case CHUNKS -> share(points.length, Math.min(threads, points.length), (from, to) -> evaluateRange(points, walkers, out, from, to));
      case POINTS -> share(points.length, points.length, (from, to) -> evaluateRange(points, walkers, out, from, to));
      default -> throw new IllegalStateException(String.valueOf(density.evaluation()));
    }
    evaluations.addAndGet(points.length);
    return out;
  }

  /** Points evaluated so far. */
  long evaluations() {
    return evaluations.get();
  }

  /** A piece of work over the index range [from, to). */
  private interface Task {
    void run(int from, int to);
  }

  /** Splits [0, n) into {@code tasks} contiguous ranges and runs them on the caller and the pool. */
  private void share(int n, int tasks, Task task) {
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker = () -> {
      for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
        task.run((int) ((long) i * n / tasks), (int) ((long) (i + 1) * n / tasks));
      }
      return null;
    };
    List<Future<Void>> helpers = new ArrayList<>();
    for (int t = 1; pool != null && t < Math.min(threads, tasks); t++) {
      helpers.add(pool.submit(worker));
    }
    try {
      worker.call(); // the calling thread works too
      for (Future<Void> f : helpers) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (Exception e) {
      throw rethrow(e);
    }
  }

  private void evaluateRange(double[][] points, int[] walkers, double[] out, int from, int to) {
    double[] part = new double[to - from];
    density.evaluate(java.util.Arrays.copyOfRange(points, from, to), java.util.Arrays.copyOfRange(walkers, from, to), part);
    System.arraycopy(part, 0, out, from, part.length);
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("log-density evaluation failed", t);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
