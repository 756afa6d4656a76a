package dev.nudge.tutor;

import dev.nudge.i18n.Language;
import java.nio.file.Path;

/**
 * The small course in {@code src/test/resources/network-course}: one lesson with a {@code network:} in English and
 * Japanese, whose steps hold a drawing of the network and the forward and backward passes as computed tables. Tests
 * of how those blocks look run on it, kept apart from {@link FixtureCourse} so that neither course's screens change
 * with the other.
 */
public final class NetworkFixture {
    public static final Path FOLDER = Path.of("src", "test", "resources", "network-course");
    private static final LoadedCourse COURSE = new LoadedCourse(FOLDER);

    private NetworkFixture() {
    }

    /** A new learner's state at the step {@code stepId} of the network lesson, on the lesson page. */
    public static TutorState at(Language language, String stepId) {
        return COURSE.at(language, "network", stepId);
    }
}
