package dev.ferry.bench;

import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Validates a generated repo of 5,000 resources. Reports the median wall time of a fresh
 * {@code ./ferry validate} process (what a user waits for, JVM start included), the median of
 * in-process runs after warm-up, and the peak heap of one in-process run. Target: under 3 s.
 */
public final class ValidateBenchmark {
    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("ferry-bench-validate");
        int written = RepoGenerator.generate(root, resources);
        System.out.printf(Locale.ROOT, "repo: %d resources in %s%n", written, root);

        runCli(root); // builds the jar and its class-data archive when they are stale
        Stopwatch process = new Stopwatch();
        for (int i = 0; i < runs; i++) {
            process.time(() -> runCli(root));
        }
        System.out.println("ferry validate (new JVM each run): " + process.summary());

        RepoValidator validator = new RepoValidator();
        Stopwatch inProcess = new Stopwatch();
        long peak = 0;
        for (int i = 0; i < runs + 2; i++) {
            System.gc();
            resetPeaks();
            ValidationReport[] report = new ValidationReport[1];
            Runnable run = () -> report[0] = validator.validate(root, LocalDate.now());
            if (i < 2) {
                run.run();
            } else {
                inProcess.time(run);
            }
            peak = Math.max(peak, peakHeap());
            if (!report[0].isValid()) {
                throw new IllegalStateException("generated repo is invalid: " + report[0].findings().get(0).format());
            }
        }
        System.out.println("validate in process, after 2 warm-up runs: " + inProcess.summary());
        System.out.printf(Locale.ROOT, "peak heap during validation: %.1f MB%n", peak / 1048576.0);
    }

    private static void runCli(Path root) {
        try {
            Process process = new ProcessBuilder("./ferry", "validate", root.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException("ferry validate exited " + code);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
