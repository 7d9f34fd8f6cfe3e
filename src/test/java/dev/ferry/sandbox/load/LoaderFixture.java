package dev.ferry.sandbox.load;

import dev.ferry.config.RateLimits;
import dev.ferry.sandbox.SandboxOptions;
import dev.ferry.sandbox.SandboxOrg;
import dev.ferry.sandbox.SandboxServer;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiEndpoint;

/** A sandbox with one org and a client for it, for loader tests. */
final class LoaderFixture implements AutoCloseable {
    final SandboxServer server;
    final SandboxOrg org;
    final VapiClient client;

    LoaderFixture() {
        server = SandboxServer.start(SandboxOptions.inMemory());
        org = server.addOrg("load-test", null);
        client = VapiClient.create(new VapiEndpoint("load-test", server.baseUrl().toString(), org.token(),
                new RateLimits(1000, 4)));
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
