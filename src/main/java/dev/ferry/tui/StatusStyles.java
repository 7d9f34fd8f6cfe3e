package dev.ferry.tui;

import dev.ferry.workspace.Status;

/** The role each cell status is drawn in; the glyph carries the meaning, the role only adds colour. */
final class StatusStyles {
    private StatusStyles() {}

    static Role role(Status status) {
        return switch (status) {
            case IN_SYNC -> Role.STATUS_IN_SYNC;
            case PENDING -> Role.STATUS_PENDING;
            case MISSING -> Role.STATUS_MISSING;
            case UNMANAGED -> Role.STATUS_UNMANAGED;
            case IGNORED -> Role.STATUS_IGNORED;
            case DRIFTED -> Role.STATUS_DRIFTED;
            case CONFLICT -> Role.STATUS_CONFLICT;
        };
    }
}
