package org.newsgraph.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.newsgraph.error.BadInputException;

/**
 * Turns the bytes of a text input into a string, refusing what is not article text: an empty input,
 * a binary one (NUL bytes or mostly control characters) and bytes that are not UTF-8. Only a leading
 * UTF-8 byte order mark is removed; everything else stays exactly as in the input.
 */
final class TextDecoder {
    static final String ALLOWED = "newsgraph reads UTF-8 text, HTML, CSV and JSON Lines";

    private TextDecoder() {
    }

    /** Refuses an empty or binary input. */
    static void checkNotEmptyOrBinary(String source, byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes))
            throw new BadInputException(source, "the input is empty; give a file with article text (" + ALLOWED + ")");
        int control = 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0)
                throw new BadInputException(source, "the input looks binary (it contains NUL bytes); " + ALLOWED);
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
                control++;
        }
        if (control * 10 > sample)
            throw new BadInputException(source, "the input looks binary (mostly control characters); " + ALLOWED);
    }

    /** Decodes strict UTF-8 after the checks above, dropping a leading byte order mark. */
    static String decode(String source, byte[] bytes) {
        checkNotEmptyOrBinary(source, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new BadInputException(source, "the input is not valid UTF-8 text (bad byte at offset " + buffer.position()
                    + "); newsgraph reads UTF-8 (or HTML with a declared charset)", e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(source,
                    "the input is not valid UTF-8 text; newsgraph reads UTF-8 (or HTML with a declared charset)", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f')
                return false;
        }
        return true;
    }
}
