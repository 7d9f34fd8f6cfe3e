package dev.ferry.render;

import dev.ferry.ExitCode;
import dev.ferry.FerryException;

/** A document that cannot be rendered for an environment; validation catches most of these first. */
public final class RenderException extends FerryException {
    public RenderException(String message) {
        super(ExitCode.INVALID_CONFIG, message);
    }
}
