package dev.ferry.cli;

import dev.ferry.config.Environment;
import dev.ferry.config.RepoLocator;
import dev.ferry.render.LiveIndex;
import dev.ferry.render.RenderedResource;
import dev.ferry.render.Renderer;
import dev.ferry.render.Target;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveSnapshot;
import dev.ferry.workspace.ProjectState;
import dev.ferry.yaml.CanonicalYamlWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ferry render --env E [SLUG...]}: the payloads Ferry would send to an environment. Secrets
 * stay references; refs are {@code @ref} placeholders unless {@code --resolve} reads the org's ids.
 */
@Command(name = "render", description = {
    "Print the payloads Ferry would send to an environment.",
    "Payloads come in creation order; secrets stay $${secrets://...} references. Refs show as",
    "@ref:<kind>/<key> placeholders; --resolve reads the org and puts its ids in."})
final class RenderCommand extends ContextCommand implements Callable<Integer> {
    @ParentCommand
    FerryCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--env", required = true, paramLabel = "E", description = "The environment to render for.")
    String environment;

    @Option(names = "--resolve", description = "Read the environment's org and resolve refs to its ids.")
    boolean resolve;

    @Parameters(paramLabel = "SLUG", arity = "0..*", description = "Only the payloads of these documents.")
    List<String> slugs = new ArrayList<>();

    @Override
    public Integer call() {
        Path root = RepoLocator.locate(parent.global.workingDirectory());
        ProjectState project = ProjectState.load(root);
        Environment target = project.environment(environment);
        List<RenderedResource> rendered = resolve ? renderResolved(root, project, target) : project.render(target);
        List<RenderedResource> chosen = rendered.stream()
                .filter(r -> slugs.isEmpty() || slugs.contains(r.slug()) || slugs.contains(r.key())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (parent.global.output == OutputFormat.json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode list = mapper.createArrayNode();
            for (RenderedResource resource : chosen) {
                ObjectNode item = list.addObject();
                item.put("target", resource.target().spelling());
                item.put("key", resource.key());
                item.put("liveName", resource.liveName());
                item.put("file", resource.file());
                item.set("payload", resource.payload());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
            return 0;
        }
        for (RenderedResource resource : chosen) {
            out.println("# " + resource.target().spelling() + "/" + resource.key() + " from " + resource.file());
            out.print(CanonicalYamlWriter.write(resource.payload()));
            out.println("---");
        }
        return 0;
    }

    /** Renders once to learn each key's live name, then again with the ids of the objects the org has. */
    private List<RenderedResource> renderResolved(Path root, ProjectState project, Environment target) {
        List<RenderedResource> first = project.render(target);
        Map<String, String> ids = new HashMap<>();
        try (Connections connections = new Connections(root, env)) {
            LiveSnapshot live = LiveSnapshot.read(target.name(), connections.client(target));
            for (RenderedResource resource : first) {
                live.of(resource.target()).stream().filter(o -> o.name().equals(resource.liveName())).findFirst()
                        .ifPresent(o -> ids.put(resource.target().spelling() + "/" + resource.key(), o.id()));
            }
        }
        LiveIndex index = (Target kind, String key) -> Optional.ofNullable(ids.get(kind.spelling() + "/" + key));
        return new Renderer(project.report().repo()).render(target, index);
    }
}
