package cn.gov.daxiang.perf.adapter.rest.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoKeyGuardTest {

    private static final String DEMO_KEY = DemoKeyGuard.DEMO_PUBLIC_KEY;

    @Test
    void withoutDemoIdentitiesTheServiceRefusesToTrustTheDemoKey() {
        DemoKeyGuard guard = new DemoKeyGuard(false, Optional.of(DEMO_KEY), Optional.empty());
        assertThatThrownBy(guard::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("demo key");
    }

    @Test
    void theDemoKeyIsRecognisedAlsoWhenGivenInlineOrAsAFileUrl() {
        String inline = DemoKeyGuard.read(DEMO_KEY).orElseThrow();
        assertThatThrownBy(new DemoKeyGuard(false, Optional.empty(), Optional.of(inline))::check).isInstanceOf(IllegalStateException.class);
        String file = getClass().getClassLoader().getResource(DEMO_KEY).getPath();
        assertThatThrownBy(new DemoKeyGuard(false, Optional.of("file:" + file), Optional.empty())::check).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyIsAccepted() {
        assertThatCode(new DemoKeyGuard(false, Optional.of("test-security/other-public-key.pem"), Optional.empty())::check)
                .doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDefaultWithItsDemoIdentitiesMayUseTheDemoKey() {
        assertThatCode(new DemoKeyGuard(true, Optional.of(DEMO_KEY), Optional.empty())::check).doesNotThrowAnyException();
    }
}
