package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.config.EnvironmentsParser;
import dev.ferry.config.PlatformRepo;
import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The environments of a repo read straight from {@code environments.yaml}, without validating the
 * repo, so the first frame can lay out its columns at once. The full, validated project replaces
 * it a moment later; a file that does not parse just means no columns until then.
 */
final class EnvironmentsPreview {
    private EnvironmentsPreview() {}

    static Optional<List<Environment>> read(Path root) {
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(PlatformRepo.ENVIRONMENTS_FILE));
            return Optional.of(EnvironmentsParser.parse(YamlReader.read(bytes, PlatformRepo.ENVIRONMENTS_FILE).root())
                    .inPromotionOrder());
        } catch (IOException | YamlException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
