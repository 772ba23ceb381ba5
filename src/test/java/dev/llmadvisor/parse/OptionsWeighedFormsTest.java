package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.GpuMention;
import dev.llmadvisor.facts.Intent;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.knowledge.Knowledge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options weighed that the card names alone do not tell apart, by grammar, on generated sentences in English and Chinese:
 * <ul>
 *   <li>memory sizes weighed with no card named (issue 9: "6GB? if not, the 12GB one?", "should I buy the 6GB or the 12GB
 *       one for mistral 7b?"): each size is an option, a card of that memory;</li>
 *   <li>one card in two counts weighed ("one 3090 or two 3090s", "一张4090还是两张4090"): each count is an option, not the
 *       card named twice;</li>
 *   <li>cards joined by "and" and then asked which to take ("3060 和 4060 Ti 选哪个", "a 3090 and a 4090, which one should
 *       I buy?"): options, unless plainly owned or the question is which model.</li>
 * </ul>
 * Options are never added to the machine, and the question compares them. The near misses (a need weighed, RAM weighed, a
 * file's size; a second card planned beside one owned) read no option. The expected readings follow from the corpus's label
 * definitions (eval/real-questions/README.md: {@code alternatives} are the options weighed), never from the program.
 */
class OptionsWeighedFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** A frame with {a} and {b}; {@code weighed}: whether what fills them is options. */
    private record Frame(String text, boolean weighed) {
        @Override
        public String toString() { return (weighed ? "options: " : "no option: ") + text; }
    }

    // ---- sizes with no card named

    private static final int[][] SIZE_PAIRS = {{6, 12}, {8, 16}, {12, 24}, {16, 24}};

    static Stream<Frame> sizeFrames() {
        return Stream.of(
                new Frame("can I run mistral 7b on {a}GB? if not, the {b}GB one?", true),
                new Frame("should I buy the {a}GB or the {b}GB one for mistral 7b?", true),
                new Frame("{a}GB or {b}GB for llama 3 8b?", true),
                new Frame("Is an {a}GB or a {b}GB card better for qwen2.5 14b?", true),
                new Frame("{a}GB vs {b}GB VRAM for llama 3 8b, which one?", true),
                new Frame("Thinking of buying a {a} GB or {b} GB GPU to run qwen2.5 7b, which should I pick?", true),
                new Frame("跑 qwen2.5 7b 买 {a}G 的还是 {b}G 的显卡？", true),
                new Frame("想跑qwen2.5 14b，显卡选{a}G还是{b}G的？", true),
                new Frame("{a}G显存或者{b}G显存，哪个能跑deepseek r1 14b", true),
                // a need weighed, RAM weighed, a file's size: no card anyone has or would buy
                new Frame("does mistral 7b need {a}GB or {b}GB?", false),
                new Frame("Is {a}GB or {b}GB of RAM enough for llama 3 8b on the CPU?", false),
                new Frame("qwen2.5 14b 需要{a}G还是{b}G显存？", false),
                new Frame("The gguf file is {a}GB or {b}GB depending on the quant; which should I download?", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizeFrames")
    void sizesWeighedAreOptionsNeverTheMachine(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (int[] p : SIZE_PAIRS) {
            String text = frame.text().replace("{a}", String.valueOf(p[0])).replace("{b}", String.valueOf(p[1]));
            List<GpuMention> want = frame.weighed()
                    ? List.of(new GpuMention(GpuMention.ANY_GPU, 1, (double) p[0]), new GpuMention(GpuMention.ANY_GPU, 1, (double) p[1]))
                    : List.of();
            check(text, want, frame.weighed(), misses);
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }

    // ---- one card in two counts

    /** Counts as written, English and Chinese: {1, "one", "一张"}, … */
    private static final Object[][] COUNTS = {{1, "one", "一张"}, {2, "two", "两张"}, {4, "four", "四张"}, {8, "eight", "八张"}};
    private static final List<String> CARDS = List.of("3090", "4090", "A100", "P40");

    static Stream<Frame> countFrames() {
        return Stream.of(
                new Frame("{a} {c} or {b} {c}s for llama 3 70b?", true),
                new Frame("Is it better to get {a} {c} or {b} {c}s for qwen2.5 72b?", true),
                new Frame("{da}x {c} vs {db}x {c}, which runs deepseek r1 70b?", true),
                new Frame("跑qwen2.5 72b，{a}{c}还是{b}{c}？", true),
                new Frame("{a}{c}够吗，还是要{b}{c}", true),
                new Frame("买{a}{c}或者{b}{c}，哪个能跑70b", true),
                // the card owned, and one more of it weighed in the next sentence: the owned count stays and the one more is an
                // option of one card (as the corpus labels "I could buy another Tesla P40"), never the counts weighed
                new Frame("I have {da}x {c}. Should I add another {c} or sell it?", false),
                new Frame("我有{a}{c}。要不要再加一张{c}，还是卖掉？", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countFrames")
    void oneCardInTwoCountsWeighedIsTwoOptions(Frame frame) {
        boolean zh = QuestionParser.langOf(frame.text()) == dev.llmadvisor.facts.Lang.ZH;
        List<String> misses = new ArrayList<>();
        for (String card : CARDS) {
            for (int i = 0; i + 1 < COUNTS.length; i++) {
                Object[] a = COUNTS[i];
                Object[] b = COUNTS[i + 1];
                String text = frame.text().replace("{a}", (String) a[zh ? 2 : 1]).replace("{b}", (String) b[zh ? 2 : 1])
                        .replace("{da}", a[0].toString()).replace("{db}", b[0].toString()).replace("{c}", card);
                // the options as the reader takes them: the card, in each count; the owned card and one more in the near misses
                Question q = PARSER.parse(text);
                if (frame.weighed()) {
                    List<String> got = q.alternatives().stream().map(o -> o.count() + "x " + o.text()).toList();
                    boolean ok = got.equals(List.of(a[0] + "x " + card, b[0] + "x " + card))
                            && FACTS.understand(q).understood().gpus().isEmpty() && q.intent() == Intent.COMPARE_HARDWARE;
                    if (!ok) misses.add(text + "  ->  alt " + got + " gpus " + FACTS.understand(q).understood().gpus() + " " + q.intent());
                } else {
                    var gpus = FACTS.understand(q).understood().gpus();
                    boolean ok = q.alternatives().stream().map(o -> o.count() + "x " + o.text()).toList().equals(List.of("1x " + card))
                            && gpus.size() == 1 && gpus.get(0).count() == (int) a[0];
                    if (!ok) misses.add(text + "  ->  alt " + q.alternatives() + " gpus " + gpus);
                }
            }
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }

    // ---- asked to be enough, or a card to get

    /** A size (of no card named) and the card to get with its memory: {a, b, card}. */
    private static final Object[][] SIZE_AND_CARD = {{6, 12, "3060"}, {8, 16, "4060 Ti"}, {12, 24, "3090"}, {16, 24, "4090"}};
    /** Two cards: the one asked to be enough and the one to get. */
    private static final String[][] CARD_PAIRS = {{"3060", "4070"}, {"4060 Ti", "4090"}, {"2080 Ti", "3090"}, {"P40", "A100"}};

    static Stream<Frame> enoughFrames() {
        return Stream.of(
                new Frame("is {a}GB enough for llama 2 7b or should I get the {b}GB {c}?", true),
                new Frame("Is {a}GB of VRAM enough for mistral 7b, or do I need the {b}GB {c}?", true),
                new Frame("{a}G显存够跑qwen2.5 7b吗，还是要买{b}G的{c}", true),
                new Frame("is a {x} enough for llama 2 13b or should I get a {y}?", true),
                new Frame("Would a {x} be sufficient for qwen2.5 14b, or should I buy a {y}?", true),
                new Frame("{x}够用吗？还是买{y}", true),
                // the first card plainly owned stays the machine; only the one to get is an option
                new Frame("my {x} is enough for llama 2 13b or should I get a {y}?", false),
                new Frame("I have a {x}. Is it enough for llama 3 8b or should I buy a {y}?", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enoughFrames")
    void askedEnoughOrACardToGetAreOptions(Frame frame) {
        List<String> misses = new ArrayList<>();
        boolean sizes = frame.text().contains("{a}");
        for (int i = 0; i < 4; i++) {
            String text = sizes
                    ? frame.text().replace("{a}", SIZE_AND_CARD[i][0].toString()).replace("{b}", SIZE_AND_CARD[i][1].toString())
                            .replace("{c}", (String) SIZE_AND_CARD[i][2])
                    : frame.text().replace("{x}", CARD_PAIRS[i][0]).replace("{y}", CARD_PAIRS[i][1]);
            Question q = PARSER.parse(text);
            var gpus = FACTS.understand(q).understood().gpus();
            List<String> alts = q.alternatives().stream().map(o -> o.text() + " " + o.memoryGb()).toList();
            boolean ok;
            if (!frame.weighed()) {
                String toGet = CARD_PAIRS[i][1].toLowerCase(java.util.Locale.ROOT);
                ok = gpus.size() == 1 && q.alternatives().size() == 1 && q.alternatives().get(0).text().toLowerCase(java.util.Locale.ROOT).contains(toGet);
            } else if (sizes) {
                double a = ((Integer) SIZE_AND_CARD[i][0]).doubleValue();
                double b = ((Integer) SIZE_AND_CARD[i][1]).doubleValue();
                String card = ((String) SIZE_AND_CARD[i][2]).toLowerCase(java.util.Locale.ROOT);
                ok = gpus.isEmpty() && q.alternatives().size() == 2 && q.intent() == Intent.COMPARE_HARDWARE
                        && q.alternatives().stream().anyMatch(o -> o.text().equals(GpuMention.ANY_GPU) && Double.valueOf(a).equals(o.memoryGb()))
                        && q.alternatives().stream().anyMatch(o -> o.text().toLowerCase(java.util.Locale.ROOT).contains(card) && Double.valueOf(b).equals(o.memoryGb()));
            } else {
                ok = gpus.isEmpty() && q.alternatives().size() == 2 && q.intent() == Intent.COMPARE_HARDWARE;
            }
            if (!ok) misses.add(text + "  ->  alt " + alts + " gpus " + gpus + " " + q.intent());
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }

    // ---- cards joined by "and", then asked which to take

    static Stream<Frame> whichFrames() {
        return Stream.of(
                new Frame("{x} 和 {y} 选哪个跑 qwen2.5 14b", true),
                new Frame("{x}和{y}哪个更适合跑deepseek r1 32b？", true),
                new Frame("{x}跟{y}买哪个好，想跑llama 3 8b", true),
                new Frame("Between a {x} and a {y}, which one should I buy for llama 3 70b?", true),
                new Frame("{x} and {y}: which is better for qwen2.5 32b?", true),
                new Frame("a {x} and a {y}, which would you recommend for mistral 7b?", true),
                // the cards plainly owned, or the question is which model: one machine, no options
                new Frame("I have a {x} and a {y}, which model should I run?", false),
                new Frame("my rig: {x} + {y}, which model can I run?", false),
                new Frame("我有{x}和{y}，哪个模型比较合适？", false),
                new Frame("I have a {x} and a {y}, which one is faster for llama 3 8b?", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whichFrames")
    void cardsJoinedByAndThenAskedWhichAreOptions(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (String[] pair : CARD_PAIRS) {
            String text = frame.text().replace("{x}", pair[0]).replace("{y}", pair[1]);
            Question q = PARSER.parse(text);
            var gpus = FACTS.understand(q).understood().gpus();
            boolean ok = frame.weighed()
                    ? gpus.isEmpty() && q.alternatives().size() == 2 && q.intent() == Intent.COMPARE_HARDWARE
                    : gpus.size() == 2 && q.alternatives().isEmpty();
            if (!ok) misses.add(text + "  ->  alt " + q.alternatives() + " gpus " + gpus + " " + q.intent());
        }
        assertThat(misses).as(frame.toString()).isEmpty();
    }

    private static void check(String text, List<GpuMention> want, boolean compared, List<String> misses) {
        Question q = PARSER.parse(text);
        boolean ok = q.alternatives().equals(want) && FACTS.understand(q).understood().gpus().isEmpty()
                && (!compared || q.intent() == Intent.COMPARE_HARDWARE);
        if (!ok) misses.add(text + "  ->  alt " + q.alternatives() + " gpus " + FACTS.understand(q).understood().gpus() + " " + q.intent());
    }
}
