package dev.nudge.bench;

import dev.nudge.keys.Key;
import dev.nudge.lesson.Inline;
import dev.nudge.lesson.KnownAnswers;
import dev.nudge.lesson.Lesson;
import dev.nudge.lesson.LessonMath;
import dev.nudge.lesson.ProseBlock;
import dev.nudge.lesson.Step;
import dev.nudge.progress.StepKey;
import dev.nudge.step.derive.DeriveStep;
import dev.nudge.step.guess.GuessStep;
import dev.nudge.step.guess.RevealStage;
import dev.nudge.step.lab.LabStep;
import dev.nudge.step.nudges.NudgesStep;
import dev.nudge.step.predict.PredictMath;
import dev.nudge.step.predict.PredictStep;
import dev.nudge.step.quiz.Quiz;
import dev.nudge.step.quiz.QuizStep;
import dev.nudge.step.reading.ProseStep;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The keys of one simulated learner walking the real course, for the class server's load generator: from the start
 * page to a lesson picked by the seed in the contents, then step after step as a learner does it, worked out from
 * each step's kind and the lesson's own math. They read (a scroll, then next), get some answers wrong before the right
 * one (typed answers with a slip taken back with Backspace), guess with some directions wrong and step through the
 * reveal, change the rate, take hints, open the lab, take a few descent steps and change its rate. Once the course is
 * done they open and close the help panel.
 *
 * <p>Each key says whether it changes the screen, so that a key answered by no update is not taken for one the server
 * failed to answer. {@code LearnerWalkTest} walks it on the real loop and checks every key that says so does.
 */
public final class LearnerWalk implements Iterator<LearnerWalk.Press> {
    private static final Press RIGHT = Press.changing(Key.of(Key.Kind.RIGHT)).after(Moment.LOOK);
    private static final Press ENTER = Press.changing(Key.of(Key.Kind.ENTER)).after(Moment.LOOK);
    private static final Press CONFIRM = Press.changing(Key.of(Key.Kind.ENTER)).after(Moment.CONFIRM);
    private static final Press DOWN = Press.changing(Key.of(Key.Kind.DOWN));
    /** The words a figure, an equation or a line of code counts for, in the time it takes to read. */
    private static final int WORDS_PER_FIGURE = 15;
    private static final Press BACKSPACE = Press.changing(Key.of(Key.Kind.BACKSPACE));
    private static final Press CLEAR_FIELD = Press.changing(Key.ctrl('u'));
    private static final int DESCENT_STEPS = 3;

    private final Course course;
    private final String learner;
    private final Random random;
    private final ArrayDeque<Press> ahead = new ArrayDeque<>();
    private int lesson;
    /** The words of the step just entered, read before its first key; negative once that key is queued. */
    private int reading = -1;

    /** What the learner does just before a key, which {@link LearnerPace} turns into a pause. */
    public enum Moment {
        /** reads a new step's prose */
        READ,
        /** takes in what the last key showed */
        LOOK,
        /** looks an answer over before submitting it */
        CONFIRM,
        /** types on */
        TYPE
    }

    /**
     * A key to press, and whether it changes what the screen shows.
     *
     * @param key the key
     * @param changesScreen whether the tutor answers it with an update of the screen
     * @param moment what the learner does before pressing it
     * @param words for {@link Moment#READ}, the words of the step read first
     */
    public record Press(Key key, boolean changesScreen, Moment moment, int words) {
        static Press changing(Key key) {
            return new Press(key, true, Moment.TYPE, 0);
        }

        Press after(Moment before) {
            return new Press(key, changesScreen, before, 0);
        }

        Press reading(int wordsRead) {
            return new Press(key, changesScreen, Moment.READ, wordsRead);
        }

        static Press typed(char c) {
            return changing(Key.character(c));
        }

