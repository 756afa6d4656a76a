package dev.nudge.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nudge.i18n.Language;
import dev.nudge.i18n.Messages;
import dev.nudge.layout.Width;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A notice is drawn on the one row above the key bar and is cut at the window's edge, so a notice longer than that row
 * of an 80-column terminal loses its end, which is often the part that says what to do.
 */
class NoticeWidthTest {
    /** The row of an 80-column window, less the margin the footer keeps. */
    private static final int ROW = 79;
    /** Arguments as long as the usual ones: a key, a parameter's name, a count, a number. */
    private static final Object[] ARGUMENTS = {"256", "P_1", "0.05", "60"};

    @Test
    void everyNoticeFitsTheFooterRowOfAnEightyColumnWindowInBothLanguages() throws IOException {
        var keys = new Properties();
        try (var in = NoticeWidthTest.class.getResourceAsStream("/dev/nudge/i18n/messages.properties")) {
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var key : keys.stringPropertyNames()) {
            if (!key.startsWith("notice.") && !key.startsWith("lab.notice.") || key.equals("notice.notSaving")
                    || key.equals("lab.notice.cannotCompute")) {
                continue;
            }
            for (var language : Language.values()) {
                var text = Messages.text(language, key, ARGUMENTS);
                assertThat(Width.columns(text)).as("%s in %s: %s", key, language, text).isLessThanOrEqualTo(ROW);
            }
        }
    }
}
