package dev.ferry.bench;

import dev.ferry.config.Environment;
import dev.ferry.export.ExportOptions;
import dev.ferry.export.ExportPlan;
import dev.ferry.export.Exporter;
import dev.ferry.export.LiveObject;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.schema.RepoValidator;
import dev.ferry.schema.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports 1,000 live resources (the generated repo rendered for dev, dressed as an org returns
 * it) and writes the files into an empty folder. Reports the median of in-process runs after
 * warm-up, for planning alone and for planning plus writing.
 */
public final class ExportBenchmark {
    private static final int WARM_UP = 5;

    public static void main(String[] args) throws Exception {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path source = Files.createTempDirectory("ferry-bench-export-source");
        // Policies render to nothing; ten of them are added on top so that the org holds the asked count.
        RepoGenerator.generate(source, resources + 10);
        ValidationReport report = new RepoValidator().validate(source, LocalDate.now());
        if (!report.isValid()) {
            throw new IllegalStateException("generated repo is invalid: " + report.findings().get(0).format());
        }
        Environment dev = report.environments().orElseThrow().find("dev").orElseThrow();
        List<LiveObject> live = live(new Renderer(report.repo()).render(dev, (target, key) -> Optional.of(
                UUID.nameUUIDFromBytes((target + "/" + key).getBytes(StandardCharsets.UTF_8)).toString())));
        System.out.printf(Locale.ROOT, "org: %d live resources%n", live.size());

        Exporter exporter = new Exporter();
        Stopwatch planOnly = new Stopwatch();
        Stopwatch planAndWrite = new Stopwatch();
        int[] files = new int[1];
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < runs + WARM_UP; i++) {
            Path target = Files.createTempDirectory("ferry-bench-export-out");
            Runnable plan = () -> exporter.export(live, dev, ExportOptions.all());
            Runnable write = () -> {
                ExportPlan exported = exporter.export(live, dev, ExportOptions.all());
                files[0] = exported.write(target, false).size();
            };
            if (i < WARM_UP) {
                plan.run();
                write.run();
            } else {
                planOnly.time(plan);
                planAndWrite.time(write);
            }
            targets.add(target);
        }
        // Deleting between runs slows the next run's writes on some file systems; clean up at the end.
        for (Path target : targets) {
            delete(target);
        }
        delete(source);
        System.out.printf(Locale.ROOT, "files written per run: %d%n", files[0]);
        System.out.println("export (plan only), after " + WARM_UP + " warm-up runs: " + planOnly.summary());
        System.out.println("export and write into an empty folder: " + planAndWrite.summary());
    }

    private static List<LiveObject> live(List<RenderedResource> rendered) {
        List<LiveObject> live = new ArrayList<>();
        for (RenderedResource resource : rendered) {
            ObjectNode body = resource.payload().deepCopy();
            body.put("id", UUID.nameUUIDFromBytes((resource.target() + "/" + resource.key())
                    .getBytes(StandardCharsets.UTF_8)).toString());
            body.put("orgId", "00000000-0000-4000-8000-0000000000b1");
            body.put("createdAt", "2026-11-30T09:15:00.000Z");
            body.put("updatedAt", "2026-12-01T16:42:07.512Z");
            live.add(LiveObject.of(resource.target(), body));
        }
        return live;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
