package dev.nudge.tui.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.nudge.keys.Key;
import dev.nudge.step.Notice;
import dev.nudge.tutor.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A flood of keys into one session is cut at the inbox, the learner is told, and nothing but keys is ever dropped. */
class InboxTest {
    private static final int FLOOD = 10_000;

    @Test
    void aFloodKeepsTheFirstKeysDropsTheRestAndSaysSoOnce() {
        var inbox = new Inbox();
        flood(inbox, FLOOD);

        var waiting = drain(inbox);
        assertThat(waiting.stream().filter(Event.KeyPressed.class::isInstance)).hasSize(Inbox.KEY_CAPACITY);
        assertThat(waiting.stream().filter(InboxTest::saysKeysWereDropped)).hasSize(1);
        assertThat(waiting).hasSize(Inbox.KEY_CAPACITY + 1);
    }

    @Test
    void inputClosedHostClosingAndAnnouncementsAreKeptWhenTheInboxIsFull() {
        var inbox = new Inbox();
        flood(inbox, FLOOD);
        var idleWarning = new Event.Announced(Notice.of("notice.idleWarning", "60"));
        inbox.post(idleWarning);
        inbox.post(new Event.Resized(100, 30));
        inbox.post(new Event.HostClosing());
        inbox.press(new KeyStroke(KeyType.EOF));

        var waiting = drain(inbox);
        assertThat(waiting).contains(idleWarning, new Event.Resized(100, 30), new Event.HostClosing(),
                new Event.InputClosed());
    }

    @Test
    void keysAreTakenAgainOnceTheWaitingOnesAreHandledAndANewFloodIsToldAgain() {
        var inbox = new Inbox();
        flood(inbox, FLOOD);
        drain(inbox);

        flood(inbox, Inbox.KEY_CAPACITY);
        assertThat(drain(inbox)).hasSize(Inbox.KEY_CAPACITY).allMatch(Event.KeyPressed.class::isInstance);

        flood(inbox, FLOOD);
        assertThat(drain(inbox).stream().filter(InboxTest::saysKeysWereDropped)).hasSize(1);
    }

    @Test
    void keysTakenWhileTheFloodGoesOnMakeRoomForAsManyNewOnes() throws InterruptedException {
        var inbox = new Inbox();
        flood(inbox, FLOOD);
        for (int i = 0; i < 10; i++) {
            assertThat(inbox.poll(0)).isNotNull();
        }
        flood(inbox, FLOOD);
        var keys = drain(inbox).stream().filter(Event.KeyPressed.class::isInstance).count();
        assertThat(keys).isEqualTo(Inbox.KEY_CAPACITY);
    }

    @Test
    void ctrlCGetsInWhenTheInboxIsFullOneAtATime() {
        var inbox = new Inbox();
        flood(inbox, FLOOD);
        for (int i = 0; i < 3; i++) {
            inbox.press(new KeyStroke('c', true, false));
        }

        var ctrlC = new Event.KeyPressed(Key.ctrl('c'));
        assertThat(drain(inbox).stream().filter(ctrlC::equals)).hasSize(1);
        inbox.press(new KeyStroke('c', true, false));
        assertThat(drain(inbox)).containsExactly(ctrlC);
    }

    @Test
    void aFloodOfWindowChangesWaitsAsOneResizeOfTheLatestSizeAndTheNextAfterItIsTaken() {
        var inbox = new Inbox();
        for (int i = 0; i < FLOOD; i++) {
            inbox.post(new Event.Resized(80 + i % 40, 24));
        }
        assertThat(drain(inbox)).as("one resize, bringing the size posted last: the state keeps the window's size")
                .containsExactly(new Event.Resized(80 + (FLOOD - 1) % 40, 24));

        inbox.post(new Event.Resized(100, 30));
        assertThat(drain(inbox)).containsExactly(new Event.Resized(100, 30));
    }

    @Test
    void theLearnerIsToldOfDroppedKeysAfterTheLastKeyThatGotIn() {
        var inbox = new Inbox();
        flood(inbox, Inbox.KEY_CAPACITY + 50);
        for (int i = 0; i < 100; i++) {
            assertThat(inbox.poll()).isInstanceOf(Event.KeyPressed.class);
        }
        // The flood goes on while the loop works through it: these keys find room again.
        flood(inbox, 60);
        var events = drain(inbox);
        assertThat(events).hasSize(Inbox.KEY_CAPACITY - 100 + 60 + 1);
        assertThat(events.subList(0, events.size() - 1)).allMatch(Event.KeyPressed.class::isInstance);
        assertThat(saysKeysWereDropped(events.get(events.size() - 1))).as("the last event").isTrue();
    }

    private static void flood(Inbox inbox, int keys) {
        for (int i = 0; i < keys; i++) {
            inbox.press(new KeyStroke(i % 2 == 0 ? 'n' : 'p', false, false));
        }
    }

    private static List<Event> drain(Inbox inbox) {
        var events = new ArrayList<Event>();
        for (var event = inbox.poll(); event != null; event = inbox.poll()) {
            events.add(event);
        }
        return events;
    }

    private static boolean saysKeysWereDropped(Event event) {
        return event instanceof Event.Announced announced
                && announced.notice().equals(Notice.of(Inbox.DROPPED_NOTICE, String.valueOf(Inbox.KEY_CAPACITY)));
    }
}
