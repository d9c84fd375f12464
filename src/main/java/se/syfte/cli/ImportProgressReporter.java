package se.syfte.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import se.syfte.imports.ImportProgress;

/**
 * Shows an import's progress: on a terminal a progress bar with rows, rows per second and the time
 * left; elsewhere (CI, pipes) a plain line every tenth of the way and at the end.
 */
final class ImportProgressReporter implements ImportProgress, AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long started;
    private int lastTenth = -1;

    ImportProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void stored(int done, int total) {
        if (started == 0) {
            started = System.nanoTime();
        }
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Importing")
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" rows", 1)
                        .showSpeed()
                        .build();
            }
            bar.stepTo(done);
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth || done == total) {
            lastTenth = tenth;
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            long perSecond = Math.round(done / seconds);
            long left = perSecond == 0 ? 0 : (total - done) / perSecond;
            err.printf("stored %,d of %,d rows (%,d rows/s, about %d s left)%n", done, total, perSecond, left);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
