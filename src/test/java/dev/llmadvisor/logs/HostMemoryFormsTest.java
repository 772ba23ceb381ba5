package dev.llmadvisor.logs;

import dev.llmadvisor.facts.LogFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * System RAM, not GPU memory, running out: PyTorch's CPU allocator in its two wordings, and the operating system killing a
 * process while it loads the weights or with host memory named (bash's "Killed", "the process is killed", 被kill, the OOM
 * killer), generated from frames and values; near misses (a supervisor's "signal: killed", a process the person killed, a
 * kill with nothing about loading or RAM, a GPU out-of-memory) read no host-memory shortage.
 */
class HostMemoryFormsTest {

    private static final List<String> ALLOCATOR = List.of(
            "RuntimeError: [enforce fail at alloc_cpu.cpp:%d] data. DefaultCPUAllocator: not enough memory: you tried to allocate %d bytes.",
            "RuntimeError: [enforce fail at ..\\c10\\core\\impl\\alloc_cpu.cpp:%d] data. DefaultCPUAllocator: not enough memory: you tried to allocate %d bytes.",
            "RuntimeError: [enforce fail at alloc_cpu.cpp:%d] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate %d bytes. Error code 12 (Cannot allocate memory)");

    private static final List<String> LOADING = List.of(
            "Loading checkpoint shards:   0%|          | 0/2 [00:00<?, ?it/s]",
            "Loading checkpoint shards:  67%|██████▋   | 2/3 [00:41<00:20, 20.5s/it]",
            "INFO 01-23 07:32:42 model_runner.py:1071] Loading model weights took 4.3752 GB",
            "When it loads the fifth weight file of the 65B checkpoint",
            "使用cli_demo运行34B模型，模型加载到87%");

    private static final List<String> KILLS = List.of("Killed", "cli_demo.sh: line 5: 12989 Killed", "it prompts that the process is killed (signal)",
            "then the process gets killed", "被kill了", "进程被杀掉了", "python invoked oom-killer: gfp_mask=0x140cca");

    private static LogFacts read(String text) {
        return LogReader.read(text);
    }

    @Test
    void theCpuAllocatorRefusingIsHostMemory() {
        for (String frame : ALLOCATOR) {
            for (int line : new int[] {72, 75, 114}) {
                for (long bytes : new long[] {268435456L, 1069285376L, 140247040L}) {
                    String text = String.format(frame, line, bytes);
                    LogFacts f = read(text);
                    assertThat(f.hostMemoryShort()).as(text).isTrue();
                    assertThat(f.outOfMemory()).as("not GPU memory: " + text).isFalse();
                }
            }
        }
    }

    @Test
    void aKillWhileTheWeightsLoadIsHostMemory() {
        for (String loading : LOADING) {
            for (String kill : KILLS) {
                // bash writes "Killed" right after a progress bar's "]" when the line had no newline yet
                for (String joint : loading.endsWith("]") ? new String[] {"\n", " ", ""} : new String[] {"\n", " "}) {
                    String text = loading + joint + kill;
                    assertThat(read(text).hostMemoryShort()).as(text).isTrue();
                }
            }
        }
    }

    @Test
    void aKillWithHostMemoryNamedIsHostMemory() {
        for (String said : List.of("the process was killed due to running out of SWAP memory", "the process gets killed due to RAM memory",
                "It gets Killed, my machine has 32GB of RAM", "主机内存不足，进程被kill", "内存不够，被杀了")) {
            assertThat(read(said).hostMemoryShort()).as(said).isTrue();
        }
    }

    @Test
    void ramNamedAsTheKillsCauseIsNoPartOfTheModelInRam() {
        // given RAM named as why the process was killed (Jetson, jetson-containers #406), then no part of the model is read in RAM
        for (String said : List.of("the process gets killed due to RAM memory", "it was killed owing to RAM running out")) {
            assertThat(ProseHints.of(said).ramSpill()).as(said).isFalse();
        }
        // given layers told as moved to RAM, beside the same kill, then they are
        for (String said : List.of("some layers are offloaded to RAM", "it spills to RAM, then gets killed due to RAM memory")) {
            assertThat(ProseHints.of(said).ramSpill()).as(said).isTrue();
        }
    }

    @Test
    void nearMissesAreNotHostMemory() {
        for (String text : List.of(
                // a supervisor reporting its runner (Ollama on a Mac): the model does not fit the machine, told elsewhere
                "Loading model...\nError: llama runner process has terminated: signal: killed",
                // the person stopped it
                "I killed the process after loading the model and started it again",
                "kill -9 the server once the model is loading",
                // a kill with nothing about loading or host memory
                "python generate.py --prompt hi\nKilled",
                // skilled, not killed
                "Loading checkpoint shards: 100%\nthe model is skilled",
                // GPU memory
                "Loading checkpoint shards: 100%\ntorch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB")) {
            assertThat(read(text).hostMemoryShort()).as(text).isFalse();
        }
    }
}
