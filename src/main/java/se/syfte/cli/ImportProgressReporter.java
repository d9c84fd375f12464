package se.syfte.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import se.syfte.imports.ImportProgress;

/**
 * Shows an import's progress: on a terminal a progress bar with rows read, rows per second and,
 * when the number of rows is known, the time left; elsewhere (CI, pipes) a plain line every
 * tenth of the way, or every {@value #LINE_EVERY} rows when the number is not known, and at the end.
 */
final class ImportProgressReporter implements ImportProgress, AutoCloseable {

    private static final long LINE_EVERY = 100_000;
    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private long started;
    private long lastStep;
    private long finishedAt = -1;

    ImportProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void read(long done, long total) {
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
            if (total >= 0) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
            return;
        }
        boolean finished = done == total;
        if (finished && done == finishedAt) {
            return;
        }
        long step = total > 0 ? done * 10 / total : done / LINE_EVERY;
        if (step != lastStep || finished) {
            lastStep = step;
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            long perSecond = Math.round(done / seconds);
            if (finished) {
                finishedAt = done;
                err.printf("read %,d rows (%,d rows/s)%n", done, perSecond);
            } else if (total > 0) {
                long left = perSecond == 0 ? 0 : (total - done) / perSecond;
                err.printf("read %,d of %,d rows (%,d rows/s, about %d s left)%n", done, total, perSecond, left);
            } else {
                err.printf("read %,d rows (%,d rows/s)%n", done, perSecond);
            }
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
