package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.math.MathException;
import dev.nudge.math.Rational;
import dev.nudge.progress.StepProgress;
import dev.nudge.step.guess.GuessRecap;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.guess.RevealStage;
import dev.nudge.step.lab.LabStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the course-complete page tells a learner back, with their own numbers: the loss they started from, what they
 * guessed at each guess step and what the derivative said, the update they made, their score, and where the lab is
 * to try more. Computed from the course and the learner's progress alone, so a learner who skipped something gets a
 * recap of what they did.
 *
 * @param guesses every guess step of the course, in order
 * @param firstTry quizzes answered rightly at the first try
 * @param quizzes the scored steps of the course
 * @param labLesson the number (from 1) of the first lesson with a lab, if the course has one
 */
public record Recap(List<Guess> guesses, int firstTry, int quizzes, Optional<Integer> labLesson) {

    /**
     * One guess step of the course.
     *
     * @param lesson the lesson's number, from 1
     * @param title the lesson's title, in the learner's language
     * @param recap what the learner said there and what the engine computes
     * @param updateShown whether the step's reveal showed the update, so that the learner saw the update they made
     */
    public record Guess(int lesson, String title, GuessRecap recap, boolean updateShown) {
    }

    public Recap {
        guesses = List.copyOf(guesses);
    }

    /** The recap of {@code state}'s learner over {@code state}'s course. */
    public static Recap of(TutorState state) {
        var book = state.book();
        var language = state.language();
        var guesses = new ArrayList<Guess>();
        int firstTry = 0;
        int quizzes = 0;
        Optional<Integer> labLesson = Optional.empty();
        for (int l = 0; l < book.lessonCount(); l++) {
            var lesson = book.lesson(language, l);
            for (int s = 0; s < book.stepCount(l); s++) {
                var place = new Place(l, s);
                var step = book.step(language, place);
                var progress = state.progress().of(book.key(place));
                if (step.scored()) {
                    quizzes++;
                    firstTry += progress.firstTry() ? 1 : 0;
                }
                // The recap tells back guesses and points to the lab; the other kinds add to the score only.
                if (step instanceof GuessStep guess) {
                    guessed(book, language, l, guess, progress).ifPresent(recap -> guesses.add(new Guess(place.lesson() + 1,
                            lesson.title(), recap, guess.plan().shows(RevealStage.UPDATE))));
                }
                if (step instanceof LabStep && labLesson.isEmpty()) {
                    labLesson = Optional.of(l + 1);
                }
            }
        }
        return new Recap(guesses, firstTry, quizzes, labLesson);
    }

    private static Optional<GuessRecap> guessed(CourseBook book, Language language, int lesson, GuessStep guess,
            StepProgress progress) {
        try {
            return Optional.of(GuessRecap.of(guess, book.math(language, lesson), progress));
        } catch (MathException e) {
            // A course that passed the checker computes; a guess that does not is left out of the recap.
            return Optional.empty();
        }
    }

    /** The loss the course starts from: the loss at its first guess, before any update. */
    public Optional<Rational> firstLoss() {
        return guesses.stream().findFirst().map(g -> g.recap().lossBefore());
    }

    /**
     * The first guess the learner made whose reveal showed the update: the update the recap shows them. An early
     * guess that revealed only the loss made no update the learner saw.
     */
    public Optional<Guess> update() {
        return guesses.stream().filter(g -> g.recap().guessed() && g.updateShown()).findFirst();
    }

    /** The lesson (from 1) of the first guess that shows an update, where a learner who has none yet makes one. */
    public int firstUpdateLesson() {
        return guesses.stream().filter(Guess::updateShown).findFirst().or(() -> guesses.stream().findFirst())
                .map(Guess::lesson).orElse(1);
    }

    /** Whether the learner made no guess at all. */
    public boolean skippedEveryGuess() {
        return guesses.stream().noneMatch(g -> g.recap().guessed());
    }
}
