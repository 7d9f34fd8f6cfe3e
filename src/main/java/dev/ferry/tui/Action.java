package dev.ferry.tui;

/**
 * Something the user can do, named {@code scope.verb}: {@code app.quit}, {@code matrix.diff}. The
 * scope says where it applies: {@code app} and {@code list} everywhere (list moves where the view
 * has a list), any other scope in views of that scope. Keys come from {@link KeyBindings}; the
 * help screen and the command palette list actions from the {@link ActionRegistry}.
 */
record Action(String id, String title, Handler handler) {
    /** Runs an action on the UI thread, for the view it was invoked in. */
    @FunctionalInterface
    interface Handler {
        void run(Workbench app, View view);
    }

    Action {
        if (id.indexOf('.') <= 0) {
            throw new IllegalArgumentException("an action id is scope.verb, was '" + id + "'");
        }
    }

    String scope() {
        return id.substring(0, id.indexOf('.'));
    }

    /** Whether the action applies while {@code view} is on top. */
    boolean appliesTo(View view) {
        String scope = scope();
        return scope.equals("app") || scope.equals("list") && view instanceof View.Navigable
                || scope.equals(view.scope());
    }
}
