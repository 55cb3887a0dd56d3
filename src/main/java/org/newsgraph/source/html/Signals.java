package org.newsgraph.source.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The class, id and text signals the content scorer and cleaner share: words that mark a block as
 * likely content or likely page furniture (navigation, ads, share bars, related links, comments).
 */
final class Signals {
    /** class/id words of blocks that are almost never the article. */
    static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap"
            + "|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
            + "|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe"
            + "|promo|recommend|trending|cookie|consent|share|sharing|signup|paywall|outbrain|taboola|teaser",
            Pattern.CASE_INSENSITIVE);
    /** class/id words that rescue an unlikely-looking block. */
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|post|text"
            + "|blog|story|prose|paragraph|rich-?text", Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-"
            + "|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe|caption|credit|byline"
            + "|author|recommend|popular|trending|teaser|nav|breadcrumb|signup|advert|dateline|timestamp",
            Pattern.CASE_INSENSITIVE);
    /** Blocks with these words in class or id are page furniture even inside the article container. */
    static final Pattern FURNITURE = Pattern.compile("(^|[-_ ])(share|sharing|related|recommend(ed|ations)?"
            + "|newsletter|subscribe|subscription|signup|sign-up|comments?|disqus|outbrain|taboola|advert(isement)?"
            + "|ad|ads|adslot|ad-slot|ad-container|dfp|promo|sponsored|breadcrumbs?|byline|author|authors|author-bio|bio|tags|tag-list"
            + "|topics|caption|credit|credits|figcaption|toolbar|tools|print|more-stories|read-more|readmore|most-read"
            + "|most-popular|popular|trending|further-reading|see-also|pagination|pager|cookie|consent|paywall"
            + "|inline-related|rail|sidebar|widget|video-player|playlist|gallery-caption|photo-credit|image-credit"
            + "|hidden|visually-hidden|sr-only|screen-reader-text|noprint|disclaimer|correction-policy|footer|nav)"
            + "([-_ ]|$)", Pattern.CASE_INSENSITIVE);
    /** class/id parts of captions, credits, bylines and datelines, wherever they appear in a name. */
    static final Pattern LABELS = Pattern.compile("caption|credit|byline|dateline|timestamp|publish|posted-on"
            + "|entry-meta|post-meta|article-meta|articlemeta|author-info|author-bio|authorbio|(^|[-_ ])dates?([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    /** Short paragraphs that are calls to action rather than article text. */
    static final Pattern BOILERPLATE_TEXT = Pattern.compile("^(advertisement|advertising|advert|ad|sponsored( content)?"
            + "|share(\\s*(this|on|via|article|story|page|post|facebook|twitter|e-?mail|whatsapp|linkedin|pinterest"
            + "|reddit|[:|,/]))*|(read|see|view) (more|also|next|full story)\\b.*"
            + "|related(:.*| (articles?|stories|news|content|coverage|links|topics|posts|reading)\\b.*)?"
            + "|(updated|published|posted|last (updated|modified)|first published|modified)\\b[^.]{0,20}\\d[^.!?]{0,50}"
            + "|(sign up|subscribe)\\b.*(newsletter|email|inbox).*|follow us\\b.*|click here\\b.*|watch:.*|listen:.*"
            + "|continue reading.*|(story|article) continues below.*|(©|copyright( ©)?|\\(c\\))\\s*\\d{4}.*"
            + "|.*all rights reserved\\.?|skip (to|advertisement).*|image( source| copyright)?:.*|photo:.*"
            + "|getty images|reuters|ap photo.*"
            + "|trending( now)?:?|don'?t miss:?|you (may|might) also like.*|most (read|popular|viewed):?"
            + "|more from .{0,40}|recommended( for you)?:?|top stories:?|latest( news)?:?|comments?( \\(\\d+\\))?"
            + "|(tell us what you think|leave a (comment|reply)|join the (conversation|discussion)).*"
            + "|by (?-i:\\p{Lu})[^.!?]{0,60}|tags?: .{0,100}|tags (?-i:\\p{Lu}).{0,100}|filed under:? .{0,100}"
            + "|this slideshow requires javascript\\.?|sharing is caring!?|print( this)?( article| page)?"
            + "|e-?mail( this)?( article| page)?|this (post|article|page) (may )?contains? affiliate.*)$",
            Pattern.CASE_INSENSITIVE);
    /** Words of a date line: "Updated Nov 19, 9:41 AM", "PUBLISHED: 10:48, Tue, Nov 19, 2019". */
    private static final Pattern DATE_WORD = Pattern.compile("\\d+|updated?|published|posted|last|modified|first|on|at"
            + "|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
            + "|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?"
            + "|sun(day)?|am|pm|a|p|m|est|edt|cst|cdt|pst|pdt|et|pt|gmt|utc|bst|cet|cest|ist|hrs?|hours?|mins?|minutes?"
            + "|ago|today|yesterday", Pattern.CASE_INSENSITIVE);

    /** A year, as in a date line ("sexta-feira, 22 de outubro de 2010 às 20:13"). */
    static final Pattern DATE_LINE = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** A clock time, as in a date line. */
    static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:h.]\\d{2}\\b");
    /** A WordPress shortcode left in the text, such as {@code [button link="..."]Send[/button]}. */
    static final Pattern SHORTCODE = Pattern.compile("\\[(\\w+)\\b[^\\]]*\\].*\\[/\\1\\]", Pattern.DOTALL);

    private Signals() {
    }

    /** True for a short line made only of dates, times and words like "Updated" or "Posted". */
    static boolean isDateLine(String text) {
        if (text.length() > 120)
            return false;
        String[] tokens = text.split("[^\\p{L}\\p{N}]+");
        int words = 0;
        int dateWords = 0;
        boolean digit = false;
        for (String t : tokens) {
            if (t.isEmpty())
                continue;
            words++;
            if (DATE_WORD.matcher(t).matches())
                dateWords++;
            digit |= Character.isDigit(t.charAt(0));
        }
        return digit && words > 0 && dateWords == words;
    }

    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** Readability's class weight: +25 for a content-like class or id, -25 for a furniture-like one. */
    static int classWeight(Element e) {
        int weight = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find())
                weight -= 25;
            if (POSITIVE.matcher(cls).find())
                weight += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find())
                weight -= 25;
            if (POSITIVE.matcher(id).find())
                weight += 25;
        }
        return weight;
    }
}
