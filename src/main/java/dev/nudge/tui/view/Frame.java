package dev.nudge.tui.view;

/** A filled, framed panel with a title in its top edge. */
final class Frame {
    private Frame() {
    }

    static void draw(Drawing d, int left, int top, int width, int height, String title) {
        var canvas = d.canvas();
        var g = d.glyphs();
        var look = d.theme().panel();
        canvas.fill(left, top, width, height, look);
        int right = left + width - 1;
        int bottom = top + height - 1;
        for (int column = left + 1; column < right; column++) {
            canvas.character(column, top, g.horizontal, look);
            canvas.character(column, bottom, g.horizontal, look);
        }
        for (int row = top + 1; row < bottom; row++) {
            canvas.character(left, row, g.vertical, look);
            canvas.character(right, row, g.vertical, look);
        }
        canvas.character(left, top, g.topLeft, look);
        canvas.character(right, top, g.topRight, look);
        canvas.character(left, bottom, g.bottomLeft, look);
        canvas.character(right, bottom, g.bottomRight, look);
        var label = " " + title + " ";
        canvas.text(left + Math.max(1, (width - Canvas.width(label)) / 2), top, label, d.theme().panelTitle());
    }
}
