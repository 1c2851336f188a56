/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Pattern;

/**
 * Decodes an XML file as it says it is encoded: a byte-order mark, else the {@code encoding} of its XML
 * declaration, else UTF-8, as XML requires. The loader decodes rather than the parser, so that bytes that are
 * not valid in that encoding cost the row that holds them, as in a delimited file, instead of the rest of the
 * file (a parser must stop at them).
 */
final class XmlEncoding {

    static final char REPLACEMENT = '\uFFFD';

    private static final int DECLARATION_BYTES = 1024;
    private static final Pattern DECLARED =
            Pattern.compile("\\A<\\?xml\\s[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._:-]*)\\1");

    /** The characters of a file, and the encoding they were read in. */
    record Decoded(Reader characters, Charset charset) {}

    private XmlEncoding() {}

    /** @throws IllegalArgumentException when the file declares an encoding that cannot be read */
    static Decoded open(InputStream bytes) throws IOException {
        var in = new BufferedInputStream(bytes, 1 << 16);
        in.mark(DECLARATION_BYTES);
        var start = in.readNBytes(DECLARATION_BYTES);
        in.reset();
        Charset charset;
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(start, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(start, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(new String(start, StandardCharsets.ISO_8859_1));
        }
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Decoded(new InputStreamReader(in, decoder), charset);
    }

    private static Charset declared(String start) {
        var matcher = DECLARED.matcher(start);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        var name = matcher.group(2);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(
                    "the file declares encoding '" + name + "', which cannot be read here; UTF-8 and windows-1252 can");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
