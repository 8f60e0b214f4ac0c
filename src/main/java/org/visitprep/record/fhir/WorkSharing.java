package org.visitprep.record.fhir;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs numbered tasks on the calling thread and on helpers from an executor, each taking the next task until none
 * is left. The calling thread always works too, so the tasks finish even when the executor is saturated or runs
 * nothing (a container's managed executor under load); helpers that start late find no work and return.
 */
final class WorkSharing {

    private WorkSharing() {}

    static void run(int taskCount, int threads, Executor executor, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(taskCount);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < taskCount; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
                } finally {
                    finished.countDown();
                }
            }
        };
        for (int helper = 1; helper < Math.min(threads, taskCount); helper++) {
            try {
                executor.execute(worker);
            } catch (RejectedExecutionException busy) {
                break;
            }
        }
        worker.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the record", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
