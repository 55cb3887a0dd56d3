package org.newsgraph.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One unit of a page dump: a paragraph (one line, or the lines of a paragraph the renderer wrapped) or
 * one line of a list or menu, with the signals that tell article text from site chrome.
 *
 * @param firstLine 0-based index of its first line in the dump
 * @param text      its lines with indentation and trailing spaces removed, joined by "\n"
 * @param bullet    whether it starts with a list bullet
 */
record DumpBlock(int firstLine, String text, boolean bullet) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019]*");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^[\\[(<]?(https?://|www\\.)\\S+[\\])>]?$");
    private static final Pattern BRACKETED = Pattern.compile("^\\[[^\\]]*\\]$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(\u00A9|\\(c\\)|copyright\\b)|\\b(photo|photograph|image|picture"
            + "|video|illustration|credit|source|graphic)s?\\s*(:|by\\b)|getty images|\\bap photo\\b|\\breuters\\b"
            + "|shutterstock|\\bafp\\b|\\bepa\\b|/ ap\\b|\\bistock");
    private static final Pattern CHROME = Pattern.compile("(?i)\\b(cookies?|privacy|subscribe|subscription|subscriber|"
            + "newsletters?|sign ?in|sign ?up|sign ?out|log ?in|log ?out|logged|register|registration|password|"
            + "my account|advertisement|advertising|advertise|sponsored|all rights reserved|terms of (use|service)|"
            + "terms (&|and) conditions|share (this|on|via)|follow us|comments?|commenting|read more|related|"
            + "recommended|most (popular|read|viewed|shared)|trending|more from|you may also like|click here|"
            + "skip to|menu|back to top|newsletter|contact us|about us|sitemap|log in|download the app|"
            + "notifications|captcha|community standards|ad choices|accessibility|careers|editions?|"
            + "read next|up next|more stories|see all|view all|show more|load more|listen|watch live|"
            + "image \\d+ of|\\d+ of \\d+|gallery|playlist)\\b");
    private static final Set<String> STOPWORDS = Set.of(("a about above after again against all am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few for from "
            + "further had has have having he her here hers herself him himself his how i if in into is it its itself just me "
            + "more most my myself no nor not now of off on once only or other our ours out over own said same says she should "
            + "so some such than that the their theirs them then there these they this those through to too under until up "
            + "very was we were what when where which while who whom why will with would you your also it's "
            + "who's that's there's he's she's we're they're i'm don't didn't can't won't isn't wasn't").split(" "));

    /** The words of the text. */
    List<String> words() {
        Matcher m = WORD.matcher(text);
        java.util.ArrayList<String> words = new java.util.ArrayList<>();
        while (m.find())
            words.add(m.group());
        return words;
    }

    int wordCount() {
        return words().size();
    }

    /** Share of words that are English function words: high in prose, low in menus and headlines. */
    double stopwordRatio() {
        List<String> words = words();
        if (words.isEmpty())
            return 0;
        long stop = words.stream().filter(w -> STOPWORDS.contains(w.toLowerCase(Locale.ROOT).replace('\u2019', '\'')))
                .count();
        return (double) stop / words.size();
    }

    /** Share of words that start with a capital letter or digit (high in headlines and menus). */
    double capitalisedRatio() {
        List<String> words = words();
        if (words.isEmpty())
            return 0;
        long caps = words.stream().filter(w -> !Character.isLowerCase(w.codePointAt(0))).count();
        return (double) caps / words.size();
    }

    boolean endsSentence() {
        String t = text.strip();
        if (t.isEmpty())
            return false;
        int last = t.codePointBefore(t.length());
        return ".!?\"\u201D\u2019\u2026:;)'".indexOf(last) >= 0;
    }

    boolean urlOnly() {
        return URL_ONLY.matcher(text.strip()).matches();
    }

    boolean bracketed() {
        return BRACKETED.matcher(text.strip()).matches();
    }

    /** A photo credit or copyright line. */
    boolean credit() {
        return wordCount() <= 15 && CREDIT.matcher(text).find();
    }

    /** Words of site furniture: login, sharing, cookies, related links, menus. */
    boolean chromeWords() {
        return CHROME.matcher(text).find();
    }

    /** The text with runs of white space as one space. */
    String flat() {
        return text.strip().replaceAll("\\s+", " ");
    }
}
