package dev.ferry.tui;

/** A view that shows one scrolling {@link TextPage}; moving through it is the page's own business. */
abstract class PageView implements View, View.Navigable {
    protected final TextPage page = new TextPage();

    @Override
    public void moveBy(int rows) {
        page.list().moveBy(rows);
    }

    @Override
    public void moveToStart() {
        page.list().moveTo(0);
    }

    @Override
    public void moveToEnd() {
        page.list().moveTo(page.lines().size() - 1);
    }

    @Override
    public int pageSize() {
        return Math.max(1, page.list().height() - 1);
    }
}
