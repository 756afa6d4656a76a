package dev.nudge.step.quiz;

import dev.nudge.step.StepSession;

/**
 * The keys that pick a choice as the learner sees it: the choices are in each learner's own order, so a test that
 * answers by number asks the session where the choice it wants is shown.
 */
public final class ShownChoices {
    private ShownChoices() {
    }

    /** The number on the screen of the right choice of the choice quiz in {@code session}. */
    public static String right(StepSession session) {
        return shown(session, true);
    }

    /** The number on the screen of the first wrong choice (in the lesson file) of the quiz in {@code session}. */
    public static String wrong(StepSession session) {
        return shown(session, false);
    }

    /**
     * The number a choice is shown under on a captured {@code screen}, drawn as {@code 2) text}: for tests that see
     * only the screen, as over SSH with a new key, whose learner's order they cannot know beforehand.
     */
    public static String numberOn(String screen, String choice) {
        var match = java.util.regex.Pattern.compile("(\\d)\\) " + java.util.regex.Pattern.quote(choice))
                .matcher(screen);
        if (!match.find()) {
            throw new AssertionError("the screen shows no choice \"" + choice + "\":\n" + screen);
        }
        return match.group(1);
    }

    private static String shown(StepSession session, boolean right) {
        var quiz = (QuizSession) session;
        var choices = ((Quiz.ChoiceQuiz) quiz.step().quiz()).choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).right() == right) {
                return String.valueOf(quiz.order().position(i) + 1);
            }
        }
        throw new AssertionError("the quiz has no " + (right ? "right" : "wrong") + " choice");
    }
}
