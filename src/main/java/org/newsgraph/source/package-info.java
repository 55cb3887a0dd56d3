/**
 * Reading articles: the first stage of newsgraph. {@link org.newsgraph.source.SourceReader} is the front
 * door; it expands directories and reads files, http(s) URLs and stdin into
 * {@link org.newsgraph.source.Article}s.
 *
 * <ul>
 * <li>Plain text ({@code .txt}, {@code .text}): the text exactly as in the file (only a UTF-8 byte order
 * mark is dropped); the first line is the headline when it looks like one.</li>
 * <li>Page dumps (text of a rendered page, recognised among {@code .txt} inputs):
 * {@link org.newsgraph.source.PageDumpReader} keeps the body and reads headline, URL, date, publisher,
 * authors and tags.</li>
 * <li>HTML ({@code .html}, {@code .htm}, {@code .html.gz}, pages): the {@code html} package.</li>
 * <li>Collections ({@code .csv} with a header row, {@code .jsonl}/{@code .ndjson}): one article per row,
 * source {@code FILE#row=N}; rows without text are reported in a {@link org.newsgraph.source.ReadResult}.</li>
 * </ul>
 *
 * <p>Limits: 10 MiB for an article input (file, page, stdin), 50 MiB for a collection; both can be set on
 * the builder. Empty, binary and non-UTF-8 inputs are refused with a
 * {@link org.newsgraph.error.BadInputException} naming the input and what is allowed.
 */
package org.newsgraph.source;
