package dev.ferry.tui;

import dev.ferry.config.Environment;
import dev.ferry.sandbox.load.CreateInOrder;
import dev.ferry.sandbox.load.RenderedObjects;
import dev.ferry.testing.SampleRepo;
import dev.ferry.vapi.VapiClient;
import dev.ferry.vapi.VapiKind;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.ProjectState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of the sample platform repo in a temp folder, committed to a fresh Git repository, with
 * orgs on the embedded sandbox filled for a scenario. The sample's rate limit suits a real org;
 * the in-process sandbox needs none, so the copy lifts it.
 */
final class SampleWorkspace {
    final Path root;

    private SampleWorkspace(Path root) {
        this.root = root;
    }

    static SampleWorkspace in(Path folder) {
        Path root = SampleRepo.copyInto(folder);
        try {
            Path environments = root.resolve("environments.yaml");
            Files.writeString(environments, Files.readString(environments)
                    .replace("maxRequestsPerSecond: 5", "maxRequestsPerSecond: 1000"));
            try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Start the Larkspur platform repo").setAuthor("Ada", "ada@larkspur.example")
                        .setCommitter("Ada", "ada@larkspur.example").setSign(false).call();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return new SampleWorkspace(root);
    }

    /** Puts the sample into {@code environment}'s org, then lets {@code edit} change the org by hand. */
    SampleWorkspace fill(String environment, Consumer<VapiClient> edit) {
        ProjectState project = ProjectState.load(root);
        Environment env = project.environment(environment);
        try (Connections connections = new Connections(root, Map.of())) {
            VapiClient client = connections.client(env);
            new CreateInOrder(client).run(RenderedObjects.of(project.render(env), root));
            edit.accept(client);
        }
        return this;
    }

    /** The usual scenario: dev filled, one assistant edited by hand, one made by hand; uat and prod empty. */
    SampleWorkspace devWithDrift() {
        return fill("dev", client -> {
            ObjectNode desk = find(client, VapiKind.ASSISTANT, "Larkspur Front Desk");
            client.update(VapiKind.ASSISTANT, desk.get("id").asString(), desk.objectNode()
                    .put("firstMessage", "Larkspur Home Services, this is the front desk. How can I help?"));
            client.create(VapiKind.ASSISTANT, desk.objectNode().put("name", "Holiday Promo"));
        });
    }

    static ObjectNode find(VapiClient client, VapiKind kind, String name) {
        return client.list(kind).stream().filter(o -> name.equals(o.path("name").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }
}
