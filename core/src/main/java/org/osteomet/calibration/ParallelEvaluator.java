package org.osteomet.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a batch on a fixed pool of threads. Each loss is written to its candidate's slot, so the
 * result is bit-identical whatever the thread count or the order in which the threads finish.
 */
public final class ParallelEvaluator implements Objective, AutoCloseable {

    private final LossFunction loss;
    private final ExecutorService pool;
    private final int threads;

    public ParallelEvaluator(LossFunction loss, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.loss = loss;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, workerThreads());
    }

    /** One worker per available processor. */
    public static ParallelEvaluator onAllCores(LossFunction loss) {
        return new ParallelEvaluator(loss, Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    @Override
    public double[] evaluate(double[][] candidates) {
        double[] losses = new double[candidates.length];
        List<Future<?>> pending = new ArrayList<>(candidates.length);
        for (int i = 0; i < candidates.length; i++) {
            int slot = i;
            double[] candidate = candidates[i].clone();
            pending.add(pool.submit(() -> {
                losses[slot] = loss.of(candidate);
            }));
        }
        // Future.get orders each slot's write before the read below; failures surface in candidate order.
        try {
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            pending.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancellationException("calibration interrupted while evaluating a generation");
        } catch (ExecutionException e) {
            pending.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("loss evaluation failed", cause);
        }
        return losses;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "calibration-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
