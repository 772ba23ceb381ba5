package dev.llmadvisor.sizing;

import dev.llmadvisor.facts.Ask;
import dev.llmadvisor.facts.ChatClient;
import dev.llmadvisor.facts.Engine;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Lang;
import dev.llmadvisor.facts.OldestCard;
import dev.llmadvisor.facts.Platform;
import dev.llmadvisor.facts.Preference;
import dev.llmadvisor.facts.UseCase;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecordHashTest {

    private record Probe(String s, int i, long l, double d, boolean b, Object o, float f, char c, byte y, short h) { }

    @Test
    void givenComponentsOfEveryKindThenTheHashIsTheJdksImplicitOne() {
        for (Probe p : List.of(new Probe("a", 1, 2L, 3.5, true, List.of(1), 1.5f, 'x', (byte) 3, (short) 4),
                new Probe(null, -7, Long.MIN_VALUE, -0.0, false, null, Float.NaN, '\0', (byte) -1, Short.MAX_VALUE))) {
            assertThat(RecordHash.of(p.s(), p.i(), p.l(), p.d(), p.b(), p.o(), p.f(), p.c(), p.y(), p.h())).isEqualTo(p.hashCode());
        }
    }

    private static final Device GPU = Device.gpu("RTX 4090", Device.Backend.CUDA, 24, 1008);
    private static final Ask ASK = new Ask(Lang.EN, Intent.values()[0], UseCase.GENERAL, Set.of("code"), Preference.SPEED, "qwen3-14b",
            WeightFormat.Q4_K_M, List.of(WeightFormat.Q8_0), 8192, true, Platform.NVIDIA, "RTX 4090", 1, 24, 24, 64, true, 0, Engine.values()[0], "ChatRTX", new ChatClient("Open WebUI", Engine.OLLAMA), 60.0, new ExlQuant(4.65, 6),
            new OldestCard("Tesla K80", 3.7));

    /** A value of each component type the records below have. */
    private static Object sample(Class<?> type) {
        if (type == int.class) return 7;
        if (type == long.class) return 9L;
        if (type == double.class) return 2.5;
        if (type == boolean.class) return true;
        if (type == String.class) return "x";
        if (type.isEnum()) return type.getEnumConstants()[type.getEnumConstants().length - 1];
        if (type == List.class) return List.of(WeightFormat.Q4_K_M, GPU);
        if (type == RunConfig.class) return RunConfig.of(16384);
        if (type == Hardware.class) return Hardware.of(List.of(GPU, GPU), 64L << 30);
        if (type == Ask.class) return ASK;
        return null;
    }

    /** Each record hashed as a cache key at start-up hashes every component, in order: the JDK's value. */
    @Test
    void givenTheRecordsHashedAsCacheKeysThenEachHashesAllItsComponentsInOrder() throws Exception {
        List<Record> records = new ArrayList<>(List.of(RunConfig.of(4096), GPU, Hardware.of(List.of(GPU), 32L << 30), ASK, ASK.oldestGpu()));
        for (String name : List.of("dev.llmadvisor.facts.CandidateSizer$SizingKey", "dev.llmadvisor.facts.FactBuilder$OpenSizing",
                "dev.llmadvisor.rules.RulesEngine$SharedDecision")) {
            Class<?> c = Class.forName(name);
            RecordComponent[] rc = c.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = sample(types[i]);
            }
            Constructor<?> k = c.getDeclaredConstructor(types);
            k.setAccessible(true);
            records.add((Record) k.newInstance(args));
        }
        for (Record r : records) {
            RecordComponent[] rc = r.getClass().getRecordComponents();
            Object[] values = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                rc[i].getAccessor().setAccessible(true);
                values[i] = rc[i].getAccessor().invoke(r);
            }
            assertThat(r.getClass().getDeclaredMethod("hashCode").getDeclaringClass()).isEqualTo(r.getClass());
            assertThat(r.hashCode()).as(r.getClass().getName()).isEqualTo(RecordHash.of(values));
        }
    }
}
