package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import java.util.Optional;

/**
 * Everything the tutor's screens show, as a value: views draw it, {@link Tutor#update} replaces it.
 *
 * @param language the language of interface and lessons
 * @param page the page on screen
 * @param overlay the panel over the page, if any
 * @param notice the latest one-line message, if any
 */
public record TutorState(Language language, Page page, Overlay overlay, Optional<Notice> notice) {
    public TutorState {
        if (language == null || page == null || overlay == null || notice == null) {
            throw new IllegalArgumentException("every part of the tutor state must be given");
        }
    }

    /** The state a new session starts in. */
    public static TutorState start(Language language) {
        return new TutorState(language, Page.START, Overlay.NONE, Optional.empty());
    }

    TutorState withOverlay(Overlay newOverlay) {
        return new TutorState(language, page, newOverlay, Optional.empty());
    }

    TutorState withNotice(Notice newNotice) {
        return new TutorState(language, page, overlay, Optional.of(newNotice));
    }
}
