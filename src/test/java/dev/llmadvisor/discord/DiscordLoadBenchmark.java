package dev.llmadvisor.discord;

import dev.llmadvisor.chat.Advisor;
import dev.llmadvisor.cli.Assembly;
import dev.llmadvisor.facts.Candidate;
import dev.llmadvisor.reply.Answer;
import dev.llmadvisor.reply.Reply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark of the bot's message handler (not a unit test): questions arrive at a fixed rate (open loop,
 * default 200/s for 60 s) as mentions from many users, each asking a question, a follow-up and "why?", and are
 * handled exactly as the bot handles a message ({@link DiscordBot#onText} on the bot's worker pool: rate limit,
 * the real advisor with the shipped knowledge and rules, rendering, buttons, charts), with no network. Reports
 * the time inside the advisor (p50/p90/p99/max), the time from arrival to a finished reply, and the loss (a
 * question with no reply). Run:
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.llmadvisor.discord.DiscordLoadBenchmark -Dexec.args="200 60"</pre>
 *
 * Arguments: rate per second, seconds, and optionally {@code nocharts} to leave the charts out.
 */
public final class DiscordLoadBenchmark {

    private static final String[][] CONVERSATIONS = {
        {"can a 4090 run qwen3 32b?", "and at 32k context?", "why?"},
        {"what can my 16GB card run for coding?", "and with 64GB RAM?", "why?"},
        {"16g显存能跑32b吗", "32k上下文呢", "为什么"},
        {"can two 3090s run llama 3.1 70b?", "and at 128k context?", "why?"},
        {"which quant for qwen3 14b on a 4060 Ti 16GB?", "why not Q8?", "why?"},
        {"我的 RTX 4060 8G 能跑什么写代码的模型？", "那 16k 上下文呢？", "为什么"},
        {"how much VRAM does gemma 3 27b need?", "on a 3090?", "why?"},
        {"M3 Max 64GB, can it run deepseek r1 distill 70b?", "and at 64k?", "why?"},
    };

    /** Times every call into the advisor. */
    static final class Timed implements Advisor {
        final Advisor inner;
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

        Timed(Advisor inner) {
            this.inner = inner;
        }

        private <T> T time(java.util.function.Supplier<T> s) {
            long t = System.nanoTime();
            try {
                return s.get();
            } finally {
                nanos.add(System.nanoTime() - t);
            }
        }

        @Override public Reply ask(String c, String m) { return time(() -> inner.ask(c, m)); }
        @Override public Reply explain(String c) { return time(() -> inner.explain(c)); }
        @Override public Answer answer(String c, String m) { return time(() -> inner.answer(c, m)); }
        @Override public Answer why(String c) { return time(() -> inner.why(c)); }
        @Override public List<Candidate> contextCurve(String c, List<Integer> x) { return inner.contextCurve(c, x); }
        @Override public boolean fork(String from, String to) { return inner.fork(from, to); }
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        boolean charts = !(args.length > 2 && args[2].equals("nocharts"));
        Assembly a = Assembly.of(Path.of("knowledge"), Path.of("rules"));
        Timed advisor = new Timed(a.advisor());
        DiscordBot bot = new DiscordBot(BotConfig.defaults().withCharts(charts), advisor, NameSource.EMPTY);

        // warm-up: the JIT, the rules, the chart classes and the Chinese dictionaries
        run(bot, Math.min(rate, 100), 10, "warm", true);
        advisor.nanos.clear();

        Result r = run(bot, rate, seconds, "load", false);
        long[] adv = advisor.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%n%d questions at %d/s for %d s (%s), %d users, %d processors%n", r.sent, rate, seconds,
                charts ? "with charts" : "no charts", r.users, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "advisor time ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (%d calls)%n",
                pct(adv, 50), pct(adv, 90), pct(adv, 99), pct(adv, 100), adv.length);
        System.out.printf(Locale.ROOT, "arrival to reply ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                pct(r.handler, 50), pct(r.handler, 90), pct(r.handler, 99), pct(r.handler, 100));
        System.out.printf(Locale.ROOT, "replies %d, rate-limit notices %d, with chart %d, lost %d (no reply or a failure)%n",
                r.replies, r.notices, r.withChart, r.lost);
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        bot.stop();
        System.exit(r.lost == 0 ? 0 : 1);
    }

    record Result(long sent, long replies, long notices, long withChart, long lost, long[] handler, int users) { }

    static Result run(DiscordBot bot, int rate, int seconds, String prefix, boolean quiet) throws Exception {
        long total = (long) rate * seconds;
        int users = (int) Math.max(1, total / 3);
        AtomicLong sent = new AtomicLong(), replies = new AtomicLong(), notices = new AtomicLong(), charts = new AtomicLong(),
                lost = new AtomicLong();
        ConcurrentLinkedQueue<Long> handler = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> cpu = new ConcurrentLinkedQueue<>();
        AtomicLong finished = new AtomicLong();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        // each user asks a question, then its follow-up, then "why?", spread over the run
        CompletableFuture<Void> done = new CompletableFuture<>();
        clock.scheduleAtFixedRate(() -> {
            long i = sent.getAndIncrement();
            if (i >= total) {
                done.complete(null);
                throw new RuntimeException("done"); // cancels the schedule
            }
            int user = (int) (i % users);
            int step = (int) (i / users);
            String[] conv = CONVERSATIONS[user % CONVERSATIONS.length];
            String text = "<@1> " + conv[Math.min(step, conv.length - 1)];
            DiscordBot.Incoming in = new DiscordBot.Incoming(prefix + user, "chan-" + (user % 50), false, true, text, "1", null, false);
            long arrived = System.nanoTime();
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    Post p = bot.onText(in);
                    handler.add(System.nanoTime() - arrived);
                    cpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
                    finished.set(System.nanoTime());
                    if (p == null || p.text() == null || p.text().isBlank()) {
                        lost.incrementAndGet();
                    } else if (p.text().contains("asking a little fast") || p.text().contains("问得有点快")) {
                        notices.incrementAndGet();
                    } else {
                        if (p.text().startsWith("Sorry") || p.text().startsWith("抱歉")) lost.incrementAndGet();
                        else replies.incrementAndGet();
                        if (!p.files().isEmpty()) charts.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    lost.incrementAndGet();
                    e.printStackTrace();
                }
            }, bot.workers()));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        done.get(seconds + 60L, TimeUnit.SECONDS);
        clock.shutdownNow();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(3600, TimeUnit.SECONDS);
        long[] h = handler.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] c = cpu.stream().mapToLong(Long::longValue).sorted().toArray();
        long n = Math.min(total, sent.get());
        if (!quiet) {
            double secs = (finished.get() - start) / 1e9;
            System.out.printf(Locale.ROOT, "sent %d over %d s; all answered after %.1f s (%.0f answered/s)%n", n, seconds, secs, n / secs);
            System.out.printf(Locale.ROOT, "handler CPU per question ms: p50 %.1f  p90 %.1f  p99 %.1f  mean %.1f (=> %.2f cores at %d/s)%n",
                    pct(c, 50), pct(c, 90), pct(c, 99), java.util.Arrays.stream(c).average().orElse(0) / 1e6,
                    java.util.Arrays.stream(c).average().orElse(0) / 1e9 * rate, rate);
        }
        return new Result(n, replies.get(), notices.get(), charts.get(), lost.get(), h, users);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    static double pct(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) return 0;
        int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p / 100.0 * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, i)] / 1e6;
    }

    static String arr(long[] a) {
        return Arrays.toString(a);
    }
}
