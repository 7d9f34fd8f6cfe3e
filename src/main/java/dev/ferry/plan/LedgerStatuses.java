package dev.ferry.plan;

import dev.ferry.config.Environment;
import dev.ferry.config.ProcessEnv;
import dev.ferry.render.Target;
import dev.ferry.workspace.Connections;
import dev.ferry.workspace.LiveSnapshot;
import dev.ferry.workspace.ProjectState;
import dev.ferry.workspace.ResourceState;
import dev.ferry.workspace.Status;
import dev.ferry.workspace.StatusRefiner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the matrix which differing resources drifted (the org moved since the last apply) or are in
 * conflict (Git moved too), by planning against the ledger. Without a ledger, or when planning
 * fails (a secret missing, say), the comparison's pending stays: it is never wrong, only less sharp.
 */
public final class LedgerStatuses implements StatusRefiner {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerStatuses.class);

    private final Path root;
    private final ProjectState project;
    private final Connections connections;
    private final Map<String, String> env;

    public LedgerStatuses(Path root, ProjectState project, Connections connections, Map<String, String> env) {
        this.root = root;
        this.project = project;
        this.connections = connections;
        this.env = Map.copyOf(env);
    }

    @Override
    public List<ResourceState> refine(Environment environment, LiveSnapshot live, List<ResourceState> states) {
        if (!Files.isRegularFile(root.resolve("state").resolve(environment.name() + ".json"))
                || states.stream().noneMatch(state -> state.status() == Status.PENDING)) {
            return states;
        }
        Map<String, Status> sharper = new HashMap<>();
        try (EnvironmentSession session = EnvironmentSession.open(root, project, environment.name(), null,
                connections, ProcessEnv.of(env), EnvironmentSession.Secrets.IF_AVAILABLE, List.of())) {
            Plan plan = new Planner(Clock.systemUTC()).plan(session, live, PlanOptions.ALL);
            for (PlanAction action : plan.actions()) {
                if (action.status() == Status.DRIFTED || action.status() == Status.CONFLICT) {
                    sharper.put(keyOf(action.target(), action.key()), action.status());
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("ledger statuses unavailable for {}: {}", environment.name(), e.getMessage());
            return states;
        }
        return states.stream().map(state -> {
            Status status = sharper.get(keyOf(state.target(), state.key()));
            return status == null || state.status() != Status.PENDING ? state
                    : new ResourceState(state.target(), state.key(), state.kind(), state.slug(), state.liveId(),
                            state.desired(), state.live(), status);
        }).toList();
    }

    private static String keyOf(Target target, String key) {
        return target.spelling() + "/" + key;
    }
}
