package dev.nudge.seats;

/**
 * A node in a JVM of its own for {@link NodeKillTest}: takes {@code COUNT} seats of {@code LEARNER} with limit
 * {@code COUNT} in the database at {@code URL}, prints {@code held}, and waits to be killed.
 */
public final class SeatHolder {
    private SeatHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        var seats = PostgresSeats.open(SeatDatabase.source(args[0]), System.out::println);
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            if (seats.take(args[1], count).isEmpty()) {
                System.out.println("refused");
                System.exit(1);
            }
        }
        System.out.println("held");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
