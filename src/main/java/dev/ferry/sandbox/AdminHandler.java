package dev.ferry.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes under {@code /_sandbox/} that the real API does not have, for Ferry processes sharing one
 * sandbox: {@code GET /_sandbox/health} says which data folder is served (so a second process can
 * tell the owner from a stale port), and {@code PUT /_sandbox/org/<name>} with a bearer token
 * registers that org with that token.
 */
final class AdminHandler {
    private final Orgs orgs;
    private final Path dataFolder;

    AdminHandler(Orgs orgs, Path dataFolder) {
        this.orgs = orgs;
        this.dataFolder = dataFolder;
    }

    Optional<Routes.Route> route(String method, List<String> rest) {
        if (method.equals("GET") && rest.equals(List.of("health"))) {
            return Optional.of(new Routes.Route(false, (org, request) -> health()));
        }
        if (method.equals("PUT") && rest.size() == 2 && rest.get(0).equals("org")) {
            return Optional.of(new Routes.Route(false, (org, request) -> register(rest.get(1), request)));
        }
        return Optional.empty();
    }

    private ApiReply health() {
        ObjectNode body = Json.object();
        body.put("status", "ok");
        if (dataFolder == null) {
            body.putNull("dataFolder");
        } else {
            body.put("dataFolder", dataFolder.toString());
        }
        return ApiReply.ok(body);
    }

    private ApiReply register(String name, ApiRequest request) {
        String token = request.bearerToken();
        if (token == null) {
            throw ApiError.unauthorized();
        }
        if (!SandboxOrg.isValidName(name)) {
            throw ApiError.badRequest("invalid sandbox org name '" + name + "'");
        }
        SandboxOrg org;
        try {
            org = orgs.register(name, token);
        } catch (IllegalArgumentException e) {
            throw ApiError.of(409, e.getMessage());
        }
        ObjectNode body = Json.object();
        body.put("name", org.name());
        body.put("id", org.id().toString());
        return ApiReply.ok(body);
    }
}
