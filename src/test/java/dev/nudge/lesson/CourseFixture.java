package dev.nudge.lesson;

import dev.nudge.step.registry.Kinds;
import dev.nudge.tui.terminal.Look;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small, valid course written into a folder, for tests to break one thing at a time. */
final class CourseFixture {
    static final String COURSE = """
            format_version: 1
            languages: en, ja
            lessons:
              01-loss
            """;

    static final String LESSON_EN = """
            ---
            id: loss
            title: The loss
            define: f(x, P) = P_0 \\times x + P_1
            params: P_0 = 1, P_1 = 1
            points: (0, -2)
            ---

            ## The model {#model}

            The network answers {{ f(0, P) }} at $x = 0$, but the *data* says **-2**.

            $$
            f(x, P) = P_0 \\times x + P_1
            $$

            ## Which way? {#guess introduces=loss, expansion, derivative, nudge, update, learning-rate}

            Which way should each parameter move?

            ```guess
            rate: 0.1
            hint-concept: The loss measures how far off the answer is.
            hint-strategy: See which parameters appear in f(0, P).
            hint-answer: P_0 has no effect; lower P_1.
            ```

            ## What is MSE? {#mse}

            ```quiz
            type: choice
            right: The mean of the squared differences
            wrong: The sum of the differences | Positive and negative differences would cancel.
            hint-concept: Look at the words one by one.
            hint-strategy: Squared, then averaged.
            hint-answer: The mean of the squared differences.
            ```
            """;

    static final String LESSON_JA = LESSON_EN
            .replace("title: The loss", "title: 損失")
            .replace("## The model {#model}", "## モデル {#model}")
            .replace("The network answers {{ f(0, P) }} at $x = 0$, but the *data* says **-2**.",
                    "$x = 0$ でネットワークは {{ f(0, P) }} と答えますが、*データ*は **-2** です。")
            .replace("## Which way? {#guess}", "## どちらへ？ {#guess}")
            .replace("Which way should each parameter move?", "それぞれのパラメータはどちらへ動かせばよいでしょう？")
            .replace("The loss measures how far off the answer is.", "損失は、答えがどれだけずれているかを測ります。")
            .replace("See which parameters appear in f(0, P).", "f(0, P) にどのパラメータが出てくるかを見ます。")
            .replace("P_0 has no effect; lower P_1.", "P_0 は影響しません。P_1 を下げます。")
            .replace("## What is MSE? {#mse}", "## MSE とは？ {#mse}")
            .replace("right: The mean of the squared differences", "right: 差の二乗の平均")
            .replace("The sum of the differences | Positive and negative differences would cancel.",
                    "差の合計 | 正の差と負の差が打ち消し合ってしまいます。")
            .replace("Look at the words one by one.", "言葉を一つずつ見ていきます。")
            .replace("Squared, then averaged.", "二乗してから平均します。")
            .replace("hint-answer: The mean of the squared differences.", "hint-answer: 差の二乗の平均です。");

    private final Path folder;

    private CourseFixture(Path folder, boolean japanese) {
        this.folder = folder;
        write("course.txt", japanese ? COURSE : COURSE.replace("en, ja", "en"));
        write("en/01-loss.md", LESSON_EN);
        if (japanese) {
            write("ja/01-loss.md", LESSON_JA);
        }
    }

    /** The course in English and Japanese. */
    static CourseFixture bilingual(Path folder) {
        return new CourseFixture(folder, true);
    }

    /** The course in English only, to break one file without also breaking its likeness to the other language. */
    static CourseFixture english(Path folder) {
        return new CourseFixture(folder, false);
    }

    Path folder() {
        return folder;
    }

    CourseFixture write(String name, String text) {
        try {
            var file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in the English lesson (which must contain it). */
    CourseFixture english(String from, String to) {
        if (!LESSON_EN.contains(from)) {
            throw new IllegalArgumentException("the fixture has no " + from);
        }
        return write("en/01-loss.md", LESSON_EN.replace(from, to));
    }

    /** The problems of loading the course, as the checker prints them, with paths relative to the folder. */
    List<String> problems() {
        return Kinds.load(folder).problems().stream()
                .map(p -> new Problem(folder.relativize(p.file()), p.line(), p.column(), p.message()).toString())
                .toList();
    }
}
