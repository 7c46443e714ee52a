package se.markdna.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Strict byte-to-char decoding. Unlike {@link java.io.InputStreamReader} it guarantees that the
 * characters decoded before a malformed sequence are handed out first and the error is raised on
 * the following call, so the parser knows exactly which line the bad bytes are on.
 */
final class DecodingReader {

    private static final int BYTE_BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult pendingError;

    DecodingReader(InputStream in, Charset charset, byte[] head, int headOffset, int headLength) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = ByteBuffer.allocate(Math.max(BYTE_BUFFER, headLength));
        bytes.put(head, headOffset, headLength);
        bytes.flip();
    }

    /**
     * Reads up to {@code length} chars.
     *
     * @return number of chars read, or -1 at end of input
     * @throws CharacterCodingException if the next bytes are not valid in the charset
     */
    int read(char[] dst, int offset, int length) throws IOException {
        if (pendingError != null) {
            CoderResult error = pendingError;
            pendingError = null;
            error.throwException();
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(dst, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int produced = out.position() - offset;
            if (result.isError()) {
                if (produced > 0) {
                    pendingError = result;
                    return produced;
                }
                result.throwException();
            }
            if (result.isOverflow()) {
                return produced;
            }
            // underflow: needs more bytes
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
                produced = out.position() - offset;
                return produced > 0 ? produced : -1;
            }
            if (produced > 0) {
                return produced; // hand out what we have; the next call reads on
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    void close() throws IOException {
        in.close();
    }
}
