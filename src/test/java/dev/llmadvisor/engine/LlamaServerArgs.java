package dev.llmadvisor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs llama.cpp's own command-line parser ({@code common_params_parse} in common/arg.cpp) on an argument list.
 * The npm package {@code @fugood/llama.node} 1.7.15 ships the llama.cpp sources of build b10257 (the build its
 * native module bundles) but its native module does not contain arg.cpp; this helper compiles that file from the
 * installed package into {@code target/llamacpp-args/} with g++ and links it against the package's own
 * {@code index.node}, which exports the rest of llama.cpp's common library. Four download helpers and the JSON-schema
 * converter, not in the native module, are replaced by stubs that abort if reached (the tested flags never reach
 * them). Nothing is downloaded or committed; the binary lives under target/. Needs g++ and nlohmann/json.hpp
 * (Debian: nlohmann-json3-dev), which the package does not ship.
 */
final class LlamaServerArgs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MAIN = """
            #include "arg.h"
            #include "common.h"
            #include <cstdio>
            #include <string>
            // Prints what common_params_parse made of the arguments, as one JSON object; exit 2 when it refuses them.
            int main(int argc, char ** argv) {
                common_params params;
                if (!common_params_parse(argc, argv, params, LLAMA_EXAMPLE_SERVER)) { printf("{\\"ok\\":false}\\n"); return 2; }
                std::string ts;
                for (int i = 0; i < 4; i++) { ts += std::to_string(params.tensor_split[i]); if (i < 3) ts += ","; }
                size_t overrides = 0;
                for (const auto & o : params.tensor_buft_overrides) if (o.pattern != nullptr) overrides++;
                printf("{\\"ok\\":true,\\"model\\":\\"%s\\",\\"n_ctx\\":%d,\\"n_parallel\\":%d,\\"n_gpu_layers\\":%d,\\"tensor_split\\":[%s],"
                       "\\"flash_attn\\":%d,\\"cache_type_k\\":%d,\\"cache_type_v\\":%d,\\"overrides\\":%zu}\\n",
                       params.model.path.c_str(), params.n_ctx, params.n_parallel, params.n_gpu_layers, ts.c_str(),
                       (int) params.flash_attn_type, (int) params.cache_type_k, (int) params.cache_type_v, overrides);
                return 0;
            }
            """;

    private static final String STUBS = """
            #include "common.h"
            #include "download.h"
            #include "hf-cache.h"
            #include "json-schema-to-grammar.h"
            #include <cstdio>
            #include <cstdlib>
            [[noreturn]] static void unreachable(const char * f) { fprintf(stderr, "stub reached: %s\\n", f); abort(); }
            void common_download_run_tasks(const std::vector<common_download_task> &) { unreachable("common_download_run_tasks"); }
            std::vector<std::string> common_download_get_all_parts(const std::string &) { unreachable("common_download_get_all_parts"); }
            std::vector<common_cached_model_info> common_list_cached_models() { unreachable("common_list_cached_models"); }
            std::string common_docker_resolve_model(const std::string &) { unreachable("common_docker_resolve_model"); }
            common_download_hf_plan common_download_get_hf_plan(const common_params_model &, const common_download_opts &) { unreachable("common_download_get_hf_plan"); }
            namespace hf_cache { std::string finalize_file(const hf_file &) { unreachable("finalize_file"); } }
            std::string json_schema_to_grammar(const nlohmann::ordered_json &, bool) { unreachable("json_schema_to_grammar"); }
            """;

    private final Path bin;

    private LlamaServerArgs(Path bin) {
        this.bin = bin;
    }

    /** Why the parser cannot be built here, or null when it can. */
    static String whyUnavailable(Path toolDir) {
        if (!Files.exists(source(toolDir).resolve("common/arg.cpp"))) return "llama.cpp sources not installed in " + toolDir;
        if (!Files.exists(Path.of("/usr/include/nlohmann/json.hpp"))) {
            return "nlohmann/json.hpp is missing (apt-get install nlohmann-json3-dev): llama.cpp's arg.cpp needs it to compile";
        }
        try {
            Process p = new ProcessBuilder("g++", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "g++ --version failed";
        } catch (IOException e) {
            return "g++ is not on PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Path source(Path toolDir) {
        return toolDir.resolve("node_modules/@fugood/llama.node/src/llama.cpp");
    }

    /** Builds the parser once into {@code work} (reused while arg.cpp is unchanged). */
    static LlamaServerArgs build(Path toolDir, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path src = source(toolDir);
        Path arg = src.resolve("common/arg.cpp");
        Path bin = work.resolve("llama-args");
        if (Files.exists(bin) && Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(arg)) > 0) return new LlamaServerArgs(bin);
        Files.writeString(work.resolve("main.cpp"), MAIN);
        Files.writeString(work.resolve("stubs.cpp"), STUBS);
        Files.copy(toolDir.resolve("node_modules/@fugood/node-llama-linux-x64/index.node"), work.resolve("index.node"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> inc = List.of("-I" + src.resolve("common"), "-I" + src.resolve("include"), "-I" + src.resolve("ggml/include"));
        compile(work, arg, work.resolve("arg.o"), inc);
        compile(work, work.resolve("main.cpp"), work.resolve("main.o"), inc);
        compile(work, work.resolve("stubs.cpp"), work.resolve("stubs.o"), inc);
        run(work, List.of("g++", "-o", bin.toString(), "main.o", "arg.o", "stubs.o", "index.node", "-Wl,-rpath,$ORIGIN",
                "-Wl,--unresolved-symbols=ignore-in-shared-libs"));
        return new LlamaServerArgs(bin);
    }

    private static void compile(Path work, Path src, Path out, List<String> inc) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("g++", "-std=c++17", "-O0", "-fPIC", "-c"));
        cmd.addAll(inc);
        cmd.addAll(List.of(src.toString(), "-o", out.toString()));
        run(work, cmd);
    }

    private static String run(Path work, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(900, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }

    /** What llama.cpp's parser made of the arguments (argv[0] excluded); {@code ok} false when it refused them. */
    JsonNode parse(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.toString());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(bin.getParent().toFile()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("parser timed out");
        }
        String last = out.strip().lines().reduce((a, b) -> b).orElse("{\"ok\":false}");
        return JSON.readTree(last);
    }
}
