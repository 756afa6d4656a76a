package dev.nudge.progress;

/**
 * Who is learning, so that progress is kept per person: a class server has many learners at once, each known by the
 * key they log in with.
 *
 * @param id the stable identity progress is stored under: never shown alone, never chosen by the learner at login
 * @param displayName the name shown in the server's log and in reports
 */
public record Learner(String id, String displayName) {
    public Learner {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a learner needs an id");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a learner needs a name to show");
        }
    }

    /** The name, and the id too when it says something the name does not, for log lines. */
    public String label() {
        return id.equals(displayName) ? displayName : displayName + " (" + id + ")";
    }
}
