package dev.nudge.progress.postgresql;

import dev.nudge.text.Untrusted;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a shared progress database is, as a teacher gives it to {@code --store}:
 * {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=MODE]}. It never holds a password: one in the address
 * would show in {@code ps}, in shell histories and in logs, so {@link #parse} refuses it and says to use
 * {@code PGPASSWORD} or {@code ~/.pgpass}. Everything is checked here, with what was wrong and what to do, before a
 * connection is tried, and {@link #toString()} is safe to print.
 *
 * @param user the database user; empty for {@code PGUSER}, else the operating system's user name
 * @param host a host name or address ({@code [::1]} for IPv6)
 * @param port the port, 5432 unless given
 * @param database the database's name
 * @param sslMode PostgreSQL's {@code sslmode}, if given
 */
public record PostgresAddress(Optional<String> user, String host, int port, String database, Optional<String> sslMode) {
    public static final int DEFAULT_PORT = 5432;
    /** A longer location is refused before it is looked at. */
    public static final int MAX_LENGTH = 512;
    /** The form, as every message says it. */
    public static final String FORM = "postgresql://[USER@]HOST[:PORT]/DATABASE";
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.$-]{1,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    public PostgresAddress {
        if (user == null || host == null || database == null || sslMode == null || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a PostgreSQL address needs a host, a port and a database");
        }
    }

    /** The address {@code location} gives; an {@link IllegalArgumentException} says what is wrong and what to do. */
    public static PostgresAddress parse(String location) {
        if (location == null || location.isBlank()) {
            throw wrong("is empty; give " + FORM);
        }
        if (location.length() > MAX_LENGTH) {
            throw wrong("is " + location.length() + " characters long; at most " + MAX_LENGTH + " are taken");
        }
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)) {
                var shown = c == ' ' ? "a space" : "the character " + Untrusted.forLine(String.valueOf(c));
                throw wrong("has " + shown + " at character " + (i + 1)
                        + ", which no address holds; type it again without it");
            }
        }
        var scheme = location.indexOf("://");
        var named = scheme < 0 ? "" : location.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!named.equals("postgresql") && !named.equals("postgres")) {
            throw wrong("'" + Untrusted.forLine(location) + "' is not a store nudge can use: give " + FORM
                    + " (without --store, progress is kept in SQLite under --data DIR)");
        }
        return fromRest(location.substring(scheme + 3));
    }

    private static PostgresAddress fromRest(String rest) {
        var query = rest.indexOf('?');
        var sslMode = query < 0 ? Optional.<String>empty() : Optional.of(sslMode(rest.substring(query + 1)));
        var path = query < 0 ? rest : rest.substring(0, query);
        var slash = path.indexOf('/');
        if (slash < 0 || slash == path.length() - 1) {
            throw wrong("names no database: add /DATABASE after the host, as in postgresql://HOST/nudge");
        }
        var database = path.substring(slash + 1);
        if (!NAME.matcher(database).matches()) {
            throw wrong("has the database name '" + Untrusted.forLine(database) + "': a name of 1 to 63 letters, "
                    + "digits and _ . $ - is taken");
        }
        var authority = path.substring(0, slash);
        var at = authority.lastIndexOf('@');
        var user = at < 0 ? Optional.<String>empty() : Optional.of(user(authority.substring(0, at)));
        var hostPort = authority.substring(at + 1);
        var closing = hostPort.lastIndexOf(']');
        var colon = hostPort.lastIndexOf(':');
        var portAt = colon > closing ? colon : -1;
        var host = portAt < 0 ? hostPort : hostPort.substring(0, portAt);
        if (!HOST.matcher(host).matches()) {
            throw wrong(host.isEmpty() ? "names no host: give " + FORM
                    : "has the host '" + Untrusted.forLine(host) + "': a host name, an IPv4 address or an IPv6 "
                            + "address in brackets ([::1]) is taken");
        }
        var port = portAt < 0 ? DEFAULT_PORT : port(hostPort.substring(portAt + 1));
        return new PostgresAddress(user, host, port, database, sslMode);
    }

    private static String user(String userInfo) {
        if (userInfo.contains(":")) {
            throw wrong("holds a password (after the user name and ':'), which would show in ps and in logs: "
                    + "leave it out, and give it in the PGPASSWORD variable or in ~/.pgpass");
        }
        if (!NAME.matcher(userInfo).matches()) {
            throw wrong("has the user name '" + Untrusted.forLine(userInfo) + "': a name of 1 to 63 letters, "
                    + "digits and _ . $ - is taken (or leave out USER@ for PGUSER, else your user name)");
        }
        return userInfo;
    }

    private static int port(String digits) {
        try {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= 65_535 && digits.chars().allMatch(Character::isDigit)) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw wrong("has the port '" + Untrusted.forLine(digits) + "': a number from 1 to 65535 is taken "
                + "(or leave out :PORT for " + DEFAULT_PORT + ")");
    }

    private static String sslMode(String query) {
        if (!query.startsWith("sslmode=") || query.contains("&")) {
            throw wrong("has the parameters '" + Untrusted.forLine(query) + "': only ?sslmode=MODE is taken; other "
                    + "settings belong in PostgreSQL's own configuration");
        }
        var mode = query.substring("sslmode=".length());
        if (!SSL_MODES.contains(mode)) {
            throw wrong("has sslmode '" + Untrusted.forLine(mode) + "': one of disable, allow, prefer, require, "
                    + "verify-ca, verify-full is taken");
        }
        return mode;
    }

    private static IllegalArgumentException wrong(String what) {
        return new IllegalArgumentException("the store location " + what);
    }

    /** The driver's address of the database, with the TLS mode if one was given. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + sslMode.map(mode -> "?sslmode=" + mode)
                .orElse("");
    }

    /** The address as given, with the port always said; it has no password, so it may be printed. */
    @Override
    public String toString() {
        return "postgresql://" + user.map(name -> name + "@").orElse("") + host + ":" + port + "/" + database
                + sslMode.map(mode -> "?sslmode=" + mode).orElse("");
    }

    /** Host, port and database in words, for a message that must name each. */
    public String described() {
        return "host " + host + ", port " + port + ", database " + database;
    }
}
