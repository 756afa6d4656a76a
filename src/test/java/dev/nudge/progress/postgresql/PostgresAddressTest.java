package dev.nudge.progress.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --store} locations: every form PostgreSQL users write, and a clear refusal of everything else. */
class PostgresAddressTest {
    @Test
    void readsEveryPartAndSaysThemBackWithThePort() {
        var location = "postgresql://teacher@db.school.example:6432/class_2026?sslmode=verify-full";
        var address = PostgresAddress.parse(location);
        assertThat(address).isEqualTo(new PostgresAddress(Optional.of("teacher"), "db.school.example", 6432,
                "class_2026", Optional.of("verify-full")));
        assertThat(address.toString()).isEqualTo(location);
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:" + location.replace("teacher@", ""));
        assertThat(address.described()).isEqualTo("host db.school.example, port 6432, database class_2026");
    }

    @Test
    void theUserAndThePortMayBeLeftOutAndIpv6IsInBrackets() {
        assertThat(PostgresAddress.parse("postgres://10.0.0.5/nudge"))
                .isEqualTo(new PostgresAddress(Optional.empty(), "10.0.0.5", 5432, "nudge", Optional.empty()));
        assertThat(PostgresAddress.parse("postgresql://[::1]:5433/nudge").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/nudge");
    }

    @Test
    void aPasswordIsRefusedWithoutRepeatingItAndThePlacesForItAreNamed() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://teacher:hunter2@db/class"))
                .hasMessageContaining("password").hasMessageContaining("ps").hasMessageContaining("PGPASSWORD")
                .hasMessageContaining("~/.pgpass").hasMessageNotContaining("hunter2");
    }

    @Test
    void eachWrongPartIsNamedWithWhatIsTaken() {
        assertRefused("mysql://db/class", "not a store nudge can use", "postgresql://[USER@]HOST[:PORT]/DATABASE",
                "--data DIR");
        assertRefused("/srv/nudge/progress.db", "not a store nudge can use");
        assertRefused("postgresql://db", "names no database", "/DATABASE");
        assertRefused("postgresql://db/", "names no database");
        assertRefused("postgresql:///class", "names no host");
        assertRefused("postgresql://db:99999/class", "port '99999'", "1 to 65535");
        assertRefused("postgresql://db:54x/class", "port '54x'");
        assertRefused("postgresql://db/cl%61ss", "database name 'cl%61ss'");
        assertRefused("postgresql://a,b/class", "host 'a,b'");
        assertRefused("postgresql://db/class?sslmode=sometimes", "sslmode 'sometimes'", "verify-full");
        assertRefused("postgresql://db/class?application_name=x", "only ?sslmode=MODE");
        assertRefused("", "is empty");
        assertRefused("postgresql://db/" + "x".repeat(600), "at most 512");
    }

    @Test
    void controlCharactersAreShownVisiblyAndNeverPassedOn() {
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db/class\u001B[2J"))
                .hasMessageContaining("\\x1B").hasMessageContaining("character 22")
                .hasMessageNotContaining("\u001B");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db/cla ss")).hasMessageContaining("a space");
        assertThatThrownBy(() -> PostgresAddress.parse("postgresql://db/class\u202E")).hasMessageContaining("\\u202E");
    }

    @Test
    void theUserIsTheAddressesElsePguserElseTheSystems() {
        var withUser = PostgresAddress.parse("postgresql://teacher@db/class");
        var without = PostgresAddress.parse("postgresql://db/class");
        assertThat(PostgresPool.user(withUser, Map.of("PGUSER", "other"))).isEqualTo("teacher");
        assertThat(PostgresPool.user(without, Map.of("PGUSER", "other"))).isEqualTo("other");
        assertThat(PostgresPool.user(without, Map.of())).isEqualTo(System.getProperty("user.name"));
        assertThat(PostgresPool.password(Map.of("PGPASSWORD", "s"))).contains("s");
        assertThat(PostgresPool.password(Map.of("PGPASSWORD", ""))).isEmpty();
    }

    private static void assertRefused(String location, String... parts) {
        var refusal = assertThatThrownBy(() -> PostgresAddress.parse(location))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the store location ");
        for (var part : parts) {
            refusal.hasMessageContaining(part);
        }
    }
}
