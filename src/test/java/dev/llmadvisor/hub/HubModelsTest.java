package dev.llmadvisor.hub;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Hub lookup behind the resolver is made only when a question names a Hub repository. */
class HubModelsTest {

    @Test
    void givenOnlyCatalogNamesThenTheLookupIsNeverMade() {
        AtomicInteger made = new AtomicInteger();
        HubModels models = new HubModels(() -> {
            made.incrementAndGet();
            return HubLookup.disabled("test", "测试");
        });
        assertThat(models.lookup("qwen3 14b")).isEmpty();
        assertThat(made).hasValue(0);
        assertThat(models.lookup("Qwen/Qwen2.5-7B-Instruct")).hasValueSatisfying(r -> assertThat(r.found()).isFalse());
        assertThat(made).hasValue(1);
    }
}
