package dev.ferry.sandbox.load;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.vapi.VapiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an org from a folder of real Vapi configurations (GET dumps, gitops pulls, request bodies):
 * reads and classifies every file, wires references between them, stubs the ones that point
 * outside the folder, and creates everything in dependency order through the Vapi client.
 */
public final class ConfigLoader {
    private final VapiClient client;

    public ConfigLoader(VapiClient client) {
        this.client = client;
    }

    public LoadReport load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FerryException(ExitCode.USAGE, folder + ": no such folder to load");
        }
        Path stubFolder;
        try {
            stubFolder = Files.createTempDirectory("ferry-stubs");
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot make a temporary folder: " + e.getMessage(), e);
        }
        FolderReader reader = new FolderReader(folder, stubFolder);
        List<LoadReport.Loaded> described = new ArrayList<>();
        List<PendingObject> objects = reader.read(described);
        List<CreateInOrder.Created> created = new CreateInOrder(client).run(objects);
        Map<String, String> idsBySource = new HashMap<>();
        Map<String, String> idsByKey = new HashMap<>();
        created.forEach(made -> {
            idsBySource.put(made.object().source(), made.id());
            idsByKey.put(made.object().target().spelling() + "/" + made.object().key(), made.id());
        });
        Map<String, String> wired = new HashMap<>();
        reader.refKeys().forEach((ref, key) -> wired.put(ref, idsByKey.get(ref.substring(0, ref.indexOf('/') + 1)
                + key)));
        List<LoadReport.Loaded> loaded = described.stream()
                .map(entry -> new LoadReport.Loaded(entry.file(), entry.target(), entry.shape(),
                        idsBySource.get(entry.file()), entry.name()))
                .toList();
        return new LoadReport(loaded, reader.stubNotes(), reader.skipped(), wired);
    }
}
