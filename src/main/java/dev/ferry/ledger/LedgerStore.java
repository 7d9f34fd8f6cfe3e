package dev.ferry.ledger;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.render.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes one environment's ledger. A ledger that cannot be read stops everything: treating
 * it as empty would make Ferry re-create what the org already has (pitfall B07). During a run every
 * change is first appended to a journal ({@code .ferry/state/<env>.journal}, one line per write, so a
 * process killed at any point loses nothing it was told), and {@link #save()} folds the journal into
 * {@code state/<env>.json} with a write to a temporary file and an atomic rename.
 */
public final class LedgerStore {
    /** The folder of ledgers inside a platform repo, tracked in Git. */
    public static final String FOLDER = "state";

    private final Path root;
    private final String environment;
    private final Path file;
    private final Path journal;
    private final Map<String, LedgerEntry> entries;
    private final List<String> notices = new ArrayList<>();
    private final boolean existed;
    private AppliedRevision applied;
    private JsonNode tests;
    private String base;
    private boolean journalStarted;
    private boolean changed;

    private LedgerStore(Path root, String environment) {
        this.root = root;
        this.environment = environment;
        this.file = root.resolve(FOLDER).resolve(environment + ".json");
        this.journal = root.resolve(".ferry").resolve("state").resolve(environment + ".journal");
        Ledger ledger = readFile();
        this.existed = ledger.exists();
        this.entries = new TreeMap<>(ledger.entryMap());
        this.applied = ledger.lastAppliedOrNull();
        this.tests = ledger.testsNode();
        replayJournal();
    }

    /**
     * The ledger of {@code environment}, with what an interrupted run left in its journal.
     *
     * @throws FerryException (exit 1) when the ledger file exists but is not a readable ledger
     */
    public static LedgerStore open(Path root, String environment) {
        return new LedgerStore(root, environment);
    }

    /** The relative path shown in messages: {@code state/dev.json}. */
    public static String relativePath(String environment) {
        return FOLDER + "/" + environment + ".json";
    }

    public synchronized Ledger snapshot() {
        return new Ledger(environment, existed || !entries.isEmpty() || applied != null, applied, tests, entries);
    }

    /** Things worth telling the user about the ledger (a journal replayed or set aside). */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** Records an applied object; on disk (in the journal) before this returns. */
    public synchronized void put(LedgerEntry entry) {
        append("{\"put\":" + LedgerJson.COMPACT.writeValueAsString(LedgerJson.entry(entry)) + "}");
        entries.put(entry.ledgerKey(), entry);
    }

    /** Forgets an object Ferry deleted. */
    public synchronized void remove(Target target, String key) {
        String ledgerKey = LedgerEntry.keyOf(target, key);
        if (entries.containsKey(ledgerKey)) {
            append("{\"remove\":" + LedgerJson.COMPACT.writeValueAsString(ledgerKey) + "}");
            entries.remove(ledgerKey);
        }
    }

    /** Records the revision the environment now holds in full. */
    public synchronized void applied(AppliedRevision revision) {
        append("{\"applied\":" + LedgerJson.COMPACT.writeValueAsString(LedgerJson.applied(revision)) + "}");
        applied = revision;
    }

    /** Records the verdict of a {@code ferry test} run, replacing the previous one; {@link #save()} writes it. */
    public synchronized void recordTests(TestVerdict verdict) {
        JsonNode node = LedgerJson.verdict(verdict);
        append("{\"tests\":" + LedgerJson.COMPACT.writeValueAsString(node) + "}");
        tests = node;
    }

    /** Writes {@code state/<env>.json} atomically when anything changed, then drops the journal. */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = (LedgerJson.MAPPER.writeValueAsString(LedgerJson.write(snapshot())) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            Path temporary = Files.createTempFile(file.getParent(), "." + environment + ".json.", ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            Files.deleteIfExists(journal);
            journalStarted = false;
            base = sha256(bytes);
            changed = false;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write " + relativePath(environment) + ": "
                    + e.getMessage() + "; the changes are kept in " + root.relativize(journal), e);
        }
    }

    private Ledger readFile() {
        cleanTemporaryFiles();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            base = "none";
            return Ledger.empty(environment);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + relativePath(environment) + ": " + e.getMessage()
                    + " (refusing to treat the ledger as empty)", e);
        }
        base = sha256(bytes);
        JsonNode tree;
        try {
            tree = LedgerJson.COMPACT.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : ":" + Math.max(1, at.getLineNr()) + ":" + Math.max(1, at.getColumnNr());
            throw new FerryException(ExitCode.ERROR, relativePath(environment) + where
                    + ": invalid JSON (ledger is corrupt; refusing to treat it as empty)", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new FerryException(ExitCode.ERROR, relativePath(environment)
                    + ":1:1: empty file (ledger is corrupt; refusing to treat it as empty)");
        }
        try {
            return LedgerJson.read(environment, tree);
        } catch (IllegalArgumentException e) {
            throw new FerryException(ExitCode.ERROR, relativePath(environment) + ": " + e.getMessage()
                    + " (ledger is corrupt; refusing to treat it as empty)");
        }
    }

    private void replayJournal() {
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot read " + root.relativize(journal) + ": " + e.getMessage(),
                    e);
        }
        if (lines.isEmpty()) {
            return;
        }
        JsonNode header = parse(lines.get(0));
        if (header == null || !base.equals(header.path("base").asString())) {
            // The ledger changed since the interrupted run began (a pull, a checkout): its journal no longer
            // applies on top. Name matching adopts whatever that run made, so nothing is duplicated.
            notices.add("set aside " + root.relativize(journal) + ": " + relativePath(environment)
                    + " changed since the interrupted run that wrote it");
            moveAside();
            return;
        }
        int replayed = 0;
        for (String line : lines.subList(1, lines.size())) {
            JsonNode change = parse(line);
            if (change == null) {
                continue; // the last line of a process killed while writing it
            }
            if (change.has("put")) {
                LedgerEntry entry = LedgerJson.entry(change.get("put"), "in the journal");
                entries.put(entry.ledgerKey(), entry);
            } else if (change.has("remove")) {
                entries.remove(change.get("remove").asString());
            } else if (change.has("applied")) {
                applied = LedgerJson.applied(change.get("applied"));
            } else if (change.has("tests")) {
                tests = change.get("tests");
            }
            replayed++;
        }
        journalStarted = true;
        changed = true;
        notices.add("recovered " + replayed + " change(s) of an interrupted run from " + root.relativize(journal));
    }

    private void append(String line) {
        try {
            if (!journalStarted) {
                Files.createDirectories(journal.getParent());
                Files.writeString(journal, "{\"journal\":1,\"environment\":"
                        + LedgerJson.COMPACT.writeValueAsString(environment) + ",\"base\":\"" + base + "\"}\n",
                        StandardCharsets.UTF_8);
                journalStarted = true;
            }
            Files.writeString(journal, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            changed = true;
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot record progress in " + root.relativize(journal) + ": "
                    + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = LedgerJson.COMPACT.readTree(line);
            return node == null || !node.isObject() ? null : node;
        } catch (JacksonException e) {
            return null;
        }
    }

    private void moveAside() {
        try {
            Files.move(journal, journal.resolveSibling(journal.getFileName() + ".set-aside-"
                    + System.currentTimeMillis()));
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot move " + root.relativize(journal) + " aside: "
                    + e.getMessage(), e);
        }
    }

    /** A temporary file is left only by a process killed between writing and renaming; the ledger is intact. */
    private void cleanTemporaryFiles() {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path leftover : files.filter(p -> p.getFileName().toString().startsWith("." + environment + ".json.")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            notices.add("could not remove a leftover temporary ledger file: " + e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
