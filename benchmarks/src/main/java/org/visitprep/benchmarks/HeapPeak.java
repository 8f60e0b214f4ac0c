package org.visitprep.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a piece of work used. The heap is collected before it starts; then
 * <ul>
 *   <li>the peak is the most heap in use seen by a thread sampling every {@value #SAMPLE_MILLIS} ms, garbage
 *       included (how far the collector let it grow);</li>
 *   <li>the live peak is the most heap still in use after any collection during the work (what it held).</li>
 * </ul>
 */
final class HeapPeak {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private static final Set<String> HEAP_POOL_NAMES =
            HEAP_POOLS.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    /** What the work answered, and the heap it took. */
    record Measured<T>(T result, long sampledPeakBytes, long livePeakBytes) {}

    private static final long SAMPLE_MILLIS = 5;

    private HeapPeak() {}

    static <T> Measured<T> of(Supplier<T> work) {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicLong livePeak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        NotificationListener afterCollection =
                (notification, handback) -> livePeak.accumulateAndGet(usedAfterCollection(notification), Math::max);
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance)
                .map(NotificationEmitter.class::cast)
                .toList();
        collectors.forEach(collector -> collector.addNotificationListener(afterCollection, null, null));
        Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        T result;
        try {
            result = work.get();
        } finally {
            sampler.interrupt();
            for (NotificationEmitter collector : collectors) {
                try {
                    collector.removeNotificationListener(afterCollection);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The heap in use before a collection is at least what is left after it, which a sample may have missed.
        return new Measured<>(result, Math.max(peak.get(), livePeak.get()), livePeak.get());
    }

    private static long usedAfterCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return 0;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        return info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> HEAP_POOL_NAMES.contains(pool.getKey()))
                .map(Map.Entry::getValue)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
    }
}
