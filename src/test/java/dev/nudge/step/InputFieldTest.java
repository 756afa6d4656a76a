package dev.nudge.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class InputFieldTest {
    private static final long SEED = 20_261_201L;

    private static InputField typed(String text) {
        return InputField.empty().paste(text);
    }

    @Test
    void typingInsertsAtTheCursorAndMovesIt() {
        var field = InputField.empty().insert('9').insert('.').insert('0');
        assertThat(field).isEqualTo(new InputField("9.0", 3));
        assertThat(field.left().left().insert('1')).isEqualTo(new InputField("91.0", 2));
    }

    @Test
    void backspaceRemovesTheCharacterBeforeTheCursor() {
        assertThat(typed("11/3").backspace()).isEqualTo(new InputField("11/", 3));
        assertThat(typed("11/3").left().backspace()).isEqualTo(new InputField("113", 2));
        assertThat(typed("11/3").home().backspace()).isEqualTo(new InputField("11/3", 0));
    }

    @Test
    void deleteRemovesTheCharacterAtTheCursor() {
        assertThat(typed("11/3").home().delete()).isEqualTo(new InputField("1/3", 0));
        assertThat(typed("11/3").left().delete()).isEqualTo(new InputField("11/", 3));
        assertThat(typed("11/3").delete()).isEqualTo(new InputField("11/3", 4));
    }

    @Test
    void theCursorMovesWithinTheText() {
        var field = typed("2P_1");
        assertThat(field.left()).isEqualTo(new InputField("2P_1", 3));
        assertThat(field.right()).isEqualTo(field);
        assertThat(field.home()).isEqualTo(new InputField("2P_1", 0));
        assertThat(field.home().left()).isEqualTo(field.home());
        assertThat(field.home().right()).isEqualTo(new InputField("2P_1", 1));
        assertThat(field.home().end()).isEqualTo(field);
    }

    @Test
    void pasteInsertsAtTheCursor() {
        assertThat(typed("2 + 4").home().right().paste("P_1")).isEqualTo(new InputField("2P_1 + 4", 4));
    }

    @Test
    void pasteKeepsOnlyPrintableCharacters() {
        assertThat(typed("2P_1\n+ 4\r\n")).isEqualTo(new InputField("2P_1+ 4", 7));
        assertThat(typed("\t9.006\u001b[A001\u0000\u007f")).isEqualTo(new InputField("9.006[A001", 10));
        assertThat(typed("P\u2028\u200b\u00e9\u0301")).isEqualTo(new InputField("P\u00e9", 2));
    }

    @Test
    void wideJapaneseCharactersAreKept() {
        assertThat(typed("損失").text()).isEqualTo("損失");
    }

    @ParameterizedTest
    @ValueSource(chars = {'\n', '\r', '\t', '\u001b', '\u0000', '\u007f', '\u0085', '\u0301', '\u200d', '\ufeff',
        '\ud83d', '\ude00', '\ue000', '\u0378'})
    void unprintableCharactersAreNotInserted(char c) {
        assertThat(InputField.accepts(c)).isFalse();
        assertThat(typed("1").insert(c)).isEqualTo(typed("1"));
    }

    @Test
    void charactersBeyondTheBasicPlaneAreNotInserted() {
        assertThat(typed("a\uD83D\uDE00b")).isEqualTo(new InputField("ab", 2));
        assertThat(typed("\uD835\uDC65")).isEqualTo(InputField.empty());
    }

    @Test
    void aFullFieldIgnoresMoreTyping() {
        var full = typed("9".repeat(InputField.MAX_LENGTH));
        assertThat(full.full()).isTrue();
        assertThat(full.insert('1')).isSameAs(full);
        assertThat(full.home().insert('1')).isEqualTo(full.home());
        assertThat(full.backspace().full()).isFalse();
    }

    @Test
    void aLongPasteIsCutToFitAndLeavesTheFieldFull() {
        var field = typed("1+").paste("2".repeat(10_000));
        assertThat(field.text()).hasSize(InputField.MAX_LENGTH).startsWith("1+2");
        assertThat(field.cursor()).isEqualTo(InputField.MAX_LENGTH);
        assertThat(field.full()).isTrue();
        assertThat(typed("1").full()).isFalse();
    }

    @Test
    void theConstructorRefusesBrokenFields() {
        assertThatThrownBy(() -> new InputField("12", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputField("12", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputField("1\n2", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputField("1".repeat(InputField.MAX_LENGTH + 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputField(null, 0)).isInstanceOf(NullPointerException.class);
    }

    /** One editing operation, with the text it types (one key at a time) or pastes. */
    record Edit(Kind kind, String text) {
        enum Kind { TYPE, PASTE, BACKSPACE, DELETE, LEFT, RIGHT, HOME, END }

        InputField apply(InputField field) {
            switch (kind) {
                case TYPE:
                    return typeEach(field);
                case PASTE:
                    return field.paste(text);
                case BACKSPACE:
                    return field.backspace();
                case DELETE:
                    return field.delete();
                case LEFT:
                    return field.left();
                case RIGHT:
                    return field.right();
                case HOME:
                    return field.home();
                default:
                    return field.end();
            }
        }

        private InputField typeEach(InputField field) {
            var typed = field;
            for (char c : text.toCharArray()) {
                typed = typed.insert(c);
            }
            return typed;
        }

        boolean moves() {
            return List.of(Kind.LEFT, Kind.RIGHT, Kind.HOME, Kind.END).contains(kind);
        }
    }

    /**
     * Up to 60 edits, each of any kind, with a text of up to 120 characters from all of U+0000 to U+FFFF or, as
     * often, of up to 250 digits.
     */
    private static Gen<List<Edit>> edits() {
        Gen<String> texts = Generate.oneOf(strings(anyChar(), 120), strings(chars('0', '9'), 250));
        Gen<Edit> edit = Generate.enumValues(Edit.Kind.class).zip(texts, Edit::new);
        return lists().of(edit).ofSizeBetween(0, 60);
    }

    private static Gen<String> strings(Gen<Character> characters, int maxLength) {
        return lists().of(characters).ofSizeBetween(0, maxLength)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static Gen<Character> anyChar() {
        return chars(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    private static Gen<Character> chars(char from, char to) {
        return Generate.range(from, to).map(c -> (char) c.intValue());
    }

    @Test
    void anySequenceOfEditsKeepsTheInvariants() {
        qt().withFixedSeed(SEED).withExamples(400).forAll(edits()).checkAssert(edits -> {
            var field = InputField.empty();
            for (var edit : edits) {
                var next = edit.apply(field);
                assertThat(next.cursor()).isBetween(0, next.text().length());
                assertThat(next.text().length()).isLessThanOrEqualTo(InputField.MAX_LENGTH);
                assertThat(next.text().chars()).allMatch(c -> InputField.accepts((char) c.intValue()));
                assertThat(next.text().chars()).noneMatch(Character::isISOControl);
                if (edit.moves()) {
                    assertThat(next.text()).isEqualTo(field.text());
                }
                field = next;
            }
        });
    }

    @Test
    void typingAnAcceptedCharacterGrowsTheFieldUnlessItIsFull() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(edits(), anyChar()).checkAssert((edits, c) -> {
            var field = InputField.empty();
            for (var edit : edits) {
                field = edit.apply(field);
            }
            var typed = field.insert(c);
            boolean grows = InputField.accepts(c) && !field.full();
            assertThat(typed.text().length()).isEqualTo(field.text().length() + (grows ? 1 : 0));
            assertThat(typed.cursor()).isEqualTo(field.cursor() + (grows ? 1 : 0));
        });
    }

    @Test
    void fullWidthFormsFromAJapaneseKeyboardGoInAsAscii() {
        var field = InputField.empty();
        for (char c : "２Ｐ＿１　＋　４".toCharArray()) {
            field = field.insert(c);
        }
        assertThat(field.text()).isEqualTo("2P_1 + 4");
        assertThat(InputField.empty().paste("（１１／３）−０．５").text()).isEqualTo("(11/3)-0.5");
        assertThat(InputField.empty().paste("P₁ × 2").text()).as("other characters stay as they are")
                .isEqualTo("P₁ × 2");
    }
}
