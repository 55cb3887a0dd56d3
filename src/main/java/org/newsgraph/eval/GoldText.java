package org.newsgraph.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.newsgraph.error.BadInputException;
import org.newsgraph.source.Article;

/** A gold text file as an article: its text exactly as in the file (gold offsets count into it). */
final class GoldText {
    private GoldText() {
    }

    /** The file's text, strictly decoded as UTF-8, with its first line as headline; the source is the path. */
    static Article article(Path file) {
        String source = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "is not UTF-8 text; gold article texts must be UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        Article.Builder article = Article.builder(source, text).format(Article.Format.TEXT);
        String first = text.strip().lines().findFirst().orElse("");
        if (!first.isBlank() && first.length() <= 200)
            article.headline(first);
        return article.build();
    }
}
