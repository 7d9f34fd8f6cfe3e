package dev.ferry.tui;

/**
 * The cursor and scroll position of a list that may hold far more rows than fit (100,000 is
 * normal): views draw only rows {@code [top, top + height)}, so drawing costs the same at any
 * size. The list itself never holds rows; the view asks its model for the ones it draws.
 */
final class VirtualList {
    private int size;
    private int cursor;
    private int top;
    private int height = 1;

    /** Sets how many rows there are and keeps the cursor inside. */
    void resize(int newSize) {
        size = Math.max(0, newSize);
        cursor = clamp(cursor);
        top = Math.max(0, Math.min(top, Math.max(0, size - 1)));
    }

    /** Sets how many rows fit on screen and scrolls so the cursor stays visible. */
    void viewport(int rows) {
        height = Math.max(1, rows);
        follow();
    }

    void moveBy(int rows) {
        cursor = clamp(cursor + rows);
        follow();
    }

    void moveTo(int row) {
        cursor = clamp(row);
        follow();
    }

    /** Moves the cursor to {@code row} and scrolls it near the top, {@code context} rows below it, as a jump does. */
    void jumpTo(int row, int context) {
        cursor = clamp(row);
        top = Math.max(0, Math.min(cursor - Math.min(context, height / 2), Math.max(0, size - height)));
    }

    int cursor() {
        return cursor;
    }

    int top() {
        return top;
    }

    int size() {
        return size;
    }

    int height() {
        return height;
    }

    /** The row drawn at screen line {@code line} of the view, or -1 past the end. */
    int rowAt(int line) {
        int row = top + line;
        return row < size ? row : -1;
    }

    private void follow() {
        if (cursor < top) {
            top = cursor;
        } else if (cursor >= top + height) {
            top = cursor - height + 1;
        }
        top = Math.max(0, Math.min(top, Math.max(0, size - height)));
        if (cursor < top) {
            top = cursor;
        }
    }

    private int clamp(int row) {
        return size == 0 ? 0 : Math.max(0, Math.min(size - 1, row));
    }
}
