package dev.nudge.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DeltaScreen} sends only what changed, its own way; whatever is drawn, frame after frame, the terminal must
 * end up showing exactly what Lanterna's own screen makes it show.
 */
class DeltaScreenTest {
    private static final TerminalSize SIZE = new TerminalSize(12, 4);
    private static final Theme THEME = Theme.choose(true);
    private static final List<Theme.Look> LOOKS = List.of(THEME.text(), THEME.title(), THEME.muted(), THEME.bar(),
            THEME.panel(), Theme.Look.plain());

    /** One cell drawn: where, which character, which look. */
    record Put(int column, int row, char character, int look) {
    }

    @Property(tries = 300)
    void theTerminalShowsWhatLanternasOwnScreenWouldShow(@ForAll("frames") List<List<Put>> frames)
            throws IOException {
        var ours = new DefaultVirtualTerminal(SIZE);
        var lanternas = new DefaultVirtualTerminal(SIZE);
        var delta = new DeltaScreen(ours, Cells.blank());
        var reference = new TerminalScreen(lanternas, Cells.blank());
        delta.startScreen();
        reference.startScreen();
        for (var frame : frames) {
            for (var screen : List.<Screen>of(delta, reference)) {
                var graphics = screen.newTextGraphics();
                new Canvas(graphics).clear(THEME.text());
                for (var put : frame) {
                    graphics.setCharacter(put.column(), put.row(), Cells.of(put.character(), LOOKS.get(put.look())));
                }
                screen.refresh(Screen.RefreshType.DELTA);
            }
            for (int row = 0; row < SIZE.getRows(); row++) {
                for (int column = 0; column < SIZE.getColumns(); column++) {
                    assertThat(shown(ours, column, row)).as("column %d, row %d", column, row)
                            .isEqualTo(shown(lanternas, column, row));
                }
            }
        }
    }

    /** What a cell of the terminal shows: its character, colours and attributes. */
    private static String shown(DefaultVirtualTerminal terminal, int column, int row) {
        TextCharacter cell = terminal.getBufferCharacter(column, row);
        return cell.getCharacterString() + " " + cell.getForegroundColor() + " " + cell.getBackgroundColor() + " "
                + cell.getModifiers();
    }

    @Provide
    Arbitrary<List<List<Put>>> frames() {
        Arbitrary<Character> characters = Arbitraries.of('a', 'b', ' ', '─', '·', 'あ', '漢', '（');
        var put = Combinators.combine(Arbitraries.integers().between(0, SIZE.getColumns() - 1),
                Arbitraries.integers().between(0, SIZE.getRows() - 1), characters,
                Arbitraries.integers().between(0, LOOKS.size() - 1)).as(Put::new);
        return put.list().ofMaxSize(30).list().ofMinSize(1).ofMaxSize(6);
    }
}
