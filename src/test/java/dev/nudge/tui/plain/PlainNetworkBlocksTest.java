package dev.nudge.tui.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.tutor.NetworkFixture;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Read line by line, a network lesson's blocks are sentences: the drawing a sentence per neuron, and each row of a
 * table its headings and values, the sum row saying it is the sum, in English and Japanese.
 */
class PlainNetworkBlocksTest {
    @Test
    void theNetworkIsASentencePerNeuron() throws IOException {
        var output = PlainConversationTest.plain(NetworkFixture.at(Language.EN, "diagram"), "q");
        assertThat(output).contains("• The network takes one input, x, into 2 hidden neurons that each apply relu,")
                .contains("Hidden neuron 1 multiplies x by w₁ = 1, adds b₁ = 0.5, applies relu, and")
                .contains("Hidden neuron 2 multiplies x by w₂ = -1, adds b₂ = 0.25")
                .contains("The output f adds up what the hidden neurons pass on, plus c = 0.5.")
                .doesNotContain("┌", "──");
    }

    @Test
    void theNetworkInJapanese() throws IOException {
        var output = PlainConversationTest.plain(NetworkFixture.at(Language.JA, "diagram"), "q");
        assertThat(output).contains("隠れニューロン 1 は、x に w_1 = 1 を掛けて b_1 = 0.5 を足し")
                .contains("出力 f は、隠れニューロンから渡された値をすべて足し");
    }

    @Test
    void eachRowOfATableIsALine() throws IOException {
        var output = PlainConversationTest.plain(NetworkFixture.at(Language.EN, "forward"), "q");
        assertThat(output).contains("• x = -1, z₁ = -0.5, a₁ = 0, z₂ = 1.25, a₂ = 1.25, f = 1.125, error = 0.125.")
                .contains("• x = 1, z₁ = 1.5, a₁ = 1.5, z₂ = -0.75, a₂ = 0, f = 2, error = 1.");
    }

    @Test
    void theSumRowSaysItIsTheSum() throws IOException {
        var output = PlainConversationTest.plain(NetworkFixture.at(Language.EN, "backward"), "q");
        assertThat(output).contains("Summed over the rows: dMSE/df = 1.5, dMSE/dz₁ = 17/12 ≈ 1.417, dMSE/dw₁ =");
        var japanese = PlainConversationTest.plain(NetworkFixture.at(Language.JA, "backward"), "q");
        assertThat(japanese).contains("すべての行の合計：dMSE/df = 1.5、");
    }
}
