package clusterlab.experiment;

import clusterlab.scenario.ScenarioException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sweep process per folder: a lock on the folder's {@code .sweep.lock}, which the operating
 * system releases however the process ends (SIGKILL included), so a second process started on a
 * folder in use is refused instead of deleting the first one's runs in progress.
 */
final class SweepLock implements AutoCloseable {
    static final String NAME = ".sweep.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, creating the folder if needed; a folder that cannot take a sweep is refused first. */
    static SweepLock take(Path dir) throws IOException {
        SweepFolder.checkUsable(dir);
        clusterlab.output.RunFolder.createFolder(dir);
        FileChannel ch = FileChannel.open(dir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new ScenarioException(dir + ": another sweep is running on this folder; wait for it to end, "
                    + "or use another --out");
        }
        return new SweepLock(ch, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
