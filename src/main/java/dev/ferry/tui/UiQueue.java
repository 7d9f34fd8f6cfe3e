package dev.ferry.tui;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The one way into the UI thread (pitfall C10): loading threads post tasks here and never touch a
 * view or the model themselves. The UI thread runs the tasks between keys, in order. Code that
 * changes UI state calls {@link #checkUiThread()}, so a worker that gets this wrong fails loudly.
 */
final class UiQueue {
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private volatile Thread uiThread;

    /** Makes the calling thread the UI thread. */
    void bindToCurrentThread() {
        uiThread = Thread.currentThread();
    }

    /** Queues {@code task} for the UI thread; any thread may call this. */
    void post(Runnable task) {
        tasks.add(task);
    }

    /** Runs every queued task on the calling (UI) thread; returns how many ran. */
    int drain() {
        checkUiThread();
        int ran = 0;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
            ran++;
        }
        return ran;
    }

    /** Waits up to {@code millis} for a task and runs it with any that follow; returns how many ran. */
    int await(long millis) throws InterruptedException {
        checkUiThread();
        Runnable first = tasks.poll(millis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        first.run();
        return 1 + drain();
    }

    void checkUiThread() {
        Thread owner = uiThread;
        if (owner != null && owner != Thread.currentThread()) {
            throw new IllegalStateException("UI state changed from " + Thread.currentThread().getName()
                    + "; post the change through UiQueue instead");
        }
    }
}
