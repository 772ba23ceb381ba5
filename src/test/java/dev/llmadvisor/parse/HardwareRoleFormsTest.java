package dev.llmadvisor.parse;

import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.FactBuilder;
import dev.llmadvisor.facts.Question;
import dev.llmadvisor.facts.Understood;
import dev.llmadvisor.knowledge.GpuMatch;
import dev.llmadvisor.knowledge.Knowledge;
import dev.llmadvisor.sizing.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role a hardware mention plays, by grammar, on generated sentences: a table of sentence frames (one per way of
 * saying a role, English and Chinese) times card forms times counts. The roles are those of the corpus's labels
 * (eval/real-questions/README.md): {@code gpus} is what the person has (or asks about, when it is one setup),
 * {@code alternatives} the options being weighed, never added to it; a requirement, a document's or someone else's
 * setup is neither; a card named twice is one card; usage and file sizes are not RAM. The expected readings follow
 * from those definitions and the catalog, never from the program. One row per frame, so a failure names the grammar
 * that is not read, whichever cards and counts it fails for.
 */
class HardwareRoleFormsTest {

    private static final Knowledge K = Knowledge.load(Path.of("knowledge"));
    private static final QuestionParser PARSER = new QuestionParser(Assembly.vocabulary(K));
    private static final FactBuilder FACTS = new FactBuilder(K);

    /** A card as people write it: its name, its plural, and the name and memory the catalog resolves it by. */
    private record Card(String name, String plural, Double gb) { }

    private static final List<Card> CARDS = List.of(
            new Card("3090", "3090s", null),
            new Card("RTX 4090", "RTX 4090s", null),
            new Card("A100", "A100s", null),
            new Card("P40", "P40s", null),
            new Card("7900 XTX", "7900 XTXs", null));

    /** Cards spoken of as another's requirement or setup: never one of {@link #CARDS}, so the reading tells them apart. */
    private static final List<Card> OTHER_CARDS = List.of(
            new Card("H100", "H100s", null),
            new Card("A100 80GB", "A100 80GB cards", 80.0),
            new Card("L40S", "L40S cards", null));

    /** Some cards of one kind, as written, and what they must be read as. */
    private record Counted(String text, Card card, int count) {
        Understood.Gpu expected() {
            GpuMatch m = K.gpus().find(card.name(), card.gb()).orElseThrow();
            Double mem = card.gb() != null ? card.gb() : m.memoryGb().orElse(null);
            return new Understood.Gpu(m.gpu().name(), Units.toGib(m.gpu().toDevice(mem).memoryBytes()), count, m.gpu().isUnified());
        }
    }

    /** The ways a count is written with a card, English ({@code zh} false) or Chinese; {@code article}: "a 3090" for one. */
    private static List<Counted> counted(Card c, boolean zh, boolean article) {
        String n = c.name();
        List<Counted> out = new ArrayList<>();
        if (zh) {
            out.add(new Counted(n, c, 1));
            out.add(new Counted("一张" + n, c, 1));
            for (String t : List.of("两张" + n, "双卡" + n, n + "两张", "2张" + n, n + "*2", "两块" + n, n + " x2")) out.add(new Counted(t, c, 2));
            for (String t : List.of("四卡" + n, "4卡" + n, "四张" + n, n + "*4", "4块" + n)) out.add(new Counted(t, c, 4));
            for (String t : List.of("八卡" + n, "8卡" + n, "8张" + n)) out.add(new Counted(t, c, 8));
        } else {
            out.add(new Counted(article ? (n.matches("[AEIOU8].*|RTX.*") ? "an " : "a ") + n : n, c, 1));
            for (String t : List.of("2x " + n, "two " + c.plural(), n + "*2", (article ? "a " : "") + "pair of " + c.plural(), "dual " + n, "2 x " + n)) {
                out.add(new Counted(t, c, 2));
            }
            for (String t : List.of("4x " + n, "four " + c.plural(), n + " x4", "quad " + n)) out.add(new Counted(t, c, 4));
            for (String t : List.of("8 x " + n, "eight " + c.plural(), "8x " + n)) out.add(new Counted(t, c, 8));
        }
        return out;
    }

    /** Every card in every count form. */
    private static List<Counted> allCounted(boolean zh, boolean article) {
        return CARDS.stream().flatMap(c -> counted(c, zh, article).stream()).toList();
    }

