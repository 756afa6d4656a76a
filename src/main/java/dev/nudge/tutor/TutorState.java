package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.lab.LabModel;
import dev.nudge.progress.Progress;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.StepContext;
import dev.nudge.step.StepSession;
import dev.nudge.step.reading.Reading;
import java.util.Optional;

/**
 * Everything the tutor's screens show, as a value: views draw it, {@link Tutor#update} replaces it.
 *
 * <p><b>When a notice goes.</b> A notice answers the learner's last key: every key pressed on a tutor page clears the
 * notice before the key is handled, and whatever the key does may set a new one. Nothing else clears it (no wither
 * does), so a notice from outside (the store stopped saving, the host is closing soon) stays until the learner's next
 * key. Keys in the lab do not clear it: the lab shows notices of its own, and the tutor's wait for the learner's return.
 * {@link Tutor#update} applies this rule, in one place.
 *
 * @param book the course
 * @param layout how the step's body is laid out for a window, as the display draws it
 * @param window the size of the learner's window
 * @param position where the learner is: page, panel, step, the contents' way back and any review
 * @param activity what the learner is doing: the step's session, the scroll, the contents cursor and the lab
 * @param learner the learner's progress, language and checking budget
 * @param notice the latest one-line message, if any
 */
public record TutorState(CourseBook book, BodyLayout layout, Window window, Position position, Activity activity,
        LearnerState learner, Optional<Notice> notice) {

    public TutorState {
        if (book == null || layout == null || window == null || position == null || activity == null
                || learner == null || notice == null) {
            throw new IllegalArgumentException("every part of the tutor state must be given");
        }
    }

    /** The state a session of a learner without a name starts in, as {@code start} with a name does. */
    public static TutorState start(CourseBook book, Language language, Progress progress) {
        return start(book, language, progress, StepContext.UNNAMED_LEARNER);
    }

    /** The state {@code learner}'s session starts in: the start page, at the place the learner last reached. */
    public static TutorState start(CourseBook book, Language language, Progress progress, String learner) {
        var place = progress.position().flatMap(book::place).orElse(Place.FIRST);
        return new TutorState(book, BodyLayout.FITS, Window.CLASSIC,
                new Position(Page.START, Overlay.NONE, place, Page.START, Optional.empty()),
                Activity.reading(new Reading(), place.lesson()),
                new LearnerState(learner, progress, language, CheckingBudget.FRESH), Optional.empty());
    }

    /** The lab on its own, as {@code nudge lab} runs it: leaving the lab ends the session. */
    public static TutorState labAlone(LabModel lab, Language language) {
        var start = start(CourseBook.loading(language), language, Progress.NONE);
        return start.withPosition(start.position.withPage(Page.LAB))
                .withActivity(start.activity.withLab(Optional.of(new LabVisit(lab, true))));
    }

    /** This state drawn by a display that lays the body out with {@code newLayout}. */
    public TutorState laidOutBy(BodyLayout newLayout) {
        return new TutorState(book, newLayout, window, position, activity, learner, notice);
    }

    /** Whether the learner has been anywhere in the course (so the start page offers to continue). */
    public boolean hasStarted() {
        return progress().position().isPresent();
    }

    public Language language() {
        return learner.language();
    }

    public Page page() {
        return position.page();
    }

    public Overlay overlay() {
        return position.overlay();
    }

    public Place place() {
        return position.place();
    }

    public Page returnTo() {
        return position.returnTo();
    }

    public Optional<Review> review() {
        return position.review();
    }

    public StepSession session() {
        return activity.session();
    }

    public Scroll scroll() {
        return activity.scroll();
    }

    public int contentsCursor() {
        return activity.contentsCursor();
    }

    /** The lab's model while the lab page is open. */
    public Optional<LabModel> lab() {
        return activity.lab().map(LabVisit::model);
    }

    public Progress progress() {
        return learner.progress();
    }

    public CheckingBudget checking() {
        return learner.checking();
    }

    /**
     * Whether this state's step body may be laid out differently from {@code other}'s: another course, language,
     * step, session, page, window or layout. Sessions are values replaced on every change, so comparing them by
     * identity is exact and cheap.
     */
    boolean showsSameBodyAs(TutorState other) {
        return book == other.book && layout == other.layout && window.equals(other.window)
                && page() == other.page() && place().equals(other.place()) && session() == other.session()
                && language() == other.language();
    }

    TutorState withWindow(Window newWindow) {
        return new TutorState(book, layout, newWindow, position, activity, learner, notice);
    }

    TutorState withPosition(Position newPosition) {
        return new TutorState(book, layout, window, newPosition, activity, learner, notice);
    }

    TutorState withActivity(Activity newActivity) {
        return new TutorState(book, layout, window, position, newActivity, learner, notice);
    }

    TutorState withLearner(LearnerState newLearner) {
        return new TutorState(book, layout, window, position, activity, newLearner, notice);
    }

    TutorState withNotice(Notice newNotice) {
        return new TutorState(book, layout, window, position, activity, learner, Optional.of(newNotice));
    }

    TutorState withoutNotice() {
        return new TutorState(book, layout, window, position, activity, learner, Optional.empty());
    }

    TutorState withPage(Page newPage) {
        return withPosition(position.withPage(newPage));
    }

    TutorState withOverlay(Overlay newOverlay) {
        return withPosition(position.withOverlay(newOverlay));
    }

    TutorState withReview(Optional<Review> newReview) {
        return withPosition(position.withReview(newReview));
    }

    TutorState withLanguage(Language newLanguage) {
        return withLearner(learner.withLanguage(newLanguage));
    }

    TutorState withProgress(Progress newProgress) {
        return withLearner(learner.withProgress(newProgress));
    }

    TutorState withChecking(CheckingBudget newChecking) {
        return withLearner(learner.withChecking(newChecking));
    }

    TutorState withSession(StepSession newSession) {
        return withActivity(activity.withSession(newSession));
    }

    TutorState withScroll(Scroll newScroll) {
        return withActivity(activity.withScroll(newScroll));
    }

    TutorState withContentsCursor(int cursor) {
        return withActivity(activity.withContentsCursor(cursor));
    }

    TutorState withLab(Optional<LabVisit> visit) {
        return withActivity(activity.withLab(visit));
    }

    /** The contents page, remembering the page to go back to, with the current lesson highlighted. */
    TutorState toContents() {
        return withPosition(position.toContents()).withContentsCursor(place().lesson());
    }

    /** The state at {@code newPlace} on the lesson page, with a fresh session for its step, from its top. */
    TutorState at(Place newPlace, StepSession newSession) {
        return withPosition(position.at(newPlace)).withActivity(Activity.reading(newSession, newPlace.lesson()));
    }
}
