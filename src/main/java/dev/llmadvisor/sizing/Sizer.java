package dev.llmadvisor.sizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sizing core: from a model in a weight format, a run configuration and the hardware, the bytes each
 * device needs and the expected decode speed. It places the model the way llama.cpp would be told to: on
 * one GPU when it fits, split by layers across GPUs in proportion to their memory, with MoE experts kept in
 * system RAM (--n-cpu-moe), or with the first layers left on the CPU (-ngl). Pure: no I/O, no state.
 */
public final class Sizer {

    /**
     * GPU memory a discrete card keeps for the display, the driver and fragmentation, beside the runtime's
     * own overhead: together about the 1 GiB margin llama.cpp's --fit leaves free on each device.
     */
    static final long GPU_RESERVE = Units.mib(512);
    /** Share of system RAM a model may take; the OS and other programs keep the rest. */
    static final double RAM_USABLE_SHARE = 0.85;

    private final ModelSpec m;
    private final ModelArch a;
    private final RunConfig run;
    private final Hardware hw;
    private final WeightFormat.Engine engine;
    private final Profile profile;
    /** Prefix sums over layers: sum of layers [0, i) is p[i]. */
    private final long[] denseSum;
    private final long[] expertSum;
    private final long[] kvSum;
    private final int[] fullSum;

    private Sizer(ModelSpec m, RunConfig run, Hardware hw) {
        this.m = m;
        this.a = m.arch();
        this.run = run;
        this.hw = hw;
        this.engine = m.format() == null ? WeightFormat.Engine.LLAMA_CPP : m.format().engine();
        this.profile = m.profile();
        int n = a.layers();
        denseSum = new long[n + 1];
        expertSum = new long[n + 1];
        kvSum = new long[n + 1];
        fullSum = new int[n + 1];
        long fullLayer = KvCache.fullCells(run, engine), swaLayer = KvCache.slidingCells(a, run, engine);
        for (int il = 0; il < n; il++) {
            boolean sliding = a.isSlidingLayer(il);
            long cells = sliding ? swaLayer : fullLayer;
            long row = run.parallel() * KvCache.bytesPerToken(a, il, run.kvType());
            denseSum[il + 1] = denseSum[il] + profile.dense()[il];
            expertSum[il + 1] = expertSum[il] + profile.experts()[il];
            kvSum[il + 1] = kvSum[il] + cells * row;
            fullSum[il + 1] = fullSum[il] + (sliding ? 0 : 1);
        }
    }

    private long experts(int from, int to) {
        return from >= to ? 0 : expertSum[to] - expertSum[from];
    }

    /** Sizes the model and picks the placement. */
    public static Estimate estimate(ModelSpec model, RunConfig run, Hardware hw) {
        return new Sizer(model, run, hw).best();
    }

    /**
     * Sizes an explicit placement: {@code gpuLayers} layers on the GPUs (llama.cpp -ngl; more than the layer
     * count also offloads the output head) and the experts of the first {@code cpuMoeLayers} layers in RAM.
     */
    public static Estimate place(ModelSpec model, RunConfig run, Hardware hw, int gpuLayers, int cpuMoeLayers) {
        Sizer s = new Sizer(model, run, hw);
        int n = s.a.layers();
        int k = hw.gpus().isEmpty() ? 0 : Math.max(0, Math.min(gpuLayers, n));
        return s.toEstimate(s.plan(hw.gpus(), k, k == n && gpuLayers > n, Math.max(0, cpuMoeLayers), false));
    }

    private Estimate best() {
        int n = a.layers();
        List<Device> gpus = hw.gpus();
        if (gpus.isEmpty()) return toEstimate(plan(List.of(), 0, false, 0, false));
        Device largest = gpus.stream().max(Comparator.comparingLong(this::capacity)).orElseThrow();
        Plan p = plan(List.of(largest), n, true, 0, true);
        if (p == null && gpus.size() > 1) p = plan(gpus, n, true, 0, true);
        if (p == null && a.isMoe()) {
            p = minimalExpertOffload(gpus);
        }
        if (p == null) p = maximalLayerOffload(gpus);
        return toEstimate(p != null ? p : plan(gpus, 0, false, 0, false));
    }

