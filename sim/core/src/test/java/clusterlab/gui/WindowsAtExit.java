package clusterlab.gui;

import clusterlab.cli.Main;
import java.awt.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For {@link GuiTest}: runs the command line ({@code clusterlab ARGS...}) and, when it exits, writes
 * every window on the screen to {@code FILE}, one a line: x, y, width, height and title, tab-separated.
 * Usage: {@code WindowsAtExit FILE ARGS...}.
 */
final class WindowsAtExit {
    private WindowsAtExit() {
    }

    public static void main(String[] args) {
        Path report = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<String> lines = new ArrayList<>();
            for (Frame f : Frame.getFrames()) {
                if (f.isShowing()) {
                    lines.add(f.getX() + "\t" + f.getY() + "\t" + f.getWidth() + "\t" + f.getHeight() + "\t" + f.getTitle());
                }
            }
            try {
                Files.write(report, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
