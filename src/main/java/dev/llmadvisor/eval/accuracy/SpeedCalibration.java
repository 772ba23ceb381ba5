package dev.llmadvisor.eval.accuracy;

import dev.llmadvisor.sizing.SpeedModel;
import dev.llmadvisor.sizing.SpeedModel.Kind;
import dev.llmadvisor.sizing.SpeedModel.Runtime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Fits {@link SpeedModel}'s constants on the fitting set of the speed measurements, so that every constant in
 * {@link SpeedModel#FITTED} can be reproduced (and is checked by a test):
 *
 * <ol>
 *   <li>decode: efficiency per device class (at most 1: no device reads faster than its peak), a per-layer cost for
 *       discrete GPUs (CUDA, ROCm, Vulkan pooled) and for Metal, an efficiency of its own for each runtime that has fitting records, the socket scaling and the tensor-parallel
 *       per-layer cost minimise the sum of squared log(predicted / measured) over the fitting records
 *       (deterministic coordinate descent, golden-section search per constant within fixed bounds);</li>
 *   <li>the range: the 5th and 95th percentiles of measured / predicted over the same records;</li>
 *   <li>prompt processing: per GPU class, the median of measured / (FP16 rate / 2 x active parameters) over the
 *       fitting records that print a prompt speed for a batch of at least 256 tokens with the whole model on GPUs.</li>
 * </ol>
 * Held-out records are never passed in.
 */
public final class SpeedCalibration {

    private SpeedCalibration() { }

    static final double RANGE_LOW_QUANTILE = 0.05;
    static final double RANGE_HIGH_QUANTILE = 0.95;
    private static final int SWEEPS = 40;

    /** One adjustable constant: how to read and write it in a mutable parameter set, and its bounds. */
    private record Knob(String name, double lo, double hi, Getter get, Setter set) { }

    private interface Getter { double get(Mut m); }

    private interface Setter { void set(Mut m, double v); }

    /** The constants while they are being fitted. */
    static final class Mut {
        final Map<Kind, Double> eff = new EnumMap<>(Kind.class);
        double gpuLayer, metalLayer, cpuLayer, tpLayer, socket = 0.5;
        final Map<Runtime, Double> rt = new EnumMap<>(Runtime.class);

        Mut() {
            for (Kind k : Kind.values()) eff.put(k, 0.6);
            for (Runtime r : Runtime.values()) if (r != Runtime.LLAMA_CPP) rt.put(r, 0.6);
        }

        SpeedModel.Params params(double lo, double hi, Map<Kind, Double> pp) {
            Map<Kind, Double> layer = new EnumMap<>(Kind.class);
            layer.put(Kind.CUDA, gpuLayer);
            layer.put(Kind.ROCM, gpuLayer);
            layer.put(Kind.VULKAN, gpuLayer);
            layer.put(Kind.METAL, metalLayer);
            layer.put(Kind.CPU, cpuLayer);
            return new SpeedModel.Params(eff, layer, rt, tpLayer, socket, lo, hi, pp);
        }
    }

    /** Fits every constant on {@code fitting} (which must hold fitting-set cases only). */
    public static SpeedModel.Params fit(List<SpeedEvaluation.Case> fitting) {
        for (SpeedEvaluation.Case c : fitting) {
            if (!c.set().equals(SpeedEvaluation.FITTING)) throw new IllegalArgumentException("held-out record passed to the fit: " + c.id());
        }
        Mut m = new Mut();
        List<Knob> knobs = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (fitting.stream().anyMatch(c -> uses(c, k))) {
                knobs.add(new Knob("eff " + k, 0.03, 1.0, x -> x.eff.get(k), (x, v) -> x.eff.put(k, v)));
            }
        }
        knobs.add(new Knob("gpu layer", 0, 400e-6, x -> x.gpuLayer, (x, v) -> x.gpuLayer = v));
        knobs.add(new Knob("metal layer", 0, 400e-6, x -> x.metalLayer, (x, v) -> x.metalLayer = v));
        for (Runtime r : Runtime.values()) {
            if (r != Runtime.LLAMA_CPP && fitting.stream().noneMatch(c -> c.runtime() == r)) m.rt.remove(r);
            if (r != Runtime.LLAMA_CPP && fitting.stream().anyMatch(c -> c.runtime() == r)) {
                knobs.add(new Knob("runtime " + r, 0.03, 1.0, x -> x.rt.get(r), (x, v) -> x.rt.put(r, v)));
            }
        }
        if (fitting.stream().anyMatch(c -> c.ram() != null && c.ram().sockets() > 1)) {
            knobs.add(new Knob("socket", 0, 1, x -> x.socket, (x, v) -> x.socket = v));
        }
        if (fitting.stream().anyMatch(c -> c.tensorParallel() > 1)) {
            knobs.add(new Knob("tp layer", 0, 2000e-6, x -> x.tpLayer, (x, v) -> x.tpLayer = v));
        }
        Map<Kind, Double> noPp = new EnumMap<>(Kind.class);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (Knob k : knobs) {
                DoubleUnaryOperator loss = v -> {
                    double old = k.get().get(m);
                    k.set().set(m, v);
                    double l = loss(fitting, m.params(1, 1, noPp));
                    k.set().set(m, old);
                    return l;
                };
                k.set().set(m, golden(loss, k.lo(), k.hi()));
            }
        }
        SpeedModel.Params point = m.params(1, 1, noPp);
        double[] ratios = fitting.stream().mapToDouble(c -> c.measured() / c.predicted(point)).sorted().toArray();
        double lo = SpeedEvaluation.quantile(ratios, RANGE_LOW_QUANTILE);
        double hi = SpeedEvaluation.quantile(ratios, RANGE_HIGH_QUANTILE);
        return m.params(lo, hi, promptEfficiency(fitting));
    }

    private static boolean uses(SpeedEvaluation.Case c, Kind k) {
        return c.reads().full().stream().anyMatch(s -> s.kind() == k && s.bytes() > 0);
    }

    static double loss(List<SpeedEvaluation.Case> cases, SpeedModel.Params p) {
        double l = 0;
        for (SpeedEvaluation.Case c : cases) {
            double e = Math.log(c.predicted(p) / c.measured());
            l += e * e;
        }
        return l;
    }

    /** Golden-section minimum of a function on [a, b] (unimodal enough for one constant at a time). */
    static double golden(DoubleUnaryOperator f, double a, double b) {
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = f.applyAsDouble(c), fd = f.applyAsDouble(d);
        for (int i = 0; i < 60; i++) {
            if (fc < fd) {
                b = d; d = c; fd = fc; c = b - g * (b - a); fc = f.applyAsDouble(c);
            } else {
                a = c; c = d; fc = fd; d = a + g * (b - a); fd = f.applyAsDouble(d);
            }
        }
        return (a + b) / 2;
    }

    /** Median share of the dense FP16 rate reached in prompt processing, per GPU class with fitting records. */
    static Map<Kind, Double> promptEfficiency(List<SpeedEvaluation.Case> fitting) {
        Map<Kind, List<Double>> by = new EnumMap<>(Kind.class);
        Map<Kind, Double> unit = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) unit.put(k, 1.0);
        SpeedModel.Params one = new SpeedModel.Params(Map.of(), Map.of(), Map.of(), 0, 1, 1, 1, unit);
        for (SpeedEvaluation.Case c : fitting) {
            Double ideal = c.ppPredicted(one);
            if (ideal == null || ideal <= 0) continue;
            by.computeIfAbsent(c.ppKind(), x -> new ArrayList<>()).add(c.ppMeasured() / ideal);
        }
        Map<Kind, Double> out = new EnumMap<>(Kind.class);
        by.forEach((k, v) -> out.put(k, SpeedEvaluation.quantile(v.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5)));
        return out;
    }
}
