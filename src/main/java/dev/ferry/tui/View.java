package dev.ferry.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * One screen of the workbench (the matrix, a diff, a detail, help, the palette): it draws itself
 * into an area and names the scope of the actions that apply to it. Views are created, drawn and
 * told about keys on the UI thread only; a view that waits for data gets it through the UI queue.
 * New screens implement this and are pushed on the {@link Router}.
 */
interface View {
    /** The scope of this view's own actions: {@code matrix}, {@code diff}, {@code detail}. */
    String scope();

    /** A short title for the title bar. */
    String title();

    void draw(Canvas canvas, Rect area);

    /**
     * Offered every key before the key bindings; returns true when the view used it. Views that
     * take text (the palette) use it to keep printable keys from running actions.
     */
    default boolean handleKey(KeyStroke key) {
        return false;
    }

    /** Whether the view is drawn over the one beneath it rather than instead of it. */
    default boolean isOverlay() {
        return false;
    }

    /** Hints for the status bar: a few {@code action ids} worth showing while this view is on top. */
    default java.util.List<String> hints() {
        return java.util.List.of();
    }

    /** A view with a cursor that the {@code list.*} actions move. */
    interface Navigable {
        /** Moves the cursor by {@code rows} (negative: up), clamped to the list. */
        void moveBy(int rows);

        /** Moves the cursor sideways by {@code columns}, where the view has columns. */
        default void moveSideways(int columns) {}

        void moveToStart();

        void moveToEnd();

        /** Rows in one page, for page up and down. */
        int pageSize();
    }
}
