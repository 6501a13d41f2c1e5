package clusterlab.scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Naming helpers: record components are camelCase in Java and snake_case in files, enum
 * constants UPPER_SNAKE in Java and lower-case words in files.
 */
public final class Names {
    private Names() {
    }

    /** {@code startFiscalYear} becomes {@code start_fiscal_year}. */
    public static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code PAST_PERFORMANCE} is written {@code past_performance}. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The words of an enum's constants, in declaration order. */
    static List<String> words(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> word((Enum<?>) c)).toList();
    }

    /** Dotted path of a child: {@code join("regions", "0")} is {@code regions.0}. */
    public static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /** The closest candidate by edit distance, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** What follows "unknown field": a likely intended name, or else every known one. */
    public static String knownFieldsHint(String key, List<String> known) {
        return closest(key, known).map(s -> "; did you mean '" + s + "'?")
                .orElse("; known fields here: " + String.join(", ", known));
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
