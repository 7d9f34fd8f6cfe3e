package dev.ferry.tui;

import dev.ferry.yaml.YamlException;
import dev.ferry.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The themes the workbench cycles through with {@code t}: the ones shipped in the jar (built from
 * {@code themes/} at the root of Ferry's source tree), then any {@code *.yaml} in the user's
 * {@code ~/.ferry/themes/}. With {@code NO_COLOR} set, the workbench starts on {@code mono}.
 */
final class Themes {
    /** Shipped themes in cycling order; a jar cannot list a folder, so the names are known here. */
    static final List<String> SHIPPED = List.of("dark", "light", "high-contrast", "colour-blind", "mono");


    private final List<Theme> all;

    private Themes(List<Theme> all) {
        this.all = List.copyOf(all);
    }

    /** Shipped themes plus those in {@code userFolder} (which may be absent); problems go to {@code warn}. */
    static Themes load(Path userFolder, Consumer<String> warn) {
        List<Theme> themes = new ArrayList<>();
        for (String name : SHIPPED) {
            try (InputStream in = Themes.class.getResourceAsStream("/themes/" + name + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("theme " + name + " is missing from the jar");
                }
                themes.add(Theme.parse(YamlReader.read(in.readAllBytes(), name + ".yaml").root(), name));
            } catch (IOException | YamlException e) {
                throw new IllegalStateException("cannot read shipped theme " + name, e);
            }
        }
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*.yaml")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path file : sorted) {
                    String fallback = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                    try {
                        Theme theme = Theme.parse(YamlReader.read(Files.readAllBytes(file), file.toString()).root(),
                                fallback);
                        themes.removeIf(existing -> existing.name().equals(theme.name()));
                        themes.add(theme);
                    } catch (IOException | YamlException | IllegalArgumentException e) {
                        warn.accept("theme " + file + " skipped: " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                warn.accept("cannot list themes in " + userFolder + ": " + e.getMessage());
            }
        }
        return new Themes(themes);
    }

    List<Theme> all() {
        return all;
    }

    Theme named(String name) {
        return all.stream().filter(theme -> theme.name().equals(name)).findFirst().orElse(all.get(0));
    }

    /** The theme after {@code current} in cycling order. */
    Theme next(Theme current) {
        int index = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(current.name())) {
                index = i;
            }
        }
        return all.get((index + 1) % all.size());
    }
}
