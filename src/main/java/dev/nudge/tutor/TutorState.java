package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import dev.nudge.progress.Progress;
import dev.nudge.step.CheckingBudget;
import dev.nudge.step.Notice;
import dev.nudge.step.StepSession;
import dev.nudge.step.reading.Reading;
import java.util.Optional;

/**
 * Everything the tutor's screens show, as a value: views draw it, {@link Tutor#update} replaces it.
 *
 * @param book the course
 * @param language the language of interface and lessons
 * @param page the page on screen
 * @param overlay the panel over the page, if any
 * @param place the current lesson and step
 * @param session what the learner is doing at the step
 * @param scroll how far the step's body is scrolled
 * @param progress what the learner has done so far
 * @param contentsCursor the lesson highlighted in the contents
 * @param notice the latest one-line message, if any
 * @param review the review of mistakes under way, if any
 * @param returnTo the page the contents go back to
 * @param checking the work spent checking typed answers in this session, against its budget
 */
public record TutorState(CourseBook book, Language language, Page page, Overlay overlay, Place place,
        StepSession session, Scroll scroll, Progress progress, int contentsCursor, Optional<Notice> notice,
        Optional<Review> review, Page returnTo, CheckingBudget checking) {

    public TutorState {
        if (book == null || language == null || page == null || overlay == null || place == null || session == null
                || scroll == null || progress == null || notice == null || review == null || returnTo == null
                || checking == null) {
            throw new IllegalArgumentException("every part of the tutor state must be given");
        }
    }

    /** The state a session starts in: the start page, at the place the learner last reached. */
    public static TutorState start(CourseBook book, Language language, Progress progress) {
        var place = progress.position().flatMap(book::place).orElse(Place.FIRST);
        return new TutorState(book, language, Page.START, Overlay.NONE, place, new Reading(), Scroll.TOP,
                progress, place.lesson(), Optional.empty(), Optional.empty(), Page.START, CheckingBudget.FRESH);
    }

    /** Whether the learner has been anywhere in the course (so the start page offers to continue). */
    public boolean hasStarted() {
        return progress.position().isPresent();
    }

    TutorState withPage(Page newPage) {
        return new TutorState(book, language, newPage, overlay, place, session, scroll, progress, contentsCursor,
                Optional.empty(), review, returnTo, checking);
    }

    TutorState withOverlay(Overlay newOverlay) {
        return new TutorState(book, language, page, newOverlay, place, session, scroll, progress, contentsCursor,
                Optional.empty(), review, returnTo, checking);
    }

    TutorState withNotice(Notice newNotice) {
        return new TutorState(book, language, page, overlay, place, session, scroll, progress, contentsCursor,
                Optional.of(newNotice), review, returnTo, checking);
    }

    TutorState withoutNotice() {
        return new TutorState(book, language, page, overlay, place, session, scroll, progress, contentsCursor,
                Optional.empty(), review, returnTo, checking);
    }

    TutorState withLanguage(Language newLanguage) {
        return new TutorState(book, newLanguage, page, overlay, place, session, scroll, progress, contentsCursor,
                notice, review, returnTo, checking);
    }

    TutorState withSession(StepSession newSession) {
        return new TutorState(book, language, page, overlay, place, newSession, scroll, progress, contentsCursor,
                Optional.empty(), review, returnTo, checking);
    }

    TutorState withScroll(Scroll newScroll) {
        return new TutorState(book, language, page, overlay, place, session, newScroll, progress, contentsCursor,
                notice, review, returnTo, checking);
    }

    TutorState withProgress(Progress newProgress) {
        return new TutorState(book, language, page, overlay, place, session, scroll, newProgress, contentsCursor,
                notice, review, returnTo, checking);
    }

    TutorState withContentsCursor(int cursor) {
        return new TutorState(book, language, page, overlay, place, session, scroll, progress, cursor, notice, review,
                returnTo, checking);
    }

    /** The contents page, remembering the page to go back to. */
    TutorState toContents() {
        return new TutorState(book, language, Page.CONTENTS, overlay, place, session, scroll, progress, place.lesson(),
                Optional.empty(), review, page, checking);
    }

    TutorState withChecking(CheckingBudget newChecking) {
        return new TutorState(book, language, page, overlay, place, session, scroll, progress, contentsCursor, notice,
                review, returnTo, newChecking);
    }

    TutorState withReview(Optional<Review> newReview) {
        return new TutorState(book, language, page, overlay, place, session, scroll, progress, contentsCursor, notice,
                newReview, returnTo, checking);
    }

    /** The state at {@code newPlace} on the lesson page, with a fresh session for its step. */
    TutorState at(Place newPlace, StepSession newSession) {
        return new TutorState(book, language, Page.LESSON, Overlay.NONE, newPlace, newSession, Scroll.TOP, progress,
                newPlace.lesson(), Optional.empty(), review, returnTo, checking);
    }
}