        /** The bytes an xterm sends for the key. */
        public byte[] bytes() {
            String sent = switch (key.kind()) {
                case ENTER -> "\r";
                case BACKSPACE -> "\u007f";
                case RIGHT -> "\u001b[C";
                case DOWN -> "\u001b[B";
                case CHARACTER -> String.valueOf(key.ctrl() ? (char) (key.character() & 0x1f) : key.character());
                default -> throw new IllegalStateException("the walk presses no " + key.label());
            };
            return sent.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * The lessons walked, and what the walk works out from their math, worked out once for every learner: a thousand
     * learners' walks are made while they type, and the math of a step takes milliseconds.
     */
    public static final class Course {
        private final List<? extends Lesson<? extends Step>> lessons;
        private final ConcurrentHashMap<String, Object> known = new ConcurrentHashMap<>();

        public Course(List<? extends Lesson<? extends Step>> lessons) {
            this.lessons = List.copyOf(lessons);
        }

        /** {@code what} of step {@code at}, worked out by {@code work} the first time any learner needs it. */
        @SuppressWarnings("unchecked")
        <T> T known(StepKey at, String what, Supplier<T> work) {
            var name = at.lessonId() + "/" + at.stepId() + "/" + what;
            var value = known.get(name);
            if (value == null) {
                value = work.get();
                known.putIfAbsent(name, value);
            }
            return (T) value;
        }
    }

    /**
     * The walk of {@code learner} (the name their progress is kept under, which orders their choices) through
     * {@code course}, starting at a lesson picked by {@code seed}, which also picks their mistakes.
     */
    public LearnerWalk(Course course, String learner, long seed) {
        this.course = course;
        var lessons = course.lessons;
        this.learner = learner;
        this.random = new Random(seed);
        this.lesson = random.nextInt(lessons.size());
        add(Press.typed('t').after(Moment.LOOK));
        if (lesson < 9) {
            add(Press.typed((char) ('1' + lesson)));
        } else {
            for (int i = 0; i < lesson; i++) {
                add(DOWN);
            }
            add(ENTER);
        }
    }

    /** The lesson the learner starts at, counted from 0. */
    public int firstLesson() {
        return lesson;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Press next() {
        if (ahead.isEmpty()) {
            walkLesson();
        }
        return ahead.remove();
    }

    private void walkLesson() {
        if (lesson >= course.lessons.size()) {
            add(Press.typed('?'));
            return;
        }
        var current = course.lessons.get(lesson++);
        var math = course.known(new StepKey(current.id(), "lesson"), "math", () -> LessonMath.of(current));
        for (var step : current.steps()) {
            atStep(math, new StepKey(current.id(), step.id()), step);
        }
    }

    /** The keys at one step, ending with the one that moves on to the next. */
    private void atStep(LessonMath math, StepKey at, Step step) {
        reading = course.known(at, "words", () -> words(step));
        if (step instanceof ProseStep) {
            add(DOWN);
            add(RIGHT);
            return;
        }
        if (step instanceof QuizStep quiz) {
            quiz(math, at, quiz.quiz());
        } else if (step instanceof GuessStep guess) {
            guess(math, at, guess);
        } else if (step instanceof PredictStep predict) {
            predict(math, at, predict);
        } else if (step instanceof DeriveStep derive) {
            int lines = course.known(at, "lines", () -> derive.derivation(math).steps().size());
            for (int line = 1; line < lines; line++) {
                add(ENTER);
            }
        } else if (step instanceof NudgesStep nudges) {
            add(ENTER);
            type(course.known(at, "nudge", () -> KnownAnswers.ownNudge(nudges, math).typed()));
            add(CONFIRM);
        } else if (step instanceof LabStep) {
            lab();
        } else {
            throw new IllegalStateException("the walk knows no step of kind " + step.kind());
        }
        add(ENTER);
    }

    private void quiz(LessonMath math, StepKey at, Quiz quiz) {
        boolean typed = !(quiz instanceof Quiz.ChoiceQuiz);
        // a choice's number is the learner's own; a typed answer is everyone's
        var right = typed ? course.known(at, "answer", () -> KnownAnswers.typed(quiz, math, learner, at))
                : KnownAnswers.typed(quiz, math, learner, at);
        var miss = KnownAnswers.miss(quiz, learner, at).filter(m -> random.nextInt(3) == 0);
        if (miss.isPresent()) {
            type(miss.get().typed());
            if (typed) {
                add(CONFIRM);
                add(CLEAR_FIELD.after(Moment.LOOK));
            } else {
                add(Press.typed('h').after(Moment.LOOK));
            }
        }
        if (typed) {
            typeWithSlip(right);
            add(CONFIRM);
        } else {
            type(right);
        }
    }

    private void guess(LessonMath math, StepKey at, GuessStep guess) {
        if (random.nextInt(4) == 0) {
            add(Press.typed('h'));
        }
        List<String> signs = course.known(at, "signs", () -> KnownAnswers.guesses(guess, math));
        for (int i = 0; i < signs.size(); i++) {
            if (i > 0) {
                add(DOWN);
            }
            char sign = signs.get(i).charAt(0);
            add(Press.typed(random.nextInt(3) == 0 ? wrong(sign) : sign));
        }
        // Enter checks the guess and shows its first stage; each Enter more shows another, up to the verdict.
        int stages = guess.plan().stages().size() - 1;
        boolean rates = guess.plan().shows(RevealStage.UPDATE);
        for (int stage = 0; stage < stages; stage++) {
            add(stage == 0 ? CONFIRM : ENTER);
            if (rates && stage == 0) {
                add(Press.typed(']'));
                add(Press.typed('['));
            }
        }
    }

    private static char wrong(char sign) {
        return sign == '+' ? '-' : '+';
    }

    private void predict(LessonMath math, StepKey at, PredictStep predict) {
        if (random.nextInt(3) == 0) {
            type(course.known(at, "before", () -> PredictMath.of(math, predict).lossBefore().toString()));
            add(CONFIRM);
            add(Press.typed('r').after(Moment.LOOK));
        }
        typeWithSlip(course.known(at, "after", () -> KnownAnswers.predicted(predict, math)));
        add(CONFIRM);
    }

    private void lab() {
        add(Press.typed('o'));
        for (int i = 0; i < DESCENT_STEPS; i++) {
            add(Press.typed('s').after(Moment.LOOK));
        }
        add(Press.typed(random.nextBoolean() ? ']' : '['));
        add(Press.typed('s').after(Moment.LOOK));
        add(Press.typed('q'));
    }

    /** Queues {@code press}, read first if it is the first key on a new step. */
    private void add(Press press) {
        ahead.add(reading < 0 ? press : press.reading(reading));
        reading = -1;
    }

    /** About how many words the learner reads on {@code step}: its prose's, a figure counting for a few. */
    static int words(Step step) {
        int words = 0;
        for (var block : step.prose()) {
            if (block instanceof ProseBlock.Paragraph paragraph) {
                words += words(paragraph.content());
            } else if (block instanceof ProseBlock.Bullet bullet) {
                words += words(bullet.content());
            } else {
                words += WORDS_PER_FIGURE;
            }
        }
        return words;
    }

    private static int words(List<Inline> content) {
        int words = 0;
        for (var inline : content) {
            String text = inline instanceof Inline.Text t ? t.text()
                    : inline instanceof Inline.Emphasis e ? e.text()
                    : inline instanceof Inline.Strong s ? s.text()
                    : inline instanceof Inline.Code c ? c.text() : "x";
            words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }
        return words;
    }

    /** Types {@code text} into a field; a space typed at the end of what is there shows nothing (yet). */
    private void type(String text) {
        text.chars().forEach(c -> add(c == ' ' ? new Press(Key.character(' '), false, Moment.TYPE, 0)
                : Press.typed((char) c)));
    }

    /** Types {@code text}, half the time with a wrong digit after its first character, taken back with Backspace. */
    private void typeWithSlip(String text) {
        if (text.isEmpty() || random.nextBoolean()) {
            type(text);
            return;
        }
        type(text.substring(0, 1));
        add(Press.typed('7'));
        add(BACKSPACE);
        type(text.substring(1));
    }
}
