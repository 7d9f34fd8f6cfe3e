package dev.ferry.sandbox;

import java.util.List;

/**
 * The route table: which handler answers a method and path. A path the API does not have, or a
 * method it does not take there, is NestJS's {@code 404 Cannot GET /x}. Ids are checked later, by the
 * handlers, because the real API authenticates before it validates path parameters.
 */
final class Routes {
    /** What a matched route does, given the org the token selected (null for the admin routes). */
    interface Action {
        ApiReply handle(OrgData org, ApiRequest request);
    }

    /** A matched route; {@code authenticated} routes need a valid token and meet injected faults. */
    record Route(boolean authenticated, Action action) {}

    static final String ADMIN = "_sandbox";

    private final ResourceHandler resources;
    private final KnowledgeBaseFiles knowledgeBaseFiles;
    private final FileUploads uploads;
    private final AdminHandler admin;
    private final ChatHandler chat;

    Routes(ResourceHandler resources, KnowledgeBaseFiles knowledgeBaseFiles, FileUploads uploads, AdminHandler admin,
            ChatHandler chat) {
        this.resources = resources;
        this.knowledgeBaseFiles = knowledgeBaseFiles;
        this.uploads = uploads;
        this.admin = admin;
        this.chat = chat;
    }

    /** Requests for the sandbox's own routes, which no fault touches. */
    static boolean isAdmin(ApiRequest request) {
        return !request.segments().isEmpty() && request.segments().get(0).equals(ADMIN);
    }

    Route find(ApiRequest request) {
        List<String> segments = request.segments();
        String method = request.method();
        if (isAdmin(request)) {
            return admin.route(method, segments.subList(1, segments.size()))
                    .orElseThrow(() -> notFound(request));
        }
        if (segments.equals(List.of("chat")) && method.equals("POST")) {
            return api((org, r) -> chat.create(org, r.body()));
        }
        if (segments.equals(List.of("v2", "phone-number")) && method.equals("GET")) {
            return api((org, r) -> resources.list(org, ApiKind.PHONE_NUMBER, ListStyle.PAGINATED, r.query()));
        }
        for (ApiKind kind : ApiKind.routed()) {
            List<String> prefix = kind.pathSegments();
            if (segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix)) {
                Route route = match(kind, method, segments.subList(prefix.size(), segments.size()));
                if (route != null) {
                    return route;
                }
            }
        }
        throw notFound(request);
    }

    private Route match(ApiKind kind, String method, List<String> rest) {
        boolean knowledgeBase = kind == ApiKind.KNOWLEDGE_BASE_V2;
        if (rest.isEmpty()) {
            return switch (method) {
                case "GET" -> api((org, r) -> resources.list(org, kind, kind.listStyle(), r.query()));
                case "POST" -> kind == ApiKind.FILE
                        ? api((org, r) -> uploads.upload(org, r.contentType(), r.body()))
                        : api((org, r) -> resources.create(org, kind, r.body()));
                default -> null;
            };
        }
        String id = rest.get(0);
        if (rest.size() == 1) {
            return switch (method) {
                case "GET" -> knowledgeBase
                        ? api((org, r) -> knowledgeBaseFiles.get(org, id))
                        : api((org, r) -> resources.get(org, kind, id));
                case "PATCH" -> api((org, r) -> resources.update(org, kind, id, r.body(), r.query()));
                case "DELETE" -> knowledgeBase
                        ? api((org, r) -> knowledgeBaseFiles.delete(org, id))
                        : api((org, r) -> resources.delete(org, kind, id));
                default -> null;
            };
        }
        if (!knowledgeBase || !rest.get(1).equals("file")) {
            return null;
        }
        if (rest.size() == 2) {
            return switch (method) {
                case "GET" -> api((org, r) -> knowledgeBaseFiles.list(org, id, r.query()));
                case "POST" -> api((org, r) -> knowledgeBaseFiles.attach(org, id, r.body()));
                default -> null;
            };
        }
        return rest.size() == 3 && method.equals("DELETE")
                ? api((org, r) -> knowledgeBaseFiles.detach(org, id, rest.get(2)))
                : null;
    }

    private static Route api(Action action) {
        return new Route(true, action);
    }

    private static ApiError notFound(ApiRequest request) {
        return ApiError.routeNotFound(request.method(), request.rawUrl());
    }
}