    /** One card, in one form for each count. */
    private static List<Counted> fewCounted(Card c, boolean zh, boolean article) {
        List<Counted> all = counted(c, zh, article);
        List<Counted> out = new ArrayList<>();
        for (int n : new int[] {1, 2, 4}) all.stream().filter(x -> x.count() == n).findFirst().ifPresent(out::add);
        return out;
    }

    // ---- the roles

    enum Role { OWNED, COUNTED, ALTERNATIVE, REQUIREMENT, SOMEONE_ELSES, UPGRADE, REPEATED, SAME_CHIP, MEMORY, SHARE }

    /** One generated question and its reading; {@code alternatives} null: not checked (the role says nothing of it). */
    private record Case(String question, List<Understood.Gpu> gpus, List<Understood.Gpu> alternatives, Double ram) { }

    /** A sentence frame of one role: a row of the test, generating its questions. */
    private record Frame(Role role, String name, List<Case> cases) {
        @Override
        public String toString() { return role + ": " + name; }
    }

    private static Case owns(String question, Counted h, Double ram) {
        return new Case(question, List.of(h.expected()), List.of(), ram);
    }

    /** An owned-hardware frame: {h} is the hardware, tried on every card and count form. */
    private static Frame owned(Role role, String frame, boolean zh, boolean article) {
        return new Frame(role, frame, allCounted(zh, article).stream().map(h -> owns(frame.replace("{h}", h.text()), h, null)).toList());
    }

    /** Cards counted with their memory: "2 x A100 80G", "A100 80GB x4", "两张A100 80G". */
    private static Frame sized(String frame, boolean zh) {
        Card c = new Card("A100", "A100s", 80.0);
        // "2A100": a one-digit count glued to a data-centre card's name
        List<String> forms = zh ? List.of("两张A100 80G", "A100 80G*2", "双卡A100 80G", "2*A100 80G", "2A100 80G")
                : List.of("2 x A100 80G", "A100 80GB x2", "2x A100 80GB", "two A100 80GB GPUs", "2A100 80GB", "2A100 GPUs (each GPU has 80G memory)");
        return new Frame(Role.COUNTED, frame, forms.stream().map(t -> owns(frame.replace("{h}", t), new Counted(t, c, 2), null)).toList());
    }

    private static Stream<Frame> ownedFrames() {
        return Stream.of(
                owned(Role.OWNED, "I have {h}. Can it run Llama 3 70B?", false, true),
                owned(Role.OWNED, "My {h} runs out of memory with qwen2.5 32b", false, false),
                owned(Role.OWNED, "I'm running on {h}, which model should I use for coding?", false, true),
                owned(Role.OWNED, "我的{h}能跑qwen2.5 32b吗", true, false),
                owned(Role.OWNED, "手上有{h}，想跑deepseek r1 32b", true, false),
                owned(Role.OWNED, "用的是{h}，跑qwen3 30b很慢", true, false),
                owned(Role.OWNED, "家里一台{h}的机器，能跑70b吗", true, false),
                owned(Role.OWNED, "System info: GPU: {h}, CUDA 12.4. Loading qwen2.5 72b fails.", false, false),
                owned(Role.OWNED, "显卡：{h}，跑qwen2.5 72b报错", true, false),
                owned(Role.OWNED, "本人{h}，想部署deepseek r1 32b", true, false),
                owned(Role.COUNTED, "Can {h} run Llama 3.1 70B at 32k context?", false, true),
                owned(Role.COUNTED, "{h}跑deepseek r1 70b够吗", true, false),
                sized("I have {h}. Can it run Llama 3 70B?", false),
                sized("服务器是{h}，能跑qwen2.5 72b吗", true));
    }

