package dev.ferry.tui;

/** An area of the screen: its top-left corner and size, in columns and rows. */
record Rect(int column, int row, int width, int height) {
    Rect {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    int bottom() {
        return row + height;
    }

    int right() {
        return column + width;
    }

    /** The top {@code rows} rows of this area. */
    Rect top(int rows) {
        return new Rect(column, row, width, Math.min(rows, height));
    }

    /** This area without its top {@code rows} rows. */
    Rect belowTop(int rows) {
        int taken = Math.min(rows, height);
        return new Rect(column, row + taken, width, height - taken);
    }

    /** The bottom {@code rows} rows of this area. */
    Rect bottomRows(int rows) {
        int taken = Math.min(rows, height);
        return new Rect(column, row + height - taken, width, taken);
    }

    /** This area without its bottom {@code rows} rows. */
    Rect aboveBottom(int rows) {
        return new Rect(column, row, width, height - Math.min(rows, height));
    }
}
