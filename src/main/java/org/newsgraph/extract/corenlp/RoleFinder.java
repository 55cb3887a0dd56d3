package org.newsgraph.extract.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.extract.CodePoints;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Role;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Roles from the text: a run of TITLE-tagged words and, through the dependency parse, who holds it and
 * where. "Huawei's chairman Liang Hua": "chairman" is a compound of "Hua" (holder) and "Huawei" a
 * possessive (organisation); "Liang Hua, chairman of Huawei": an appositive with an nmod; "the tech
 * giant's chairman": the nominal itself belongs to the person through coreference. KBP per:title triples
 * add the roles the patterns missed.
 */
final class RoleFinder {
    /** governor → title: "chairman" in "chairman Liang Hua" (compound), "Liang Hua, chairman of ..." (appos) */
    private static final Set<String> HOLDER_RELATIONS = Set.of("compound", "appos", "flat", "nsubj", "dep");
    /** title → holder: "the chairman, Liang Hua" (appos), "Liang Hua is chairman" (nsubj), and loose attachments */
    private static final Set<String> HOLDER_CHILD_RELATIONS = Set.of("appos", "nsubj", "flat", "compound", "dep",
            "parataxis");
    private static final Set<String> PLACE_RELATIONS = Set.of("nmod:poss", "compound", "nmod:of", "nmod:at", "nmod:in",
            "nmod:for", "amod");

    private final CoreDocument document;
    private final String text;
    private final CodePoints codePoints;
    private final EntityClusters clusters;

    RoleFinder(CoreDocument document, String text, CodePoints codePoints, EntityClusters clusters) {
        this.document = document;
        this.text = text;
        this.codePoints = codePoints;
        this.clusters = clusters;
    }

