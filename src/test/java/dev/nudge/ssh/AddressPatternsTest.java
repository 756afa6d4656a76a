package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** {@code from="..."} as OpenSSH matches it against the client's address. */
class AddressPatternsTest {
    @Test
    void wildcardsMatchTheAddressAsWritten() throws Exception {
        var patterns = AddressPatterns.parse("192.0.2.*,198.51.100.?");
        assertThat(patterns.allows(address("192.0.2.77"))).isTrue();
        assertThat(patterns.allows(address("198.51.100.7"))).isTrue();
        assertThat(patterns.allows(address("198.51.100.17"))).isFalse();
        assertThat(patterns.allows(address("127.0.0.1"))).as("nothing matched").isFalse();
    }

    @Test
    void aNegatedMatchRefusesWhateverElseMatches() throws Exception {
        var patterns = AddressPatterns.parse("!192.0.2.13,192.0.2.*");
        assertThat(patterns.allows(address("192.0.2.12"))).isTrue();
        assertThat(patterns.allows(address("192.0.2.13"))).isFalse();
        assertThat(AddressPatterns.parse("!10.*").allows(address("127.0.0.1"))).as("only a negation: no match")
                .isFalse();
    }

    @Test
    void networksMatchByTheirLeadingBits() throws Exception {
        var patterns = AddressPatterns.parse("10.1.0.0/16,2001:db8::/32");
        assertThat(patterns.allows(address("10.1.255.3"))).isTrue();
        assertThat(patterns.allows(address("10.2.0.1"))).isFalse();
        assertThat(patterns.allows(address("2001:db8:0:1::5"))).isTrue();
        assertThat(patterns.allows(address("2001:db9::5"))).isFalse();
        assertThat(AddressPatterns.parse("::1").allows(address("0:0:0:0:0:0:0:1"))).as("IPv6 as any form").isTrue();
        assertThat(AddressPatterns.parse("0.0.0.0/0").allows(address("203.0.113.9"))).isTrue();
    }

    @Test
    void hostNamesAndBrokenNetworksAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> AddressPatterns.parse("*.example.com"))
                .hasMessageContaining("\"*.example.com\" is a host name, but nudge serve matches from= against the "
                        + "client's address only");
        assertThatThrownBy(() -> AddressPatterns.parse("10.0.0.0/33")).hasMessageContaining("is not a network");
        assertThatThrownBy(() -> AddressPatterns.parse("10.0.0.0/x")).hasMessageContaining("is not a network");
        assertThatThrownBy(() -> AddressPatterns.parse("10.*,,10.1.*")).hasMessageContaining("an empty pattern");
    }

    private static InetAddress address(String text) throws UnknownHostException {
        return InetAddress.getByName(text);
    }
}
