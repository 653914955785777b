package ee.tokvs.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What a benchmark measured, printed and kept under target/bench/ for the closing notes. */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name) {
        this.name = name;
    }

    BenchReport line(String format, Object... args) {
        lines.add(String.format(java.util.Locale.ROOT, format, args));
        return this;
    }

    void write() {
        String text = String.join("\n", lines) + "\n";
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Samples the used heap every few milliseconds while work runs; the highest sample is the peak, garbage not yet
     * collected included. What the collector left after each collection is the live heap: its highest is what the
     * work really held, and the baseline (after a collection before the work) what the portal holds anyway.
     */
    static final class HeapWatch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final long baseline;
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch() {
            System.gc();
            baseline = afterCollection();
            sampler = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    peakLive.accumulateAndGet(afterCollection(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakMegabytes() {
            return peak.get() / (1024 * 1024);
        }

        /** The most the heap held right after a collection while the work ran. */
        long peakLiveMegabytes() {
            return peakLive.get() / (1024 * 1024);
        }

        /** What the heap held after the collection before the work began. */
        long baselineMegabytes() {
            return baseline / (1024 * 1024);
        }

        private static long afterCollection() {
            long used = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    used += pool.getCollectionUsage().getUsed();
                }
            }
            return used;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            sampler.join();
        }
    }
}
