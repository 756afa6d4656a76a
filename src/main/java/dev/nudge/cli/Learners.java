package dev.nudge.cli;

/** Who the learner is on this machine: the operating system's user name. */
final class Learners {
    private Learners() {
    }

    static String local() {
        var name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "learner" : name;
    }
}
