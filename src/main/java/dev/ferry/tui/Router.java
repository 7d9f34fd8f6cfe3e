package dev.ferry.tui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The stack of open views: the matrix at the bottom, then whatever the user opened from it.
 * {@code q} and Esc pop; popping the last view quits. UI thread only.
 */
final class Router {
    private final Deque<View> stack = new ArrayDeque<>();

    void push(View view) {
        stack.push(view);
    }

    /** Closes the top view; returns false when it was the last one, meaning the app should quit. */
    boolean pop() {
        if (stack.size() <= 1) {
            return false;
        }
        stack.pop();
        return true;
    }

    /** Closes {@code view} if it is open, wherever it is in the stack. */
    void close(View view) {
        if (stack.size() > 1 || stack.peek() != view) {
            stack.remove(view);
        }
    }

    View top() {
        return stack.peek();
    }

    boolean isEmpty() {
        return stack.isEmpty();
    }

    /** The views to draw, bottom first: the top view, and below it the views its overlays sit on. */
    List<View> visible() {
        List<View> shown = new ArrayList<>();
        for (View view : stack) {
            shown.add(0, view);
            if (!view.isOverlay()) {
                break;
            }
        }
        return shown;
    }

    /** The nearest view below the overlays: what the palette's actions act on. */
    View underOverlays() {
        for (View view : stack) {
            if (!view.isOverlay()) {
                return view;
            }
        }
        return stack.peekLast();
    }
}
