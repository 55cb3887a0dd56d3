package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Peak memory: the heap's (sum of the heap pools' peaks) and the process's resident set (Linux VmHWM). */
final class MemoryProbe {
    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryProbe() {
    }

    /** Starts the heap peaks afresh. */
    static void resetHeapPeak() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak use since the last reset, in bytes. */
    static long heapPeakBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** The process's peak resident set size in bytes (VmHWM), where the system tells it. */
    static OptionalLong peakRssBytes() {
        try {
            return Files.isReadable(STATUS) ? vmHwm(Files.readAllLines(STATUS)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** CPU time this process has used so far, all threads (GC included), in nanoseconds; -1 where unknown. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime();
        return -1;
    }

    /** CPU time the calling thread has used so far, in nanoseconds; 0 where unknown. */
    static long threadCpuNanos() {
        var threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? Math.max(0, threads.getCurrentThreadCpuTime()) : 0;
    }

    /** VmHWM from the lines of /proc/self/status ("VmHWM:   123456 kB"). */
    static OptionalLong vmHwm(List<String> status) {
        Optional<String> line = status.stream().filter(l -> l.startsWith("VmHWM:")).findFirst();
        if (line.isEmpty())
            return OptionalLong.empty();
        String[] parts = line.get().substring("VmHWM:".length()).trim().split("\\s+");
        long value = Long.parseLong(parts[0]);
        return OptionalLong.of(parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? value * 1024 : value);
    }
}
