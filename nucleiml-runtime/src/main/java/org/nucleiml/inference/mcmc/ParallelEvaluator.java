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
 * Evaluates a batch of points of a {@link LogDensity}: in one call when the density is batched, else
 * point by point on a fixed pool, workers taking the next point as they finish, so slow points
 * (solver iterations vary) do not idle the other cores. Results do not depend on the thread count.
 */
final class ParallelEvaluator implements AutoCloseable {

  private final LogDensity density;
  private final int threads;
  private final ExecutorService pool;
  private final AtomicLong evaluations = new AtomicLong();

  ParallelEvaluator(LogDensity density, int threads) {
    this.density = density;
    this.threads = threads;
    this.pool = threads > 1 && !density.batched() ? Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "nml-sampler-worker");
      t.setDaemon(true); // a caller that forgets close() must not keep the JVM alive
      return t;
    }) : null;
  }

  /** Log densities of {@code points}, proposed by {@code walkers}. */
  double[] evaluate(double[][] points, int[] walkers) {
    double[] out = new double[points.length];
    if (density.batched()) {
      density.evaluate(points, walkers, out);
    } else {
      evaluateShared(points, walkers, out);
    }
    evaluations.addAndGet(points.length);
    return out;
  }

  /** Points evaluated so far. */
  long evaluations() {
    return evaluations.get();
  }

  private void evaluateShared(double[][] points, int[] walkers, double[] out) {
    AtomicInteger next = new AtomicInteger();
    Callable<Void> worker = () -> {
      for (int i = next.getAndIncrement(); i < points.length; i = next.getAndIncrement()) {
        double[] one = new double[1];
        density.evaluate(new double[][] {points[i]}, new int[] {walkers[i]}, one);
        out[i] = one[0];
      }
      return null;
    };
    List<Future<Void>> helpers = new ArrayList<>();
    for (int t = 1; pool != null && t < Math.min(threads, points.length); t++) {
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
