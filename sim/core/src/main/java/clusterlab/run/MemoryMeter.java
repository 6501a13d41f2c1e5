package clusterlab.run;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The JVM's memory as a benchmark reports it: the peak heap (from the memory pools' own peak
 * counters, reset by {@link #reset()}), the process's peak resident set (from Linux's
 * /proc/self/status), and the time spent collecting garbage.
 */
public final class MemoryMeter {
    private MemoryMeter() {
    }

    /** Starts a measurement: the pools' peaks restart from their current use. */
    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /**
     * Bytes of heap in use at its peak since {@link #reset()}: the sum of each heap pool's own peak.
     * The pools peak at different moments, so this is an upper bound of the true peak.
     */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The largest heap the JVM may use (-Xmx or its default). */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The process's peak resident set since it started, where the system tells it (Linux). */
    public static OptionalLong peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring("VmHWM:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kb) * 1024);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // No /proc: the figure is simply not available.
        }
        return OptionalLong.empty();
    }

    /** Milliseconds the collectors have spent since the JVM started. */
    public static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
