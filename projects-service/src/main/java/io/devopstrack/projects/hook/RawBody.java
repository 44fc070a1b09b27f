package io.devopstrack.projects.hook;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** The body exactly as sent (signatures are over these bytes), read before any parsing, with a size cap. */
final class RawBody {

    private RawBody() {}

    static byte[] read(HttpServletRequest request, long max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw new PayloadTooLarge(max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(0, (int) request.getContentLengthLong()));
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = request.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (body.size() + n > max) {
                    throw new PayloadTooLarge(max);
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }
}
