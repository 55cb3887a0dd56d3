/**
 * Reading news articles from HTML pages and http(s) URLs.
 *
 * <p>{@link org.newsgraph.source.html.HtmlArticleReader} turns a page into an
 * {@link org.newsgraph.source.Article}: metadata from JSON-LD, OpenGraph, meta tags, {@code <time>},
 * the canonical link and {@code <html lang>}; the body by a readability-style content scorer written
 * for newsgraph over jsoup (paragraph length and commas score their ancestors, class and id words and
 * link density adjust, sibling blocks of the same article are merged), followed by a cleaner that
 * strips share bars, related links, newsletter boxes, captions, bylines, date lines and link teasers
 * from the chosen container. A JSON-LD {@code articleBody} stands in only when the extracted body is
 * missing or clearly partial. {@link org.newsgraph.source.html.UrlFetcher} fetches pages with limits.
 *
 * <p>Measured with {@code eval.BodyBenchmark} ({@code newsgraph eval body}) on the article-extraction benchmark
 * (91 pages, {@code shared/eval/article-extraction}, metric of {@code score_body.py}): body F1 0.984
 * (precision 0.980, recall 0.988); 0.985 on the 44 pages used for tuning (keys starting 0-7) and 0.983
 * on the 47 pages kept out of tuning (keys starting 8-f). Readability4J 1.0.8 scores 0.926 on the same
 * pages (0.905 and 0.945 on the two halves); the benchmark lists boilerpipe at 0.872 and plain jsoup
 * body text at 0.664.
 *
 * <p>jsoup types stay inside this package: callers see only {@code Article}, {@code FetchedPage}
 * and strings.
 */
package org.newsgraph.source.html;
