package dev.ferry.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Copies the schemas shipped in the jar to a folder; their relative {@code $ref}s keep working there. */
public final class SchemaFiles {
    private SchemaFiles() {}

    public static List<Path> writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (SchemaName name : SchemaName.all()) {
            Path target = folder.resolve(name.fileName());
            try (InputStream in = open(name)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(target);
        }
        return written;
    }

    static InputStream open(SchemaName name) throws IOException {
        InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(SchemaName.RESOURCE_FOLDER
                + name.fileName());
        if (in == null) {
            throw new IOException("schema " + name.fileName() + " is missing from the jar");
        }
        return in;
    }
}
