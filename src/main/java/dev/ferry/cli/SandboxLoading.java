package dev.ferry.cli;

import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.sandbox.load.ConfigLoader;
import dev.ferry.sandbox.load.LoadReport;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code ferry sandbox --load}: fills one org of a running sandbox over loopback and prints what it did. */
final class SandboxLoading {
    /** Loading talks to our own server on loopback, so it need not hold back. */
    private static final RateLimits LOOPBACK = new RateLimits(1000, 8);

    private SandboxLoading() {}

    static LoadReport load(SandboxServer server, SandboxOrg org, Path folder) {
        VapiEndpoint endpoint = new VapiEndpoint(org.name(), server.baseUrl().toString(), org.token(), LOOPBACK);
        try (VapiClient client = VapiClient.create(endpoint)) {
            return new ConfigLoader(client).load(folder);
        }
    }

    static void print(LoadReport report, SandboxOrg org, PrintWriter out) {
        out.println("loaded " + report.loaded().size() + " file(s) into org " + org.name() + ", "
                + report.stubs().size() + " stub reference(s), " + report.skipped().size() + " skipped:");
        for (LoadReport.Loaded loaded : report.loaded()) {
            out.println("  " + loaded.file() + "\t" + loaded.target().spelling() + "\t" + loaded.id() + "\t"
                    + loaded.shape() + "\t" + loaded.name());
        }
        for (String stub : report.stubs()) {
            out.println("  stub: " + stub);
        }
        for (String skipped : report.skipped()) {
            out.println("  skipped: " + skipped);
        }
        out.flush();
    }
}
