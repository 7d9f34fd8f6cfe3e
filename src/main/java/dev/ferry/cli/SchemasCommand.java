package dev.ferry.cli;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;
import dev.ferry.schema.SchemaFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ferry schemas --out DIR}: writes Ferry's JSON Schemas for editors and their YAML language servers. */
@Command(name = "schemas", description = "Write Ferry's JSON Schemas into a folder, for editors.")
final class SchemasCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the schemas into.")
    Path out;

    @Override
    public Integer call() {
        Path target = parent.global.workingDirectory().resolve(out);
        try {
            for (Path written : SchemaFiles.writeAll(target)) {
                spec.commandLine().getOut().println(written);
            }
        } catch (IOException e) {
            throw new FerryException(ExitCode.ERROR, "cannot write schemas to " + target + ": " + e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
