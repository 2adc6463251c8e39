package cn.gov.daxiang.perf.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IllegalTransitionExceptionTest {

    private enum Light { RED, GREEN }

    private enum Move { GO, STOP }

    @Test
    void theRefusalNamesTheStateTheActionAndWhatIsAllowedAsArguments() {
        IllegalTransitionException e = new IllegalTransitionException("LIGHT_TRANSITION_NOT_ALLOWED", Light.RED, Move.GO, List.of(Move.STOP));

        assertThat(e).isInstanceOf(DomainException.class);
        assertThat(e.code()).isEqualTo("LIGHT_TRANSITION_NOT_ALLOWED");
        assertThat(e.state()).isEqualTo("RED");
        assertThat(e.action()).isEqualTo("GO");
        assertThat(e.allowed()).containsExactly("STOP");
        assertThat(e.arguments()).containsEntry("state", "RED").containsEntry("action", "GO")
                .containsEntry("allowed", List.of("STOP"));
    }

    @Test
    void aFinalStateAllowsNothing() {
        IllegalTransitionException e = new IllegalTransitionException("LIGHT_TRANSITION_NOT_ALLOWED", Light.GREEN, Move.STOP, List.<Move>of());
        assertThat(e.allowed()).isEmpty();
    }
}
