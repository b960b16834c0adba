package dev.opscore.tools.pms.client;

/** Base URLs are kept without trailing slashes, so contract paths ({@code /api/...}) append cleanly. */
final class BaseUrls {

    private BaseUrls() {
    }

    static String normalize(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("a PMS base URL is required");
        }
        String url = baseUrl.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}
