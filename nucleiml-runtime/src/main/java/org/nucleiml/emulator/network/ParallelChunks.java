package org.nucleiml.emulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered chunks of work on a fixed set of threads. Which thread runs a chunk is arbitrary;
 * callers write each chunk's result to its own slot and combine slots in chunk order, so results
 * never depend on the thread count.
 */
public final class ParallelChunks implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  /** @param threads worker threads, >= 1 (the caller's thread is one of them) */
  public ParallelChunks(int threads) {
    this.threads = threads;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, daemonThreads()) : null;
  }

  /** Runs {@code task} for chunks 0 .. count-1 and returns when all have finished. */
  public void run(int count, IntConsumer task) {
    if (pool == null || count == 1) {
      for (int c = 0; c < count; c++) {
        task.accept(c);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
        task.accept(c);
      }
    };
    List<Future<?>> helpers = new ArrayList<>();
    for (int t = 1; t < Math.min(threads, count); t++) {
      helpers.add(pool.submit(worker));
    }
    worker.run();
    await(helpers);
  }

  private static void await(List<Future<?>> futures) {
    try {
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "nml-train");
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
