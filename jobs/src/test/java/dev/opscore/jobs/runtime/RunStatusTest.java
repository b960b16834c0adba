package dev.opscore.jobs.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunStatusTest {

    @Test
    void finishedRunsNeverMove() {
        for (RunStatus terminal : new RunStatus[] {RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELLED}) {
            assertThat(terminal.terminal()).isTrue();
            for (RunStatus next : RunStatus.values()) {
                assertThat(terminal.canMoveTo(next)).as(terminal + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void aQueuedRunStartsOrIsCancelledButDoesNotFinishUnstarted() {
        assertThat(RunStatus.QUEUED.canMoveTo(RunStatus.RUNNING)).isTrue();
        assertThat(RunStatus.QUEUED.canMoveTo(RunStatus.CANCELLED)).isTrue();
        assertThat(RunStatus.QUEUED.canMoveTo(RunStatus.COMPLETED)).isFalse();
    }

    @Test
    void anEscalatedRunResumesOnADecision() {
        assertThat(RunStatus.ESCALATED.canMoveTo(RunStatus.RUNNING)).isTrue();
        assertThat(RunStatus.ESCALATED.terminal()).isFalse();
    }

    @Test
    void sourcesOfListsExactlyTheStatusesThatMayMoveThere() {
        assertThat(RunStatus.sourcesOf(RunStatus.CANCELLED)).containsExactlyInAnyOrder("QUEUED", "RUNNING", "WAITING", "ESCALATED");
        assertThat(RunStatus.sourcesOf(RunStatus.COMPLETED)).containsExactly("RUNNING");
    }
}
