package dev.ferry.bench;

import dev.ferry.canonical.CanonicalResource;
import dev.ferry.canonical.Canonicalizer;
import dev.ferry.canonical.IdResolver;
import dev.ferry.canonical.SecretMasker;
import dev.ferry.render.RenderedResource;
import dev.ferry.workspace.ProjectState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Canonicalizes and hashes every payload of a generated repo of 5,000 resources (rendered for one
 * environment beforehand, outside the timing); prints the median after warm-up.
 */
public final class CanonicalBenchmark {
    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path root = Files.createTempDirectory("ferry-bench-canonical");
        RepoGenerator.generate(root, resources);
        List<RenderedResource> rendered;
        try (ProjectState project = ProjectState.load(root)) {
            rendered = project.render(project.environment("dev"));
        }
        Canonicalizer canonicalizer = new Canonicalizer(IdResolver.NONE, SecretMasker.NONE, List.of());
        Stopwatch stopwatch = new Stopwatch();
        long[] checksum = new long[1];
        for (int run = 0; run < 15; run++) {
            Runnable all = () -> {
                for (RenderedResource resource : rendered) {
                    CanonicalResource canonical = canonicalizer.canonicalize(resource.target(), resource.payload());
                    checksum[0] += canonical.hash().charAt(0);
                }
            };
            if (run < 5) {
                all.run();
            } else {
                stopwatch.time(all);
            }
        }
        System.out.printf(Locale.ROOT, "canonicalize and hash %d payloads: %s (checksum %d)%n", rendered.size(),
                stopwatch.summary(), checksum[0]);
    }
}
