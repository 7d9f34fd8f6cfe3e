package dev.ferry.config;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a new, valid platform repo: {@code environments.yaml} for dev, uat and prod on the
 * embedded sandbox, the resource folders and a {@code .gitignore}. It refuses to touch a folder
 * that already holds an {@code environments.yaml}.
 */
public final class RepoInitializer {
    private static final List<String> FOLDERS = List.of("assistants", "squads", "tools", "knowledge",
            "structured-outputs", "policies", "prompts", "schemas", "tests", "state");

    private RepoInitializer() {}

    /** Creates the repo in {@code folder} and returns the paths written, relative to it. */
    public static List<String> init(Path folder) {
        Path environments = folder.resolve(PlatformRepo.ENVIRONMENTS_FILE);
        if (Files.exists(environments)) {
            throw new FerryException(ExitCode.USAGE, environments + " already exists; 'ferry init' never overwrites "
                    + "a platform repo");
        }
        String project = projectName(folder);
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Files.writeString(environments, template("environments.yaml").replace("PROJECT", project));
            written.add(PlatformRepo.ENVIRONMENTS_FILE);
            Path gitignore = folder.resolve(".gitignore");
            if (!Files.exists(gitignore)) {
                Files.writeString(gitignore, template("gitignore"));
                written.add(".gitignore");
            }
            for (String name : FOLDERS) {
                Path keep = folder.resolve(name).resolve(".gitkeep");
                Files.createDirectories(keep.getParent());
                if (!Files.exists(keep)) {
                    Files.createFile(keep);
                    written.add(name + "/");
                }
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write the platform repo in " + folder + ": "
                    + e.getMessage(), e);
        }
        return written;
    }

    /** A project name from the folder name, reduced to the slug alphabet. */
    static String projectName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String raw = name == null ? "platform" : name.toString().toLowerCase(Locale.ROOT);
        String slug = raw.replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = "platform";
        }
        return slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
    }

    private static String template(String name) throws IOException {
        try (InputStream in = RepoInitializer.class.getResourceAsStream("init/" + name)) {
            if (in == null) {
                throw new IOException("template " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
