package ee.tokvs.portal.testdata;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * What one class logs while a test watches it, for a test that waits on a log line: each line's message with its
 * parameters filled in, and the diagnostic context (MDC) it was logged with. Close it to stop watching.
 */
public final class LogWatch extends Handler implements AutoCloseable {

    /** One line as logged. */
    public record Line(String message, Map<String, String> context) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogWatch(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
    }

    /** Starts watching what {@code source} logs. */
    public static LogWatch on(Class<?> source) {
        LogWatch watch = new LogWatch(source);
        watch.logger.addHandler(watch);
        return watch;
    }

    /** The lines logged so far. */
    public List<Line> lines() {
        return lines;
    }

    @Override
    public void publish(LogRecord record) {
        // Read here, on the logging thread: the context is the thread's own.
        if (record instanceof ExtLogRecord ext) {
            lines.add(new Line(ext.getFormattedMessage(), ext.getMdcCopy()));
        } else {
            lines.add(new Line(record.getMessage(), Map.of()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
