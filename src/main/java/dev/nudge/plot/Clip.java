package dev.nudge.plot;

/**
 * Clips a line segment to a rectangle of data values (Liang-Barsky), so a line whose ends lie far outside the plot
 * (a steep tangent) is drawn only where it shows.
 */
final class Clip {
    private Clip() {
    }

    /** The part of the segment inside the box as {x0, y0, x1, y1}, or {@code null} when none of it is. */
    static double[] toBox(double x0, double y0, double x1, double y1, Scale x, Scale y) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - x.min(), x.max() - x0, y0 - y.min(), y.max() - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy};
    }
}
