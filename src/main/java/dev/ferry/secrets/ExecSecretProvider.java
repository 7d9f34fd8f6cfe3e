package dev.ferry.secrets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Secrets from a configured command, run without a shell: {@code {path}} in any argument becomes the
 * reference's path, the command's standard output (one final line break removed) is the value, and a
 * command that fails or outlives its timeout fails the lookup. What it prints on stderr is not shown,
 * since tools sometimes echo what they were asked for.
 */
final class ExecSecretProvider implements SecretProvider {
    private final List<String> command;
    private final Duration timeout;
    private final Map<String, String> environment;

    ExecSecretProvider(List<String> command, Duration timeout, Map<String, String> environment) {
        if (command == null || command.isEmpty()) {
            throw new SecretLookupException("the exec provider needs 'command:', a list such as [vault-get, '{path}']");
        }
        this.command = List.copyOf(command);
        this.timeout = timeout;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Optional<String> lookup(SecretRef ref) {
        List<String> line = new ArrayList<>();
        command.forEach(argument -> line.add(argument.replace("{path}", ref.path())));
        ProcessBuilder builder = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SecretLookupException("cannot start secrets command '" + command.get(0) + "' ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The command does not read its input; a pipe already closed on its side is no problem.
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SecretLookupException("secrets command '" + command.get(0) + "' took longer than "
                        + java.math.BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString()
                        + " s for "
                        + ref.uri());
            }
            if (process.exitValue() != 0) {
                throw new SecretLookupException("secrets command '" + command.get(0) + "' exited with "
                        + process.exitValue() + " for " + ref.uri());
            }
            String value = new String(output.join(), StandardCharsets.UTF_8);
            value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
                    : value.endsWith("\n") ? value.substring(0, value.length() - 1) : value;
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SecretLookupException("interrupted while running the secrets command", e);
        }
    }

    @Override
    public String whereFor(SecretRef ref) {
        return "command " + command.get(0);
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
