package dev.ferry.sandbox;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SandboxHostIT}: opens a sandbox folder as a second Ferry process would,
 * creates one assistant through whatever base URL it got, and prints what happened.
 */
public final class SandboxHostProbe {
    private SandboxHostProbe() {}

    public static void main(String[] args) {
        try (SandboxHost host = SandboxHost.open(Path.of(args[0]), SandboxOptions.inMemory())) {
            SandboxOrg org = host.org(args[1], args[2]);
            SandboxClient.Reply created =
                    new SandboxClient(host.baseUrl(), org.token()).post("/assistant", "{\"name\": \"From child\"}");
            System.out.println("owner=" + host.isOwner());
            System.out.println("baseUrl=" + host.baseUrl());
            System.out.println("status=" + created.status());
        }
    }
}
