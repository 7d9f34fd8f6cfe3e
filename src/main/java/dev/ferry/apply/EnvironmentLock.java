package dev.ferry.apply;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Stops two local applies to one environment at once: an OS lock on {@code .ferry/locks/<env>.lock},
 * which the OS releases when the holder exits, however it exits, so no lock outlives its process. The
 * file names the holder for the message the second one gets. CI serializes per environment itself.
 */
final class EnvironmentLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private EnvironmentLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static EnvironmentLock acquire(Path root, String environment, Instant now) {
        Path file = root.resolve(".ferry").resolve("locks").resolve(environment + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new FerryException(ExitCode.REFUSED, "another apply to " + environment + " is running"
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish [lock]");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + now)
                    .getBytes(StandardCharsets.UTF_8)));
            return new EnvironmentLock(channel, lock);
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot take the lock " + root.relativize(file) + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the process anyway.
        }
    }
}
