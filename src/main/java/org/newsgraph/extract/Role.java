package org.newsgraph.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * A role someone holds, as the text states it: "Huawei's chairman Liang Hua".
 *
 * @param title          the role word(s) as normalised ("chairman")
 * @param span           where the role word(s) stand, in code points
 * @param text           the text at the span, exactly
 * @param sentence       the 0-based sentence index
 * @param holderId       the person entity holding it, where known
 * @param organizationId the organisation or country it is held in, where known
 * @param concept        the Wikipedia page of the title as a concept ("Chairman", "Poet"), where the linker chose one
 */
public record Role(String title, Span span, String text, int sentence, Optional<String> holderId,
        Optional<String> organizationId, Optional<String> concept) {
    public Role {
        Objects.requireNonNull(title, "The parameter 'title' must not be null.");
        Objects.requireNonNull(span, "The parameter 'span' must not be null.");
        Objects.requireNonNull(text, "The parameter 'text' must not be null.");
        holderId = Objects.requireNonNull(holderId, "The parameter 'holderId' must not be null.");
        organizationId = Objects.requireNonNull(organizationId, "The parameter 'organizationId' must not be null.");
        concept = Objects.requireNonNull(concept, "The parameter 'concept' must not be null.").filter(c -> !c.isBlank());
        if (sentence < 0)
            throw new IllegalArgumentException("role sentence must be >= 0, got " + sentence);
    }

    /** A role whose title has no linked concept. */
    public Role(String title, Span span, String text, int sentence, Optional<String> holderId, Optional<String> organizationId) {
        this(title, span, text, sentence, holderId, organizationId, Optional.empty());
    }
}
