package dev.nudge.tui.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.nudge.tui.view.Canvas;
import dev.nudge.tui.view.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link DeltaScreen} sends only what changed, its own way; whatever is drawn, frame after frame, the terminal must
 * end up showing exactly what Lanterna's own screen makes it show.
 */
class DeltaScreenTest {
    private static final long SEED = 20_261_201L;
    private static final TerminalSize SIZE = new TerminalSize(12, 4);
    private static final Theme THEME = Theme.choose(true);
    private static final List<Look> LOOKS = List.of(THEME.text(), THEME.title(), THEME.muted(), THEME.bar(),
            THEME.panel(), Look.plain());

    /** One cell drawn: where, which character, which look. */
    record Put(int column, int row, char character, int look) {
    }

    @Test
    void theTerminalShowsWhatLanternasOwnScreenWouldShow() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(frames()).checkAssert(frames -> {
            try {
                showsWhatLanternasOwnScreenWouldShow(frames);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void showsWhatLanternasOwnScreenWouldShow(List<List<Put>> frames) throws IOException {
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

    /** One to six frames, each of up to 30 cells drawn anywhere on the screen. */
    private static Gen<List<List<Put>>> frames() {
        Gen<Character> characters = Generate.pick(List.of('a', 'b', ' ', '─', '·', 'あ', '漢', '（'));
        Gen<Put> put = integers().between(0, SIZE.getColumns() - 1).zip(
                integers().between(0, SIZE.getRows() - 1), characters,
                integers().between(0, LOOKS.size() - 1), Put::new);
        return lists().of(lists().of(put).ofSizeBetween(0, 30)).ofSizeBetween(1, 6);
    }
}
