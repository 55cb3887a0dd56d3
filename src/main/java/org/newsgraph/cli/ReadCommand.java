package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;
import org.newsgraph.source.ReadProblem;
import org.newsgraph.source.ReadResult;
import org.newsgraph.source.SourceReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read articles without language processing and print them as read (JSON Lines or text).")
final class ReadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
            description = "json (JSON Lines, one object per article) or text. Default: ${DEFAULT-VALUE}.")
    String format;

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "A file, a directory (recursive), an http(s) URL, or - for stdin.")
    List<String> sources;

    @Override
    public Integer call() {
        boolean json = json(format);
        SourceReader reader = main.factory().reader();
        PrintStream out = main.out();
        boolean failed = false;
        for (String given : sources) {
            List<String> expanded;
            try {
                expanded = reader.expand(given);
            } catch (RuntimeException e) {
                failed = report(e);
                continue;
            }
            for (String source : expanded) {
                try {
                    ReadResult result = reader.read(source);
                    for (Article a : result.articles())
                        out.println(json ? ArticleJson.of(a) : text(a));
                    for (ReadProblem problem : result.problems()) {
                        main.err().println(Main.oneLine(problem.toString()));
                        failed = true;
                    }
                } catch (RuntimeException e) {
                    failed = report(e);
                }
            }
        }
        out.flush();
        return failed ? Main.FAILED : 0;
    }

    /** Whether the format is json (true) or text (false), in any case. */
    static boolean json(String format) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new BadInputException(format, "unknown read format; allowed: json, text");
        };
    }

    private boolean report(RuntimeException e) {
        main.fail(e);
        return true;
    }

    private static String text(Article a) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(a.source()).append('\n');
        a.headline().ifPresent(v -> b.append("headline: ").append(v).append('\n'));
        a.url().ifPresent(v -> b.append("url: ").append(v).append('\n'));
        a.datePublished().ifPresent(v -> b.append("datePublished: ").append(v).append('\n'));
        a.dateModified().ifPresent(v -> b.append("dateModified: ").append(v).append('\n'));
        a.publisher().ifPresent(v -> b.append("publisher: ").append(v).append('\n'));
        if (!a.authors().isEmpty())
            b.append("authors: ").append(String.join("; ", a.authors())).append('\n');
        a.language().ifPresent(v -> b.append("language: ").append(v).append('\n'));
        a.section().ifPresent(v -> b.append("section: ").append(v).append('\n'));
        if (!a.keywords().isEmpty())
            b.append("keywords: ").append(String.join("; ", a.keywords())).append('\n');
        return b.append('\n').append(a.text()).append('\n').toString();
    }
}