    private Plan minimalExpertOffload(List<Device> gpus) {
        int n = a.layers();
        if (plan(gpus, n, true, n, true) == null) return null;
        int lo = 1, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (plan(gpus, n, true, mid, true) != null) hi = mid; else lo = mid + 1;
        }
        return plan(gpus, n, true, lo, true);
    }

    private Plan maximalLayerOffload(List<Device> gpus) {
        int lo = 0, hi = a.layers();
        if (plan(gpus, 1, false, 0, true) == null) return null;
        lo = 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (plan(gpus, mid, false, 0, true) != null) lo = mid; else hi = mid - 1;
        }
        return plan(gpus, lo, false, 0, true);
    }

    /** Layers [from, to) on a device, and whether it also holds the output head. */
    private record Slot(Device device, int from, int to, boolean output) { }

    private record Plan(List<Slot> slots, int gpuLayers, boolean outputOnGpu, int cpuMoeLayers) { }

    /**
     * Places the last {@code k} layers on the GPUs, split in proportion to their memory (llama.cpp's default
     * tensor split); when that overflows a card, filled card by card instead. Null when {@code mustFit} and
     * some GPU overflows.
     */
    private Plan plan(List<Device> gpus, int k, boolean outputOnGpu, int cpuMoe, boolean mustFit) {
        if (k == 0) return new Plan(List.of(), 0, false, 0);
        int first = a.layers() - k;
        List<Slot> slots = proportional(gpus, first, outputOnGpu);
        if (fits(slots, cpuMoe)) return new Plan(slots, k, outputOnGpu, cpuMoe);
        slots = greedy(gpus, first, outputOnGpu, cpuMoe);
        if (slots != null) return new Plan(slots, k, outputOnGpu, cpuMoe);
        return mustFit ? null : new Plan(proportional(gpus, first, outputOnGpu), k, outputOnGpu, cpuMoe);
    }

    private List<Slot> proportional(List<Device> gpus, int first, boolean outputOnGpu) {
        long total = 0;
        for (Device d : gpus) total += capacity(d);
        List<Slot> slots = new ArrayList<>();
        int k = a.layers() - first;
        int start = first;
        long acc = 0;
        for (int i = 0; i < gpus.size(); i++) {
            acc += capacity(gpus.get(i));
            int end = i == gpus.size() - 1 ? a.layers() : first + (int) Math.round((double) k * acc / total);
            slots.add(new Slot(gpus.get(i), start, end, outputOnGpu && i == gpus.size() - 1));
            start = end;
        }
        return slots;
    }

    /** Fills the cards in order, each with as many layers as it holds (binary search: load grows with layers). */
    private List<Slot> greedy(List<Device> gpus, int first, boolean outputOnGpu, int cpuMoe) {
        List<Slot> slots = new ArrayList<>();
        int start = first;
        for (int i = 0; i < gpus.size(); i++) {
            boolean last = i == gpus.size() - 1;
            Device d = gpus.get(i);
            boolean output = outputOnGpu && last;
            if (!fits(new Slot(d, start, start, output), cpuMoe)) return null;
            int lo = start, hi = a.layers();
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (fits(new Slot(d, start, mid, output), cpuMoe)) lo = mid; else hi = mid - 1;
            }
            if (last && lo < a.layers()) return null;
            slots.add(new Slot(d, start, lo, output));
            start = lo;
        }
        return slots;
    }

    private boolean fits(List<Slot> slots, int cpuMoe) {
        for (Slot s : slots) if (!fits(s, cpuMoe)) return false;
        return true;
    }

    private boolean fits(Slot s, int cpuMoe) {
        return use(s, cpuMoe).total() <= capacity(s.device());
    }

    /** What an engine may fill on a device; Apple's usable share is already the GPU working set. */
    private long capacity(Device d) {
        return hw.unifiedMemory() ? d.usableBytes() : Math.max(0, d.usableBytes() - GPU_RESERVE);
    }

    private Estimate.DeviceUse use(Slot s, int cpuMoe) {
        int from = s.from(), to = s.to();
        long w = (s.output() ? profile.output() : 0) + denseSum[to] - denseSum[from] + experts(Math.max(from, cpuMoe), to);
        long k = kvSum[to] - kvSum[from];
        boolean full = fullSum[to] - fullSum[from] > 0;
        boolean hasLayers = to > from;
        long compute = hasLayers || s.output()
                ? ComputeBuffers.bytes(a, run, engine, new ComputeBuffers.Share(hasLayers, hasLayers, full, s.output(), s.device().isCpu(), false)) : 0;
        long overhead = s.device().backend().overheadBytes();
        return new Estimate.DeviceUse(s.device().name(), false, w, k, compute, overhead, capacity(s.device()), to - from);
    }

    private Estimate.DeviceUse hostUse(Plan p) {
        int first = a.layers() - p.gpuLayers();
        int moeEnd = Math.min(p.cpuMoeLayers(), a.layers());
        long w = profile.tokenEmbedding() + (p.outputOnGpu() ? 0 : profile.hostOutput())
                + denseSum[first] + expertSum[first] + experts(first, moeEnd);
        long k = kvSum[first];
        boolean full = fullSum[first] > 0;
        // With every layer on a GPU the host holds only the graph inputs; otherwise the CPU backend runs its
        // layers (and the output head), or only the expert feed-forward of the layers whose experts stay in RAM.
        long compute = ComputeBuffers.bytes(a, run, engine, new ComputeBuffers.Share(first > 0 || p.cpuMoeLayers() > 0,
                first > 0, full, !p.outputOnGpu(), true, p.gpuLayers() > 0));
        long capacity = Math.round(hw.ramBytes() * RAM_USABLE_SHARE);
        if (hw.unifiedMemory()) capacity = Math.max(0, capacity - hw.totalGpuBytes());
        return new Estimate.DeviceUse("RAM", true, w, k, compute, 0, capacity, first);
    }

    private Estimate toEstimate(Plan p) {
        List<Estimate.DeviceUse> uses = new ArrayList<>();
        for (Slot s : p.slots()) uses.add(use(s, p.cpuMoeLayers()));
        Estimate.DeviceUse host = hostUse(p);
        uses.add(host);
        long weights = 0, kvb = 0, compute = 0, overhead = 0;
        for (Estimate.DeviceUse u : uses) {
            weights += u.weights();
            kvb += u.kv();
            compute += u.compute();
            overhead += u.overhead();
        }
        boolean gpuFits = true;
        for (Estimate.DeviceUse u : uses) if (!u.isHost() && u.total() > u.capacity()) gpuFits = false;
        boolean ramKnown = hw.ramBytes() > 0;
        boolean hostFits = !ramKnown || host.total() <= host.capacity();
        long usedGpus = p.slots().stream().filter(s -> s.to() > s.from() || s.output()).count();
        Placement placement;
        if (!gpuFits || !hostFits) placement = Placement.NONE;
        else if (p.gpuLayers() == 0) placement = Placement.CPU;
        else if (p.gpuLayers() < a.layers() || !p.outputOnGpu() || p.cpuMoeLayers() > 0) placement = Placement.OFFLOAD;
        else placement = usedGpus > 1 ? Placement.MULTI_GPU : Placement.GPU;
        Estimate.Weights w = new Estimate.Weights(profile.byClass(), profile.fileBytes(), weights,
                profile.parameters(), profile.activeParameters());
        return new Estimate(m.id(), m.format(), run, w, kvb, compute, overhead, uses, placement,
                p.gpuLayers() + (p.outputOnGpu() ? 1 : 0), a.layers(), p.cpuMoeLayers() > 0, speed(p),
                Math.min(p.cpuMoeLayers(), a.layers()));
    }

    /**
     * Decode speed of a plan ({@link SpeedModel}): the point estimate at the run's context, the range from
     * the low end at full context to the high end at an empty cache, and the low end at an empty cache.
     */
    private Estimate.Speed speed(Plan p) {
        Reads r = reads(p);
        SpeedModel.Runtime rt = engine == WeightFormat.Engine.VLLM ? SpeedModel.Runtime.VLLM : SpeedModel.Runtime.LLAMA_CPP;
        double expected = SpeedModel.perSecond(SpeedModel.seconds(r.full(), rt, SpeedModel.FITTED));
        long bytesFull = r.full().stream().mapToLong(SpeedModel.Share::bytes).sum();
        double chat = SpeedModel.perSecond(SpeedModel.seconds(r.empty(), rt, SpeedModel.FITTED));
        return new Estimate.Speed(SpeedModel.low(expected, SpeedModel.FITTED),
                SpeedModel.high(r.empty(), rt, SpeedModel.FITTED),
                bytesFull, expected, SpeedModel.low(chat, SpeedModel.FITTED));
    }

    /** What each device reads per decoded token, with an empty cache and with the run's whole context in it. */
    public record Reads(List<SpeedModel.Share> empty, List<SpeedModel.Share> full) { }

    /**
     * The per-device reads of an explicit placement (as {@link #place}), for engines whose speed differs from
     * llama.cpp's ({@link SpeedModel.Runtime}) and for calibration.
     */
    public static Reads reads(ModelSpec model, RunConfig run, Hardware hw, int gpuLayers, int cpuMoeLayers) {
        Sizer s = new Sizer(model, run, hw);
        int n = s.a.layers();
        int k = hw.gpus().isEmpty() ? 0 : Math.max(0, Math.min(gpuLayers, n));
        return s.reads(s.plan(hw.gpus(), k, k == n && gpuLayers > n, Math.max(0, cpuMoeLayers), false));
    }

    private Reads reads(Plan p) {
        List<SpeedModel.Share> empty = new ArrayList<>(), full = new ArrayList<>();
        int first = a.layers() - p.gpuLayers();
        for (Slot s : p.slots()) {
            long[] b = readBytes(s.from(), s.to(), p.cpuMoeLayers(), false, s.output());
            SpeedModel.Kind kind = SpeedModel.Kind.of(s.device().backend());
            empty.add(new SpeedModel.Share(kind, s.device().bandwidthGBs(), b[0], s.to() - s.from()));
            full.add(new SpeedModel.Share(kind, s.device().bandwidthGBs(), b[1], s.to() - s.from()));
        }
        long[] h = readBytes(0, first, Math.min(p.cpuMoeLayers(), a.layers()), true, !p.outputOnGpu());
        empty.add(new SpeedModel.Share(SpeedModel.Kind.CPU, hw.ramBandwidthGBs(), h[0], first));
        full.add(new SpeedModel.Share(SpeedModel.Kind.CPU, hw.ramBandwidthGBs(), h[1], first));
        return new Reads(List.copyOf(empty), List.copyOf(full));
    }

    /**
     * {empty context, full context} bytes read per token. On the host ({@code host}) the layers are
     * [from, to) plus the experts of GPU layers below {@code cpuMoe}; on a GPU those experts are skipped.
     */
    private long[] readBytes(int from, int to, int cpuMoe, boolean host, boolean withOutput) {
        // A tied head is the embedding matrix: wherever it lives, each token reads all of it for the logits.
        long weights = withOutput ? profile.output() : 0;
        long cache = 0;
        double share = a.isMoe() ? (double) a.moe().expertsUsed() / a.moe().experts() : 1.0;
        for (int il = from; il < to; il++) {
            weights += profile.dense()[il];
            if (host || il >= cpuMoe) weights += Math.round(profile.experts()[il] * share);
            long cells = Math.min(run.context(), a.isSlidingLayer(il) ? a.slidingWindow().window() : run.context());
            cache += cells * KvCache.bytesPerToken(a, il, run.kvType());
        }
        if (host) {
            for (int il = to; il < cpuMoe; il++) weights += Math.round(profile.experts()[il] * share);
        }
        return new long[] {weights, weights + cache};
    }
}
