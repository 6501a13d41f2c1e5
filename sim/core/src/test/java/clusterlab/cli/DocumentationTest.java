package clusterlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stays true to the code: docs/outputs.md holds the indicator dictionary, the
 * README's quick start is what CI runs, and no relative link of README.md or docs/*.md points to a
 * file that does not exist.
 */
class DocumentationTest {
    private static final Path ROOT = Path.of("../..");
    /** A Markdown link or image, {@code [text](target)} or {@code ![alt](target)}; group 1 is the target. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    @Test
    void outputsDocHoldsTheIndicatorDictionaryAsTheCodeDefinesIt() throws IOException {
        CliHarness r = CliHarness.run("indicators");
        assertEquals(0, r.exitCode());
        String outputs = Files.readString(ROOT.resolve("docs/outputs.md"), StandardCharsets.UTF_8);
        assertTrue(outputs.contains(r.out().strip()),
                "docs/outputs.md's indicator dictionary is stale: paste the output of ./clusterlab indicators");
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n./clusterlab run scenarios/baseline.yaml\nmvn test\n"), "quick start");
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals("mvn test")), ".ci/run must run exactly 'mvn test'");
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsPointsToAFileThatExists() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        assertTrue(documents.size() > 1, "docs/*.md");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents) {
            for (String target : relativeLinks(Files.readString(doc, StandardCharsets.UTF_8))) {
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (file.isEmpty()) {
                    continue;  // a link to a heading of the same page
                }
                checked++;
                Path resolved = doc.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target);
                }
            }
        }
        assertTrue(checked > 0, "no relative links found: the link pattern is wrong");
        assertTrue(broken.isEmpty(), "links to files that do not exist: " + broken);
    }

    /** The targets of the Markdown links of a text that are neither absolute URLs nor mail addresses. */
    static List<String> relativeLinks(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            String target = m.group(1);
            if (target.startsWith("<") && target.endsWith(">")) {
                target = target.substring(1, target.length() - 1);
            }
            if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !target.startsWith("//")) {
                targets.add(target);
            }
        }
        return targets;
    }
}