    List<Role> find() {
        List<Role> roles = new ArrayList<>();
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).tokens();
            for (int b = 0; b < tokens.size(); b++) {
                if (!isTitle(tokens.get(b)))
                    continue;
                int e = b;
                while (e < tokens.size() && isTitle(tokens.get(e)))
                    e++;
                String tag = tokens.get(e - 1).tag();
                if (tag != null && tag.startsWith("NN") && !isDegree(tokens, e)) // "second" and other stray TITLE words are not roles
                    roleAt(s, b, e).ifPresent(roles::add);
                b = e - 1;
            }
            addKbpTitles(s, roles);
        }
        return roles;
    }

    /** Role nouns NER's title list lacks: "a member of the Royal Society", "a fellow of Trinity College". */
    private static final Set<String> ROLE_NOUNS = Set.of("member", "fellow", "officer", "commissioner", "citizen",
            "clergyman", "educator", "councillor", "councilor", "trustee", "delegate", "envoy");

    /** A word of a title: tagged TITLE by NER, or a role noun it does not know. */
    private static boolean isTitle(CoreLabel token) {
        if ("TITLE".equals(token.ner()))
            return true;
        String lemma = token.lemma();
        return (token.ner() == null || token.ner().equals("O")) && token.tag() != null && token.tag().startsWith("NN")
                && lemma != null && ROLE_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Degree words are not roles: "Bachelor of Arts", "a master's degree", "Doctor of Medicine". */
    private static final Set<String> DEGREE_WORDS = Set.of("bachelor", "master", "doctor");

    private static boolean isDegree(List<CoreLabel> tokens, int end) {
        String word = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
        if (!DEGREE_WORDS.contains(word) || end >= tokens.size())
            return false;
        String next = tokens.get(end).word().toLowerCase(Locale.ROOT);
        return next.equals("of") || next.equals("'s") || next.equals("’s") || next.startsWith("degree");
    }

    private Optional<Role> roleAt(int s, int titleBegin, int end) {
        SemanticGraph graph = document.sentences().get(s).dependencyParse();
        int head = end - 1;
        int begin = Boolean.getBoolean("exp.norolemod") ? titleBegin : modifiedFrom(s, graph, titleBegin, head);
        Optional<String> holder = entity(s, head, EntityType.PERSON);
        IndexedWord headWord = graph == null ? null : graph.getNodeByIndexSafe(head + 1);
        IndexedWord holderWord = null;
        if (holder.isEmpty() && headWord != null) {
            for (SemanticGraphEdge edge : graph.incomingEdgeList(headWord))
                if (holder.isEmpty() && HOLDER_RELATIONS.contains(edge.getRelation().toString())) {
                    holder = entity(s, edge.getGovernor().index() - 1, EntityType.PERSON);
                    holderWord = holder.isPresent() ? edge.getGovernor() : null;
                }
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(headWord))
                if (holder.isEmpty() && HOLDER_CHILD_RELATIONS.contains(edge.getRelation().toString())) {
                    holder = entity(s, edge.getDependent().index() - 1, EntityType.PERSON);
                    holderWord = holder.isPresent() ? edge.getDependent() : null;
                }
        }
        Optional<String> organization = Optional.empty();
        for (IndexedWord word : new IndexedWord[] { headWord, holderWord }) {
            if (word == null || organization.isPresent())
                continue;
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
                int t = edge.getDependent().index() - 1;
                if (organization.isEmpty() && PLACE_RELATIONS.contains(edge.getRelation().toString()) && (t < begin || t >= end))
                    organization = entity(s, t, null).filter(id -> !clusters.typeOf(id).orElseThrow().equals(EntityType.PERSON))
                            .or(() -> "NATIONALITY".equals(edge.getDependent().ner())
                                    ? Demonyms.countryOf(edge.getDependent().word(), clusters) : Optional.empty());
            }
        }
        // a title with no holder or place is still a role mention ("the president said"); its node stays local
        return Optional.of(role(s, begin, end, holder, organization));
    }

    /** Word classes that qualify a title as part of it: "law clerk", "graduate student". */
    private static final Set<String> QUALIFIER_TAGS = Set.of("NN", "NNS", "JJ");
    /** Adjectives of rank that make a title of their own ("associate professor"); other adjectives describe the holder ("eminent scholar"). */
    private static final Set<String> RANK_ADJECTIVES = Set.of("associate", "assistant", "full", "chief", "deputy", "vice",
            "acting", "interim", "executive", "adjunct", "visiting", "emeritus", "principal", "general", "managing");

    /**
     * The first token of the title with the words that qualify it: the nouns and adjectives of rank right before
     * the title that the parse attaches to its head ("associate professor", "graduate student", "law clerk").
     * Describing adjectives ("eminent scholar"), names, nationalities ("French author"), times ("year") and
     * determiners stay out.
     */
    private int modifiedFrom(int s, SemanticGraph graph, int begin, int head) {
        if (graph == null)
            return begin;
        List<CoreLabel> tokens = document.sentences().get(s).tokens();
        IndexedWord headWord = graph.getNodeByIndexSafe(head + 1);
        if (headWord == null)
            return begin;
        int first = begin;
        while (first > 0) {
            CoreLabel t = tokens.get(first - 1);
            IndexedWord w = graph.getNodeByIndexSafe(first);
            String ner = t.ner();
            if (w == null || t.tag() == null || !QUALIFIER_TAGS.contains(t.tag()) || (ner != null && !ner.equals("O") && !ner.equals("TITLE")))
                break;
            if (t.tag().equals("JJ") && !RANK_ADJECTIVES.contains(t.word().toLowerCase(Locale.ROOT)))
                break;
            if (CuePatterns.isTimeWord(t.lemma())) // "the same year lecturer": a time is never part of a title
                break;
            IndexedWord parent = graph.getParent(w);
            String rel = parent == null ? "" : graph.reln(parent, w).toString();
            if (!headWord.equals(parent) || !(rel.equals("amod") || rel.equals("compound")))
                break;
            first--;
        }
        return first;
    }

    /** Roles from KBP per:title triples the patterns did not find, with the organisation from a sibling triple. */
    private void addKbpTitles(int s, List<Role> roles) {
        List<RelationTriple> triples = document.sentences().get(s).relations();
        if (triples == null)
            return;
        for (RelationTriple t : triples) {
            if (!t.relationGloss().equals("per:title") || t.object.isEmpty() || t.object.get(0).sentIndex() != s)
                continue;
            Optional<String> holder = KbpRelations.entityOf(t.subject, clusters.index());
            int begin = t.object.get(0).index() - 1;
            int end = t.object.get(t.object.size() - 1).index();
            boolean known = roles.stream().anyMatch(r -> r.sentence() == s
                    && r.span().overlaps(codePoints.span(t.object.get(0).beginPosition(), t.object.get(t.object.size() - 1).endPosition())));
            if (holder.isEmpty() || known)
                continue;
            Optional<String> organization = Optional.empty();
            for (RelationTriple other : triples) {
                String p = other.relationGloss();
                if (organization.isEmpty() && (p.equals("per:employee_of") || p.equals("per:top_member_employee_of"))
                        && KbpRelations.entityOf(other.subject, clusters.index()).equals(holder))
                    organization = KbpRelations.entityOf(other.object, clusters.index());
            }
            roles.add(role(s, begin, end, holder, organization));
        }
    }

    private Role role(int s, int begin, int end, Optional<String> holder, Optional<String> organization) {
        List<CoreLabel> tokens = document.sentences().get(s).tokens();
        int charBegin = tokens.get(begin).beginPosition();
        int charEnd = tokens.get(end - 1).endPosition();
        StringBuilder title = new StringBuilder();
        for (int t = begin; t < end; t++)
            title.append(t > begin ? " " : "").append(tokens.get(t).word().toLowerCase(Locale.ROOT));
        return new Role(title.toString(), codePoints.span(charBegin, charEnd), text.substring(charBegin, charEnd), s, holder,
                organization, concept(tokens.subList(begin, end)));
    }

    /**
     * The concept of a title: the entity linker's page for its words where all agree on one; else the page named
     * after the title itself ("Member", "Associate professor"), singular. (Preferring the own page wherever the
     * linker's is named otherwise, "novelist" → Novel, measured no better on OKE.)
     */
    private static Optional<String> concept(List<CoreLabel> titleTokens) {
        String page = null;
        for (CoreLabel t : titleTokens) {
            String p = t.get(CoreAnnotations.WikipediaEntityAnnotation.class);
            if (p == null || p.isBlank() || p.equals("O"))
                continue;
            if (page != null && !page.equals(p))
                return Optional.ofNullable(ownPage(titleTokens));
            page = p;
        }
        if (page == null)
            return Optional.ofNullable(ownPage(titleTokens));
        return Optional.of(page.replace(' ', '_'));
    }

    /** The page named after a title: its words, the last one as its lemma, capitalised ("associate professors" → Associate_professor). */
    private static String ownPage(List<CoreLabel> titleTokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < titleTokens.size(); i++) {
            CoreLabel t = titleTokens.get(i);
            String w = i == titleTokens.size() - 1 && t.lemma() != null ? t.lemma() : t.word();
            if (!w.chars().allMatch(c -> Character.isLetter(c) || c == '-'))
                return null;
            b.append(i > 0 ? "_" : "").append(w.toLowerCase(Locale.ROOT));
        }
        if (b.length() == 0)
            return null;
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** The entity at a token, of the given type (any type when null). */
    private Optional<String> entity(int s, int token, EntityType type) {
        return clusters.index().entityAt(s, token).filter(id -> type == null || clusters.typeOf(id).orElseThrow() == type);
    }
}