    /** Two options: each a card in one form per count, against a single other card; {@code owner}: a card not in {@link #CARDS}. */
    private static Frame options(String frame, boolean zh, Counted owner) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CARDS.size(); i++) {
            Counted other = counted(CARDS.get((i + 1) % CARDS.size()), zh, true).get(0);
            for (Counted x : fewCounted(CARDS.get(i), zh, true)) {
                String q = frame.replace("{x}", x.text()).replace("{y}", other.text());
                if (owner == null) cases.add(new Case(q, List.of(), List.of(x.expected(), other.expected()), null));
                else cases.add(new Case(q.replace("{h}", owner.text()), List.of(owner.expected()), List.of(x.expected(), other.expected()), null));
            }
        }
        return new Frame(Role.ALTERNATIVE, frame, cases);
    }

    /** A card priced out ({x}) and the one bought in its place ({y}): only {y} is the person's. */
    private static Frame boughtInstead(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CARDS.size(); i++) {
            Counted bought = counted(CARDS.get((i + 1) % CARDS.size()), zh, true).get(0);
            for (Counted x : fewCounted(CARDS.get(i), zh, true)) {
                cases.add(owns(frame.replace("{x}", x.text()).replace("{y}", bought.text()), bought, null));
            }
        }
        return new Frame(Role.ALTERNATIVE, frame, cases);
    }

    /** A single option is no choice between options: it is the one setup asked about. */
    private static Frame singleOption(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (Card c : CARDS) for (Counted x : fewCounted(c, zh, true)) cases.add(owns(frame.replace("{x}", x.text()), x, null));
        return new Frame(Role.ALTERNATIVE, frame, cases);
    }

    private static Stream<Frame> alternativeFrames() {
        Counted own = counted(new Card("3060", "3060s", null), false, true).get(0);
        Counted ownZh = counted(new Card("3060", "3060s", null), true, false).get(0);
        return Stream.of(
                options("{x} or {y} for Llama 3 70B?", false, null),
                options("Should I buy {x} or {y} to run qwen2.5 72b?", false, null),
                options("I have {h}. Should I buy {x} or {y}?", false, own),
                // an abbreviation's dot ends no sentence: "vs.", "(e.g.)", "(eg.)"
                options("{x} vs. {y} for Llama 3 70B?", false, null),
                options("Any feedback about having (eg.) {x} vs (eg.) {y} for qwen2.5 72b?", false, null),
                options("{x}还是{y}，跑70b选哪个", true, null),
                options("考虑买{x}还是{y}，主要跑qwen2.5 32b", true, null),
                options("我有{h}，考虑买{x}还是{y}", true, ownZh),
                // a card priced out and one named after it are weighed against each other, not one rig
                options("{x} would be too expensive, what about {y} for Llama 3 70B?", false, null),
                options("I can't afford {x}. Would {y} run qwen2.5 32b?", false, null),
                options("{x} is over my budget; is {y} enough for qwen2.5 72b?", false, null),
                options("{x}太贵了，{y}能跑qwen2.5 72b吗", true, null),
                options("{x}买不起，{y}够不够跑70b", true, null),
                boughtInstead("{x} was too expensive, so I bought {y}. Can it run llama 3 70b?", false),
                boughtInstead("{x}太贵，就买了{y}，能跑qwen2.5 32b吗", true),
                singleOption("I'm thinking of buying {x}. Can it run llama 3 70b?", false),
                singleOption("考虑买{x}，能跑qwen2.5 72b吗", true));
    }

    /** Someone else's hardware ({r}: a requirement, a document's, an author's) next to the person's own ({h}). */
    private static Frame requirement(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (Card other : OTHER_CARDS) {
            for (Counted r : fewCounted(other, zh, true)) {
                for (Card c : CARDS) {
                    Counted h = fewCounted(c, zh, false).get(cases.size() % 3);
                    cases.add(new Case(frame.replace("{r}", r.text()).replace("{h}", h.text()), List.of(h.expected()), null, null));
                }
            }
        }
        return new Frame(Role.REQUIREMENT, frame, cases);
    }

    /** The person's cards ({h}) put in place of another card ({r}, never of the same family): only {h} is theirs. */
    private static Frame insteadOf(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (Card other : List.of(new Card("H100", "H100s", null), new Card("L40S", "L40S cards", null))) {
            for (Counted r : fewCounted(other, zh, true)) {
                for (Card c : CARDS) {
                    for (Counted h : fewCounted(c, zh, false)) {
                        cases.add(new Case(frame.replace("{r}", r.text()).replace("{h}", h.text()), List.of(h.expected()), null, null));
                    }
                }
            }
        }
        return new Frame(Role.REQUIREMENT, frame, cases);
    }

    /** A requirement stated by memory alone, before the person's own cards. */
    private static Frame requiredMemory(String frame, boolean zh) {
        return new Frame(Role.REQUIREMENT, frame, allCounted(zh, false).stream()
                .map(h -> new Case(frame.replace("{h}", h.text()), List.of(h.expected()), null, null)).toList());
    }

    private static Stream<Frame> requirementFrames() {
        return Stream.of(
                requirement("The README says it needs {r}. I have {h}, can I run it?", false),
                requirement("It requires {r}. Is my {h} not enough?", false),
                requirement("The author ran it on {r}; on my {h} it is very slow.", false),
                requirement("Why is it needing {r}? I load it on my {h} fine.", false),
                requirement("Benchmarks on {r} show 50 tokens/s. What will I get with my {h}?", false),
                requirement("官方说需要{r}，我的{h}能跑吗", true),
                requirement("文档说要{r}，我只有{h}", true),
                requirement("作者用的是{r}，我用{h}跑很慢", true),
                // a report of someone else's run, or a document's setup: not the person's hardware
                requirement("Someone ran it on {r} and got 30 tokens/s. I have {h}; what will I get?", false),
                requirement("A user ran it on {r}. Can my {h} run it?", false),
                requirement("I noticed someone was able to achieve 900 tokens/s on {r}. Why is my {h} so much slower?", false),
                requirement("The model card lists {r}. Will my {h} do?", false),
                requirement("This repo was tested on {r}; I have {h}, can I run it?", false),
                // a floor spoken of ("or better", 以上) is no card anyone has
                requirement("Is it {r} or better? My {h} fails to load it", false),
                requirement("So {r} or higher then, and with my {h} there is no way?", false),
                requirement("也是{r}以上吗？我的{h}能跑吗", true),
                requirement("是不是要{r}及以上？我的{h}跑不动", true),
                requirement("据说{r}就能跑，我只有{h}，能跑吗", true),
                requirement("听说{r}可以跑，我的{h}行吗", true),
                // a comparison of a run elsewhere with the person's own: the other machine is the contrast, not theirs
                requirement("On {r} it takes 40GB and works, but on my {h} it runs out of memory. Why?", false),
                requirement("It works fine on {r} but not on my {h}", false),
                requirement("With {r} it gives 30 tokens/s; on my {h} only 5", false),
                requirement("在{r}上跑得好好的，但是我的{h}上就爆显存", true),
                requirement("{r}上能跑，可是我的{h}不行", true),
                requirement("{r}上没问题，换到我的{h}就报错了", true),
                requiredMemory("So far I've heard it requires 2x80gb GPUs. Or 4x 40gb. I have {h}.", false),
                requiredMemory("官方说需要2x80G显存，我的{h}够吗", true),
                // a threshold spoken of (">40GB", 大于40G) is no card's memory
                requiredMemory("Please add llama3.1:70b for systems with >40GB of VRAM. I'm running {h}.", false),
                requiredMemory("Only machines with ≥ 48GB VRAM can run it? I have {h}.", false),
                requiredMemory("显存大于40G才能跑吗？我有{h}", true),
                // the card put aside for the person's own ("instead of", 代替) is the project's, not theirs
                insteadOf("Can I use my {h} instead of {r}?", false),
                insteadOf("I can't get one, so can I use {h} rather than {r} to run it?", false),
                insteadOf("能用我的{h}代替{r}吗", true),
                insteadOf("用{h}替代{r}可以吗，跑qwen2.5 72b", true));
    }

    /**
     * Someone else's setup ({h}) in a question with no card of the person's own: no card is read, whatever the count and
     * however far back in the sentence the other party stands (the cue window of a clause is shorter than these).
     */
    private static Frame someoneElses(String frame, boolean zh) {
        return new Frame(Role.SOMEONE_ELSES, frame, allCounted(zh, true).stream()
                .map(h -> new Case(frame.replace("{h}", h.text()), List.of(), List.of(), null)).toList());
    }

    private static Stream<Frame> someoneElsesFrames() {
        return Stream.of(
                someoneElses("My friend runs llama 3 70b at 8k context on {h}. How much memory does it need?", false),
                someoneElses("Someone on reddit got 20 tokens/s with qwen2.5 72b on {h}. How much VRAM does it need?", false),
                someoneElses("The authors ran every experiment in the paper on {h}. What does the 7B model need at least?", false),
                someoneElses("Their log says the model was loaded and served on {h}. How much memory does the 72b need?", false),
                someoneElses("People in this thread are running deepseek r1 32b without problems on {h}; what is the minimum VRAM?", false),
                someoneElses("我朋友用{h}跑qwen2.5 72b，速度还行，请问最低需要多少显存？", true),
                someoneElses("看到有网友说他已经在{h}上跑通了deepseek r1 32b，7b最少需要多少显存？", true),
                someoneElses("作者在论文里说所有实验都是在{h}上完成的，7b模型推理最少需要多少显存？", true),
                // "ppl" and "folks" are people too
                someoneElses("If ppl can run Llama 2 70B on {h}, why does mixtral need so much compute?", false),
                someoneElses("Folks here say qwen2.5 72b runs fine on {h}. What is the minimum VRAM for it?", false));
    }

    /** Cards the person had before ({r}), never one of {@link #CARDS}. */
    private static final List<Card> FORMER_CARDS = List.of(
            new Card("GTX 1080 Ti", "GTX 1080 Tis", null), new Card("RX 6800 XT", "RX 6800 XTs", null), new Card("RTX 2070", "RTX 2070s", null));

    /** A card replaced ({r}) by the person's cards now ({h}): only {h} is the machine. */
    private static Frame replaced(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (Card former : FORMER_CARDS) {
            for (Card c : CARDS) {
                for (Counted h : fewCounted(c, zh, !zh)) {
                    cases.add(new Case(frame.replace("{r}", former.name()).replace("{h}", h.text()), List.of(h.expected()), null, null));
                }
            }
        }
        return new Frame(Role.UPGRADE, frame, cases);
    }

    /** The card the person has, before a plan to add another of it: the machine has what it has now. */
    private static Frame upgrade(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        for (Card c : CARDS) {
            Counted h = counted(c, zh, !zh).get(0);
            cases.add(new Case(frame.replace("{h}", h.text()).replace("{c}", c.name()), List.of(h.expected()), null, null));
        }
        return new Frame(Role.UPGRADE, frame, cases);
    }

    /** The person's cards named again, bare: one set of cards, with the count said first. */
    private static Frame repeated(String frame, boolean zh, boolean article) {
        List<Case> cases = new ArrayList<>();
        for (Counted h : allCounted(zh, article)) {
            cases.add(owns(frame.replace("{h}", h.text()).replace("{c}", h.card().name()), h, null));
        }
        return new Frame(Role.REPEATED, frame, cases);
    }

    private static Stream<Frame> upgradeAndRepeatedFrames() {
        return Stream.of(
                upgrade("I have {h} and I'm planning to add a second {c}. Will 70b fit?", false),
                upgrade("I have {h}; thinking about buying another {c} for qwen2.5 72b", false),
                upgrade("我有{h}，打算再加一张{c}，能跑70b吗", true),
                // a card taken out for another: the machine is the one there now
                replaced("Old GPU: {r} New GPU: {h}. Running qwen2.5 32b got slower, why?", false),
                replaced("My previous card was a {r}, now I have {h}. Can it run llama 3 70b?", false),
                replaced("I upgraded from a {r} to {h} and llama 3 70b is still slow", false),
                replaced("I replaced my {r} with {h}; which models fit now?", false),
                replaced("以前用的是{r}，现在换成了{h}，跑qwen2.5 72b还是慢", true),
                replaced("之前的显卡是{r}，新显卡是{h}，能跑70b吗", true),
                replaced("把{r}换成{h}以后，deepseek r1 32b能跑吗", true),
                // the card "to replace" names is the one going out; "替换成" names the one coming in
                replaced("I just got {h} to replace my {r}. Which models fit now?", false),
                replaced("Now using {h}, replacing the old {r}; can it run llama 3 70b?", false),
                replaced("现在用{h}，替换了之前的{r}，能跑70b吗", true),
                replaced("把{r}替换成{h}以后，deepseek r1 32b能跑吗", true),
                repeated("I have {h}. Can my {c} run qwen2.5 32b?", false, true),
                repeated("My {h} is slow with llama 3 8b. Is the {c} the problem?", false, false),
                repeated("我有{h}，请问{c}能跑70b吗", true, false));
    }

    /** One card with the memory the question gives it, and the RAM. */
    private static Case said(String question, String card, double gb, Double ram) {
        GpuMatch m = K.gpus().find(card, gb).orElseThrow();
        Understood.Gpu g = new Understood.Gpu(m.gpu().name(), Units.toGib(m.gpu().toDevice(gb).memoryBytes()), 1, m.gpu().isUnified());
        return new Case(question, List.of(g), List.of(), ram);
    }

    /** One chip named two ways next to each other, with its memory: one machine. */
    private static Frame sameChip(String question, String chip, double gb) {
        GpuMatch m = K.gpus().find(chip, gb).orElseThrow();
        Understood.Gpu g = new Understood.Gpu(m.gpu().name(), Units.toGib(m.gpu().toDevice(gb).memoryBytes()), 1, m.gpu().isUnified());
        return new Frame(Role.SAME_CHIP, question, List.of(new Case(question, List.of(g), List.of(), null)));
    }

    private static Stream<Frame> sameChipFrames() {
        return Stream.of(
                // a GPU word before the amount makes "RAM" the card's memory, up to what the card is sold with
                new Frame(Role.MEMORY, "a card's memory called RAM after a GPU word", Stream.of(
                        said("I have an nvidia rtx 2000 ada generation gpu with 8gb ram. It also has a 20 core cpu with 64gb ram.", "RTX 2000 Ada", 8, 64.0),
                        said("My laptop has an RTX 4060 GPU with 8GB RAM and 32GB system RAM", "RTX 4060 Laptop", 8, 32.0),
                        said("Tesla T4 graphics card with 16GB RAM, can it run llama 2 13b?", "T4", 16, null),
                        // more than the card is sold with is the system's
                        said("I have a 3090 GPU with 32GB RAM, can it run llama 3 70b?", "RTX 3090", 24, 32.0)).toList()),
                sameChip("Strix Halo (Ryzen AI Max+ 395) with 128GB, can it run llama 3 70b?", "Ryzen AI Max+ 395", 128),
                sameChip("Ryzen AI Max+ 395 (Strix Halo) 64GB: what can I run?", "Ryzen AI Max+ 395", 64),
                sameChip("我的 Radeon 8060S（Ryzen AI Max+ 395）128G 能跑 qwen3 235b 吗", "Ryzen AI Max+ 395", 128),
                // the chip with its own graphics, as the OS names it
                sameChip("AMD Ryzen AI Max+ 395 w/ Radeon 8060S, 128GB: can it run llama 3 70b?", "Ryzen AI Max+ 395", 128),
                sameChip("CPU: AMD RYZEN AI MAX+ 395 with Radeon 8060S (gfx1151), 64GB, ollama is slow", "Ryzen AI Max+ 395", 64),
                sameChip("M2 Max 64GB MacBook Pro, can it run mixtral?", "M2 Max", 64),
                sameChip("MacBook Pro (M3 Max, 128GB): can it run llama 3 70b?", "M3 Max", 128),
                sameChip("Mac Studio M2 Ultra 192GB: which models fit?", "M2 Ultra", 192));
    }

    /** RAM said apart from usage, file sizes and the cards' own memory. */
    private static Frame memory(String frame, boolean zh, Double ram) {
        return new Frame(Role.MEMORY, frame, allCounted(zh, !zh).stream()
                .filter(h -> h.count() <= 2)
                .map(h -> owns(frame.replace("{h}", h.text()), h, ram)).toList());
    }

    private static Stream<Frame> memoryFrames() {
        return Stream.of(
                memory("I have {h} and 64GB of RAM. The model file is 21GB and ollama uses 7GB.", false, 64.0),
                memory("I have {h}, 32GB RAM. It uses 20GB once loaded.", false, 32.0),
                memory("我的{h}，内存32G，模型21G，能跑吗", true, 32.0),
                memory("我的{h}，模型文件才14G，占用显存22G", true, null),
                memory("我的{h}，模型21G，加载后用了20G，内存64G", true, 64.0));
    }

    /**
     * A share of the machine's cards the person says the run is given ({n} of the {h} the machine has): the setup asked about
     * is those cards, as the corpus labels such texts. {@code n} is written as the frame's language writes it; the
     * machine's count is always larger. The program leaving cards idle is no share (OneCardUsedFormsTest, HardwareAmountFormsTest).
     */
    private static Frame share(String frame, boolean zh) {
        List<Case> cases = new ArrayList<>();
        String[] en = {null, "one", "two", "three"};
        for (Card c : CARDS) {
            for (Counted h : counted(c, zh, false)) {
                if (h.count() < 2) continue;
                for (int n = 1; n < Math.min(h.count(), 4); n++) {
                    String given = zh ? new String[] {null, "一", "两", "三"}[n] : (n == 2 ? "2" : en[n]);
                    Counted used = new Counted(h.text(), c, n);
                    cases.add(owns(frame.replace("{h}", h.text()).replace("{n}", given), used, null));
                }
            }
        }
        return new Frame(Role.SHARE, frame, cases);
    }

    private static Stream<Frame> shareFrames() {
        return Stream.of(
                share("Our server has {h}, but we only use {n} of them for qwen2.5 72b, and it runs out of memory.", false),
                share("I have {h}; I gave the container {n} of them. Llama 3 70B fails to load.", false),
                share("The box has {h} and the docker container gets {n} of them. Why does vllm OOM on qwen2.5 72b?", false),
                share("机器上有{h}，容器启动只指定了{n}张，跑qwen2.5 72b显存不够", true),
                share("服务器是{h}，我只用其中{n}张跑deepseek r1 32b，可以吗", true),
                share("我们有{h}，只分配了{n}张给这个服务，qwen2.5 72b起不来", true));
    }

    /** A parallel size or device list on a machine of more cards is a setting tried: the machine keeps its count. */
    @org.junit.jupiter.api.Test
    void aParallelSettingSmallerThanTheMachineKeepsTheMachinesCount() {
        List<String> misses = new ArrayList<>();
        for (Card c : CARDS) {
            for (String q : List.of("Our node has 8x {c}. vllm serve Qwen/Qwen2.5-72B-Instruct --tensor-parallel-size 2 runs out of memory.",
                    "We have 8 {c}s; CUDA_VISIBLE_DEVICES=0,1 python -m vllm.entrypoints.openai.api_server --model Qwen/Qwen2.5-72B-Instruct fails",
                    "服务器有8张{c}，用 --tp 4 启动 deepseek r1 还是显存不够")) {
                String text = q.replace("{c}", c.name());
                List<Understood.Gpu> gpus = FACTS.understand(PARSER.parse(text)).understood().gpus();
                if (!same(gpus, List.of(new Counted(c.name(), c, 8).expected()))) misses.add(text + "  ->  " + gpus);
            }
        }
        assertThat(misses).isEmpty();
    }

    static Stream<Frame> frames() {
        return Stream.of(ownedFrames(), alternativeFrames(), requirementFrames(), someoneElsesFrames(), upgradeAndRepeatedFrames(), sameChipFrames(),
                        memoryFrames(), shareFrames())
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void everyQuestionInThisFrameIsReadInItsRole(Frame frame) {
        List<String> misses = new ArrayList<>();
        for (Case c : frame.cases()) {
            Question q = PARSER.parse(c.question());
            Understood u = FACTS.understand(q).understood();
            List<Understood.Gpu> alternatives = options(q);
            boolean ok = same(u.gpus(), c.gpus()) && (c.alternatives() == null || same(alternatives, c.alternatives()))
                    && Objects.equals(u.ramGb(), c.ram()) && !u.cpuOnly();
            if (!ok) misses.add(c.question() + "  ->  " + u.gpus() + " alt " + alternatives + " ram " + u.ramGb()
                    + "  (want " + c.gpus() + (c.alternatives() == null ? "" : " alt " + c.alternatives()) + " ram " + c.ram() + ")");
        }
        assertThat(frame.cases()).as("questions of this frame").isNotEmpty();
        assertThat(misses).as("%s: %d of %d questions misread", frame, misses.size(), frame.cases().size()).isEmpty();
    }

    /** The options weighed, each read as a machine of its own, as the advisor reads them. */
    private static List<Understood.Gpu> options(Question q) {
        return q.alternatives().stream()
                .flatMap(o -> FACTS.understand(q.toBuilder().gpus(List.of(o)).vramGb(null).cpuOnly(false).alternatives(List.of()).build())
                        .understood().gpus().stream())
                .toList();
    }

    /** The same cards (name, count, unified, memory within 0.05 GB) in any order; shared with HardwareAmountFormsTest. */
    static boolean same(List<Understood.Gpu> got, List<Understood.Gpu> want) {
        if (got.size() != want.size()) return false;
        Comparator<Understood.Gpu> order = Comparator.comparing(Understood.Gpu::name).thenComparing(Understood.Gpu::count);
        List<Understood.Gpu> a = got.stream().sorted(order).toList();
        List<Understood.Gpu> b = want.stream().sorted(order).toList();
        for (int i = 0; i < a.size(); i++) {
            Understood.Gpu x = a.get(i);
            Understood.Gpu y = b.get(i);
            boolean same = x.name().equals(y.name()) && x.count() == y.count() && x.unified() == y.unified()
                    && x.vramGb() != null && y.vramGb() != null && Math.abs(x.vramGb() - y.vramGb()) < 0.05;
            if (!same) return false;
        }
        return true;
    }
}
