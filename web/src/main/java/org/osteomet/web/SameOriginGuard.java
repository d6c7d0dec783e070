package org.osteomet.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;

/**
 * Keeps other web pages out of the API. A page on another site can make the browser send requests to a local
 * server (cross-site requests, and DNS rebinding, where the attacker's host name points at 127.0.0.1), so:
 * on a loopback server the Host must be a loopback name; a browser's Origin must be the Host itself; and a POST
 * must say it is JSON, which a cross-site form cannot.
 */
final class SameOriginGuard {
    static final int FORBIDDEN = 403;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private static final java.util.regex.Pattern LOOPBACK_IPV4 = java.util.regex.Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final String DEFAULT_HTTP_PORT = "80";

    private final boolean loopbackOnly;

    SameOriginGuard(String boundHost) {
        this.loopbackOnly = isLoopback(boundHost);
    }

    void check(Context ctx) {
        String hostHeader = ctx.header("Host");
        String host = hostName(hostHeader);
        if (loopbackOnly && (host == null || !isLoopback(host))) {
            throw new HttpProblem(FORBIDDEN, "Host: this server answers only at a loopback address (localhost, 127.0.0.1)");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, hostHeader)) {
            throw new HttpProblem(FORBIDDEN, "Origin: requests from other sites are refused");
        }
        if ("POST".equals(ctx.method().name())) {
            String type = ctx.header("Content-Type");
            if (type == null || !type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(ApiHandlers.JSON)) {
                throw new HttpProblem(UNSUPPORTED_MEDIA_TYPE, "Content-Type: must be " + ApiHandlers.JSON);
            }
        }
    }

    /** An Origin is this server when it is http://{the Host header}, port included ("null" never is). */
    private static boolean sameOrigin(String origin, String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            if (!"http".equals(o.getScheme()) || o.getHost() == null) {
                return false;
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            String host = hostHeader.trim().toLowerCase(Locale.ROOT);
            return authority.toLowerCase(Locale.ROOT).equals(host.endsWith(":" + DEFAULT_HTTP_PORT)
                    ? host.substring(0, host.length() - DEFAULT_HTTP_PORT.length() - 1) : host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The host part of a Host header ("localhost:7070" -> "localhost", "[::1]:7070" -> "[::1]"). */
    static String hostName(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 || h.indexOf(':', colon + 1) >= 0 ? h : h.substring(0, colon);
    }

    /** localhost, ::1 or a numeric 127.x.y.z address; never a name that merely starts with "127.". */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return LOOPBACK_NAMES.contains(h) || LOOPBACK_IPV4.matcher(h).matches();
    }
}
