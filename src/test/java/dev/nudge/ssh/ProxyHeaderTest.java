package dev.nudge.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The PROXY protocol headers HAProxy sends, read byte by byte as they may arrive, and the ones refused. */
class ProxyHeaderTest {
    private static final byte[] IDENT = "SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] join(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static ProxyHeader read(byte[] data) throws BadProxyHeader {
        return ProxyHeader.read(data).orElseThrow(() -> new AssertionError("the header was not complete"));
    }

    /** Every shorter prefix of {@code whole} asks for more, as when the header comes in pieces. */
    private static void assertPrefixesWait(byte[] whole, int headerLength) throws BadProxyHeader {
        for (int n = 0; n < headerLength; n++) {
            assertThat(ProxyHeader.read(Arrays.copyOf(whole, n))).as("after %d bytes", n).isEmpty();
        }
    }

    private static byte[] v2(int command, int family, byte[] payload) {
        var fixed = join(ProxyHeaderV2.SIGNATURE, new byte[] {(byte) command, (byte) family,
            (byte) (payload.length >> 8), (byte) payload.length});
        return join(fixed, payload);
    }

    @Test
    void aVersionOneTcp4HeaderNamesTheSourceAndEndsAtItsLineEnd() throws Exception {
        var header = ascii("PROXY TCP4 192.0.2.7 10.0.0.5 51234 2222\r\n");
        var data = join(header, IDENT);
        var read = read(data);
        assertThat(read.source()).isEqualTo(new InetSocketAddress("192.0.2.7", 51234));
        assertThat(read.length()).isEqualTo(header.length);
        assertPrefixesWait(data, header.length);
    }

    @Test
    void aVersionOneTcp6HeaderNamesTheSource() throws Exception {
        var read = read(ascii("PROXY TCP6 2001:db8::7 2001:db8::1 40000 22\r\nSSH-2.0-x\r\n"));
        assertThat(read.source()).isEqualTo(new InetSocketAddress("2001:db8::7", 40000));
    }

    @Test
    void unknownNamesNoSourceSoTheTcpPeerStands() throws Exception {
        var read = read(ascii("PROXY UNKNOWN\r\n"));
        assertThat(read.source()).isNull();
        assertThat(read.length()).isEqualTo(15);
        assertThat(read(ascii("PROXY UNKNOWN ffff:f...f:ffff 65535 65535\r\n")).source()).isNull();
    }

    @Test
    void aVersionTwoProxyHeaderNamesTheTcp4OrTcp6Source() throws Exception {
        byte[] tcp4 = {(byte) 192, 0, 2, 7, 10, 0, 0, 5, (byte) 0xC8, 0x22, 0x08, (byte) 0xAE};
        var header = v2(0x21, 0x11, tcp4);
        var data = join(header, IDENT);
        var read = read(data);
        assertThat(read.source()).isEqualTo(new InetSocketAddress("192.0.2.7", 0xC822));
        assertThat(read.length()).isEqualTo(28);
        assertPrefixesWait(data, header.length);

        var tcp6 = new byte[36];
        tcp6[0] = 0x20;
        tcp6[1] = 0x01;
        tcp6[2] = 0x0d;
        tcp6[3] = (byte) 0xb8;
        tcp6[15] = 7;
        tcp6[32] = 0x01;
        tcp6[33] = 0x02;
        assertThat(read(v2(0x21, 0x21, tcp6)).source()).isEqualTo(new InetSocketAddress("2001:db8::7", 258));
    }

    @Test
    void aVersionTwoHeaderSkipsItsTlvsAndLocalNamesNoSource() throws Exception {
        var withTlvs = join(new byte[] {(byte) 192, 0, 2, 7, 10, 0, 0, 5, 0, 80, 0, 22}, new byte[] {4, 0, 3, 0, 0, 0});
        assertThat(read(v2(0x21, 0x11, withTlvs)).length()).isEqualTo(16 + 18);
        var local = read(join(v2(0x20, 0x00, new byte[0]), IDENT));
        assertThat(local.source()).isNull();
        assertThat(local.length()).isEqualTo(16);
        assertThat(read(v2(0x21, 0x00, new byte[0])).source()).as("unspecified family").isNull();
    }

    @Test
    void noHeaderAtAllIsRefused() {
        assertThatThrownBy(() -> ProxyHeader.read(IDENT)).isInstanceOf(BadProxyHeader.class)
                .hasMessageContaining("no PROXY header");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXYTCP4"))).hasMessageContaining("no PROXY header");
    }

    @Test
    void malformedVersionOneHeadersAreRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 192.0.2.7 10.0.0.5 51234\r\n")))
                .isInstanceOf(BadProxyHeader.class).hasMessageContaining("is malformed: not PROXY TCP4|TCP6");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 example.org 10.0.0.5 1 2\r\n")))
                .hasMessageContaining("not a numeric IPv4 address");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 192.0.2.256 10.0.0.5 1 2\r\n")))
                .hasMessageContaining("not a numeric IPv4 address");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP6 192.0.2.7 10.0.0.5 1 2\r\n")))
                .hasMessageContaining("not a numeric IPv6 address");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 192.0.2.7 10.0.0.5 65536 2\r\n")))
                .hasMessageContaining("a port is not a number from 0 to 65535");
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 192.0.2.7 10.0.0.5 -1 2\r\n")))
                .hasMessageContaining("a port is not a number");
    }

    @Test
    void aMalformedHeaderIsQuotedWithItsControlCharactersNeutralised() {
        assertThatThrownBy(() -> ProxyHeader.read(ascii("PROXY TCP4 \u001b[2J\u0007 x\r\n")))
                .isInstanceOf(BadProxyHeader.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b", "\u0007"));
    }

    @Test
    void anOversizedVersionOneHeaderIsRefusedAtItsLimit() throws Exception {
        var longLine = ascii("PROXY TCP4 " + "1".repeat(200));
        assertThat(ProxyHeader.read(Arrays.copyOf(longLine, ProxyHeader.V1_MAX - 1))).isEmpty();
        assertThatThrownBy(() -> ProxyHeader.read(Arrays.copyOf(longLine, ProxyHeader.V1_MAX)))
                .isInstanceOf(BadProxyHeader.class).hasMessageContaining("no end within 107 bytes");
    }

    @Test
    void anOversizedOrTruncatedOrUnknownVersionTwoHeaderIsRefused() {
        var fixed = join(ProxyHeaderV2.SIGNATURE, new byte[] {0x21, 0x11, (byte) 0xFF, (byte) 0xFF});
        assertThatThrownBy(() -> ProxyHeader.read(fixed)).isInstanceOf(BadProxyHeader.class)
                .hasMessageContaining("65551 bytes long, more than " + ProxyHeader.MAX);
        assertThatThrownBy(() -> ProxyHeader.read(v2(0x21, 0x11, new byte[] {1, 2, 3, 4, 5, 6})))
                .hasMessageContaining("too short for its addresses (6 bytes)");
        assertThatThrownBy(() -> ProxyHeader.read(v2(0x31, 0x11, new byte[12])))
                .hasMessageContaining("unknown version or command 0x31");
        assertThatThrownBy(() -> ProxyHeader.read(v2(0x2F, 0x11, new byte[12])))
                .hasMessageContaining("unknown version or command 0x2f");
    }

    @Test
    void whatBeginsLikeAHeaderIsToldApartFromAnSshIdentification() {
        assertThat(ProxyHeader.begins(ascii("PROXY TCP4 "))).isTrue();
        assertThat(ProxyHeader.begins(ProxyHeaderV2.SIGNATURE)).isTrue();
        assertThat(ProxyHeader.begins(IDENT)).isFalse();
        assertThat(ProxyHeader.isPrefixOfOne(ascii("PRO"))).isTrue();
        assertThat(ProxyHeader.isPrefixOfOne(Arrays.copyOf(ProxyHeaderV2.SIGNATURE, 5))).isTrue();
        assertThat(ProxyHeader.isPrefixOfOne(ascii("SSH-"))).isFalse();
        assertThat(ProxyHeader.isPrefixOfOne(ascii("PROXY "))).isFalse();
    }
}
