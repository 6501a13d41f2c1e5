package clusterlab.report;

import java.util.Base64;
import java.util.List;

/**
 * The report page as it is written: escaped text, tables and inlined images (PNG as data URIs),
 * with its style sheet in the page, so the one file opens anywhere without a network.
 */
final class Html {
    private static final String STYLE = String.join("\n",
            "body{font-family:sans-serif;max-width:1300px;margin:2em auto;padding:0 1em;color:#111}",
            "h1{font-size:1.8em}h2{border-bottom:2px solid #333;padding-bottom:.2em;margin-top:2em}",
            "table{border-collapse:collapse;margin:1em 0;font-size:.95em}",
            "th,td{border:1px solid #999;padding:.25em .6em;text-align:left}td.n{text-align:right}",
            "th{background:#eee}img{width:49%;border:1px solid #ccc;margin:.3em 0}",
            "@media (max-width:1000px){img{width:100%}}",
            ".note{color:#444;font-size:.9em}");
    private final StringBuilder page = new StringBuilder(1 << 16);

    Html(String title, String subtitle) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>\n").append(STYLE).append("\n</style></head><body>\n<h1>").append(esc(title))
                .append("</h1>\n<p class=\"note\">").append(esc(subtitle)).append("</p>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    Html heading(String text) {
        page.append("<h2>").append(esc(text)).append("</h2>\n");
        return this;
    }

    Html subheading(String text) {
        page.append("<h3>").append(esc(text)).append("</h3>\n");
        return this;
    }

    Html paragraph(String text) {
        page.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    Html note(String text) {
        page.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    Html table(List<String> header, List<List<String>> rows) {
        page.append("<table><thead><tr>");
        header.forEach(h -> page.append("<th>").append(esc(h)).append("</th>"));
        page.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            page.append("<tr>");
            for (String cell : row) {
                page.append(numeric(cell) ? "<td class=\"n\">" : "<td>").append(esc(cell)).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table>\n");
        return this;
    }

    private static boolean numeric(String cell) {
        return cell.matches("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(e[-+]?[0-9]+)?%?( \\S+)?");
    }

    /** Starts a folded block (open it to see what is inside), ended by {@link #endDetails()}. */
    Html details(String summary) {
        page.append("<details><summary>").append(esc(summary)).append("</summary>\n");
        return this;
    }

    Html endDetails() {
        page.append("</details>\n");
        return this;
    }

    /** An image inlined as a data URI; {@code alt} says what it shows. */
    Html png(byte[] png, String alt) {
        page.append("<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
        return this;
    }

    String finish() {
        return page + "</body></html>\n";
    }
}
