package dev.nudge.ssh;

/** Why a tutor session ended: for the learner's last line and the teacher's log. */
enum Ending {
    QUIT("quit", "serve.bye"),
    IDLE("closed after the idle time-out", "serve.bye.idle"),
    SHUTDOWN("closed as the server stops", "serve.bye.shutdown"),
    LEFT("the client closed it", null),
    DROPPED("connection lost", null),
    FAILED("failed", null);

    private final String logText;
    /** The message key of the learner's last line; {@code null} when nobody is there to read it. */
    private final String farewellKey;

    Ending(String logText, String farewellKey) {
        this.logText = logText;
        this.farewellKey = farewellKey;
    }

    String logText() {
        return logText;
    }

    boolean hasFarewell() {
        return farewellKey != null;
    }

    String farewellKey() {
        return farewellKey;
    }
}
