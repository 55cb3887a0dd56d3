package org.newsgraph.source;

import java.util.Optional;

/**
 * Reads one kind of input (plain text, page dump, HTML, CSV or JSON Lines collection) from its bytes.
 * {@link SourceReader} picks the reader for an input; the HTML reader plugs in through this interface.
 */
@FunctionalInterface
public interface ArticleFormatReader {
    /**
     * @param source      the input as given (path, URL or "-"), recorded in each article
     * @param bytes       the whole input, already checked against the size limit
     * @param contentType the media type with parameters, where known (from HTTP)
     * @param pageUrl     the URL the bytes came from, where known
     * @return the articles read and the parts skipped
     * @throws org.newsgraph.error.BadInputException when the input as a whole cannot be read
     */
    ReadResult read(String source, byte[] bytes, Optional<String> contentType, Optional<String> pageUrl);
}
