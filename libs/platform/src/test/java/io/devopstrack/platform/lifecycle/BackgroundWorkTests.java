package io.devopstrack.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundWorkTests {

    private final List<String> calls = new ArrayList<>();

    @Test
    void startsEachOnceAndStopsThemLastStartedFirst() {
        BackgroundWork work = new BackgroundWork(List.of(starter("a"), starter("b")));
        assertThat(work.isRunning()).isFalse();

        work.start();
        work.start();
        assertThat(work.isRunning()).isTrue();

        work.stop();
        work.stop();
        assertThat(work.isRunning()).isFalse();
        assertThat(calls).containsExactly("start a", "start b", "stop b", "stop a");
    }

    @Test
    void startsAgainAfterAStop() {
        BackgroundWork work = new BackgroundWork(List.of(starter("a")));
        work.start();
        work.stop();
        work.start();

        assertThat(work.isRunning()).isTrue();
        assertThat(calls).containsExactly("start a", "stop a", "start a");
    }

    @Test
    void aStartThatFailsStopsWhatWasStartedBeforeIt() {
        BackgroundWork.Starter failing = () -> {
            throw new IllegalStateException("no Redis");
        };
        BackgroundWork work = new BackgroundWork(List.of(starter("a"), failing));

        assertThatIllegalStateException().isThrownBy(work::start).withMessage("no Redis");
        assertThat(work.isRunning()).isFalse();
        assertThat(calls).containsExactly("start a", "stop a");
    }

    private BackgroundWork.Starter starter(String name) {
        return () -> {
            calls.add("start " + name);
            return () -> calls.add("stop " + name);
        };
    }
}
