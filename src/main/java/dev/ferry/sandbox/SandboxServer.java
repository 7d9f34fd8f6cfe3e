package dev.ferry.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ferry's embedded stand-in for the Vapi API: an HTTP server on 127.0.0.1 that serves several fake
 * orgs, behaves like Vapi on create, read, update, delete and list (vapi-api.md section 8), and can
 * inject faults. Used by {@code ferry sandbox}, by {@code api: sandbox} environments through
 * {@link SandboxHost}, by tests and by benchmarks. Which token selects which org is described on
 * {@link SandboxOrg}; docs/sandbox.md has the whole picture.
 */
public final class SandboxServer implements AutoCloseable {
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    static {
        // The JDK server sends headers and body in separate writes; with Nagle's algorithm on, each
        // keep-alive answer then waits ~40 ms for the client's delayed ACK. The JDK reads this switch
        // once, when its first HttpServer is made, so it is set before any is.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final Orgs orgs;
    private final DataFolder folder;
    private final Router router;
    private final SandboxOptions options;
    private final AtomicReference<Path> chatRulesFile;
    private boolean closed;

    private SandboxServer(HttpServer http, ExecutorService executor, Orgs orgs, DataFolder folder, Router router,
            SandboxOptions options, AtomicReference<Path> chatRulesFile) {
        this.http = http;
        this.executor = executor;
        this.orgs = orgs;
        this.folder = folder;
        this.router = router;
        this.options = options;
        this.chatRulesFile = chatRulesFile;
    }

    /**
     * Where the stand-in chat model reads its rules from the next chat on; by default {@code chat-rules.yaml}
     * in the data folder, and none for a sandbox in memory. A missing file means no rules.
     */
    public void useChatRules(Path file) {
        chatRulesFile.set(file);
    }

    /** How many API requests this server has received since it started. */
    public long requestCount() {
        return router.served();
    }

    /** Turns fault injection on, off or to another spec from the next request on. */
    public void useFaults(FaultSpec spec) {
        router.useFaults(new Faults(spec, options.clock(), Faults.Sleeper.THREAD));
    }

    /**
     * Starts a server; it answers as soon as this returns. With a data folder, takes the folder's lock
     * and loads every object stored there.
     *
     * @throws FerryException when the port cannot be bound, the folder is owned by another sandbox,
     *     or a stored file cannot be read
     */
    public static SandboxServer start(SandboxOptions options) {
        if (options.dataFolder() == null) {
            return start(options, null, Faults.Sleeper.THREAD);
        }
        Path root = options.dataFolder();
        DataFolder folder;
        try {
            folder = DataFolder.tryOpen(root).orElseThrow(() -> new FerryException(ExitCode.ERROR,
                    "sandbox data folder " + root + " is in use by another Ferry process"
                            + DataFolder.readPort(root).map(port -> " serving http://127.0.0.1:" + port).orElse("")
                            + "; use that server, stop it, or choose another --data folder"));
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot open sandbox data folder " + root + ": " + e, e);
        }
        return start(options, folder, Faults.Sleeper.THREAD);
    }

    /** Starts on a folder already locked by the caller, which the server then owns and releases on close. */
    static SandboxServer start(SandboxOptions options, DataFolder folder, Faults.Sleeper sleeper) {
        AtomicReference<Path> chatRulesFile = new AtomicReference<>(
                folder == null ? null : folder.root().resolve(ChatRules.FILE));
        try {
            Orgs orgs = new Orgs(folder == null ? Persistence.none() : folder);
            ResourceHandler resources = new ResourceHandler(options.clock());
            ChatHandler chat = new ChatHandler(options.clock(), () -> chatRulesFile.get() == null ? ChatRules.none()
                    : ChatRules.read(chatRulesFile.get()));
            Routes routes = new Routes(resources, new KnowledgeBaseFiles(resources), new FileUploads(resources),
                    new AdminHandler(orgs, folder == null ? null : folder.root()), chat);
            Faults faults = new Faults(options.faults(), options.clock(), sleeper);
            IdempotencyKeys keys = options.honourIdempotencyKey() ? new IdempotencyKeys() : null;
            HttpServer http = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), options.port()), 0);
            Router router = new Router(routes, orgs, faults, keys);
            http.createContext("/", router);
            ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
            http.setExecutor(executor);
            http.start();
            SandboxServer server = new SandboxServer(http, executor, orgs, folder, router, options, chatRulesFile);
            if (folder != null) {
                folder.writePort(server.port());
            }
            return server;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (folder != null) {
                folder.close();
            }
            throw new FerryException(ExitCode.ERROR, "cannot start the sandbox"
                    + (options.port() == 0 ? "" : " on port " + options.port()) + ": " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public Optional<Path> dataFolder() {
        return Optional.ofNullable(folder).map(DataFolder::root);
    }

    /**
     * Registers an org; a null token means its default token {@code sandbox-<name>}. Registering a name
     * again replaces its token and keeps its objects.
     *
     * @throws IllegalArgumentException for an invalid name, or a token that already selects another org
     */
    public SandboxOrg addOrg(String name, String token) {
        return orgs.register(name, token);
    }

    /** The org of that name, registered with its default token if it was not registered yet. */
    public SandboxOrg org(String name) {
        return orgs.org(name);
    }

    /** Every org known so far, by name: registered, loaded from the data folder, or created on first use. */
    public List<SandboxOrg> orgs() {
        return orgs.list();
    }

    /**
     * Stops answering at once, then releases the data folder; every answered write is already on disk.
     * Safe to call more than once and from several threads: a second call returns once the first has
     * finished, so a shutdown hook that calls it cannot let the JVM halt half-way.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        executor.shutdownNow();
        if (folder != null) {
            folder.close();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ferry-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
