package dev.ferry.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link SandboxServer}. Start from {@link #inMemory()} or {@link #inFolder(Path)} and
 * adjust with the {@code with...} methods.
 *
 * @param dataFolder where org data persists, or null to keep it in memory only
 * @param port the loopback port to listen on; 0 picks a free one
 * @param faults faults to inject; {@link FaultSpec#NONE} for a well-behaved server
 * @param honourIdempotencyKey replay the first answer to a repeated {@code Idempotency-Key} on creates
 * @param clock the source of {@code createdAt}/{@code updatedAt} and of the rate-limit window
 */
public record SandboxOptions(
        Path dataFolder, int port, FaultSpec faults, boolean honourIdempotencyKey, Clock clock) {

    public SandboxOptions {
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535 (found " + port + ")");
        }
    }

    public static SandboxOptions inMemory() {
        return new SandboxOptions(null, 0, FaultSpec.NONE, false, Clock.systemUTC());
    }

    public static SandboxOptions inFolder(Path dataFolder) {
        return inMemory().withDataFolder(dataFolder);
    }

    public SandboxOptions withDataFolder(Path folder) {
        return new SandboxOptions(folder, port, faults, honourIdempotencyKey, clock);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(dataFolder, newPort, faults, honourIdempotencyKey, clock);
    }

    public SandboxOptions withFaults(FaultSpec newFaults) {
        return new SandboxOptions(dataFolder, port, newFaults, honourIdempotencyKey, clock);
    }

    public SandboxOptions withIdempotencyKeys(boolean honour) {
        return new SandboxOptions(dataFolder, port, faults, honour, clock);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(dataFolder, port, faults, honourIdempotencyKey, newClock);
    }
}
