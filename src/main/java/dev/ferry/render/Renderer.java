package dev.ferry.render;

import dev.ferry.config.Environment;
import dev.ferry.config.PlatformRepo;
import dev.ferry.config.ResourceDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the desired state of a validated platform repo for one environment: the payload of
 * every live object, in creation order (credentials, files, tools, structured outputs,
 * assistants, squads). Secrets stay {@code ${secrets://...}} references; only apply resolves them.
 */
public final class Renderer {
    private final PlatformRepo repo;

    public Renderer(PlatformRepo repo) {
        this.repo = repo;
    }

    public List<RenderedResource> render(Environment environment, LiveIndex index) {
        RenderContext context = new RenderContext(repo, environment, index);
        List<RenderedResource> resources = new ArrayList<>();
        for (ResourceDocument document : repo.documents()) {
            switch (document.kind()) {
                case ASSISTANT -> resources.add(AssistantRenderer.render(document, context));
                case SQUAD -> resources.add(SquadRenderer.render(document, context));
                case TOOL -> resources.addAll(ToolRenderer.render(document, context));
                case KNOWLEDGE_BASE -> resources.addAll(KnowledgeBaseRenderer.render(document, context));
                case STRUCTURED_OUTPUT -> resources.add(StructuredOutputRenderer.render(document, context));
                case POLICY -> { }
            }
        }
        context.credentials().forEach(resources::add);
        resources.sort(Comparator.comparing(RenderedResource::target).thenComparing(RenderedResource::key));
        return resources;
    }
}
